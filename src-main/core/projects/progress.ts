import { Temporal } from 'temporal-polyfill';
import type { Indicator, IndicatorProgress, PeriodProgress, ProgressStatus, ReportingPeriod } from '../../../src-shared/contract';

export interface Period {
  key: string;
  /** First day, and the day after the last (exclusive), clipped to the project. */
  start: string;
  end: string;
  days: number;
  /** Share of the full calendar period the project covers: a project starting mid-quarter has a partial first quarter. */
  coverage: number;
}

const date = (text: string) => Temporal.PlainDate.from(text);

/** Days since 1970-01-01 of an ISO date: plain arithmetic, because portfolios run this for thousands of indicators. */
const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);
export const nextDay = (day: string) => new Date((dayNumber(day) + 1) * 86_400_000).toISOString().slice(0, 10);

const periodCache = new Map<string, Period[]>();

/** The reporting periods of a project, first to last, cut at its first and last day. */
export function periodsOf(kind: ReportingPeriod, startsOn: string, endsOn: string): Period[] {
  const key = `${kind}|${startsOn}|${endsOn}`;
  let periods = periodCache.get(key);
  if (!periods) {
    if (periodCache.size > 10_000) periodCache.clear();
    periods = computePeriods(kind, startsOn, endsOn);
    periodCache.set(key, periods);
  }
  return periods;
}

function computePeriods(kind: ReportingPeriod, startsOn: string, endsOn: string): Period[] {
  const projectEnd = nextDay(endsOn);
  const periods: Period[] = [];
  let cursor = date(startsOn);
  let number = 1;
  while (Temporal.PlainDate.compare(cursor, date(projectEnd)) < 0 && periods.length < 1200) {
    let fullStart: Temporal.PlainDate;
    let fullEnd: Temporal.PlainDate;
    let key: string;
    if (kind === 'month') {
      fullStart = cursor.with({ day: 1 });
      fullEnd = fullStart.add({ months: 1 });
      key = fullStart.toString().slice(0, 7);
    } else if (kind === 'quarter') {
      const quarter = Math.floor((cursor.month - 1) / 3);
      fullStart = Temporal.PlainDate.from({ year: cursor.year, month: quarter * 3 + 1, day: 1 });
      fullEnd = fullStart.add({ months: 3 });
      key = `${cursor.year}-Q${quarter + 1}`;
    } else if (kind === 'year') {
      fullStart = Temporal.PlainDate.from({ year: cursor.year, month: 1, day: 1 });
      fullEnd = fullStart.add({ years: 1 });
      key = String(cursor.year);
    } else {
      fullStart = date(startsOn).add({ years: number - 1 });
      fullEnd = date(startsOn).add({ years: number });
      key = `Y${number}`;
    }
    const start = Temporal.PlainDate.compare(fullStart, date(startsOn)) < 0 ? startsOn : fullStart.toString();
    const end = Temporal.PlainDate.compare(fullEnd, date(projectEnd)) > 0 ? projectEnd : fullEnd.toString();
    const days = daysBetween(start, end);
    periods.push({ key, start, end, days, coverage: days / fullStart.until(fullEnd).days });
    cursor = date(end);
    number++;
  }
  return periods;
}

/** Index of the period holding a day, or -1 outside the project. */
export function periodIndex(periods: readonly Period[], day: string): number {
  // Periods are in order and contiguous: a binary search keeps pivots over long projects cheap.
  let low = 0;
  let high = periods.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const p = periods[mid]!;
    if (day < p.start) high = mid - 1;
    else if (day >= p.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** What a count adds on a day. */
export interface Counted {
  day: string;
  count: number;
}

export interface FeedEvent {
  eventId: string;
  title: string;
  startsAt: string;
  day: string;
  count: number;
}

/** An indicator counts whole things (operations, officers) when its target, baseline and period targets are whole numbers. */
export function isCount(indicator: Pick<Indicator, 'target' | 'baseline' | 'targetsByPeriod'>): boolean {
  return Number.isInteger(indicator.target) && Number.isInteger(indicator.baseline) && indicator.targetsByPeriod.every((t) => Number.isInteger(t.target));
}

/**
 * Whole numbers whose sum is the rounded sum of `values` (largest remainder): each value is
 * rounded down, and the units left over go to the largest fractions, earliest first on a tie.
 */
export function wholeShares(values: readonly number[]): number[] {
  const floors = values.map((v) => Math.floor(v + 1e-9));
  let left = Math.round(values.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const byFraction = values.map((v, i) => ({ i, fraction: v - floors[i]! })).sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of byFraction) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}

/**
 * The planned increment of each period. A cumulative indicator spreads (target − baseline) over
 * the project's days; a per-period one asks its target of every period, pro rata for partial
 * ones. A target set for one period replaces either. A count is planned in whole units that still
 * add up to its target: nobody plans 2.96 joint patrols.
 */
export function plannedPerPeriod(indicator: Indicator, periods: readonly Period[], totalDays: number): number[] {
  const overrides = indicator.targetsByPeriod.length ? new Map(indicator.targetsByPeriod.map((t) => [t.periodKey, t.target])) : null;
  const planned = periods.map((p) => {
    const override = overrides?.get(p.key);
    if (override !== undefined) return override;
    if (indicator.cumulative) return totalDays > 0 ? ((indicator.target - indicator.baseline) * p.days) / totalDays : 0;
    return indicator.target * p.coverage;
  });
  return isCount(indicator) ? wholeShares(planned) : planned;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Behind or ahead only past a margin: a tenth of what is expected (of the way down from the
 * baseline, for an indicator that must go down), and at least half a unit.
 */
function statusOf(actual: number, expected: number, target: number, started: boolean, down: { baseline: number } | null): ProgressStatus {
  if (down) {
    if (actual <= target) return 'done';
    if (!started) return 'not_started';
    const margin = Math.max(0.1 * (down.baseline - expected), 0.5);
    if (actual > expected + margin) return 'behind';
    if (actual < expected - margin) return 'ahead';
    return 'on_track';
  }
  if (target > 0 && actual >= target) return 'done';
  if (!started) return 'not_started';
  const margin = Math.max(0.1 * expected, 0.5);
  if (actual < expected - margin) return 'behind';
  if (actual > expected + margin) return 'ahead';
  return 'on_track';
}

/** Share of the way to the target, in percent: from zero up, or from the baseline down for an indicator that must go down. */
export function percentToward(indicator: Pick<Indicator, 'decreasing' | 'baseline'>, value: number, target: number): number {
  if (indicator.decreasing) {
    const way = indicator.baseline - target;
    return way > 0 ? round(((indicator.baseline - value) / way) * 100) : value <= target ? 100 : 0;
  }
  return target > 0 ? round((value / target) * 100) : value > 0 ? 100 : 0;
}

/**
 * Progress of one indicator today. Actual is the baseline (for a cumulative indicator) plus what
 * entries and held events counted; expected is where it should be if the work were spread evenly
 * over the project's time, period by period.
 */
export function progressOf(
  indicator: Indicator,
  project: { startsOn: string; endsOn: string },
  counted: readonly Counted[],
  feeds: readonly FeedEvent[],
  officers: readonly Counted[],
  today: string,
  options: { periods: boolean } = { periods: true },
): IndicatorProgress {
  const periods = periodsOf(indicator.period, project.startsOn, project.endsOn);
  const totalDays = daysBetween(project.startsOn, nextDay(project.endsOn));
  const planned = plannedPerPeriod(indicator, periods, totalDays);
  const actualPer = periods.map(() => 0);
  let fromEntries = 0;
  let fromEvents = 0;
  let fromOfficers = 0;
  // Counts dated outside the project still count toward the total: they land in its first or last period.
  const place = (day: string) => {
    const index = periodIndex(periods, day);
    return index >= 0 ? index : day < project.startsOn ? 0 : periods.length - 1;
  };
  for (const c of counted) {
    fromEntries += c.count;
    if (periods.length) actualPer[place(c.day)]! += c.count;
  }
  for (const f of feeds) {
    fromEvents += f.count;
    if (periods.length) actualPer[place(f.day)]! += f.count;
  }
  for (const o of officers) {
    fromOfficers += o.count;
    if (periods.length) actualPer[place(o.day)]! += o.count;
  }

  const base = indicator.cumulative ? indicator.baseline : 0;
  let cumulativeActual = base;
  let cumulativePlanned = base;
  // A portfolio needs totals only: building every period's row for thousands of indicators is its largest cost.
  const rows: PeriodProgress[] = !options.periods ? [] : periods.map((p, i) => {
    cumulativeActual += actualPer[i]!;
    cumulativePlanned += planned[i]!;
    return {
      key: p.key,
      start: p.start,
      end: p.end,
      target: round(planned[i]!),
      actual: round(actualPer[i]!),
      cumulativeActual: round(cumulativeActual),
      cumulativePlanned: round(cumulativePlanned),
    };
  });

  const target = indicator.cumulative ? indicator.target : round(planned.reduce((a, b) => a + b, 0));
  const actual = round(base + fromEntries + fromEvents + fromOfficers);
  let expected = base;
  periods.forEach((p, i) => {
    if (today >= p.end) expected += planned[i]!;
    else if (today >= p.start) expected += (planned[i]! * daysBetween(p.start, nextDay(today))) / p.days;
  });
  // Where a count should be is shown in whole units too; the status still weighs the exact figure.
  const shownExpected = isCount(indicator) ? Math.round(expected) : round(expected);
  const current = periodIndex(periods, today);
  const percentOf = (n: number) => percentToward(indicator, n, target);
  return {
    indicator,
    actual,
    fromEntries: round(fromEntries),
    fromEvents: round(fromEvents),
    fromOfficers: round(fromOfficers),
    target,
    expected: shownExpected,
    status: statusOf(actual, expected, target, today >= project.startsOn, indicator.decreasing ? { baseline: indicator.baseline } : null),
    percent: percentOf(actual),
    expectedPercent: percentOf(shownExpected),
    currentPeriod: current >= 0 ? (rows[current] ?? null) : null,
    periods: rows,
    feedEvents: feeds.map((f) => ({ eventId: f.eventId, title: f.title, startsAt: f.startsAt, day: f.day, count: f.count })),
  };
}

/**
 * The target of a stretch of days (`from` included, `end` excluded): the periods inside it whole,
 * and the share of the days of those it cuts. A count's target stays a whole number.
 */
export function targetBetween(periods: readonly PeriodProgress[], from: string, end: string, count: boolean): number {
  let sum = 0;
  for (const p of periods) {
    const start = p.start > from ? p.start : from;
    const stop = p.end < end ? p.end : end;
    if (stop <= start) continue;
    sum += (p.target * daysBetween(start, stop)) / daysBetween(p.start, p.end);
  }
  return count ? Math.round(sum) : round(sum);
}

const SEVERITY: Record<ProgressStatus, number> = { behind: 0, on_track: 1, not_started: 2, ahead: 3, done: 4 };

/** Worst first: behind before on track, and among those behind the furthest behind first. */
export function worstFirst<T extends { status: ProgressStatus; actual: number; expected: number; target: number; decreasing: boolean }>(a: T, b: T): number {
  const bySeverity = SEVERITY[a.status] - SEVERITY[b.status];
  if (bySeverity) return bySeverity;
  // An indicator that must go down is behind by what it stands above where it should be.
  const gap = (x: T) => (x.target > 0 ? ((x.decreasing ? x.actual - x.expected : x.expected - x.actual) / x.target) : 0);
  return gap(b) - gap(a);
}
