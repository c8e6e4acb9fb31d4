import type { Indicator, IndicatorProgress, Pivot, Project, ProjectSummary } from '../../../src-shared/contract';
import type { Store } from '../store/open';
import { utcToLocal } from '../time';
import { type Counted, daysBetween, type FeedEvent, nextDay, periodIndex, periodsOf, plannedPerPeriod, progressOf, worstFirst } from './progress';
import { type IndicatorRow, type ProjectReader, type ProjectRow, type TargetRow, targetsByIndicator, toIndicator } from './read';

interface HeldEventRow {
  project_id: string;
  id: string;
  kind: string;
  title: string;
  starts_at: string;
  time_zone: string;
  attendees: number;
}

/** Days to count within, both included; what falls outside is left out of a report. */
export interface DayWindow {
  from: string;
  to: string;
}
const within = (window: DayWindow | undefined) => (day: string) => !window || (day >= window.from && day <= window.to);

/** Today on this computer, when the caller did not say. */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Where each project stands against its targets: the dashboard of one, the portfolio of all, and the pivot of one indicator. */
export function projectTracking(db: Store, read: ProjectReader) {
  const allProjects = db.prepare<[], ProjectRow>(`SELECT p.*, NULL AS lead_org_name FROM projects p ORDER BY p.acronym COLLATE NOCASE, p.id`);
  const allIndicators = db.prepare<[], IndicatorRow>('SELECT * FROM indicators ORDER BY project_id, position, id');
  const allTargets = db.prepare<[], TargetRow>('SELECT indicator_id, country_code, period_key, target FROM indicator_targets');
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
  const countryNames = db.prepare<[], { code: string; name: string }>('SELECT code, name FROM countries');

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
    const row = read.requireProject(id);
    const keep = within(window);
    const counted = byIndicator(countedOf.all(id), keep);
    const held = heldOf.all(id);
    const list = read.indicatorsOfProject(id);
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
    const indicator = read.getIndicator(indicatorId);
    const project = read.requireProject(indicator.projectId);
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

  return { dashboard, portfolio, pivot };
}

export type ProjectTracking = ReturnType<typeof projectTracking>;
