import type { Store } from '../store/open';
import { byIndicator, type DayWindow, feedsFor, HELD_EVENTS, type HeldEventRow, localToday, officersFor, summaryOf, within } from './feeds';
import { type Counted, progressOf } from './progress';
import type { ProjectReader } from './read';

/** The dashboard of one project: every indicator's progress, from its entries, the calendar and the officers on entries. */
export function projectDashboard(db: Store, read: ProjectReader) {
  const countedOf = db.prepare<[string], { indicator_id: string; day: string; count: number }>(
    `SELECT indicator_id, occurred_on AS day, total(count) AS count FROM indicator_entries
     WHERE indicator_id IN (SELECT id FROM indicators WHERE project_id = ?) GROUP BY indicator_id, occurred_on`,
  );
  const heldOf = db.prepare<[string], HeldEventRow>(`${HELD_EVENTS} AND ep.project_id = ? ORDER BY e.starts_at, e.id`);
  // Officers recorded on entries, for the indicators they feed: per indicator and day, in total, and by country.
  const officersOf = db.prepare<[string], { indicator_id: string; day: string; count: number }>(
    `SELECT indicator_id, occurred_on AS day, total(officers) AS count FROM indicator_entries
     WHERE indicator_id IN (SELECT id FROM indicators WHERE project_id = ?) AND officers > 0 GROUP BY indicator_id, occurred_on`,
  );

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

  return dashboard;
}

export type ProjectDashboard = ReturnType<typeof projectDashboard>;
