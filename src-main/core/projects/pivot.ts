import type { Pivot } from '../../../src-shared/contract';
import type { Store } from '../store/open';
import { type DayWindow, feedsFor, HELD_EVENTS, type HeldEventRow, within } from './feeds';
import { daysBetween, nextDay, periodIndex, periodsOf, plannedPerPeriod } from './progress';
import type { ProjectReader } from './read';

/** One indicator by country and period. */
export function indicatorPivot(db: Store, read: ProjectReader) {
  const heldOf = db.prepare<[string], HeldEventRow>(`${HELD_EVENTS} AND ep.project_id = ? ORDER BY e.starts_at, e.id`);
  const attendeeCountries = db.prepare<[string], { country_code: string | null; attendees: number }>(
    `SELECT representing_country_code AS country_code, count(*) AS attendees FROM participations
     WHERE event_id = ? AND attendance = 'attended' GROUP BY representing_country_code`,
  );
  const entriesWithCountries = db.prepare<[string], { occurred_on: string; count: number; countries: string | null }>(
    `SELECT e.occurred_on, e.count, (SELECT group_concat(country_code) FROM entry_countries ec WHERE ec.entry_id = e.id) AS countries
     FROM indicator_entries e WHERE e.indicator_id = ?`,
  );
  const officerEntriesOfProject = db.prepare<[string, string], { occurred_on: string; count: number; countries: string | null }>(
    `SELECT e.occurred_on, e.officers AS count, (SELECT group_concat(country_code) FROM entry_countries ec WHERE ec.entry_id = e.id) AS countries
     FROM indicator_entries e WHERE e.indicator_id IN (SELECT id FROM indicators WHERE project_id = ? AND id <> ?) AND e.officers > 0`,
  );
  const officerEntriesOfIndicator = db.prepare<[string], { occurred_on: string; count: number; countries: string | null }>(
    `SELECT e.occurred_on, e.officers AS count, (SELECT group_concat(country_code) FROM entry_countries ec WHERE ec.entry_id = e.id) AS countries
     FROM indicator_entries e WHERE e.indicator_id = ? AND e.officers > 0`,
  );
  const countryNames = db.prepare<[], { code: string; name: string }>('SELECT code, name FROM countries');

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

  return pivot;
}

export type IndicatorPivot = ReturnType<typeof indicatorPivot>;
