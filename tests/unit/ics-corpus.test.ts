import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LiaisonCore } from '../../src-main/core/app';
import { whenOf } from '../../src-main/core/events';
import { icsCalls } from '../../src-shared/contract/ics';
import { openTestApp } from './helpers';

// Calendars written by other software (../shared/interop/ics, see its SOURCES.md): each one imports right or is refused
// with its line and reason. "Right" is judged by an independent reader (tests/tools/ics_expect.py: python3-icalendar,
// zoneinfo, dateutil) and, where it cannot judge, by the explicit expectations below.

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/interop/ics');
const EXPECT_PY = join(ROOT, 'tests/tools/ics_expect.py');

type Outcome = { outcome: 'imported' } | { outcome: 'refused'; line: number; reason: RegExp; lineText: RegExp };

const imported: Outcome = { outcome: 'imported' };

/** Every file of the corpus and what must happen to it. */
const OUTCOMES: Record<string, Outcome> = {
  'apple-ical1-mixed-tz.ics': imported,
  'apple-ical2-exdate.ics': imported,
  'apple-ical3-calconnect10.ics': imported,
  'apple-iphone-structured-location.ics': imported,
  'apple-macos-tentative.ics': imported,
  'bom-calendar.ics': imported,
  'emclient-vtimezone-0001.ics': imported,
  'evolution.ics': imported,
  'exchange-allday-moved-recurrence.ics': imported,
  // Spaces in a BYDAY list are sloppy, not wrong enough to refuse the file (issue 12, item 8).
  'exchange-cdo-issue165.ics': imported,
  'exchange-cdo-tmeher.ics': imported,
  'exchange2010-bad-ms-tz.ics': imported,
  'exchange2010-blank-tzid.ics': imported,
  'exchange2010-custom-tz.ics': imported,
  'exchange2010-ms-timezones.ics': imported,
  'exchange2010-owa.ics': imported,
  'exchange2010-tz-same-start.ics': imported,
  'exchange2010-tzid-unquoted.ics': imported,
  'google-alarm.ics': imported,
  'google-aus-holidays.ics': imported,
  'google-birthday.ics': imported,
  'google-biweekly-exdate-until.ics': imported,
  'google-icsparser-testkalender.ics': { outcome: 'refused', line: 22, reason: /DTSTART cannot be read/, lineText: /^DTSTART:20171032T000000$/ },
  'google-kiev-tz.ics': imported,
  'google-recurrence-id-order.ics': imported,
  'groupwise7.ics': imported,
  'khal-rrule-recuid-cancelled.ics': imported,
  'khal-rrule-recuid.ics': imported,
  'khal-tz-windows-format.ics': imported,
  'korganizer33.ics': imported,
  'large-late-error.ics': { outcome: 'refused', line: 360, reason: /DTSTART/, lineText: /^DTSTART:20240230T100000Z$/ },
  'lotus-notes6-calconnect.ics': imported,
  'lotus-notes6-calconnect3.ics': imported,
  'malformed-big-bad.ics': { outcome: 'refused', line: 1, reason: /never closed|END:VCALENDAR/, lineText: /^BEGIN:VCALENDAR$/ },
  'malformed-lone-cr.ics': { outcome: 'refused', line: 1, reason: /BEGIN:VCALENDAR|not an iCalendar/, lineText: /^BEGIN:VTIMEZONE$/ },
  'meetup.ics': imported,
  'mozilla-estonia-holidays.ics': imported,
  'mozilla10-twinkle.ics': imported,
  'nextcloud-maritz.ics': imported,
  'non-ascii-tzid.ics': imported,
  'oracle-calendar.ics': imported,
  'outlook11-standup.ics': imported,
  'outlook12-2207678.ics': imported,
  'outlook12-session6.ics': imported,
  'pacific-fiji.ics': imported,
  'sogo-geo.ics': imported,
  'sunbird-sample.ics': imported,
  'thunderbird-alarm-vtimezone.ics': imported,
  'tripit-47-events.ics': imported,
  'unicode-fields.ics': imported,
  'windows-quoted-tz-rrule.ics': imported,
  'zimbra-multiple-rrules.ics': imported,
  'zimbra-recur-instances.ics': imported,
};

/** A stored event as the comparisons see it. */
interface Stored {
  uid: string;
  title: string;
  notes: string;
  status: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  allDay: boolean;
  /** All-day: first and last day (inclusive). Timed: the wall clock in its zone, to the minute. */
  start: string;
  end: string;
}

/** What the independent reader says, one entry per occurrence. */
interface Expected {
  uid: string | null;
  summary: string;
  status: string;
  tzid: string | null;
  resolved: boolean;
  kind: 'single' | 'occurrence' | 'override' | 'first' | 'no-dtstart' | 'unreadable';
  allDay?: boolean;
  start?: string | null;
  end?: string | null;
}

interface Reading {
  events: Expected[];
  vevents: number;
  /** Values the reader had to leave out (Google's "20131210Z" RDATEs): then its reading is not the whole file. */
  unread: string[];
  error: string | null;
}

// ── the contract's input, whatever it is today ──────────────────────────────────────────────

/** The file as ics.preview/ics.import accept it: its bytes in base64 once the contract takes them, else its text as the renderer reads it. */
function icsInput(bytes: Buffer, fileName: string): Record<string, string> {
  const shape = (icsCalls['ics.preview'].input as unknown as { shape: Record<string, unknown> }).shape;
  const base64Key = Object.keys(shape).find((k) => /base64/i.test(k));
  if (base64Key) return { [base64Key]: bytes.toString('base64'), fileName };
  return { text: new TextDecoder().decode(bytes), fileName };
}

// ── the independent reader ──────────────────────────────────────────────────────────────────

/** A python3 that has Debian's python3-icalendar and dateutil (pyenv's python3 may come first on PATH), or why not. */
function findPython(): { python: string } | { reason: string } {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(python, ['-c', 'import icalendar, dateutil'], { stdio: 'ignore' });
      return { python };
    } catch {
      // try the next one
    }
  }
  return { reason: 'python3-icalendar is not installed (apt-get install python3-icalendar): no independent reading to compare with' };
}

const PYTHON = findPython();

function readIndependently(path: string): Reading {
  if (!('python' in PYTHON)) throw new Error(PYTHON.reason);
  return JSON.parse(execFileSync(PYTHON.python, [EXPECT_PY, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Reading;
}

// ── reading back the store ──────────────────────────────────────────────────────────────────

function storedEvents(core: LiaisonCore): Stored[] {
  const rows = core.db
    .prepare('SELECT ical_uid, title, notes, status, starts_at, ends_at, time_zone, all_day FROM events ORDER BY starts_at, ical_uid')
    .all() as Array<{ ical_uid: string; title: string; notes: string; status: string; starts_at: string; ends_at: string; time_zone: string; all_day: number }>;
  return rows.map((r) => {
    const when = whenOf(r.starts_at, r.ends_at, r.time_zone, r.all_day === 1);
    return {
      uid: r.ical_uid,
      title: r.title,
      notes: r.notes,
      status: r.status,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      timeZone: r.time_zone,
      allDay: r.all_day === 1,
      start: when.start,
      end: when.end,
    };
  });
}

const minute = (iso: string) => new Date(iso).toISOString().slice(0, 16);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const dayBefore = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Liaison's status for an iCalendar STATUS. */
const statusOf = (ical: string) => (ical === 'CANCELLED' ? 'cancelled' : ical === 'CONFIRMED' ? 'confirmed' : 'planned');

/** When an event happens, as comparable text: the days of an all-day event, else its UTC instants to the minute. */
const whenKey = (e: { allDay: boolean; start: string; end: string }) => (e.allDay ? `day ${e.start}..${e.end}` : `${minute(e.start)}Z..${minute(e.end)}Z`);
const storedKey = (s: Stored) => whenKey(s.allDay ? { allDay: true, start: s.start, end: s.end } : { allDay: false, start: s.startsAt, end: s.endsAt });
const expectedKey = (e: Expected) => whenKey({ allDay: e.allDay!, start: e.start!, end: e.allDay ? dayBefore(e.end!) : e.end! });

/** The title keeps the file's SUMMARY: whole, or cut with the whole text in the notes. Runs of whitespace count as one space. */
function keepsTitle(summary: string, s: Stored): boolean {
  const want = squash(summary);
  if (!want) return true;
  const title = squash(s.title);
  if (title === want) return true;
  const cut = title.replace(/[…]$|\.\.\.$/, '').trim();
  return want.startsWith(cut) && squash(s.notes).includes(want);
}

/**
 * Pairs every occurrence the reader is sure of with a stored event at the same time, of the same title and status;
 * returns what is missing on either side, as readable lines.
 */
function compare(expected: Expected[], stored: Stored[]): { missing: string[]; unexpected: string[] } {
  const pool = new Map<string, Stored[]>();
  for (const s of stored) pool.set(storedKey(s), [...(pool.get(storedKey(s)) ?? []), s]);
  const missing: string[] = [];
  for (const e of expected) {
    const key = expectedKey(e);
    const candidates = pool.get(key) ?? [];
    const at = candidates.findIndex((s) => s.status === statusOf(e.status) && keepsTitle(e.summary, s));
    if (at < 0) {
      const near = candidates.map((s) => `“${s.title}” ${s.status}`).join('; ');
      missing.push(`${key} “${squash(e.summary)}” ${statusOf(e.status)}${near ? ` (stored at that time: ${near})` : ' (nothing stored at that time)'}`);
    } else {
      candidates.splice(at, 1);
    }
  }
  const unexpected = [...pool.values()].flat().map((s) => `${storedKey(s)} “${s.title}” ${s.status} ${s.timeZone} uid ${s.uid}`);
  return { missing, unexpected };
}

/** The occurrences the reader can vouch for: a resolved start, and a rule it could expand. */
const judged = (r: Reading) => r.events.filter((e) => e.resolved && e.start && (e.kind === 'single' || e.kind === 'occurrence' || e.kind === 'override'));
/** Whether the reader saw the whole file: then nothing else may be stored. */
const complete = (r: Reading) => r.unread.length === 0 && r.events.every((e) => e.kind !== 'first' && e.kind !== 'unreadable' && (e.resolved || !e.start));

// ── explicit expectations, where the reader cannot judge or its judgement is not Liaison's ────────────────

const inZone = (s: Stored, zone: string) => new Date(s.startsAt).toLocaleString('sv-SE', { timeZone: zone }).slice(0, 16).replace(' ', 'T');

interface FileCheck {
  /** Why the independent reading is not used as is. */
  why?: string;
  /** The reader's occurrences to leave out (it is wrong, or not Liaison's reading by design). */
  ignore?: (e: Expected) => boolean;
  check: (events: Stored[]) => void;
}

const EXPLICIT: Record<string, FileCheck> = {
  'exchange-cdo-issue165.ics': {
    why: 'BYDAY written "MO, TU, WE, TH, FR" and folded before WKST: the independent reader keeps only the first instance',
    ignore: () => true,
    check(events) {
      // Weekdays from Friday 3 July to Wednesday 22 July 2015 (UNTIL 08:00Z), 10:00–10:30 at GMT+2 (08:00Z).
      const days = events.map((e) => e.startsAt.slice(0, 10));
      expect(days).toEqual(['2015-07-03', '2015-07-06', '2015-07-07', '2015-07-08', '2015-07-09', '2015-07-10', '2015-07-13', '2015-07-14',
        '2015-07-15', '2015-07-16', '2015-07-17', '2015-07-20', '2015-07-21', '2015-07-22']);
      expect(events.every((e) => e.startsAt.endsWith('T08:00:00.000Z') && e.endsAt.endsWith('T08:30:00.000Z'))).toBe(true);
    },
  },
  'exchange2010-owa.ics': {
    why: 'Windows display-name TZIDs with no VTIMEZONE: zoneinfo cannot resolve them',
    check(events) {
      const byTitle = (t: string) => events.filter((e) => squash(e.title) === t);
      // (GMT+10:00) Canberra, Melbourne, Sydney: 13:30 AEDT on 28 October 2020 is 02:30Z.
      expect(byTitle('TEST Syd').map((e) => [e.startsAt, e.endsAt, e.timeZone])).toEqual([['2020-10-28T02:30:00.000Z', '2020-10-28T04:00:00.000Z', 'Australia/Sydney']]);
      // (UTC-05:00) Eastern Time (US & Canada): 13:30 EDT is 17:30Z, 13:30 EST is 18:30Z.
      expect(byTitle('TEST').map((e) => [e.startsAt, e.endsAt, e.timeZone])).toEqual([['2020-10-28T17:30:00.000Z', '2020-10-28T19:00:00.000Z', 'America/New_York']]);
      expect(byTitle('TEST 3').map((e) => [e.startsAt, e.endsAt, e.timeZone])).toEqual([['2020-11-02T18:30:00.000Z', '2020-11-02T20:00:00.000Z', 'America/New_York']]);
      // Weekly on Thursdays and Fridays until 28 August 2021, plus DTSTART (a Monday): always 13:30–15:00 in New York.
      const series = byTitle('TEST2');
      expect(series).toHaveLength(87);
      expect(series[0]!.startsAt).toBe('2020-11-02T18:30:00.000Z');
      expect(series.find((e) => e.startsAt.startsWith('2021-07-01'))?.startsAt).toBe('2021-07-01T17:30:00.000Z');
      expect(series.at(-1)!.startsAt).toBe('2021-08-27T17:30:00.000Z');
      expect(new Set(series.map((e) => `${e.timeZone} ${e.start.slice(11)}-${e.end.slice(11)} ${inZone(e, 'America/New_York').slice(11)}`))).toEqual(
        new Set(['America/New_York 13:30-15:00 13:30']),
      );
      expect(events).toHaveLength(90);
    },
  },
  'windows-quoted-tz-rrule.ics': {
    why: 'DTSTART in a quoted Windows display name with no VTIMEZONE: zoneinfo cannot resolve it',
    check(events) {
      // 12:00 Eastern (EDT) is 16:00Z; DTEND 13:00 in Los Angeles (PDT) is 20:00Z: four hours, daily, ten times.
      expect(events[0]).toMatchObject({ title: 'Treasure Hunting', startsAt: '2015-07-06T16:00:00.000Z', endsAt: '2015-07-06T20:00:00.000Z', timeZone: 'America/New_York' });
      for (const e of events) {
        expect(inZone(e, 'America/New_York').slice(11), e.startsAt).toBe('12:00');
        expect(Date.parse(e.endsAt) - Date.parse(e.startsAt)).toBe(4 * 3600_000);
      }
      // The EXDATEs (12:00 Los Angeles, 19:00Z) match no 16:00Z occurrence by the letter of RFC 5545; excluding 8 and 10 July by date is a reading too.
      const days = events.map((e) => e.startsAt.slice(0, 10));
      expect([8, 10]).toContain(days.length);
      expect(days.slice(0, 2)).toEqual(['2015-07-06', '2015-07-07']);
    },
  },
  'outlook11-standup.ics': {
    why: 'the instants come from the file’s VTIMEZONE; the zone shown must be Australia/Sydney',
    check(events) {
      expect(events).toHaveLength(500);
      expect(new Set(events.map((e) => e.timeZone))).toEqual(new Set(['Australia/Sydney']));
      // Every weekday at 09:30–09:45 Sydney wall clock, also after April 2010 when Antarctica/Macquarie left Sydney's rules.
      expect(events.filter((e) => e.start.slice(11) !== '09:30' || e.end.slice(11) !== '09:45').map((e) => `${e.startsAt} shown ${e.start}`)).toEqual([]);
      expect(events.find((e) => e.start.startsWith('2010-06-01'))).toMatchObject({ startsAt: '2010-05-31T23:30:00.000Z', start: '2010-06-01T09:30' });
    },
  },
  'outlook12-2207678.ics': {
    why: 'the instants come from the file’s VTIMEZONE; the zone shown must be Singapore’s or Kuala Lumpur’s',
    check(events) {
      expect(events).toHaveLength(157);
      expect(events.filter((e) => !['Asia/Singapore', 'Asia/Kuala_Lumpur'].includes(e.timeZone)).map((e) => e.timeZone)).toEqual([]);
      expect(events.filter((e) => e.start.slice(11) !== '09:30' || e.end.slice(11) !== '09:40').map((e) => `${e.startsAt} shown ${e.start}`)).toEqual([]);
      expect(events[0]).toMatchObject({ startsAt: '2008-10-31T01:30:00.000Z', endsAt: '2008-10-31T01:40:00.000Z' });
    },
  },
  'google-aus-holidays.ics': {
    why: 'overrides with a DATE-TIME RECURRENCE-ID on a DATE series replace the occurrence of their date',
    check(events) {
      // No occurrence twice: one event per series (UID) and day. Two series may share a title and a day
      // (the file holds two "Public Holiday" events on 27 December 2005, under two UIDs).
      const seen = new Map<string, number>();
      const key = (e: Stored) => `${e.start} ${squash(e.title)} ${e.uid.split('/')[0]}`;
      for (const e of events) seen.set(key(e), (seen.get(key(e)) ?? 0) + 1);
      expect([...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`)).toEqual([]);
      expect(events.every((e) => e.allDay)).toBe(true);
    },
  },
  'khal-tz-windows-format.ics': {
    why: 'TZID "New Zealand Standard Time" with a contradictory CET VTIMEZONE: the Windows id wins (as in khal’s own test), python-icalendar follows the VTIMEZONE',
    ignore: () => true,
    check(events) {
      // 13:00 NZDT (+13) on 20 November 2019 is 00:00Z.
      expect(events.map((e) => [e.title, e.startsAt, e.endsAt, e.timeZone])).toEqual([['Event with Windows TZ name', '2019-11-20T00:00:00.000Z', '2019-11-20T01:30:00.000Z', 'Pacific/Auckland']]);
    },
  },
};

// ── the walk ────────────────────────────────────────────────────────────────────────────────

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.ics')).sort() : [];

describe('ics corpus: calendars written by other software', () => {
  if (!existsSync(CORPUS)) {
    it.skip('../shared/interop/ics not beside the clone', () => {});
    return;
  }

  it('knows the expected outcome of every file of the corpus, and only of those', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(Object.keys(OUTCOMES).sort());
  });

  for (const file of files) {
    const want = OUTCOMES[file];
    const path = join(CORPUS, file);

    if (want?.outcome === 'refused') {
      it(`${file}: refused with line ${want.line} and its reason`, async () => {
        const bytes = readFileSync(path);
        // The line the table names is the one at fault in the file.
        expect(new TextDecoder().decode(bytes).split(/\r\n|\n|\r/)[want.line - 1]).toMatch(want.lineText);
        const core = await openTestApp();
        for (const name of ['ics.preview', 'ics.import']) {
          const result = await core.dispatch(name, icsInput(bytes, file));
          expect(result.ok, name).toBe(false);
          if (result.ok) continue;
          expect(result.error.code, name).toBe('invalid_input');
          expect(result.error.message, name).toMatch(new RegExp(`^Line ${want.line}: `));
          expect(result.error.message, name).toMatch(want.reason);
        }
        expect((core.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBe(0);
      });
      continue;
    }

    const explicit = EXPLICIT[file];
    it(`${file}: imported, each event at the times, days, title and status the file says${explicit ? ` (explicitly: ${explicit.why})` : ''}`, async () => {
      const bytes = readFileSync(path);
      const core = await openTestApp();
      const preview = await core.dispatch('ics.preview', icsInput(bytes, file));
      expect(preview.ok ? null : preview.error, 'ics.preview').toBeNull();
      const imported = await core.dispatch('ics.import', icsInput(bytes, file));
      expect(imported.ok ? null : imported.error, 'ics.import').toBeNull();
      const events = storedEvents(core);

      // Nothing is stored with U+FFFD from a decoding failure (none of these files holds one).
      expect(events.filter((e) => /\uFFFD/.test(e.title + e.notes)).map((e) => e.title)).toEqual([]);
      expect(events.every((e) => Date.parse(e.endsAt) >= Date.parse(e.startsAt))).toBe(true);

      if ('python' in PYTHON) {
        const reading = readIndependently(path);
        if (reading.error) {
          // python3-icalendar 4 refuses some sloppy files a calendar client reads (a negative year, -P1W6DT15H, a BOM):
          // nothing to compare with, but the import must still have read every VEVENT's line.
          expect(reading.error).toBeTypeOf('string');
        } else {
          const wanted = judged(reading).filter((e) => !explicit?.ignore?.(e));
          const { missing, unexpected } = compare(wanted, events);
          expect(missing, 'occurrences the file holds that are not stored that way').toEqual([]);
          if (complete(reading) && !explicit?.ignore) expect(unexpected, 'stored events the file does not hold').toEqual([]);
        }
      } else {
        console.warn(`${file}: ${PYTHON.reason}`);
      }
      explicit?.check(events);
    });
  }
});
