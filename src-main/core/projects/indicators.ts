import type { CallArgs, Indicator } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { invalidField, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { references } from '../references';
import type { ProjectReader } from './read';
import type { IndicatorsRow, ProjectsWriter } from './writer';

type IndicatorFields = Omit<CallArgs<'indicators.create'>, 'projectId'>;

const indicatorColumns = (f: IndicatorFields) =>
  ({
    name: f.name,
    unit: f.unit,
    target: f.target,
    baseline: f.baseline,
    cumulative: f.cumulative ? 1 : 0,
    decreasing: f.decreasing ? 1 : 0,
    period: f.period,
    feed_event_kind: f.feedEventKind,
    feed_measure: f.feedMeasure,
    feed_officers: f.feedOfficers,
    feed_officers_indicator_id: f.feedOfficers === 'indicator' ? f.feedOfficersIndicatorId : null,
  }) satisfies Partial<IndicatorsRow>;

/** Writing a project's indicators and their targets by country and by period. */
export function indicatorEditor({ db }: DomainContext, read: ProjectReader, writer: ProjectsWriter) {
  const check = references(db);

  const validateIndicator = (f: IndicatorFields, projectId: string, id: string | null) => {
    if (f.feedOfficers === 'indicator' && f.feedOfficersIndicatorId) {
      const source = writer.indicators.get(f.feedOfficersIndicatorId);
      if (!source || source.project_id !== projectId) throw invalidField('feedOfficersIndicatorId', 'Choose an indicator of this project');
      if (source.id === id) throw invalidField('feedOfficersIndicatorId', 'Choose another indicator: its own entries already count by their count');
    }
    const countries = new Set<string>();
    f.targetsByCountry.forEach((t, i) => {
      check.requireCountry(t.countryCode, `targetsByCountry.${i}.countryCode`);
      if (countries.has(t.countryCode)) throw invalidField(`targetsByCountry.${i}.countryCode`, 'This country already has a target');
      countries.add(t.countryCode);
    });
    const periods = new Set<string>();
    f.targetsByPeriod.forEach((t, i) => {
      if (periods.has(t.periodKey)) throw invalidField(`targetsByPeriod.${i}.periodKey`, 'This period already has a target');
      periods.add(t.periodKey);
    });
  };

  return {
    createIndicator: db.transaction(({ projectId, ...f }: CallArgs<'indicators.create'>): Indicator => {
      read.requireProject(projectId);
      validateIndicator(f, projectId, null);
      const id = newId();
      const now = nowIso();
      writer.indicators.insert({
        id,
        project_id: projectId,
        ...indicatorColumns(f),
        position: writer.nextIndicatorPosition(projectId),
        created_at: now,
        updated_at: now,
      });
      writer.replaceTargets(id, f.targetsByCountry, f.targetsByPeriod, now);
      return read.getIndicator(id);
    }),
    updateIndicator: db.transaction(({ id, expectedUpdatedAt, ...f }: CallArgs<'indicators.update'>): Indicator => {
      const current = read.requireIndicator(id, 'id');
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updated_at) throw staleEdit(current.name, current.updated_at);
      validateIndicator(f, current.project_id, id);
      const now = nowIso();
      writer.indicators.update(id, { ...indicatorColumns(f), updated_at: now });
      writer.replaceTargets(id, f.targetsByCountry, f.targetsByPeriod, now);
      return read.getIndicator(id);
    }),
    deleteIndicator: db.transaction((id: string) => {
      read.requireIndicator(id, 'id');
      // An indicator counting this one's officers stops, rather than pointing at nothing.
      writer.indicators.updateWhere({ feed_officers_indicator_id: id }, { feed_officers: null, feed_officers_indicator_id: null, updated_at: nowIso() });
      writer.indicators.delete(id);
      return { id };
    }),
  };
}
