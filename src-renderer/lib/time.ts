/**
 * Dates and times across zones, with Intl only. Events keep UTC instants and their own IANA
 * zone; the calendar shows them in the user's zone, the event page in both.
 */

import { localized, localizedBy } from './locale';

/** The zone this computer is set to, e.g. Europe/Bucharest. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: string | Date, timeZone: string): Record<string, string> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(typeof instant === 'string' ? new Date(instant) : instant)) parts[part.type] = part.value;
  return parts;
}

/** The wall clock in `timeZone` at an instant: `2024-05-21T09:30`. */
export function wallClockIn(instant: string | Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

/** The day in `timeZone` at an instant: `2024-05-21`. */
export function dayIn(instant: string | Date, timeZone: string): string {
  return wallClockIn(instant, timeZone).slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** This computer's wall clock for a Date: `2024-05-21T09:30`. */
export function localWallClock(date: Date): string {
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** This computer's day for a Date: `2024-05-21`. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today where the user is: what overdue actions and indicators behind schedule are measured against. */
export const userToday = (): string => localDay(new Date());

/** `2024-05-21` plus `days` (negative goes back). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The days an all-day event covers in its own zone: first day and the day after the last (as calendars want it). */
export function allDaySpan(startsAt: string, endsAt: string, timeZone: string): { start: string; endExclusive: string } {
  const start = dayIn(startsAt, timeZone);
  const end = dayIn(endsAt, timeZone);
  return { start, endExclusive: end > start ? end : addDays(start, 1) };
}

/** Noon UTC of a day: formatting it in UTC never slips to a neighbouring day. */
const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

const dayRangeFormat = localized((locales) => new Intl.DateTimeFormat(locales, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const shortDayFormat = localized((locales) => new Intl.DateTimeFormat(locales, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));

/** "Tue 21 May 2024" or "Mon 12 – Wed 14 December 2022", in the user's locale. */
export function formatDays(first: string, last: string): string {
  return first === last ? dayRangeFormat().format(dayDate(first)) : dayRangeFormat().formatRange(dayDate(first), dayDate(last));
}

/** "Tue 21 May". */
export function formatShortDay(day: string): string {
  return shortDayFormat().format(dayDate(day));
}

/** "Tue 21 May" or "Wed 9 – Thu 10 Dec". */
export function formatShortDays(first: string, last: string): string {
  return first === last ? formatShortDay(first) : shortDayFormat().formatRange(dayDate(first), dayDate(last));
}

const rangeFormat = localizedBy(
  (locales, timeZone) => new Intl.DateTimeFormat(locales, { timeZone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
);
const timeFormat = localizedBy((locales, timeZone) => new Intl.DateTimeFormat(locales, { timeZone, hour: '2-digit', minute: '2-digit' }));

/** "Tue 21 May 2024, 09:30–16:30" as the clock reads in `timeZone`. */
export function formatInstants(startsAt: string, endsAt: string, timeZone: string): string {
  return rangeFormat(timeZone).formatRange(new Date(startsAt), new Date(endsAt));
}

/** "09:30–16:30" as the clock reads in `timeZone`; with the dates when it spans days. */
export function formatTimes(startsAt: string, endsAt: string, timeZone: string): string {
  if (dayIn(startsAt, timeZone) !== dayIn(endsAt, timeZone)) return formatInstants(startsAt, endsAt, timeZone);
  return timeFormat(timeZone).formatRange(new Date(startsAt), new Date(endsAt));
}

/** The offset of a zone from UTC at an instant, as "UTC+3" or "UTC−5:30". */
export function zoneOffsetLabel(instant: string, timeZone: string): string {
  const wall = Date.parse(`${wallClockIn(instant, timeZone)}:00Z`);
  const at = Math.floor(Date.parse(instant) / 60_000) * 60_000;
  const minutes = Math.round((wall - at) / 60_000);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

let zones: string[] | null = null;

/** Every IANA zone this runtime knows, for the time-zone picker. */
export function timeZoneNames(): string[] {
  if (!zones) {
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = [userTimeZone()];
    }
    if (!zones.includes('UTC')) zones = [...zones, 'UTC'];
  }
  return zones;
}

/** The instant a wall clock in `timeZone` stands for (`2024-05-21T09:30` in Europe/Istanbul → 06:30Z), or null if it is not one. */
export function zonedToInstant(wall: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall)) return null;
  const target = Date.parse(`${wall}:00Z`);
  if (Number.isNaN(target)) return null;
  try {
    let guess = target;
    // Twice is enough to settle on the zone's offset, across a DST change too.
    for (let i = 0; i < 2; i++) guess += target - Date.parse(`${wallClockIn(new Date(guess), timeZone)}:00Z`);
    return new Date(guess).toISOString();
  } catch {
    return null;
  }
}

const dayPartsFormat = localized((locales) => new Intl.DateTimeFormat(locales, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));

/** The pieces of a calendar leaf: "Tue", "21", "May". */
export function dayParts(day: string): { weekday: string; day: string; month: string } {
  const parts: Record<string, string> = {};
  for (const part of dayPartsFormat().formatToParts(dayDate(day))) parts[part.type] = part.value;
  return { weekday: parts.weekday ?? '', day: parts.day ?? '', month: (parts.month ?? '').replace('.', '') };
}
