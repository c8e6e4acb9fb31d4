/**
 * Repeating events are EXPANDED on import: Liaison keeps one row per meeting (each has its own
 * roster, agenda and status), not a rule. From DTSTART up to the end of the RRULE (UNTIL or
 * COUNT), capped at 3 years after DTSTART and 500 occurrences, plus RDATEs, minus EXDATEs; a
 * VEVENT with the same UID and a RECURRENCE-ID replaces the occurrence it names. Each occurrence
 * is stored with ical_uid `${UID}/${its original start in UTC basic format, 20240521T063000Z}`
 * (`${UID}/20240521` for all-day ones), so re-importing updates it instead of adding a copy;
 * a VEVENT that does not repeat keeps its UID as is.
 *
 * Times: a TZID is read as its IANA zone (Windows names mapped), else with the file's own
 * VTIMEZONE; UTC times and floating times are shown in the calendar's X-WR-TIMEZONE, or UTC.
 * A Windows display name ("(UTC-05:00) Eastern Time (US & Canada)") is read as its zone when the
 * file does not define it. A TZID that is neither known nor defined is asked about: the preview
 * lists it, and the import needs an answer (`zoneFor`) for it.
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import type { EventWhen } from '../../../src-shared/contract';
import { icsError, type ParsedCalendar, type VeventSource } from './parse';
import { type JcalProperty, allProperties, firstProperty, parameterOf } from './read-jcal';
import { type Wall, type Zone, customZone, guessIana, ianaForDisplayName, ianaForTzid, ianaHint, ianaZone, knownIana, utcZone } from './zones';

export const MAX_OCCURRENCES = 500;
export const MAX_YEARS = 3;

export interface Warn {
  (line: number, message: string): void;
}

export interface Occurrence {
  /** The UID Liaison stores: the VEVENT's UID, or `UID/start` for an occurrence of a repeating event. */
  key: string;
  uid: string;
  /** The VEVENT the fields come from: the series, or the override of this occurrence. */
  component: ICAL.Component;
  source: VeventSource;
  when: EventWhen;
  repeating: boolean;
  /** Where the occurrence sits in the file: the line of its series' VEVENT, to list it with the series. */
  anchor: number;
}

export interface Skipped {
  uid: string;
  title: string;
  line: number;
  reason: string;
}

// ── reading a date or date-time value ──────────────────────────────────────────────────────

interface TimeValue {
  isDate: boolean;
  wall: Wall;
  /** How the value names its zone. */
  form: 'utc' | 'zoned' | 'floating';
  zone: Zone;
}

// jCal values as ical.js leaves them: 2024-05-21T09:30:00, with Z in UTC, or 2024-05-21; a bare
// 20240521 written without VALUE=DATE comes out as "2024-05-21T::". Read by position, as
// thousands of them are: `digits` is the number at [from, from + length), or NaN.
const digits = (raw: string, from: number, length: number): number => {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const d = raw.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
};
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1]!;

function parseWall(raw: string): { wall: Wall; isDate: boolean; utc: boolean } | null {
  const n = raw.length;
  if (n < 10 || raw.charCodeAt(4) !== 0x2d || raw.charCodeAt(7) !== 0x2d) return null;
  const year = digits(raw, 0, 4);
  const month = digits(raw, 5, 2);
  const day = digits(raw, 8, 2);
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) return null;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let isDate = true;
  let utc = false;
  if (n === 19 || (n === 20 && raw.charCodeAt(19) === 0x5a)) {
    if (raw.charCodeAt(10) !== 0x54 || raw.charCodeAt(13) !== 0x3a || raw.charCodeAt(16) !== 0x3a) return null;
    hour = digits(raw, 11, 2);
    minute = digits(raw, 14, 2);
    second = Math.min(digits(raw, 17, 2), 59);
    if (Number.isNaN(hour) || Number.isNaN(minute) || Number.isNaN(second)) return null;
    isDate = false;
    utc = n === 20;
  } else if (n !== 10 && !(n === 13 && raw.endsWith('T::'))) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || year < 1800 || year > 2999) return null;
  return { wall: { year, month, day, hour, minute, second }, isDate, utc };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const isoDate = (w: Wall) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
const localMinute = (w: Wall) => `${isoDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;
const basicDate = (w: Wall) => `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;

/** `20240521T063000Z`: an instant as iCalendar writes UTC. */
export function utcBasic(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const DAY = 86_400_000;
/** Days between repetitions of a frequency, roughly, to tell how far a COUNT reaches. */
const FREQ_DAYS: Record<string, number> = { SECONDLY: 1, MINUTELY: 1, HOURLY: 1, DAILY: 1, WEEKLY: 7, MONTHLY: 31, YEARLY: 366 };
const dayNumber = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day) / DAY;
const addDays = (w: Wall, days: number): Wall => {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day) + days * DAY);
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

// ── time zones of one calendar ─────────────────────────────────────────────────────────────

export class CalendarZones {
  /** The zone UTC and floating times are shown in: X-WR-TIMEZONE, or UTC. */
  readonly fallback: Zone;
  private readonly byTzid = new Map<string, Zone>();
  private readonly definitions = new Map<string, ICAL.Component>();
  private readonly floating = new Set<number>();
  private readonly seen = new Set<string>();
  private readonly unknown = new Map<string, { line: number; uses: Set<number>; zone: string | null }>();

  constructor(
    private readonly parsed: ParsedCalendar,
    private readonly warn: Warn,
    private readonly zoneFor: Readonly<Record<string, string>> = {},
  ) {
    for (const vtimezone of parsed.calendar.getAllSubcomponents('vtimezone')) {
      const tzid = String(vtimezone.getFirstProperty('tzid')?.jCal[3] ?? '');
      if (tzid) this.definitions.set(tzid, vtimezone);
    }
    const wr = String(parsed.calendar.getFirstProperty('x-wr-timezone')?.jCal[3] ?? '').trim();
    const wrIana = wr ? ianaForTzid(wr) : null;
    if (wr && !wrIana) warn(parsed.props.get('X-WR-TIMEZONE') ?? parsed.line, `The calendar's time zone “${wr}” is not known; UTC is used instead`);
    this.fallback = wrIana ? ianaZone(wrIana) : utcZone;
  }

  /** The zone a TZID names, read once per calendar. */
  forTzid(tzid: string, line: number): Zone {
    let zone = this.byTzid.get(tzid);
    if (zone) {
      this.unknown.get(tzid)?.uses.add(line);
      return zone;
    }
    const iana = ianaForTzid(tzid);
    const definition = this.definitions.get(tzid);
    const display = ianaForDisplayName(tzid);
    if (iana) {
      zone = ianaZone(iana);
      this.seen.add(iana);
    } else if (definition) {
      // The file's own rules give the instants; the label is the IANA zone whose rules agree over the events' span.
      const location = knownIana(String(definition.getFirstProperty('x-lic-location')?.jCal[3] ?? ''));
      const read = customZone(definition, tzid, 'UTC');
      const preferred = [location, display, ianaHint(tzid), ...this.seen, this.fallback.iana].filter((z): z is string => z !== null);
      const guess = guessIana(read, this.spanOf(tzid, read), preferred);
      zone = { ...read, iana: guess ?? 'UTC' };
      if (guess && guess !== location && guess !== display) {
        this.warn(line, `Time zone “${tzid}” is not a known zone name; its times are read with the file's own definition and shown in ${guess}, which has the same rules`);
      } else if (!guess) {
        this.warn(line, `Time zone “${tzid}” is not a known zone name and matches none (no zone has its rules); its times are read with the file's own definition and shown in UTC`);
      }
    } else if (display) {
      zone = ianaZone(display);
      this.seen.add(display);
    } else {
      const answer = this.zoneFor[tzid] ? knownIana(this.zoneFor[tzid]) : null;
      zone = answer ? ianaZone(answer) : this.fallback;
      this.unknown.set(tzid, { line, uses: new Set([line]), zone: answer });
      if (!answer) this.warn(line, `Time zone “${tzid}” is not known and the file does not define it: choose which zone it is (until then its times are shown in ${this.fallback.iana})`);
    }
    this.byTzid.set(tzid, zone);
    return zone;
  }

  /** TZIDs that are neither known nor defined, with the answer given for each (null: none yet). */
  unknownZones(): Array<{ tzid: string; line: number; uses: number; zone: string | null }> {
    return [...this.unknown].map(([tzid, u]) => ({ tzid, line: u.line, uses: u.uses.size, zone: u.zone }));
  }

  /**
   * The instants the events starting in this TZID cover, read with its own rules: from the first
   * start to the end of the last repetition (UNTIL, or COUNT times the frequency; at most the
   * import's cap of years).
   */
  private spanOf(tzid: string, zone: Zone): { fromMs: number; toMs: number } {
    let fromMs = Infinity;
    let toMs = -Infinity;
    for (const { component } of this.parsed.vevents) {
      const start = firstProperty(component, 'dtstart');
      if (!start || String(parameterOf(start, 'tzid') ?? '').trim() !== tzid) continue;
      const parsed = typeof start[3] === 'string' ? parseWall(start[3]) : null;
      if (!parsed) continue;
      const startMs = zone.toEpoch(parsed.wall);
      let endMs = startMs + DAY;
      const rule = firstProperty(component, 'rrule')?.[3] as { until?: string; count?: number; freq?: string; interval?: number } | undefined;
      if (rule) {
        const cap = startMs + MAX_YEARS * 366 * DAY;
        const until = rule.until ? Date.parse(String(rule.until).length <= 10 ? `${rule.until}T23:59:59Z` : String(rule.until)) : NaN;
        const step = (FREQ_DAYS[String(rule.freq ?? '').toUpperCase()] ?? 1) * Math.max(1, Number(rule.interval ?? 1)) * DAY;
        endMs = Number.isFinite(until) ? Math.min(until, cap) : rule.count ? Math.min(startMs + Number(rule.count) * step, cap) : cap;
        endMs = Math.max(endMs, startMs + DAY);
      }
      fromMs = Math.min(fromMs, startMs);
      toMs = Math.max(toMs, endMs);
    }
    if (!Number.isFinite(fromMs)) return { fromMs: Date.now(), toMs: Date.now() + DAY };
    return { fromMs, toMs };
  }

  noteFloating(line: number) {
    this.floating.add(line);
  }

  /** One warning for every floating time of the calendar. */
  flush() {
    if (!this.floating.size) return;
    const line = Math.min(...this.floating);
    const count = this.floating.size;
    const what = count === 1 ? 'An event has' : `${count} events have`;
    this.warn(line, `${what} no time zone (floating time); read as ${this.fallback.iana}${this.fallback === utcZone ? '' : ", the calendar's X-WR-TIMEZONE"}`);
  }
}

// ── one VEVENT ─────────────────────────────────────────────────────────────────────────────

interface Context {
  zones: CalendarZones;
  lineOf(source: VeventSource, name: string): number;
  lineText(line: number): string;
}

function readValue(raw: unknown, prop: JcalProperty, line: number, ctx: Context, what: string): TimeValue {
  const parsed = typeof raw === 'string' ? parseWall(raw) : null;
  if (!parsed) throw icsError(line, `${what} cannot be read as a date or date-time: “${ctx.lineText(line)}”`);
  const tzid = parameterOf(prop, 'tzid');
  if (parsed.utc) return { ...parsed, form: 'utc', zone: utcZone };
  if (parsed.isDate) return { ...parsed, form: 'floating', zone: ctx.zones.fallback };
  if (typeof tzid === 'string' && tzid.trim()) {
    return { ...parsed, form: 'zoned', zone: ctx.zones.forTzid(tzid.trim(), line) };
  }
  return { ...parsed, form: 'floating', zone: ctx.zones.fallback };
}

function readProperty(component: ICAL.Component, source: VeventSource, name: string, ctx: Context): TimeValue | null {
  const prop = firstProperty(component, name.toLowerCase());
  if (!prop) return null;
  const line = ctx.lineOf(source, name);
  const raw = prop[2] === 'period' ? (prop[3] as unknown[])[0] : prop[3];
  return readValue(raw, prop, line, ctx, name);
}

const occurrenceKey = (uid: string, value: TimeValue) =>
  `${uid}/${value.isDate ? basicDate(value.wall) : utcBasic(value.zone.toEpoch(value.wall))}`;

interface Span {
  start: TimeValue;
  /** Timed: exact length in ms. All-day: number of days (at least 1). */
  length: number;
  /** The zone the event is stored in. */
  zone: string;
}

function spanOf(component: ICAL.Component, source: VeventSource, start: TimeValue, ctx: Context): Span {
  const end = readProperty(component, source, 'DTEND', ctx);
  const durationProp = firstProperty(component, 'duration');
  const endLine = end ? ctx.lineOf(source, 'DTEND') : ctx.lineOf(source, 'DURATION');
  let duration: ICAL.Duration | null = null;
  if (!end && durationProp) {
    try {
      duration = ICAL.Duration.fromString(String(durationProp[3]));
    } catch {
      throw icsError(endLine, `DURATION cannot be read: “${ctx.lineText(endLine)}”`);
    }
    if (duration.isNegative) throw icsError(endLine, 'DURATION is negative: the event would end before it starts');
  }

  if (start.isDate) {
    const liaisonZone = knownIana(String(firstProperty(component, 'x-liaison-tzid')?.[3] ?? ''));
    let days = 1;
    if (end) {
      const diff = dayNumber(end.wall) - dayNumber(start.wall);
      if (diff < 0) throw icsError(endLine, `DTEND (${isoDate(end.wall)}) is before DTSTART (${isoDate(start.wall)})`);
      days = Math.max(1, diff);
    } else if (duration) {
      days = Math.max(1, duration.weeks * 7 + duration.days);
    }
    return { start, length: days, zone: liaisonZone ?? ctx.zones.fallback.iana };
  }

  if (start.form === 'floating') ctx.zones.noteFloating(ctx.lineOf(source, 'DTSTART'));
  const startMs = start.zone.toEpoch(start.wall);
  let endMs = startMs;
  if (end) {
    endMs = end.isDate ? start.zone.toEpoch({ ...end.wall, hour: 0, minute: 0, second: 0 }) : end.zone.toEpoch(end.wall);
    if (endMs < startMs) {
      throw icsError(endLine, `DTEND (${wallKey(end.wall)}) is before DTSTART (${wallKey(start.wall)}): the event would end before it starts`);
    }
  } else if (duration) {
    const nominal = addDays(start.wall, duration.weeks * 7 + duration.days);
    endMs = start.zone.toEpoch(nominal) + ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  }
  const zone = start.form === 'zoned' ? start.zone.iana : ctx.zones.fallback.iana;
  return { start, length: endMs - startMs, zone };
}

function whenAt(span: Span, wall: Wall, readIn: Zone): EventWhen {
  if (span.start.isDate) {
    return { allDay: true, start: isoDate(wall), end: isoDate(addDays(wall, span.length - 1)), timeZone: span.zone };
  }
  const startMs = readIn.toEpoch(wall);
  const shown = ianaZone(span.zone);
  return {
    allDay: false,
    start: localMinute(shown.toWall(startMs)),
    end: localMinute(shown.toWall(startMs + span.length)),
    timeZone: span.zone,
  };
}

const floatingTime = (w: Wall, isDate: boolean) => new ICAL.Time({ ...w, isDate }, ICAL.Timezone.localTimezone);

/** The walls of a repeating event from DTSTART, within the caps; `truncated` when the rule goes on. */
function expand(component: ICAL.Component, source: VeventSource, start: TimeValue, ctx: Context): { walls: Wall[]; truncated: boolean } {
  const capDate = Temporal.PlainDate.from(isoDate(start.wall)).add({ years: MAX_YEARS });
  const cap: Wall = { year: capDate.year, month: capDate.month, day: capDate.day, hour: start.wall.hour, minute: start.wall.minute, second: start.wall.second };
  const beyond = (w: Wall) => compareWall(w, cap) >= 0;
  const found = new Map<string, Wall>([[wallKey(start.wall), start.wall]]);
  let truncated = false;

  for (const prop of component.getAllProperties('rrule')) {
    const line = ctx.lineOf(source, 'RRULE');
    let rule: ICAL.Recur;
    try {
      rule = (prop.getFirstValue() as ICAL.Recur).clone();
    } catch (e) {
      throw icsError(line, `RRULE cannot be read (${e instanceof Error ? e.message : String(e)}): “${ctx.lineText(line)}”`);
    }
    if (rule.until) rule.until = untilIn(rule.until, start, ctx);
    try {
      const iterator = rule.iterator(floatingTime(start.wall, start.isDate));
      guard(iterator, floatingTime(cap, false));
      for (;;) {
        const t = iterator.next();
        if (!t) break;
        const wall: Wall = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
        if (beyond(wall) || found.size >= MAX_OCCURRENCES) {
          truncated = true;
          break;
        }
        found.set(wallKey(wall), wall);
      }
    } catch (e) {
      if (e instanceof StopExpansion) {
        truncated = true;
        continue;
      }
      throw icsError(line, `RRULE cannot be expanded (${e instanceof Error ? e.message : String(e)}): “${ctx.lineText(line)}”`);
    }
  }
  for (const prop of allProperties(component, 'rdate')) {
    const line = ctx.lineOf(source, 'RDATE');
    for (const raw of prop.slice(3)) {
      const value = readValue(Array.isArray(raw) ? raw[0] : raw, prop, line, ctx, 'RDATE');
      const wall = start.isDate ? { ...value.wall, hour: 0, minute: 0, second: 0 } : start.zone.toWall(value.zone.toEpoch(value.wall));
      if (beyond(wall) || found.size >= MAX_OCCURRENCES) truncated = true;
      else found.set(wallKey(wall), wall);
    }
  }
  return { walls: [...found.values()].sort(compareWall), truncated };
}

class StopExpansion extends Error {}
const MAX_STEPS = 1_000_000;

/**
 * ical.js steps through candidate times until one matches the rule, and never stops on a rule no
 * date can match (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30). Its check of each candidate is wrapped to
 * stop once the candidates pass the cap, or after a million of them.
 */
function guard(iterator: ICAL.RecurIterator, cap: ICAL.Time) {
  const it = iterator as unknown as { check_contracting_rules?: () => boolean; last: ICAL.Time };
  const check = it.check_contracting_rules;
  if (typeof check !== 'function') return;
  let steps = 0;
  it.check_contracting_rules = () => {
    steps++;
    if (steps > MAX_STEPS || (steps % 64 === 0 && it.last.compare(cap) > 0)) throw new StopExpansion();
    return check.call(it);
  };
}

/** UNTIL as a wall-clock time of the series' own zone, so ical.js compares like with like. */
function untilIn(until: ICAL.Time, start: TimeValue, ctx: Context): ICAL.Time {
  const u: Wall = { year: until.year, month: until.month, day: until.day, hour: until.hour, minute: until.minute, second: until.second };
  const isUtc = !until.isDate && until.zone?.tzid === 'UTC';
  if (start.isDate) {
    const wall = isUtc ? ctx.zones.fallback.toWall(Date.UTC(u.year, u.month - 1, u.day, u.hour, u.minute, u.second)) : u;
    return floatingTime({ ...wall, hour: 0, minute: 0, second: 0 }, true);
  }
  if (until.isDate) return floatingTime({ ...u, hour: 23, minute: 59, second: 59 }, false);
  const wall = isUtc ? start.zone.toWall(Date.UTC(u.year, u.month - 1, u.day, u.hour, u.minute, u.second)) : u;
  return floatingTime(wall, false);
}

/** `20240521T093000`: a wall-clock time as iCalendar writes it, which also sorts. */
const wallKey = (w: Wall) => `${basicDate(w)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
const compareWall = (a: Wall, b: Wall) => (wallKey(a) < wallKey(b) ? -1 : wallKey(a) > wallKey(b) ? 1 : 0);

const summaryOf = (component: ICAL.Component) => String(firstProperty(component, 'summary')?.[3] ?? '').trim();

function uidOf(component: ICAL.Component, source: VeventSource, ctx: Context, warn: Warn): string {
  const uid = String(firstProperty(component, 'uid')?.[3] ?? '').trim();
  if (uid) return uid;
  // Without a UID, one made from what the event says keeps a re-import from adding a copy.
  const basis = ['DTSTART', 'SUMMARY', 'DTEND', 'LOCATION'].map((name) => {
    const line = source.props.get(name);
    return line ? ctx.lineText(line) : '';
  });
  warn(source.line, 'This event has no UID; one was made from its start and title');
  return `${createHash('sha256').update(basis.join('\n')).digest('hex').slice(0, 32)}@ics-import`;
}

/**
 * Every occurrence the calendar's VEVENTs describe, in file order, and the VEVENTs skipped
 * (no DTSTART, a UID seen twice). Throws `invalid_input` with the line of a value it cannot read.
 */
export function occurrencesOf(
  parsed: ParsedCalendar,
  zones: CalendarZones,
  lineText: (line: number) => string,
  warn: Warn,
): { occurrences: Occurrence[]; skipped: Skipped[] } {
  const ctx: Context = {
    zones,
    lineText,
    lineOf: (source, name) => source.props.get(name) ?? source.line,
  };
  const occurrences: Occurrence[] = [];
  const skipped: Skipped[] = [];

  interface Entry { component: ICAL.Component; source: VeventSource; uid: string }
  const masters = new Map<string, Entry>();
  const overrides = new Map<string, Array<Entry & { key: string; dateKey: string }>>();
  const order: Array<Entry & { override?: string }> = [];

  for (const { component, source } of parsed.vevents) {
    const uid = uidOf(component, source, ctx, warn);
    const entry = { component, source, uid };
    if (!firstProperty(component, 'dtstart')) {
      skipped.push({ uid, title: summaryOf(component), line: source.line, reason: 'No start (DTSTART): nothing to put in the calendar' });
      continue;
    }
    const recurrenceId = readProperty(component, source, 'RECURRENCE-ID', ctx);
    if (recurrenceId) {
      const key = occurrenceKey(uid, recurrenceId);
      const list = overrides.get(uid) ?? [];
      // Google writes a DATE-TIME RECURRENCE-ID (20030425T000000Z) on overrides of all-day series: those match by date.
      list.push({ ...entry, key, dateKey: `${uid}/${basicDate(recurrenceId.wall)}` });
      overrides.set(uid, list);
      order.push({ ...entry, override: key });
    } else if (masters.has(uid)) {
      skipped.push({ uid, title: summaryOf(component), line: source.line, reason: `The UID is used again in this file (first on line ${masters.get(uid)!.source.line}); only the first is read` });
    } else {
      masters.set(uid, entry);
      order.push(entry);
    }
  }

  const emit = (entry: Entry, key: string, anchor: number) => {
    const start = readProperty(entry.component, entry.source, 'DTSTART', ctx)!;
    const span = spanOf(entry.component, entry.source, start, ctx);
    occurrences.push({ key, uid: entry.uid, component: entry.component, source: entry.source, when: whenAt(span, start.wall, start.zone), repeating: true, anchor });
  };

  for (const entry of order) {
    if (entry.override) {
      // An override whose series is in the file is placed with the series below.
      if (!masters.has(entry.uid)) emit(entry, entry.override, entry.source.line);
      continue;
    }
    const start = readProperty(entry.component, entry.source, 'DTSTART', ctx)!;
    const span = spanOf(entry.component, entry.source, start, ctx);
    const own = overrides.get(entry.uid) ?? [];
    const repeats = entry.component.hasProperty('rrule') || entry.component.hasProperty('rdate');
    if (!repeats) {
      occurrences.push({ key: entry.uid, uid: entry.uid, component: entry.component, source: entry.source, when: whenAt(span, start.wall, start.zone), repeating: false, anchor: entry.source.line });
      for (const o of own) emit(o, o.key, entry.source.line);
      continue;
    }
    const { walls, truncated } = expand(entry.component, entry.source, start, ctx);
    if (truncated) {
      warn(
        entry.source.line,
        `“${summaryOf(entry.component) || entry.uid}” repeats beyond ${MAX_YEARS} years or ${MAX_OCCURRENCES} occurrences; only those are imported`,
      );
    }
    const excluded = exclusions(entry, start, ctx);
    const byKey = new Map(own.map((o) => [start.isDate ? o.dateKey : o.key, o]));
    for (const wall of walls) {
      const value: TimeValue = { ...start, wall };
      const key = occurrenceKey(entry.uid, value);
      const dateKey = `${entry.uid}/${basicDate(wall)}`;
      if (excluded.has(key) || excluded.has(dateKey)) continue;
      const override = byKey.get(key);
      if (override) {
        byKey.delete(key);
        emit(override, key, entry.source.line);
      } else {
        occurrences.push({ key, uid: entry.uid, component: entry.component, source: entry.source, when: whenAt(span, wall, start.zone), repeating: true, anchor: entry.source.line });
      }
    }
    // Overrides of occurrences the rule no longer yields (moved out of the cap, or from an older rule) stand on their own.
    for (const o of byKey.values()) emit(o, start.isDate ? o.dateKey : o.key, entry.source.line);
  }
  return { occurrences, skipped };
}

/** EXDATE keys: exact starts, and whole days when an EXDATE is a date. */
function exclusions(entry: { component: ICAL.Component; source: VeventSource; uid: string }, start: TimeValue, ctx: Context): Set<string> {
  const keys = new Set<string>();
  for (const prop of allProperties(entry.component, 'exdate')) {
    const line = ctx.lineOf(entry.source, 'EXDATE');
    for (const raw of prop.slice(3)) {
      const value = readValue(raw, prop, line, ctx, 'EXDATE');
      if (value.isDate && !start.isDate) {
        keys.add(`${entry.uid}/${basicDate(value.wall)}`);
        continue;
      }
      keys.add(start.isDate ? `${entry.uid}/${basicDate(value.wall)}` : occurrenceKey(entry.uid, value));
    }
  }
  return keys;
}
