import type { Project, ProjectSummary } from '../../../src-shared/contract';
import type { Store } from '../store/open';
import { feedsFor, HELD_EVENTS, type HeldEventRow, localToday, summaryOf } from './feeds';
import { progressOf, worstFirst } from './progress';
import { type IndicatorRow, type ProjectRow, type TargetRow, targetsByIndicator, toIndicator } from './read';

/** Every project worst first. The portfolio reads running totals, not entries: where in time a count fell does not change actual or expected. */
export function projectPortfolio(db: Store) {
  const allProjects = db.prepare<[], ProjectRow>(`SELECT p.*, NULL AS lead_org_name FROM projects p ORDER BY p.acronym COLLATE NOCASE, p.id`);
  const allIndicators = db.prepare<[], IndicatorRow>('SELECT * FROM indicators ORDER BY project_id, position, id');
  const allTargets = db.prepare<[], TargetRow>('SELECT indicator_id, country_code, period_key, target FROM indicator_targets');
  const totals = db.prepare<[], { indicator_id: string; count: number }>('SELECT indicator_id, total AS count FROM indicator_totals');
  const allHeld = db.prepare<[], HeldEventRow>(HELD_EVENTS);
  const officersTotalOfProject = db.prepare<[string, string], { count: number }>(
    `SELECT total(officers) AS count FROM indicator_entries WHERE indicator_id IN (SELECT id FROM indicators WHERE project_id = ? AND id <> ?)`,
  );
  const officersTotalOfIndicator = db.prepare<[string], { count: number }>('SELECT total(officers) AS count FROM indicator_entries WHERE indicator_id = ?');

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


  return portfolio;
}
