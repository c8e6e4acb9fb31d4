import type { Activity, CallArgs, Entry, Indicator, Project } from '../../../src-shared/contract';
import { invalidField, notFound } from '../errors';
import type { Store } from '../store/open';

export interface ProjectRow {
  id: string;
  acronym: string;
  title: string;
  funding_programme: string;
  starts_on: string;
  ends_on: string;
  lead_org_id: string | null;
  lead_org_name: string | null;
  status: Project['status'];
  description: string;
  created_at: string;
  updated_at: string;
}

export interface IndicatorRow {
  id: string;
  project_id: string;
  name: string;
  unit: string;
  target: number;
  baseline: number;
  cumulative: number;
  decreasing: number;
  period: Indicator['period'];
  feed_event_kind: Indicator['feedEventKind'];
  feed_measure: Indicator['feedMeasure'];
  feed_officers: Indicator['feedOfficers'];
  feed_officers_indicator_id: string | null;
  position: number;
  updated_at: string;
}

interface EntryRow {
  id: string;
  indicator_id: string;
  indicator_name: string;
  occurred_on: string;
  count: number;
  officers: number | null;
  countries: string | null;
  event_id: string | null;
  event_title: string | null;
  activity_id: string | null;
  activity_title: string | null;
  note: string;
  evidence: string;
  updated_at: string;
}

const toEntry = (r: EntryRow): Entry => ({
  id: r.id,
  indicatorId: r.indicator_id,
  indicatorName: r.indicator_name,
  occurredOn: r.occurred_on,
  count: r.count,
  officers: r.officers,
  countryCodes: r.countries ? r.countries.split(',').sort() : [],
  eventId: r.event_id,
  eventTitle: r.event_title,
  activityId: r.activity_id,
  activityTitle: r.activity_title,
  note: r.note,
  evidence: r.evidence,
  updatedAt: r.updated_at,
});

const ENTRY_SELECT = `
  SELECT e.id, e.indicator_id, i.name AS indicator_name, e.occurred_on, e.count, e.officers,
    (SELECT group_concat(country_code) FROM entry_countries ec WHERE ec.entry_id = e.id) AS countries,
    e.event_id, ev.title AS event_title, e.activity_id, a.title AS activity_title, e.note, e.evidence, e.updated_at
  FROM indicator_entries e
  JOIN indicators i ON i.id = e.indicator_id
  LEFT JOIN events ev ON ev.id = e.event_id
  LEFT JOIN activities a ON a.id = e.activity_id`;


export type TargetRow = { indicator_id: string; country_code: string | null; period_key: string | null; target: number };
type Targets = Pick<Indicator, 'targetsByCountry' | 'targetsByPeriod'>;

/** Each indicator's targets by country and by period. */
export function targetsByIndicator(rows: readonly TargetRow[]) {
  const map = new Map<string, Targets>();
  for (const t of rows) {
    let entry = map.get(t.indicator_id);
    if (!entry) map.set(t.indicator_id, (entry = { targetsByCountry: [], targetsByPeriod: [] }));
    if (t.country_code) entry.targetsByCountry.push({ countryCode: t.country_code, target: t.target });
    else if (t.period_key) entry.targetsByPeriod.push({ periodKey: t.period_key, target: t.target });
  }
  return map;
}

export const toIndicator = (r: IndicatorRow, targets: Targets | undefined): Indicator => ({
  id: r.id,
  projectId: r.project_id,
  name: r.name,
  unit: r.unit,
  target: r.target,
  baseline: r.baseline,
  cumulative: r.cumulative === 1,
  decreasing: r.decreasing === 1,
  period: r.period,
  feedEventKind: r.feed_event_kind,
  feedMeasure: r.feed_measure,
  feedOfficers: r.feed_officers,
  feedOfficersIndicatorId: r.feed_officers_indicator_id,
  targetsByCountry: targets?.targetsByCountry ?? [],
  targetsByPeriod: targets?.targetsByPeriod ?? [],
  position: r.position,
  updatedAt: r.updated_at,
});

/** Projects as their page shows them: partners, linked events, activities, indicators with their targets, and entries. */
export function projectReader(db: Store) {
  const projectById = db.prepare<[string], ProjectRow>(
    `SELECT p.*, o.name AS lead_org_name FROM projects p LEFT JOIN organisations o ON o.id = p.lead_org_id WHERE p.id = ?`,
  );
  const partnersOf = db.prepare<[string], { country_code: string | null; organisation_id: string | null; name: string; role: Project['partners'][number]['role'] }>(
    `SELECT pp.country_code, pp.organisation_id, coalesce(c.name, o.name, '') AS name, pp.role
     FROM project_partners pp LEFT JOIN countries c ON c.code = pp.country_code LEFT JOIN organisations o ON o.id = pp.organisation_id
     WHERE pp.project_id = ? ORDER BY pp.role, name`,
  );
  const eventsOf = db.prepare<[string], { id: string; title: string; kind: Project['events'][number]['kind']; status: Project['events'][number]['status']; starts_at: string; time_zone: string }>(
    `SELECT e.id, e.title, e.kind, e.status, e.starts_at, e.time_zone FROM event_projects ep JOIN events e ON e.id = ep.event_id
     WHERE ep.project_id = ? ORDER BY e.starts_at, e.id`,
  );
  const activitiesOf = db.prepare<[string], { id: string; project_id: string; title: string; planned_start: string | null; planned_end: string | null; event_id: string | null; event_title: string | null; description: string; updated_at: string }>(
    `SELECT a.id, a.project_id, a.title, a.planned_start, a.planned_end, a.event_id, e.title AS event_title, a.description, a.updated_at
     FROM activities a LEFT JOIN events e ON e.id = a.event_id WHERE a.project_id = ? ORDER BY a.position, coalesce(a.planned_start, ''), a.id`,
  );
  const activityById = db.prepare<[string], { id: string; project_id: string }>('SELECT id, project_id FROM activities WHERE id = ?');
  const indicatorsOf = db.prepare<[string], IndicatorRow>('SELECT * FROM indicators WHERE project_id = ? ORDER BY position, id');
  const indicatorById = db.prepare<[string], IndicatorRow>('SELECT * FROM indicators WHERE id = ?');
  const targetsOf = db.prepare<[string], TargetRow>(
    `SELECT t.indicator_id, t.country_code, t.period_key, t.target FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id
     WHERE i.project_id = ? ORDER BY t.country_code, t.period_key`,
  );
  const targetsOfOne = db.prepare<[string], TargetRow>(
    'SELECT indicator_id, country_code, period_key, target FROM indicator_targets WHERE indicator_id = ? ORDER BY country_code, period_key',
  );
  const entryById = db.prepare<[string], EntryRow>(`${ENTRY_SELECT} WHERE e.id = ?`);
  const entriesOfProject = db.prepare<[string, number, number], EntryRow>(
    `${ENTRY_SELECT} WHERE i.project_id = ? ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC LIMIT ? OFFSET ?`,
  );
  const entriesOfIndicator = db.prepare<[string, number, number], EntryRow>(
    `${ENTRY_SELECT} WHERE e.indicator_id = ? ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC LIMIT ? OFFSET ?`,
  );
  const countOfProject = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM indicator_entries WHERE indicator_id IN (SELECT id FROM indicators WHERE project_id = ?)',
  );
  const allEntriesOfProject = db.prepare<[string], EntryRow>(`${ENTRY_SELECT} WHERE i.project_id = ? ORDER BY e.occurred_on, e.created_at, e.id`);
  const countOfIndicator = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM indicator_entries WHERE indicator_id = ?');

  const requireProject = (id: string): ProjectRow => {
    const row = projectById.get(id);
    if (!row) throw notFound('Project', id);
    return row;
  };
  const requireIndicator = (id: string, path = 'indicatorId'): IndicatorRow => {
    const row = indicatorById.get(id);
    if (!row) throw path === 'id' ? notFound('Indicator', id) : invalidField(path, 'This indicator does not exist (it may have been deleted)');
    return row;
  };

  const getIndicator = (id: string): Indicator => {
    const row = requireIndicator(id, 'id');
    return toIndicator(row, targetsByIndicator(targetsOfOne.all(id)).get(id));
  };
  const indicatorsOfProject = (projectId: string) => {
    const targets = targetsByIndicator(targetsOf.all(projectId));
    return indicatorsOf.all(projectId).map((r) => toIndicator(r, targets.get(r.id)));
  };
  const getEntry = (id: string): Entry => {
    const row = entryById.get(id);
    if (!row) throw notFound('Entry', id);
    return toEntry(row);
  };

  function get(id: string): Project {
    const row = requireProject(id);
    return {
      id: row.id,
      acronym: row.acronym,
      title: row.title,
      fundingProgramme: row.funding_programme,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      leadOrgId: row.lead_org_id,
      leadOrgName: row.lead_org_name,
      status: row.status,
      description: row.description,
      partners: partnersOf.all(id).map((p) => ({ countryCode: p.country_code, organisationId: p.organisation_id, name: p.name, role: p.role })),
      events: eventsOf.all(id).map((e) => ({ id: e.id, title: e.title, kind: e.kind, status: e.status, startsAt: e.starts_at, timeZone: e.time_zone })),
      activities: activitiesOf.all(id).map(
        (a): Activity => ({
          id: a.id,
          projectId: a.project_id,
          title: a.title,
          plannedStart: a.planned_start,
          plannedEnd: a.planned_end,
          eventId: a.event_id,
          eventTitle: a.event_title,
          description: a.description,
          updatedAt: a.updated_at,
        }),
      ),
      indicators: indicatorsOfProject(id),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  return {
    get,
    getEntry,
    getIndicator,
    indicatorsOfProject,
    requireProject,
    requireIndicator,
    activity: (id: string) => activityById.get(id),
    entries({ projectId, indicatorId, offset, limit }: CallArgs<'entries.list'>) {
      if (projectId) {
        requireProject(projectId);
        return { rows: entriesOfProject.all(projectId, limit, offset).map(toEntry), total: countOfProject.get(projectId)!.n };
      }
      requireIndicator(indicatorId!, 'id');
      return { rows: entriesOfIndicator.all(indicatorId!, limit, offset).map(toEntry), total: countOfIndicator.get(indicatorId!)!.n };
    },
    /** Every entry of a project, oldest first: what the donor report lists. */
    allEntries: (projectId: string): Entry[] => allEntriesOfProject.all(projectId).map(toEntry),
  };
}

export type ProjectReader = ReturnType<typeof projectReader>;
