import type { Activity, CallArgs, Entry, Indicator, IndicatorProgress, Pivot, Project, ProjectSummary } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { newId, nowIso } from '../ids';
import { invalidField, notFound, staleEdit } from '../errors';
import { references } from '../references';
import type { Store } from '../store/open';
import { utcToLocal } from '../time';
import { type Counted, daysBetween, type FeedEvent, nextDay, periodIndex, periodsOf, plannedPerPeriod, progressOf, worstFirst } from './progress';

interface ProjectRow {
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

interface IndicatorRow {
  id: string;
  project_id: string;
  name: string;
  unit: string;
  target: number;
  baseline: number;
  cumulative: number;
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

interface HeldEventRow {
  project_id: string;
  id: string;
  kind: string;
  title: string;
  starts_at: string;
  time_zone: string;
  attendees: number;
}

type ProjectArgs = CallArgs<'projects.create'>;
type IndicatorArgs = CallArgs<'indicators.create'>;
type EntryArgs = Omit<CallArgs<'entries.create'>, 'indicatorId'>;

/** Days to count within, both included; what falls outside is left out of a report. */
export interface DayWindow {
  from: string;
  to: string;
}
const within = (window: DayWindow | undefined) => (day: string) => !window || (day >= window.from && day <= window.to);

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

/** Today on this computer, when the caller did not say. */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export function projectsService(db: Store) {
  const check = references(db);
  const projectById = db.prepare<[string], ProjectRow>(
    `SELECT p.*, o.name AS lead_org_name FROM projects p LEFT JOIN organisations o ON o.id = p.lead_org_id WHERE p.id = ?`,
  );
  const allProjects = db.prepare<[], ProjectRow>(`SELECT p.*, NULL AS lead_org_name FROM projects p ORDER BY p.acronym COLLATE NOCASE, p.id`);
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
  const allIndicators = db.prepare<[], IndicatorRow>('SELECT * FROM indicators ORDER BY project_id, position, id');
  const indicatorById = db.prepare<[string], IndicatorRow>('SELECT * FROM indicators WHERE id = ?');
  const targetsOf = db.prepare<[string], { indicator_id: string; country_code: string | null; period_key: string | null; target: number }>(
    `SELECT t.indicator_id, t.country_code, t.period_key, t.target FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id
     WHERE i.project_id = ? ORDER BY t.country_code, t.period_key`,
  );
  const targetsOfOne = db.prepare<[string], { indicator_id: string; country_code: string | null; period_key: string | null; target: number }>(
    'SELECT indicator_id, country_code, period_key, target FROM indicator_targets WHERE indicator_id = ? ORDER BY country_code, period_key',
  );
  const allTargets = db.prepare<[], { indicator_id: string; country_code: string | null; period_key: string | null; target: number }>(
    'SELECT indicator_id, country_code, period_key, target FROM indicator_targets',
  );
  const countedOf = db.prepare<[string], { indicator_id: string; day: string; count: number }>(
    `SELECT indicator_id, occurred_on AS day, total(count) AS count FROM indicator_entries
     WHERE indicator_id IN (SELECT id FROM indicators WHERE project_id = ?) GROUP BY indicator_id, occurred_on`,
  );
  const totals = db.prepare<[], { indicator_id: string; count: number }>('SELECT indicator_id, total AS count FROM indicator_totals');
  const heldOf = db.prepare<[string], HeldEventRow>(
    `SELECT ep.project_id, e.id, e.kind, e.title, e.starts_at, e.time_zone,
       (SELECT count(*) FROM participations pa WHERE pa.event_id = e.id AND pa.attendance = 'attended') AS attendees
     FROM event_projects ep JOIN events e ON e.id = ep.event_id WHERE ep.project_id = ? AND e.status = 'held' ORDER BY e.starts_at, e.id`,
  );
  const allHeld = db.prepare<[], HeldEventRow>(
    `SELECT ep.project_id, e.id, e.kind, e.title, e.starts_at, e.time_zone,
       (SELECT count(*) FROM participations pa WHERE pa.event_id = e.id AND pa.attendance = 'attended') AS attendees
     FROM event_projects ep JOIN events e ON e.id = ep.event_id WHERE e.status = 'held'`,
  );
  const attendeeCountries = db.prepare<[string], { country_code: string | null; attendees: number }>(
    `SELECT representing_country_code AS country_code, count(*) AS attendees FROM participations
     WHERE event_id = ? AND attendance = 'attended' GROUP BY representing_country_code`,
  );
  const entriesWithCountries = db.prepare<[string], { occurred_on: string; count: number; countries: string | null }>(
    `SELECT e.occurred_on, e.count, (SELECT group_concat(country_code) FROM entry_countries ec WHERE ec.entry_id = e.id) AS countries
     FROM indicator_entries e WHERE e.indicator_id = ?`,
  );
  // Officers recorded on entries, for the indicators they feed: per indicator and day, in total, and by country.
  const officersOf = db.prepare<[string], { indicator_id: string; day: string; count: number }>(
    `SELECT indicator_id, occurred_on AS day, total(officers) AS count FROM indicator_entries
     WHERE indicator_id IN (SELECT id FROM indicators WHERE project_id = ?) AND officers > 0 GROUP BY indicator_id, occurred_on`,
  );
  const officersTotalOfProject = db.prepare<[string, string], { count: number }>(
    `SELECT total(officers) AS count FROM indicator_entries WHERE indicator_id IN (SELECT id FROM indicators WHERE project_id = ? AND id <> ?)`,
  );
  const officersTotalOfIndicator = db.prepare<[string], { count: number }>('SELECT total(officers) AS count FROM indicator_entries WHERE indicator_id = ?');
  const officerEntriesOfProject = db.prepare<[string, string], { occurred_on: string; count: number; countries: string | null }>(
    `SELECT e.occurred_on, e.officers AS count, (SELECT group_concat(country_code) FROM entry_countries ec WHERE ec.entry_id = e.id) AS countries
     FROM indicator_entries e WHERE e.indicator_id IN (SELECT id FROM indicators WHERE project_id = ? AND id <> ?) AND e.officers > 0`,
  );
  const officerEntriesOfIndicator = db.prepare<[string], { occurred_on: string; count: number; countries: string | null }>(
    `SELECT e.occurred_on, e.officers AS count, (SELECT group_concat(country_code) FROM entry_countries ec WHERE ec.entry_id = e.id) AS countries
     FROM indicator_entries e WHERE e.indicator_id = ? AND e.officers > 0`,
  );
  const forgetOfficerSource = db.prepare<[string, string]>(
    'UPDATE indicators SET feed_officers = NULL, feed_officers_indicator_id = NULL, updated_at = ? WHERE feed_officers_indicator_id = ?',
  );
  const countryNames = db.prepare<[], { code: string; name: string }>('SELECT code, name FROM countries');
  const eventExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE id = ?');

  const insertProject = db.prepare(
    `INSERT INTO projects (id, acronym, title, funding_programme, starts_on, ends_on, lead_org_id, status, description, created_at, updated_at)
     VALUES (@id, @acronym, @title, @fundingProgramme, @startsOn, @endsOn, @leadOrgId, @status, @description, @now, @now)`,
  );
  const updateProject = db.prepare(
    `UPDATE projects SET acronym = @acronym, title = @title, funding_programme = @fundingProgramme, starts_on = @startsOn, ends_on = @endsOn,
       lead_org_id = @leadOrgId, status = @status, description = @description, updated_at = @now WHERE id = @id`,
  );
  const deleteProject = db.prepare<[string]>('DELETE FROM projects WHERE id = ?');
  const clearPartners = db.prepare<[string]>('DELETE FROM project_partners WHERE project_id = ?');
  const insertPartner = db.prepare(
    'INSERT INTO project_partners (id, project_id, country_code, organisation_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const link = db.prepare('INSERT OR IGNORE INTO event_projects (id, event_id, project_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const unlink = db.prepare<[string, string]>('DELETE FROM event_projects WHERE event_id = ? AND project_id = ?');
  const insertActivity = db.prepare(
    `INSERT INTO activities (id, project_id, title, planned_start, planned_end, event_id, description, position, created_at, updated_at)
     VALUES (@id, @projectId, @title, @plannedStart, @plannedEnd, @eventId, @description,
       (SELECT coalesce(max(position) + 1, 0) FROM activities WHERE project_id = @projectId), @now, @now)`,
  );
  const updateActivity = db.prepare(
    `UPDATE activities SET title = @title, planned_start = @plannedStart, planned_end = @plannedEnd, event_id = @eventId, description = @description,
       updated_at = @now WHERE id = @id`,
  );
  const deleteActivity = db.prepare<[string]>('DELETE FROM activities WHERE id = ?');
  const insertIndicator = db.prepare(
    `INSERT INTO indicators (id, project_id, name, unit, target, baseline, cumulative, period, feed_event_kind, feed_measure, feed_officers, feed_officers_indicator_id,
       position, created_at, updated_at)
     VALUES (@id, @projectId, @name, @unit, @target, @baseline, @cumulative, @period, @feedEventKind, @feedMeasure, @feedOfficers, @feedOfficersIndicatorId,
       (SELECT coalesce(max(position) + 1, 0) FROM indicators WHERE project_id = @projectId), @now, @now)`,
  );
  const updateIndicator = db.prepare(
    `UPDATE indicators SET name = @name, unit = @unit, target = @target, baseline = @baseline, cumulative = @cumulative, period = @period,
       feed_event_kind = @feedEventKind, feed_measure = @feedMeasure, feed_officers = @feedOfficers, feed_officers_indicator_id = @feedOfficersIndicatorId,
       updated_at = @now WHERE id = @id`,
  );
  const deleteIndicator = db.prepare<[string]>('DELETE FROM indicators WHERE id = ?');
  const clearTargets = db.prepare<[string]>('DELETE FROM indicator_targets WHERE indicator_id = ?');
  const insertTarget = db.prepare(
    'INSERT INTO indicator_targets (id, indicator_id, country_code, period_key, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const entryById = db.prepare<[string], EntryRow>(`${ENTRY_SELECT} WHERE e.id = ?`);
  const insertEntry = db.prepare(
    `INSERT INTO indicator_entries (id, indicator_id, occurred_on, count, officers, event_id, activity_id, note, evidence, created_at, updated_at)
     VALUES (@id, @indicatorId, @occurredOn, @count, @officers, @eventId, @activityId, @note, @evidence, @now, @now)`,
  );
  const updateEntry = db.prepare(
    `UPDATE indicator_entries SET indicator_id = @indicatorId, occurred_on = @occurredOn, count = @count, officers = @officers, event_id = @eventId,
       activity_id = @activityId, note = @note, evidence = @evidence, updated_at = @now WHERE id = @id`,
  );
  const deleteEntry = db.prepare<[string]>('DELETE FROM indicator_entries WHERE id = ?');
  const clearEntryCountries = db.prepare<[string]>('DELETE FROM entry_countries WHERE entry_id = ?');
  const insertEntryCountry = db.prepare('INSERT INTO entry_countries (id, entry_id, country_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
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

  const targetsByIndicator = (rows: Array<{ indicator_id: string; country_code: string | null; period_key: string | null; target: number }>) => {
    const map = new Map<string, Pick<Indicator, 'targetsByCountry' | 'targetsByPeriod'>>();
    for (const t of rows) {
      let entry = map.get(t.indicator_id);
      if (!entry) map.set(t.indicator_id, (entry = { targetsByCountry: [], targetsByPeriod: [] }));
      if (t.country_code) entry.targetsByCountry.push({ countryCode: t.country_code, target: t.target });
      else if (t.period_key) entry.targetsByPeriod.push({ periodKey: t.period_key, target: t.target });
    }
    return map;
  };
  const toIndicator = (r: IndicatorRow, targets: Pick<Indicator, 'targetsByCountry' | 'targetsByPeriod'> | undefined): Indicator => ({
    id: r.id,
    projectId: r.project_id,
    name: r.name,
    unit: r.unit,
    target: r.target,
    baseline: r.baseline,
    cumulative: r.cumulative === 1,
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
  const getIndicator = (id: string): Indicator => {
    const row = requireIndicator(id, 'id');
    return toIndicator(row, targetsByIndicator(targetsOfOne.all(id)).get(id));
  };
  const indicatorsOfProject = (projectId: string) => {
    const targets = targetsByIndicator(targetsOf.all(projectId));
    return indicatorsOf.all(projectId).map((r) => toIndicator(r, targets.get(r.id)));
  };

  /** What the calendar adds to an indicator: held events of its kind, one each or their attendees. */
  const feedsFor = (indicator: Indicator, held: readonly HeldEventRow[]): FeedEvent[] => {
    if (!indicator.feedMeasure) return [];
    return held
      .filter((e) => indicator.feedEventKind === null || e.kind === indicator.feedEventKind)
      .map((e) => ({
        eventId: e.id,
        title: e.title,
        startsAt: e.starts_at,
        day: utcToLocal(e.starts_at, e.time_zone).slice(0, 10),
        count: indicator.feedMeasure === 'attendees' ? e.attendees : 1,
      }))
      .filter((f) => f.count !== 0);
  };

  /** What the officers recorded on entries add to an indicator fed by them, per day; its own entries count by their count alone. */
  const officersFor = (indicator: Indicator, byIndicator: ReadonlyMap<string, Counted[]>): Counted[] => {
    if (indicator.feedOfficers === 'indicator') return indicator.feedOfficersIndicatorId ? (byIndicator.get(indicator.feedOfficersIndicatorId) ?? []) : [];
    if (indicator.feedOfficers !== 'project') return [];
    return [...byIndicator.entries()].flatMap(([id, list]) => (id === indicator.id ? [] : list));
  };

  const summaryOf = (row: ProjectRow, progress: IndicatorProgress[], today: string): ProjectSummary => {
    const total = daysBetween(row.starts_on, nextDay(row.ends_on));
    const gone = Math.min(Math.max(daysBetween(row.starts_on, nextDay(today)), 0), total);
    const indicators = progress
      .map((p) => ({
        id: p.indicator.id,
        name: p.indicator.name,
        unit: p.indicator.unit,
        actual: p.actual,
        target: p.target,
        expected: p.expected,
        percent: p.percent,
        status: p.status,
      }))
      .sort(worstFirst);
    return {
      id: row.id,
      acronym: row.acronym,
      title: row.title,
      status: row.status,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      elapsedPercent: total > 0 ? Math.round((gone / total) * 1000) / 10 : 0,
      indicatorCount: progress.length,
      behindCount: progress.filter((p) => p.status === 'behind').length,
      indicators,
    };
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

  const byIndicator = (rows: Array<{ indicator_id: string; day: string; count: number }>, keep: (day: string) => boolean) => {
    const map = new Map<string, Counted[]>();
    for (const c of rows) {
      if (!keep(c.day)) continue;
      const list = map.get(c.indicator_id);
      if (list) list.push(c);
      else map.set(c.indicator_id, [c]);
    }
    return map;
  };

  /** Progress of every indicator on `today`; with a window, only what happened within it counts (the donor report's period). */
  function dashboard(id: string, today = localToday(), window?: DayWindow) {
    const row = requireProject(id);
    const keep = within(window);
    const counted = byIndicator(countedOf.all(id), keep);
    const held = heldOf.all(id);
    const list = indicatorsOfProject(id);
    const officers = list.some((i) => i.feedOfficers) ? byIndicator(officersOf.all(id), keep) : new Map<string, Counted[]>();
    const project = { startsOn: row.starts_on, endsOn: row.ends_on };
    const indicators = list.map((indicator) =>
      progressOf(indicator, project, counted.get(indicator.id) ?? [], feedsFor(indicator, held).filter((f) => keep(f.day)), officersFor(indicator, officers), today),
    );
    return { project: summaryOf(row, indicators, today), indicators };
  }

  function portfolio(today = localToday(), status?: Project['status']): ProjectSummary[] {
    const projects = allProjects.all().filter((p) => !status || p.status === status);
    const targets = targetsByIndicator(allTargets.all());
    const totalOf = new Map(totals.all().map((t) => [t.indicator_id, t.count]));
    const heldByProject = new Map<string, HeldEventRow[]>();
    for (const e of allHeld.all()) {
      const list = heldByProject.get(e.project_id);
      if (list) list.push(e);
      else heldByProject.set(e.project_id, [e]);
    }
    const indicatorsByProject = new Map<string, IndicatorRow[]>();
    for (const i of allIndicators.all()) {
      const list = indicatorsByProject.get(i.project_id);
      if (list) list.push(i);
      else indicatorsByProject.set(i.project_id, [i]);
    }
    const summaries = projects.map((row) => {
      const project = { startsOn: row.starts_on, endsOn: row.ends_on };
      const held = heldByProject.get(row.id) ?? [];
      // The total is all the summary needs: where in time each count fell does not change actual or expected.
      const progress = (indicatorsByProject.get(row.id) ?? []).map((r) => {
        const indicator = toIndicator(r, targets.get(r.id));
        const total = totalOf.get(r.id) ?? 0;
        const officers =
          indicator.feedOfficers === 'project'
            ? officersTotalOfProject.get(row.id, r.id)!.count
            : indicator.feedOfficers === 'indicator' && indicator.feedOfficersIndicatorId
              ? officersTotalOfIndicator.get(indicator.feedOfficersIndicatorId)!.count
              : 0;
        const at = (count: number) => (count ? [{ day: row.starts_on, count }] : []);
        return progressOf(indicator, project, at(total), feedsFor(indicator, held), at(officers), today, { periods: false });
      });
      return summaryOf(row, progress, today);
    });
    const worst = (s: ProjectSummary) => s.indicators[0];
    return summaries.sort((a, b) => {
      const wa = worst(a);
      const wb = worst(b);
      if (wa && wb) return worstFirst(wa, wb) || a.acronym.localeCompare(b.acronym);
      return wa ? -1 : wb ? 1 : a.acronym.localeCompare(b.acronym);
    });
  }

  /** One indicator by country and period; with a window, only what happened within it. */
  function pivot(indicatorId: string, window?: DayWindow): Pivot {
    const keep = within(window);
    const indicator = getIndicator(indicatorId);
    const project = requireProject(indicator.projectId);
    const periods = periodsOf(indicator.period, project.starts_on, project.ends_on);
    const names = new Map(countryNames.all().map((c) => [c.code, c.name]));
    const rows = new Map<string, number[]>();
    const totalsCells = periods.map(() => 0);
    const place = (day: string) => {
      const index = periodIndex(periods, day);
      return index >= 0 ? index : day < project.starts_on ? 0 : periods.length - 1;
    };
    const add = (country: string | null, index: number, count: number) => {
      const key = country ?? '';
      let cells = rows.get(key);
      if (!cells) rows.set(key, (cells = periods.map(() => 0)));
      cells[index]! += count;
    };
    if (periods.length) {
      const officers =
        indicator.feedOfficers === 'project'
          ? officerEntriesOfProject.all(project.id, indicatorId)
          : indicator.feedOfficers === 'indicator' && indicator.feedOfficersIndicatorId
            ? officerEntriesOfIndicator.all(indicator.feedOfficersIndicatorId)
            : [];
      // Officers count for the countries their entries name, like the indicator's own entries.
      for (const e of [...entriesWithCountries.all(indicatorId), ...officers]) {
        if (!keep(e.occurred_on)) continue;
        const index = place(e.occurred_on);
        totalsCells[index]! += e.count;
        const countries = e.countries ? e.countries.split(',') : [null];
        for (const c of countries) add(c, index, e.count);
      }
      // Held events count for the countries whose people attended them.
      for (const feed of feedsFor(indicator, heldOf.all(project.id))) {
        if (!keep(feed.day)) continue;
        const index = place(feed.day);
        totalsCells[index]! += feed.count;
        const byCountry = attendeeCountries.all(feed.eventId);
        if (!byCountry.length) add(null, index, feed.count);
        for (const c of byCountry) add(c.country_code, index, indicator.feedMeasure === 'attendees' ? c.attendees : 1);
      }
    }
    const countryTargets = new Map(indicator.targetsByCountry.map((t) => [t.countryCode, t.target]));
    for (const code of countryTargets.keys()) if (!rows.has(code)) rows.set(code, periods.map(() => 0));
    const sum = (cells: number[]) => Math.round(cells.reduce((a, b) => a + b, 0) * 100) / 100;
    const planned = plannedPerPeriod(indicator, periods, daysBetween(project.starts_on, nextDay(project.ends_on))).map((n) => Math.round(n * 100) / 100);
    return {
      indicatorId,
      periods: periods.map((p) => ({ key: p.key, start: p.start, end: p.end })),
      rows: [...rows.entries()]
        .map(([code, cells]) => ({
          countryCode: code || null,
          countryName: code ? (names.get(code) ?? code) : null,
          cells,
          total: sum(cells),
          target: code ? (countryTargets.get(code) ?? null) : null,
        }))
        .sort((a, b) => (a.countryName === null ? 1 : b.countryName === null ? -1 : a.countryName.localeCompare(b.countryName))),
      totals: { cells: totalsCells, total: sum(totalsCells), targets: planned },
    };
  }

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
  const writePartners = (id: string, fields: ProjectArgs, now: string) => {
    clearPartners.run(id);
    for (const p of fields.partners) insertPartner.run(newId(), id, p.countryCode, p.organisationId, p.role, now, now);
  };
  const projectBinding = (id: string, f: ProjectArgs, now: string) => ({
    id,
    acronym: f.acronym,
    title: f.title,
    fundingProgramme: f.fundingProgramme,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    leadOrgId: f.leadOrgId,
    status: f.status,
    description: f.description,
    now,
  });

  const validateIndicator = (f: Omit<IndicatorArgs, 'projectId'>, projectId: string, id: string | null) => {
    if (f.feedOfficers === 'indicator' && f.feedOfficersIndicatorId) {
      const source = indicatorById.get(f.feedOfficersIndicatorId);
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
  const writeTargets = (id: string, f: Omit<IndicatorArgs, 'projectId'>, now: string) => {
    clearTargets.run(id);
    for (const t of f.targetsByCountry) insertTarget.run(newId(), id, t.countryCode, null, t.target, now, now);
    for (const t of f.targetsByPeriod) insertTarget.run(newId(), id, null, t.periodKey, t.target, now, now);
  };
  const indicatorBinding = (id: string, f: Omit<IndicatorArgs, 'projectId'>, now: string) => ({
    id,
    name: f.name,
    unit: f.unit,
    target: f.target,
    baseline: f.baseline,
    cumulative: f.cumulative ? 1 : 0,
    period: f.period,
    feedEventKind: f.feedEventKind,
    feedMeasure: f.feedMeasure,
    feedOfficers: f.feedOfficers,
    feedOfficersIndicatorId: f.feedOfficers === 'indicator' ? f.feedOfficersIndicatorId : null,
    now,
  });

  /** Checks an entry's references; `prefix` names the row of a grid in messages. */
  const validateEntry = (indicator: IndicatorRow, f: EntryArgs, prefix = '') => {
    if (f.eventId && !eventExists.get(f.eventId)) throw invalidField(`${prefix}eventId`, 'This event does not exist (it may have been deleted)');
    if (f.activityId) {
      const activity = activityById.get(f.activityId);
      if (!activity || activity.project_id !== indicator.project_id) throw invalidField(`${prefix}activityId`, 'This activity is not part of the project');
    }
    f.countryCodes.forEach((code, i) => check.requireCountry(code, `${prefix}countryCodes.${i}`));
  };
  const writeEntry = (id: string, indicatorId: string, f: EntryArgs, now: string, insert: boolean) => {
    const binding = { id, indicatorId, occurredOn: f.occurredOn, count: f.count, officers: f.officers, eventId: f.eventId, activityId: f.activityId, note: f.note, evidence: f.evidence, now };
    if (insert) insertEntry.run(binding);
    else updateEntry.run(binding);
    clearEntryCountries.run(id);
    for (const code of new Set(f.countryCodes)) insertEntryCountry.run(newId(), id, code, now, now);
  };
  const getEntry = (id: string): Entry => {
    const row = entryById.get(id);
    if (!row) throw notFound('Entry', id);
    return toEntry(row);
  };

  return {
    get,
    dashboard,
    portfolio,
    pivot,
    indicatorsOfProject,
    create: db.transaction((fields: ProjectArgs): Project => {
      validateProject(fields);
      const id = newId();
      const now = nowIso();
      insertProject.run(projectBinding(id, fields, now));
      writePartners(id, fields, now);
      return get(id);
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'projects.update'>): Project => {
      const current = requireProject(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updated_at) throw staleEdit(current.acronym, current.updated_at);
      validateProject(fields);
      const now = nowIso();
      updateProject.run(projectBinding(id, fields, now));
      writePartners(id, fields, now);
      return get(id);
    }),
    delete: (id: string) => {
      requireProject(id);
      deleteProject.run(id);
      return { id };
    },
    linkEvents: db.transaction(({ projectId, eventIds, linked }: CallArgs<'projects.linkEvents'>): Project => {
      requireProject(projectId);
      const now = nowIso();
      eventIds.forEach((eventId, i) => {
        if (!eventExists.get(eventId)) throw invalidField(`eventIds.${i}`, 'This event does not exist (it may have been deleted)');
        if (linked) link.run(newId(), eventId, projectId, now, now);
        else unlink.run(eventId, projectId);
      });
      return get(projectId);
    }),
    createActivity: db.transaction(({ projectId, ...f }: CallArgs<'activities.create'>): Activity => {
      requireProject(projectId);
      if (f.eventId && !eventExists.get(f.eventId)) throw invalidField('eventId', 'This event does not exist (it may have been deleted)');
      const id = newId();
      insertActivity.run({ id, projectId, ...f, now: nowIso() });
      return get(projectId).activities.find((a) => a.id === id)!;
    }),
    updateActivity: db.transaction(({ id, ...f }: CallArgs<'activities.update'>): Activity => {
      const current = activityById.get(id);
      if (!current) throw notFound('Activity', id);
      if (f.eventId && !eventExists.get(f.eventId)) throw invalidField('eventId', 'This event does not exist (it may have been deleted)');
      updateActivity.run({ id, ...f, now: nowIso() });
      return get(current.project_id).activities.find((a) => a.id === id)!;
    }),
    deleteActivity: (id: string) => {
      if (!deleteActivity.run(id).changes) throw notFound('Activity', id);
      return { id };
    },
    createIndicator: db.transaction(({ projectId, ...f }: IndicatorArgs): Indicator => {
      requireProject(projectId);
      validateIndicator(f, projectId, null);
      const id = newId();
      const now = nowIso();
      insertIndicator.run({ ...indicatorBinding(id, f, now), projectId });
      writeTargets(id, f, now);
      return getIndicator(id);
    }),
    updateIndicator: db.transaction(({ id, expectedUpdatedAt, ...f }: CallArgs<'indicators.update'>): Indicator => {
      const current = requireIndicator(id, 'id');
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updated_at) throw staleEdit(current.name, current.updated_at);
      validateIndicator(f, current.project_id, id);
      const now = nowIso();
      updateIndicator.run(indicatorBinding(id, f, now));
      writeTargets(id, f, now);
      return getIndicator(id);
    }),
    deleteIndicator: db.transaction((id: string) => {
      requireIndicator(id, 'id');
      // An indicator counting this one's officers stops, rather than pointing at nothing.
      forgetOfficerSource.run(nowIso(), id);
      deleteIndicator.run(id);
      return { id };
    }),
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
    createEntry: db.transaction(({ indicatorId, ...f }: CallArgs<'entries.create'>): Entry => {
      const indicator = requireIndicator(indicatorId);
      validateEntry(indicator, f);
      const id = newId();
      writeEntry(id, indicatorId, f, nowIso(), true);
      return getEntry(id);
    }),
    createEntries: db.transaction(({ rows }: CallArgs<'entries.createMany'>) => {
      const now = nowIso();
      rows.forEach(({ indicatorId, ...f }, i) => {
        const indicator = indicatorById.get(indicatorId);
        if (!indicator) throw invalidField(`rows.${i}.indicatorId`, `Row ${i + 1}: this indicator does not exist`);
        try {
          validateEntry(indicator, f, `rows.${i}.`);
        } catch (error) {
          if (error instanceof AppError) throw new AppError(error.code, `Row ${i + 1}: ${error.message}`, error.details);
          throw error;
        }
        writeEntry(newId(), indicatorId, f, now, true);
      });
      return { created: rows.length };
    }),
    updateEntry: db.transaction(({ id, indicatorId, expectedUpdatedAt, ...f }: CallArgs<'entries.update'>): Entry => {
      const current = getEntry(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit('This entry', current.updatedAt);
      const indicator = requireIndicator(indicatorId);
      if (indicator.project_id !== requireIndicator(current.indicatorId).project_id) throw invalidField('indicatorId', 'An entry can move only to an indicator of the same project');
      validateEntry(indicator, f);
      writeEntry(id, indicatorId, f, nowIso(), false);
      return getEntry(id);
    }),
    deleteEntry: (id: string): Entry => {
      const entry = getEntry(id);
      deleteEntry.run(id);
      return entry;
    },
  };
}

export type ProjectsService = ReturnType<typeof projectsService>;
