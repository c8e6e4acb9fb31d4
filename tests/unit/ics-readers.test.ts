import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LiaisonCore } from '../../src-main/core/app';
import { whenOf } from '../../src-main/core/events';
import type { CallInput, EventWhen } from '../../src-shared/contract';
import { call, openTestApp, pythonWith, tempDir } from './helpers';

// Liaison's exports read back by two independent readers: python3-icalendar (Debian's package) and khal, a real
// calendar client. Each must see every event where Liaison stored it.

const ROOT = resolve(import.meta.dirname, '../..');
const EXPECT_PY = join(ROOT, 'tests/tools/ics_expect.py');
const STRUCTURE_PY = join(ROOT, 'tests/tools/ics_structure.py');

function hasKhal(): boolean {
  try {
    execFileSync('khal', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const PYTHON = pythonWith('icalendar, dateutil');
const KHAL = hasKhal();

/** Over 75 octets in UTF-8 whatever the folding: Cyrillic and Greek are two octets a letter. */
const LONG_TITLE = 'Совещание рабочей группы по торговле людьми — Συνάντηση ομάδας εργασίας για την εμπορία ανθρώπων';

interface Built {
  core: LiaisonCore;
  text: string;
  /** Stored events by the UID the export gives them. */
  byUid: Map<string, Stored>;
  mine: Record<'moscow2013' | 'moscow2015' | 'sydney' | 'allDay' | 'long', string>;
}

interface Stored {
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  timeZone: string;
  /** All-day: first and last day. */
  start: string;
  end: string;
}

/** The demo plus events in Europe/Moscow (2013, when it was UTC+4 all year, and 2015), Australia/Sydney, an all-day one, a long non-ASCII title, attendees; exported whole. */
async function build(): Promise<Built> {
  const core = await openTestApp();
  await call(core, 'system.loadDemo', {});
  const create = async (title: string, when: EventWhen, extra: Partial<CallInput<'events.create'>> = {}) => (await call(core, 'events.create', { title, when, ...extra })).id;
  const moscow2013 = await create('Moscow expert meeting 2013', { allDay: false, start: '2013-03-12T10:00', end: '2013-03-12T12:00', timeZone: 'Europe/Moscow' });
  const moscow2015 = await create('Moscow expert meeting 2015', { allDay: false, start: '2015-06-10T10:00', end: '2015-06-10T12:30', timeZone: 'Europe/Moscow' });
  const sydney = await create('Sydney liaison call', { allDay: false, start: '2024-10-08T09:30', end: '2024-10-08T10:15', timeZone: 'Australia/Sydney' }, { kind: 'call', status: 'confirmed' });
  const allDay = await create('Training course on cross-border surveillance', { allDay: true, start: '2024-06-12', end: '2024-06-14', timeZone: 'Europe/Bucharest' });
  const long = await create(LONG_TITLE, { allDay: false, start: '2024-11-05T14:00', end: '2024-11-05T16:00', timeZone: 'Europe/Athens' }, {
    notes: 'Ημερήσια διάταξη: άνοιγμα, εθνικές εκθέσεις, συμπεράσματα. Повестка дня: открытие, национальные доклады, выводы.',
  });
  const people = core.db.prepare('SELECT id FROM people ORDER BY sort_name LIMIT 4').pluck().all() as string[];
  expect(people.length).toBeGreaterThan(0);
  await call(core, 'roster.add', { eventId: sydney, personIds: people });
  await call(core, 'roster.add', { eventId: long, personIds: people.slice(0, 2) });

  const exported = await call(core, 'ics.export', { filter: {} });
  const rows = core.db
    .prepare("SELECT coalesce(ical_uid, id || '@liaison') AS uid, title, starts_at, ends_at, all_day, time_zone FROM events")
    .all() as Array<{ uid: string; title: string; starts_at: string; ends_at: string; all_day: number; time_zone: string }>;
  const byUid = new Map<string, Stored>();
  for (const r of rows) {
    const when = whenOf(r.starts_at, r.ends_at, r.time_zone, r.all_day === 1);
    byUid.set(r.uid, { uid: r.uid, title: r.title, startsAt: r.starts_at, endsAt: r.ends_at, allDay: r.all_day === 1, timeZone: r.time_zone, start: when.start, end: when.end });
  }
  expect(exported.count).toBe(rows.length);
  const uidOf = (id: string) => [...byUid.values()].find((s) => s.uid === `${id}@liaison`)?.uid ?? id;
  return { core, text: exported.text, byUid, mine: { moscow2013: uidOf(moscow2013), moscow2015: uidOf(moscow2015), sydney: uidOf(sydney), allDay: uidOf(allDay), long: uidOf(long) } };
}

const minute = (iso: string) => new Date(iso).toISOString().slice(0, 16);
const dayBefore = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** One store and its export for every check of this file (each check reads it on its own). */
let built: Promise<Built> | null = null;
const export_ = () => (built ??= build());

function exportFile(text: string): string {
  const file = join(tempDir(), 'export.ics');
  writeFileSync(file, text, 'utf8');
  return file;
}

const NO_PYTHON = PYTHON ? '' : ' (python3-icalendar is not installed)';

describe('ics export read back by python3-icalendar', () => {
  it.skipIf(!PYTHON)(`parses the export: UID, DTSTAMP and DTSTART on every VEVENT, every TZID used defined by a VTIMEZONE${NO_PYTHON}`, async () => {
    const { text, byUid, mine } = await export_();
    const structure = JSON.parse(execFileSync(PYTHON!, [STRUCTURE_PY, exportFile(text)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as {
      error: string | null;
      vevents: Array<{ uid: string | null; dtstamp: boolean; dtstart: boolean; summary: string }>;
      tzidsUsed: string[];
      tzidsDefined: string[];
    };
    expect(structure.error).toBeNull();
    expect(structure.vevents).toHaveLength(byUid.size);
    expect(structure.vevents.filter((v) => !v.uid || !v.dtstamp || !v.dtstart)).toEqual([]);
    expect(structure.tzidsUsed.filter((z) => !structure.tzidsDefined.includes(z))).toEqual([]);
    expect(structure.tzidsUsed).toEqual(expect.arrayContaining(['Europe/Moscow', 'Australia/Sydney']));
    expect(structure.vevents.find((v) => v.uid === mine.long)?.summary).toBe(LONG_TITLE);
  });

  it.skipIf(!PYTHON)(`reads every event, with the export's own VTIMEZONEs, at the instants or on the days Liaison stored${NO_PYTHON}`, async () => {
    const { text, byUid, mine } = await export_();
    const reading = JSON.parse(execFileSync(PYTHON!, [EXPECT_PY, exportFile(text)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as {
      error: string | null;
      events: Array<{ uid: string; allDay: boolean; start: string; end: string; tzid: string | null; resolved: boolean }>;
    };
    expect(reading.error).toBeNull();
    expect(reading.events).toHaveLength(byUid.size);
    const differ: string[] = [];
    for (const e of reading.events) {
      const s = byUid.get(e.uid);
      if (!s) {
        differ.push(`${e.uid}: not in the store`);
        continue;
      }
      const read = e.allDay ? `${e.start}..${dayBefore(e.end)}` : `${minute(e.start)}..${minute(e.end)}`;
      const stored = s.allDay ? `${s.start}..${s.end}` : `${minute(s.startsAt)}..${minute(s.endsAt)}`;
      if (read !== stored || e.allDay !== s.allDay) differ.push(`“${s.title}” (${s.timeZone}): read ${read}, stored ${stored}`);
    }
    expect(differ).toEqual([]);
    // By name: Moscow was UTC+4 all year in 2013 and UTC+3 from October 2014; Sydney is on summer time in October.
    const at = (uid: string) => reading.events.find((e) => e.uid === uid);
    expect(at(mine.moscow2013)).toMatchObject({ start: '2013-03-12T06:00:00Z', end: '2013-03-12T08:00:00Z' });
    expect(at(mine.moscow2015)).toMatchObject({ start: '2015-06-10T07:00:00Z', end: '2015-06-10T09:30:00Z' });
    expect(at(mine.sydney)).toMatchObject({ start: '2024-10-07T22:30:00Z', end: '2024-10-07T23:15:00Z' });
    expect(at(mine.allDay)).toMatchObject({ allDay: true, start: '2024-06-12', end: '2024-06-15' });
  });

  it('folds every line at 75 octets, the leading space of a continuation line included (RFC 5545 3.1)', async () => {
    const { text } = await export_();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75).map((l) => `${Buffer.byteLength(l, 'utf8')} octets: ${l}`)).toEqual([]);
    // The long title is folded over several lines and unfolds to itself.
    const summaryAt = lines.findIndex((l) => l.startsWith('SUMMARY:Совещание'));
    expect(summaryAt).toBeGreaterThan(-1);
    expect(lines[summaryAt + 1]).toMatch(/^ /);
    expect(text.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${LONG_TITLE}\r\n`);
    expect(text.includes('\uFFFD')).toBe(false);
  });
});

describe('ics export read back by khal', () => {
  it.skipIf(!KHAL)(`imports the export with khal import --batch; khal list shows the same events at the same times${KHAL ? '' : ' (khal is not installed)'}`, async () => {
    const { text, byUid, mine } = await export_();
    const dir = tempDir();
    const vdir = join(dir, 'vdir', 'liaison');
    mkdirSync(vdir, { recursive: true });
    const config = join(dir, 'khal.conf');
    writeFileSync(
      config,
      [
        '[calendars]',
        '[[liaison]]',
        `path = ${vdir}`,
        'type = calendar',
        '[sqlite]',
        `path = ${join(dir, 'khal.db')}`,
        '[locale]',
        'timeformat = %H:%M',
        'dateformat = %Y-%m-%d',
        'longdateformat = %Y-%m-%d',
        'datetimeformat = %Y-%m-%d %H:%M',
        'longdatetimeformat = %Y-%m-%d %H:%M',
        'local_timezone = UTC',
        'default_timezone = UTC',
        '[default]',
        'default_calendar = liaison',
        '',
      ].join('\n'),
    );
    const file = join(dir, 'export.ics');
    writeFileSync(file, text, 'utf8');
    const env = { ...process.env, TZ: 'UTC', XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir };
    const khal = (...args: string[]) => execFileSync('khal', ['-c', config, ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });

    khal('import', '--batch', '-a', 'liaison', file);
    // One line per event, whatever its length: UID, start, end (an all-day event's last day), title.
    const listed = khal('list', '--once', '--day-format', '', '--format', '{uid}\t{start}\t{end}\t{title}', '1990-01-01', '2100-01-01')
      .split('\n')
      .filter((l) => l.includes('\t'))
      .map((l) => {
        const [uid, start, end, title] = l.split('\t');
        return { uid: uid!, start: start!, end: end!, title: title! };
      });
    const shown = new Map(listed.map((l) => [l.uid, l]));
    const khalView = (s: Stored) =>
      s.allDay
        ? { uid: s.uid, start: s.start, end: s.end, title: s.title }
        : { uid: s.uid, start: minute(s.startsAt).replace('T', ' '), end: minute(s.endsAt).replace('T', ' '), title: s.title };

    for (const uid of Object.values(mine)) expect(shown.get(uid), uid).toEqual(khalView(byUid.get(uid)!));
    expect(shown.get(mine.moscow2013)).toMatchObject({ start: '2013-03-12 06:00', end: '2013-03-12 08:00' });
    expect(shown.get(mine.sydney)).toMatchObject({ start: '2024-10-07 22:30', end: '2024-10-07 23:15' });
    expect(shown.get(mine.allDay)).toMatchObject({ start: '2024-06-12', end: '2024-06-14' });
    // And the whole store: every event once, where Liaison stored it.
    expect(listed).toHaveLength(byUid.size);
    const differ = listed.filter((l) => {
      const s = byUid.get(l.uid);
      return !s || JSON.stringify(khalView(s)) !== JSON.stringify(l);
    });
    expect(differ.map((l) => `${l.uid}: khal ${l.start}–${l.end} “${l.title}”, stored ${JSON.stringify(byUid.get(l.uid) ?? null)}`)).toEqual([]);
  });
});
