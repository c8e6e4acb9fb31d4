import type { Indicator, IndicatorProgress, ProjectSummary } from '../../../src-shared/contract';
import { utcToLocal } from '../time';
import { type Counted, daysBetween, type FeedEvent, nextDay, worstFirst } from './progress';
import type { ProjectRow } from './read';

/** A held event linked to a project, with how many attended it. */
export interface HeldEventRow {
  project_id: string;
  id: string;
  kind: string;
  title: string;
  starts_at: string;
  time_zone: string;
  attendees: number;
}

/** Held events linked to projects, with their attendees: what feeds indicators from the calendar. */
export const HELD_EVENTS = `SELECT ep.project_id, e.id, e.kind, e.title, e.starts_at, e.time_zone,
       (SELECT count(*) FROM participations pa WHERE pa.event_id = e.id AND pa.attendance = 'attended') AS attendees
     FROM event_projects ep JOIN events e ON e.id = ep.event_id WHERE e.status = 'held'`;

/** Days to count within, both included; what falls outside is left out of a report. */
export interface DayWindow {
  from: string;
  to: string;
}
export const within = (window: DayWindow | undefined) => (day: string) => !window || (day >= window.from && day <= window.to);

/** Today on this computer, when the caller did not say. */
export const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** What the calendar adds to an indicator: held events of its kind, one each or their attendees. */
export const feedsFor = (indicator: Indicator, held: readonly HeldEventRow[]): FeedEvent[] => {
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
export const officersFor = (indicator: Indicator, byIndicator: ReadonlyMap<string, Counted[]>): Counted[] => {
  if (indicator.feedOfficers === 'indicator') return indicator.feedOfficersIndicatorId ? (byIndicator.get(indicator.feedOfficersIndicatorId) ?? []) : [];
  if (indicator.feedOfficers !== 'project') return [];
  return [...byIndicator.entries()].flatMap(([id, list]) => (id === indicator.id ? [] : list));
};

/** A project as the portfolio lists it: time gone, and its indicators worst first. */
export const summaryOf = (row: ProjectRow, progress: IndicatorProgress[], today: string): ProjectSummary => {
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
      decreasing: p.indicator.decreasing,
      expectedPercent: p.expectedPercent,
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

/** Counts per indicator, only of the days kept. */
export const byIndicator = (rows: Array<{ indicator_id: string; day: string; count: number }>, keep: (day: string) => boolean) => {
  const map = new Map<string, Counted[]>();
  for (const c of rows) {
    if (!keep(c.day)) continue;
    const list = map.get(c.indicator_id);
    if (list) list.push(c);
    else map.set(c.indicator_id, [c]);
  }
  return map;
};
