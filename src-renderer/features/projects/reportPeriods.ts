import { addDays } from '../../lib/time';

/** A reporting period the donor report can cover, first and last day included. */
export interface ReportPeriod {
  /** `all`, a quarter key (`2026-Q3`), a project year (`Y1`), or `custom`. */
  key: string;
  from: string;
  to: string;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The project's calendar quarters that have begun by `today`, cut at its first and last day, latest first. */
export function quartersOf(project: { startsOn: string; endsOn: string }, today: string): ReportPeriod[] {
  const list: ReportPeriod[] = [];
  let year = Number(project.startsOn.slice(0, 4));
  let quarter = Math.floor((Number(project.startsOn.slice(5, 7)) - 1) / 3);
  for (;;) {
    const start = day(year, quarter * 3 + 1, 1);
    if (start > project.endsOn || start > today || list.length > 400) break;
    const end = addDays(day(quarter === 3 ? year + 1 : year, quarter === 3 ? 1 : quarter * 3 + 4, 1), -1);
    list.push({ key: `${year}-Q${quarter + 1}`, from: later(start, project.startsOn), to: earlier(end, project.endsOn) });
    quarter = (quarter + 1) % 4;
    if (quarter === 0) year++;
  }
  return list.reverse();
}

/** The project's years (Y1 from its first day) that have begun by `today`, latest first. */
export function projectYearsOf(project: { startsOn: string; endsOn: string }, today: string): ReportPeriod[] {
  const [y, m, d] = project.startsOn.split('-').map(Number) as [number, number, number];
  const list: ReportPeriod[] = [];
  for (let n = 1; n <= 50; n++) {
    const start = day(y + n - 1, m, d);
    if (start > project.endsOn || start > today) break;
    list.push({ key: `Y${n}`, from: start, to: earlier(addDays(day(y + n, m, d), -1), project.endsOn) });
  }
  return list.reverse();
}
