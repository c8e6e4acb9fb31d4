import type { DomainContext } from '../domain';
import { newId } from '../ids';
import { type RowValues, tableWriter } from '../store/table';

export type ProjectsRow = {
  id: string;
  acronym: string;
  title: string;
  funding_programme: string;
  starts_on: string;
  ends_on: string;
  lead_org_id: string | null;
  status: string;
  description: string;
  created_at: string;
  updated_at: string;
};
export type ProjectPartnersRow = {
  id: string;
  project_id: string;
  country_code: string | null;
  organisation_id: string | null;
  role: string;
  created_at: string;
  updated_at: string;
};
export type EventProjectsRow = { id: string; event_id: string; project_id: string; created_at: string; updated_at: string };
export type ActivitiesRow = {
  id: string;
  project_id: string;
  title: string;
  planned_start: string | null;
  planned_end: string | null;
  event_id: string | null;
  description: string;
  position: number;
  created_at: string;
  updated_at: string;
};
export type IndicatorsRow = {
  id: string;
  project_id: string;
  name: string;
  unit: string;
  target: number;
  baseline: number;
  cumulative: number;
  decreasing: number;
  period: string;
  feed_event_kind: string | null;
  feed_measure: string | null;
  feed_officers: string | null;
  feed_officers_indicator_id: string | null;
  position: number;
  created_at: string;
  updated_at: string;
};
export type IndicatorTargetsRow = {
  id: string;
  indicator_id: string;
  country_code: string | null;
  period_key: string | null;
  target: number;
  created_at: string;
  updated_at: string;
};
export type IndicatorEntriesRow = {
  id: string;
  indicator_id: string;
  occurred_on: string;
  count: number;
  officers: number | null;
  event_id: string | null;
  activity_id: string | null;
  note: string;
  evidence: string;
  created_at: string;
  updated_at: string;
};
export type ReportIssuesRow = {
  id: string;
  project_id: string;
  issued_on: string;
  period_from: string;
  period_to: string;
  issued_by: string;
  figures: string;
  created_at: string;
  updated_at: string;
};
export type PeriodUnlocksRow = {
  id: string;
  project_id: string;
  issue_id: string | null;
  period_from: string;
  period_to: string;
  reason: string;
  unlocked_on: string;
  unlocked_by: string;
  created_at: string;
  updated_at: string;
};
export type EntryCountriesRow = { id: string; entry_id: string; country_code: string; created_at: string; updated_at: string };

const STAMPS = ['created_at', 'updated_at'] as const;

/**
 * The one writer of projects and everything counted in them. Running totals per indicator are
 * derived by triggers from the entries, never written here.
 */
export function projectsWriter({ db, onChange }: DomainContext) {
  const table = <R extends RowValues & { created_at: string; updated_at: string }>(
    name: string,
    columns: readonly (keyof R & string)[],
    onConflict: 'fail' | 'ignore' = 'fail',
    natural?: (row: R) => ReadonlyArray<string | number | null>,
  ) => tableWriter<R>(db, onChange, { table: name, columns: [...columns, ...STAMPS], onConflict, natural });

  const projects = table<ProjectsRow>('projects', ['id', 'acronym', 'title', 'funding_programme', 'starts_on', 'ends_on', 'lead_org_id', 'status', 'description']);
  const partners = table<ProjectPartnersRow>('project_partners', ['id', 'project_id', 'country_code', 'organisation_id', 'role']);
  const eventLinks = table<EventProjectsRow>('event_projects', ['id', 'event_id', 'project_id'], 'ignore', (r) => [r.event_id, r.project_id]);
  const activities = table<ActivitiesRow>('activities', ['id', 'project_id', 'title', 'planned_start', 'planned_end', 'event_id', 'description', 'position']);
  const indicators = table<IndicatorsRow>('indicators', [
    'id', 'project_id', 'name', 'unit', 'target', 'baseline', 'cumulative', 'decreasing', 'period', 'feed_event_kind', 'feed_measure', 'feed_officers',
    'feed_officers_indicator_id', 'position',
  ]);
  const targets = table<IndicatorTargetsRow>('indicator_targets', ['id', 'indicator_id', 'country_code', 'period_key', 'target'], 'fail', (r) => [
    r.indicator_id,
    r.country_code,
    r.period_key,
  ]);
  const entries = table<IndicatorEntriesRow>('indicator_entries', [
    'id', 'indicator_id', 'occurred_on', 'count', 'officers', 'event_id', 'activity_id', 'note', 'evidence',
  ]);
  const entryCountries = table<EntryCountriesRow>('entry_countries', ['id', 'entry_id', 'country_code'], 'fail', (r) => [r.entry_id, r.country_code]);

  const issues = table<ReportIssuesRow>('report_issues', ['id', 'project_id', 'issued_on', 'period_from', 'period_to', 'issued_by', 'figures']);
  const unlocks = table<PeriodUnlocksRow>('period_unlocks', ['id', 'project_id', 'issue_id', 'period_from', 'period_to', 'reason', 'unlocked_on', 'unlocked_by']);

  // New activities and indicators go last in their project.
  const nextActivity = db.prepare<[string], { next: number }>('SELECT coalesce(max(position) + 1, 0) AS next FROM activities WHERE project_id = ?');
  const nextIndicator = db.prepare<[string], { next: number }>('SELECT coalesce(max(position) + 1, 0) AS next FROM indicators WHERE project_id = ?');

  return {
    projects,
    partners,
    eventLinks,
    activities,
    indicators,
    targets,
    entries,
    entryCountries,
    issues,
    unlocks,
    nextActivityPosition: (projectId: string) => nextActivity.get(projectId)!.next,
    nextIndicatorPosition: (projectId: string) => nextIndicator.get(projectId)!.next,
    /** Replaces a project's partners. */
    replacePartners(projectId: string, list: ReadonlyArray<{ countryCode: string | null; organisationId: string | null; role: string }>, now: string) {
      partners.deleteWhere({ project_id: projectId });
      for (const p of list) {
        partners.insert({ id: newId(), project_id: projectId, country_code: p.countryCode, organisation_id: p.organisationId, role: p.role, created_at: now, updated_at: now });
      }
    },
    /** Replaces an indicator's targets by country and by period. */
    replaceTargets(
      indicatorId: string,
      byCountry: ReadonlyArray<{ countryCode: string; target: number }>,
      byPeriod: ReadonlyArray<{ periodKey: string; target: number }>,
      now: string,
    ) {
      targets.deleteWhere({ indicator_id: indicatorId });
      const add = (countryCode: string | null, periodKey: string | null, target: number) =>
        targets.insert({ id: newId(), indicator_id: indicatorId, country_code: countryCode, period_key: periodKey, target, created_at: now, updated_at: now });
      for (const t of byCountry) add(t.countryCode, null, t.target);
      for (const t of byPeriod) add(null, t.periodKey, t.target);
    },
    /** Replaces the countries an entry counts for. */
    replaceEntryCountries(entryId: string, codes: readonly string[], now: string) {
      entryCountries.deleteWhere({ entry_id: entryId });
      for (const code of new Set(codes)) entryCountries.insert({ id: newId(), entry_id: entryId, country_code: code, created_at: now, updated_at: now });
    },
  };
}
export type ProjectsWriter = ReturnType<typeof projectsWriter>;
