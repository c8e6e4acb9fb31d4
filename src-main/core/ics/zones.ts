import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { WINDOWS_TO_IANA_MAP, findIana } from 'windows-iana';
import { WINDOWS_DISPLAY_NAMES, foldDisplayName } from './windows-display-names';

/** A wall-clock reading, as iCalendar writes it (month 1–12). */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Where wall-clock times of a file are read: an IANA zone, or a file's own VTIMEZONE that names none. */
export interface Zone {
  /** The IANA zone the event is stored in. */
  iana: string;
  toEpoch(wall: Wall): number;
  toWall(epochMs: number): Wall;
}

const UTC_NAMES = new Set(['utc', 'z', 'gmt', 'etc/utc', 'etc/gmt', 'etc/uct', 'etc/zulu', 'etc/universal', 'universal', 'zulu', 'uct', 'greenwich']);

const zoneCache = new Map<string, Zone>();
const DAY = 86_400_000;
const MIN_YEAR = 1800;
const MAX_YEAR = 2999;

/**
 * An IANA zone's UTC offsets as a table of changes, read once from the runtime's tz database
 * (through Temporal) for the years asked so far: converting thousands of times then costs a
 * binary search each instead of a Temporal round trip.
 */
class OffsetTable {
  private from = 0;
  private to = -1;
  // The instants the years covered span: inside them no year has to be worked out.
  private lowMs = Infinity;
  private highMs = -Infinity;
  private starts: number[] = [];
  private offsets: number[] = [];

  constructor(private readonly timeZone: string) {}

  private cover(year: number) {
    if (year >= this.from && year <= this.to) return;
    const from = this.to < this.from ? year - 1 : Math.min(this.from, year - 1);
    const to = this.to < this.from ? year + 1 : Math.max(this.to, year + 1);
    let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(Date.UTC(from, 0, 1)).toZonedDateTimeISO(this.timeZone);
    const starts = [-Infinity];
    const offsets = [cursor.offsetNanoseconds / 1e6];
    const end = Date.UTC(to + 1, 0, 1);
    for (;;) {
      cursor = cursor.getTimeZoneTransition('next');
      if (!cursor || cursor.epochMilliseconds >= end) break;
      starts.push(cursor.epochMilliseconds);
      offsets.push(cursor.offsetNanoseconds / 1e6);
    }
    this.from = from;
    this.to = to;
    this.lowMs = Date.UTC(from, 0, 1);
    this.highMs = end;
    this.starts = starts;
    this.offsets = offsets;
  }

  offsetAt(epochMs: number): number {
    if (!(epochMs >= this.lowMs && epochMs < this.highMs)) this.cover(new Date(epochMs).getUTCFullYear());
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= epochMs) lo = mid;
      else hi = mid - 1;
    }
    return this.offsets[lo]!;
  }
}

const wallOf = (ms: number): Wall => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
};

/**
 * An IANA zone. Wall clock → instant resolves like Temporal's 'compatible' (and so like
 * time.ts): a time that occurs twice is the earlier, a time skipped by DST moves forward.
 */
export function ianaZone(timeZone: string): Zone {
  let zone = zoneCache.get(timeZone);
  if (zone) return zone;
  const table = new OffsetTable(timeZone);
  const temporal = {
    toEpoch: (w: Wall) => Temporal.ZonedDateTime.from({ timeZone, ...w }, { disambiguation: 'compatible' }).epochMilliseconds,
    toWall: (ms: number) => {
      const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
      return { year: z.year, month: z.month, day: z.day, hour: z.hour, minute: z.minute, second: z.second };
    },
  };
  const inTable = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;
  zone = {
    iana: timeZone,
    toEpoch(w) {
      if (!inTable(w.year)) return temporal.toEpoch(w);
      const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
      const before = table.offsetAt(local - DAY);
      const after = table.offsetAt(local + DAY);
      // Valid once, or twice in a repeated hour (the earlier wins); never in a skipped hour (the offset before it applies).
      const fitsBefore = table.offsetAt(local - before) === before;
      const fitsAfter = after !== before && table.offsetAt(local - after) === after;
      if (fitsBefore && fitsAfter) return Math.min(local - before, local - after);
      if (fitsAfter) return local - after;
      return local - before;
    },
    toWall(ms) {
      const year = new Date(ms).getUTCFullYear();
      return inTable(year) ? wallOf(ms + table.offsetAt(ms)) : temporal.toWall(ms);
    },
  };
  zoneCache.set(timeZone, zone);
  return zone;
}

export const utcZone = ianaZone('UTC');

/** An IANA name the app can store (the contract wants `Area/City` or UTC), or null. */
export function knownIana(name: string): string | null {
  const trimmed = name.trim();
  if (UTC_NAMES.has(trimmed.toLowerCase())) return 'UTC';
  if (!trimmed.includes('/')) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: trimmed });
    Temporal.Now.instant().toZonedDateTimeISO(trimmed);
    return trimmed;
  } catch {
    return null;
  }
}

/**
 * The IANA zone meant by a TZID, without looking at any VTIMEZONE: an IANA name as is
 * (Thunderbird, Google), a Windows name (Outlook: "GTB Standard Time" → Europe/Bucharest),
 * or an IANA name behind a vendor prefix ("/mozilla.org/20050126_1/Europe/Ljubljana").
 */
export function ianaForTzid(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const direct = knownIana(name);
  if (direct) return direct;
  const windows = findIana(name)[0];
  if (windows) return knownIana(windows) ?? null;
  const suffix = /([A-Za-z_]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(name)?.[1];
  return suffix ? knownIana(suffix) : null;
}

/** The IANA name inside a custom TZID ("custom_Pacific/Fiji" → Pacific/Fiji): a hint for matching its VTIMEZONE, not a reading. */
export function ianaHint(tzid: string): string | null {
  const hint = /(?:^|[^A-Za-z])((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)/.exec(tzid)?.[1];
  return hint ? knownIana(hint) : null;
}

let displayNames: Map<string, string> | null = null;

/**
 * The IANA zone of a Windows display name ("(UTC-05:00) Eastern Time (US & Canada)",
 * "Canberra, Melbourne, Sydney"): the territory-001 zone of its Windows zone, or null.
 */
export function ianaForDisplayName(tzid: string): string | null {
  displayNames ??= new Map(WINDOWS_DISPLAY_NAMES.map(([display, windows]) => [foldDisplayName(display), windows]));
  const windows = displayNames.get(foldDisplayName(tzid.replace(/^"|"$/g, '')));
  const iana = windows ? findIana(windows, '001')[0] : undefined;
  return iana ? knownIana(iana) : null;
}

/**
 * A file's own VTIMEZONE, read by ical.js; stored under the IANA zone with the same offsets.
 * ical.js converts wall clock → instant correctly but instant → wall clock compares the instant
 * with the changes' local times, hours off near a change east of UTC: that direction is checked
 * against the first and corrected.
 */
export function customZone(vtimezone: ICAL.Component, tzid: string, iana: string): Zone {
  const tz = new ICAL.Timezone({ component: vtimezone, tzid });
  const toEpoch = (w: Wall) => new ICAL.Time({ ...w, isDate: false }, tz).toUnixTime() * 1000;
  const localMs = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return {
    iana,
    toEpoch,
    toWall(epochMs) {
      const utc = new ICAL.Time({ year: 1970, month: 1, day: 1 }, ICAL.Timezone.utcTimezone);
      utc.isDate = false;
      utc.fromUnixTime(Math.floor(epochMs / 1000));
      const t = utc.convertToZone(tz);
      let wall: Wall = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
      for (let i = 0; i < 2; i++) {
        const back = toEpoch(wall);
        if (back === Math.floor(epochMs / 1000) * 1000) break;
        wall = wallOf(localMs(wall) + (Math.floor(epochMs / 1000) * 1000 - back));
      }
      return wall;
    },
  };
}

const offsetMinutes = (zone: Zone, epochMs: number): number => {
  const w = zone.toWall(epochMs);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - epochMs) / 60_000);
};

let candidates: string[] | null = null;
/**
 * Zones in the order a custom VTIMEZONE is matched against them: the canonical zone of each
 * Windows region first (CLDR windowsZones, territory 001: Australia/Sydney, Asia/Singapore,
 * America/Tijuana), then European zones, then the rest alphabetically, with Antarctic research
 * stations and Etc/ offsets last (they share offsets with cities but not their histories).
 */
const candidateZones = (): string[] => {
  if (candidates) return candidates;
  const canonical = [...new Set(WINDOWS_TO_IANA_MAP.filter((e) => e.territory === '001').map((e) => knownIana(e.iana[0]!)))].filter(
    (z): z is string => z !== null && !z.startsWith('Etc/'),
  );
  const rank = (z: string) => (z.startsWith('Europe/') ? 0 : z.startsWith('Antarctica/') ? 2 : 1);
  const rest = Intl.supportedValuesOf('timeZone')
    .filter((z) => z.includes('/') && !z.startsWith('Etc/') && !canonical.includes(z))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  candidates = [...canonical, ...rest];
  return candidates;
};

/**
 * The first IANA zone whose offsets agree with a custom VTIMEZONE over the span of the events
 * read in it (at its ends and every day between, at most 11 years), so its events show at the
 * wall-clock times their author saw. `preferred` is tried first.
 */
export function guessIana(zone: Zone, span: { fromMs: number; toMs: number }, preferred: readonly string[]): string | null {
  const to = Math.min(span.toMs, span.fromMs + 11 * 366 * DAY);
  const coarse = [span.fromMs, to];
  const fine: number[] = [];
  for (let t = span.fromMs; t < to; t += DAY) fine.push(t);
  fine.push(to);
  const expected = new Map(fine.map((t) => [t, offsetMinutes(zone, t)]));
  // Two direct readings rule out most zones before any of them gets an offset table.
  const roughly = (name: string) =>
    coarse.every((t) => Math.round(Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(name).offsetNanoseconds / 60e9) === expected.get(t));
  const exactly = (name: string) => fine.every((t) => offsetMinutes(ianaZone(name), t) === expected.get(t));
  return [...new Set([...preferred, ...candidateZones()])].find((name) => roughly(name) && exactly(name)) ?? null;
}
