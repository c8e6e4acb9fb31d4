import type { Activity, CallArgs, Entry, Indicator, Project } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { DomainContext } from '../domain';
import { invalidField, notFound, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { references } from '../references';
import type { IndicatorRow, ProjectReader } from './read';
import type { IndicatorEntriesRow, IndicatorsRow, ProjectsRow, ProjectsWriter } from './writer';

type ProjectArgs = CallArgs<'projects.create'>;
type IndicatorFields = Omit<CallArgs<'indicators.create'>, 'projectId'>;
type EntryArgs = Omit<CallArgs<'entries.create'>, 'indicatorId'>;

const projectColumns = (f: ProjectArgs) =>
  ({
    acronym: f.acronym,
    title: f.title,
    funding_programme: f.fundingProgramme,
    starts_on: f.startsOn,
    ends_on: f.endsOn,
    lead_org_id: f.leadOrgId,
    status: f.status,
    description: f.description,
  }) satisfies Partial<ProjectsRow>;

const indicatorColumns = (f: IndicatorFields) =>
  ({
    name: f.name,
    unit: f.unit,
    target: f.target,
    baseline: f.baseline,
    cumulative: f.cumulative ? 1 : 0,
    period: f.period,
    feed_event_kind: f.feedEventKind,
    feed_measure: f.feedMeasure,
    feed_officers: f.feedOfficers,
    feed_officers_indicator_id: f.feedOfficers === 'indicator' ? f.feedOfficersIndicatorId : null,
  }) satisfies Partial<IndicatorsRow>;

const entryColumns = (indicatorId: string, f: EntryArgs) =>
  ({
    indicator_id: indicatorId,
    occurred_on: f.occurredOn,
    count: f.count,
    officers: f.officers,
    event_id: f.eventId,
    activity_id: f.activityId,
    note: f.note,
    evidence: f.evidence,
  }) satisfies Partial<IndicatorEntriesRow>;

/** Writing a project, its partners, linked events, activities, indicators and the entries counted toward them. */
export function projectEditor({ db }: DomainContext, read: ProjectReader, writer: ProjectsWriter) {
  const check = references(db);
  const eventExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE id = ?');
  const requireEventOf = (eventId: string | null, path: string) => {
    if (eventId && !eventExists.get(eventId)) throw invalidField(path, 'This event does not exist (it may have been deleted)');
  };

  const validateProject = (fields: ProjectArgs) => {
    check.requireOrganisation(fields.leadOrgId, 'leadOrgId');
    const seen = new Set<string>();
    fields.partners.forEach((p, i) => {
      check.requireCountry(p.countryCode, `partners.${i}.countryCode`);
      check.requireOrganisation(p.organisationId, `partners.${i}.organisationId`);
      const key = p.countryCode ?? p.organisationId!;
      if (seen.has(key)) throw invalidField(`partners.${i}`, 'This partner is listed twice');
      seen.add(key);
    });
  };

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

  /** Checks an entry's references; `prefix` names the row of a grid in messages. */
  const validateEntry = (indicator: Pick<IndicatorRow, 'project_id'>, f: EntryArgs, prefix = '') => {
    requireEventOf(f.eventId, `${prefix}eventId`);
    if (f.activityId) {
      const activity = read.activity(f.activityId);
      if (!activity || activity.project_id !== indicator.project_id) throw invalidField(`${prefix}activityId`, 'This activity is not part of the project');
    }
    f.countryCodes.forEach((code, i) => check.requireCountry(code, `${prefix}countryCodes.${i}`));
  };

  const insertEntry = (indicatorId: string, f: EntryArgs, now: string) => {
    const id = newId();
    writer.entries.insert({ id, ...entryColumns(indicatorId, f), created_at: now, updated_at: now });
    writer.replaceEntryCountries(id, f.countryCodes, now);
    return id;
  };

  /** An activity as the project page lists it. */
  const activityOf = (projectId: string, id: string): Activity => read.get(projectId).activities.find((a) => a.id === id)!;

  return {
    create: db.transaction((fields: ProjectArgs): Project => {
      validateProject(fields);
      const id = newId();
      const now = nowIso();
      writer.projects.insert({ id, ...projectColumns(fields), created_at: now, updated_at: now });
      writer.replacePartners(id, fields.partners, now);
      return read.get(id);
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'projects.update'>): Project => {
      const current = read.requireProject(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updated_at) throw staleEdit(current.acronym, current.updated_at);
      validateProject(fields);
      const now = nowIso();
      writer.projects.update(id, { ...projectColumns(fields), updated_at: now });
      writer.replacePartners(id, fields.partners, now);
      return read.get(id);
    }),
    delete: (id: string) => {
      read.requireProject(id);
      writer.projects.delete(id);
      return { id };
    },
    linkEvents: db.transaction(({ projectId, eventIds, linked }: CallArgs<'projects.linkEvents'>): Project => {
      read.requireProject(projectId);
      const now = nowIso();
      eventIds.forEach((eventId, i) => {
        if (!eventExists.get(eventId)) throw invalidField(`eventIds.${i}`, 'This event does not exist (it may have been deleted)');
        if (linked) writer.eventLinks.insert({ id: newId(), event_id: eventId, project_id: projectId, created_at: now, updated_at: now });
        else writer.eventLinks.deleteWhere({ event_id: eventId, project_id: projectId });
      });
      return read.get(projectId);
    }),
    createActivity: db.transaction(({ projectId, ...f }: CallArgs<'activities.create'>): Activity => {
      read.requireProject(projectId);
      requireEventOf(f.eventId, 'eventId');
      const id = newId();
      const now = nowIso();
      writer.activities.insert({
        id,
        project_id: projectId,
        title: f.title,
        planned_start: f.plannedStart,
        planned_end: f.plannedEnd,
        event_id: f.eventId,
        description: f.description,
        position: writer.nextActivityPosition(projectId),
        created_at: now,
        updated_at: now,
      });
      return activityOf(projectId, id);
    }),
    updateActivity: db.transaction(({ id, ...f }: CallArgs<'activities.update'>): Activity => {
      const current = read.activity(id);
      if (!current) throw notFound('Activity', id);
      requireEventOf(f.eventId, 'eventId');
      writer.activities.update(id, {
        title: f.title,
        planned_start: f.plannedStart,
        planned_end: f.plannedEnd,
        event_id: f.eventId,
        description: f.description,
        updated_at: nowIso(),
      });
      return activityOf(current.project_id, id);
    }),
    deleteActivity: (id: string) => {
      if (!writer.activities.delete(id)) throw notFound('Activity', id);
      return { id };
    },
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
    createEntry: db.transaction(({ indicatorId, ...f }: CallArgs<'entries.create'>): Entry => {
      const indicator = read.requireIndicator(indicatorId);
      validateEntry(indicator, f);
      return read.getEntry(insertEntry(indicatorId, f, nowIso()));
    }),
    createEntries: db.transaction(({ rows }: CallArgs<'entries.createMany'>) => {
      const now = nowIso();
      rows.forEach(({ indicatorId, ...f }, i) => {
        const indicator = writer.indicators.get(indicatorId);
        if (!indicator) throw invalidField(`rows.${i}.indicatorId`, `Row ${i + 1}: this indicator does not exist`);
        try {
          validateEntry(indicator, f, `rows.${i}.`);
        } catch (error) {
          if (error instanceof AppError) throw new AppError(error.code, `Row ${i + 1}: ${error.message}`, error.details);
          throw error;
        }
        insertEntry(indicatorId, f, now);
      });
      return { created: rows.length };
    }),
    updateEntry: db.transaction(({ id, indicatorId, expectedUpdatedAt, ...f }: CallArgs<'entries.update'>): Entry => {
      const current = read.getEntry(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit('This entry', current.updatedAt);
      const indicator = read.requireIndicator(indicatorId);
      if (indicator.project_id !== read.requireIndicator(current.indicatorId).project_id) {
        throw invalidField('indicatorId', 'An entry can move only to an indicator of the same project');
      }
      validateEntry(indicator, f);
      const now = nowIso();
      writer.entries.update(id, { ...entryColumns(indicatorId, f), updated_at: now });
      writer.replaceEntryCountries(id, f.countryCodes, now);
      return read.getEntry(id);
    }),
    deleteEntry: (id: string): Entry => {
      const entry = read.getEntry(id);
      writer.entries.delete(id);
      return entry;
    },
  };
}
