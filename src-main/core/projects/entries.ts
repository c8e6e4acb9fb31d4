import type { CallArgs, Entry } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { DomainContext } from '../domain';
import { invalidField, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { references } from '../references';
import type { ReportIssues } from './issues';
import type { IndicatorRow, ProjectReader } from './read';
import type { IndicatorEntriesRow, ProjectsWriter } from './writer';

type EntryArgs = Omit<CallArgs<'entries.create'>, 'indicatorId'>;

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

/**
 * Writing the entries counted toward indicators, one at a time or a whole grid. A day of a period
 * issued to the donor is refused in the write's own transaction, before and after an edit.
 */
export function entryEditor({ db }: DomainContext, read: ProjectReader, writer: ProjectsWriter, issues: Pick<ReportIssues, 'requireOpen'>) {
  const check = references(db);
  const eventExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE id = ?');

  /** Checks an entry's references; `prefix` names the row of a grid in messages. */
  const validateEntry = (indicator: Pick<IndicatorRow, 'project_id'>, f: EntryArgs, prefix = '') => {
    if (f.eventId && !eventExists.get(f.eventId)) throw invalidField(`${prefix}eventId`, 'This event does not exist (it may have been deleted)');
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

  return {
    createEntry: db.transaction(({ indicatorId, ...f }: CallArgs<'entries.create'>): Entry => {
      const indicator = read.requireIndicator(indicatorId);
      validateEntry(indicator, f);
      issues.requireOpen(indicator.project_id, f.occurredOn, 'occurredOn');
      return read.getEntry(insertEntry(indicatorId, f, nowIso()));
    }),
    createEntries: db.transaction(({ rows }: CallArgs<'entries.createMany'>) => {
      const now = nowIso();
      rows.forEach(({ indicatorId, ...f }, i) => {
        const indicator = writer.indicators.get(indicatorId);
        if (!indicator) throw invalidField(`rows.${i}.indicatorId`, `Row ${i + 1}: this indicator does not exist`);
        try {
          validateEntry(indicator, f, `rows.${i}.`);
          issues.requireOpen(indicator.project_id, f.occurredOn, `rows.${i}.occurredOn`);
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
      issues.requireOpen(indicator.project_id, current.occurredOn, 'occurredOn');
      issues.requireOpen(indicator.project_id, f.occurredOn, 'occurredOn');
      const now = nowIso();
      writer.entries.update(id, { ...entryColumns(indicatorId, f), updated_at: now });
      writer.replaceEntryCountries(id, f.countryCodes, now);
      return read.getEntry(id);
    }),
    deleteEntry: db.transaction((id: string): Entry => {
      const entry = read.getEntry(id);
      issues.requireOpen(read.requireIndicator(entry.indicatorId).project_id, entry.occurredOn, 'occurredOn');
      writer.entries.delete(id);
      return entry;
    }),
  };
}
