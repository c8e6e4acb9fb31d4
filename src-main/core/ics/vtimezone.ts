import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';

/**
 * A VTIMEZONE for an IANA zone, built from the runtime's tz database for the years given,
 * starting with the change in force at their start, so every time of those years has an observance.
 * Each run of years with the same rule (month, nth weekday, local time, offsets) becomes one
 * STANDARD or DAYLIGHT observance with a yearly RRULE, as Outlook writes them; a run reaching the
 * last year stays open-ended. A zone without changes gets one STANDARD observance.
 */
export function vtimezoneFor(timeZone: string, fromYear: number, toYear: number): ICAL.Component {
  const vtimezone = new ICAL.Component('vtimezone');
  vtimezone.addPropertyWithValue('tzid', timeZone);
  vtimezone.addPropertyWithValue('x-lic-location', timeZone);

  const transitions = transitionsOf(timeZone, fromYear, toYear);
  if (!transitions.length) {
    const offset = Temporal.PlainDate.from({ year: fromYear, month: 1, day: 1 }).toZonedDateTime({ timeZone }).offsetNanoseconds;
    vtimezone.addSubcomponent(observance('standard', { year: fromYear, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, offset, offset, null));
    return vtimezone;
  }

  interface Run { kind: 'standard' | 'daylight'; signature: string; first: Transition; last: Transition; byDay: string }
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  for (const t of transitions) {
    const run = open.get(t.kind);
    if (run && run.signature === t.signature && run.last.local.year === t.local.year - 1) {
      run.last = t;
    } else {
      const next: Run = { kind: t.kind, signature: t.signature, first: t, last: t, byDay: t.byDay };
      runs.push(next);
      open.set(t.kind, next);
    }
  }
  for (const run of runs) {
    const reachesEnd = run.last.local.year >= toYear;
    const repeats = reachesEnd || run.last !== run.first;
    const rule = repeats
      ? ICAL.Recur.fromData({
          freq: 'YEARLY',
          bymonth: [run.first.local.month],
          byday: [run.byDay],
          ...(reachesEnd ? {} : { until: utcTime(run.last.epochMs) }),
        })
      : null;
    vtimezone.addSubcomponent(observance(run.kind, run.first.local, run.first.offsetFrom, run.first.offsetTo, rule));
  }
  return vtimezone;
}

interface Transition {
  epochMs: number;
  /** Wall clock just before the change, in the offset it changes from (as RFC 5545 wants DTSTART). */
  local: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  offsetFrom: number;
  offsetTo: number;
  kind: 'standard' | 'daylight';
  byDay: string;
  signature: string;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function transitionsOf(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const raw: Array<{ epochMs: number; offsetFrom: number; offsetTo: number }> = [];
  const first = Temporal.PlainDate.from({ year: fromYear, month: 1, day: 1 }).toZonedDateTime({ timeZone });
  // From the change in force on the first day: a reader before the first observance guesses (Moscow 2013 read as +03 for +04).
  const previous = first.getTimeZoneTransition('previous');
  let cursor: Temporal.ZonedDateTime | null = previous ? previous.subtract({ nanoseconds: 1 }) : first;
  let offset = cursor.offsetNanoseconds;
  for (;;) {
    cursor = cursor.getTimeZoneTransition('next');
    if (!cursor || cursor.year > toYear) break;
    if (cursor.offsetNanoseconds === offset) continue;
    raw.push({ epochMs: cursor.epochMilliseconds, offsetFrom: offset, offsetTo: cursor.offsetNanoseconds });
    offset = cursor.offsetNanoseconds;
  }
  // A change is daylight time when it raises the offset in a year that also lowers it again.
  const perYear = new Map<number, number>();
  const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
  for (const t of raw) perYear.set(yearOf(t.epochMs), (perYear.get(yearOf(t.epochMs)) ?? 0) + 1);
  return raw.map((t) => {
    const before = Temporal.Instant.fromEpochMilliseconds(t.epochMs).toZonedDateTimeISO(offsetId(t.offsetFrom));
    const local = { year: before.year, month: before.month, day: before.day, hour: before.hour, minute: before.minute, second: before.second };
    const kind = t.offsetTo > t.offsetFrom && (perYear.get(yearOf(t.epochMs)) ?? 0) >= 2 ? 'daylight' : 'standard';
    const last = before.day + 7 > before.daysInMonth;
    const byDay = `${last ? -1 : Math.ceil(before.day / 7)}${WEEKDAYS[before.dayOfWeek - 1]}`;
    const time = `${before.hour}:${before.minute}:${before.second}`;
    return { ...t, local, kind, byDay, signature: `${local.month}|${byDay}|${time}|${t.offsetFrom}|${t.offsetTo}` };
  });
}

const offsetId = (ns: number): string => {
  const minutes = Math.round(ns / 60e9);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

const utcTime = (epochMs: number): ICAL.Time => {
  const d = new Date(epochMs);
  return new ICAL.Time(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), isDate: false },
    ICAL.Timezone.utcTimezone,
  );
};

function observance(
  kind: 'standard' | 'daylight',
  local: Transition['local'],
  offsetFrom: number,
  offsetTo: number,
  rule: ICAL.Recur | null,
): ICAL.Component {
  const c = new ICAL.Component(kind);
  c.addPropertyWithValue('dtstart', new ICAL.Time({ ...local, isDate: false }, ICAL.Timezone.localTimezone));
  c.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(Math.round(offsetFrom / 1e9)));
  c.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(Math.round(offsetTo / 1e9)));
  if (rule) c.addPropertyWithValue('rrule', rule);
  return c;
}
