import { existsSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { LiaisonCore } from '../../src-main/core/app';
import type { CallInput } from '../../src-shared/contract';
import { call, callError, openTestApp, snapshot } from './helpers';

/**
 * Issue 12, item by item: calendars as other people's software writes them. The five files that
 * were stored wrong are read from ../shared/interop/ics (beside the clone, as CI has it) and
 * checked against instants worked out by hand (and with python3 zoneinfo); the rest use files made here.
 */

const CORPUS = new URL('../../../shared/interop/ics/', import.meta.url);
const hasCorpus = existsSync(CORPUS);
const corpus = (name: string) => ({ base64: readFileSync(new URL(name, CORPUS)).toString('base64'), fileName: name });
const bytes = (data: Buffer | string, fileName = 'calendar.ics') => ({ base64: Buffer.from(data).toString('base64'), fileName });
const ics = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Interop//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (uid: string, ...props: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20240101T000000Z', ...props, 'END:VEVENT'];

const preview = (core: LiaisonCore, input: CallInput<'ics.preview'>) => call(core, 'ics.preview', input);
const importFile = (core: LiaisonCore, input: CallInput<'ics.import'>) => call(core, 'ics.import', input);
const stored = async (core: LiaisonCore, uid: string) => {
  const id = core.db.prepare('SELECT id FROM events WHERE ical_uid = ?').pluck().get(uid) as string;
  return call(core, 'events.get', { id });
};
const allStored = (core: LiaisonCore) =>
  core.db.prepare('SELECT ical_uid AS uid, title, starts_at AS startsAt, ends_at AS endsAt, time_zone AS timeZone, all_day AS allDay, notes FROM events ORDER BY starts_at').all() as Array<{
    uid: string;
    title: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    allDay: number;
    notes: string;
  }>;
/** The wall clock of an instant in a zone, as `2024-05-21 09:30`. */
const wall = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe.skipIf(!hasCorpus)('ics interop: the five files stored wrong before (skipped: ../shared/interop/ics is absent)', () => {
  it('exchange2010-owa.ics: Windows display names without VTIMEZONE are Sydney and New York, not UTC', async () => {
    const core = await openTestApp();
    expect(await importFile(core, corpus('exchange2010-owa.ics'))).toMatchObject({ created: 90, updated: 0, skipped: 0 });
    const events = allStored(core);
    const byTitle = (title: string) => events.filter((e) => e.title === title);
    // 28 October 2020 is in Sydney's daylight time (+11) and New York's (−4).
    expect(byTitle('TEST Syd')).toEqual([expect.objectContaining({ startsAt: '2020-10-28T02:30:00.000Z', endsAt: '2020-10-28T04:00:00.000Z', timeZone: 'Australia/Sydney' })]);
    expect(byTitle('TEST')).toEqual([expect.objectContaining({ startsAt: '2020-10-28T17:30:00.000Z', endsAt: '2020-10-28T19:00:00.000Z', timeZone: 'America/New_York' })]);
    expect(byTitle('TEST 3')).toEqual([expect.objectContaining({ startsAt: '2020-11-02T18:30:00.000Z', timeZone: 'America/New_York' })]);
    const weekly = byTitle('TEST2');
    expect(weekly).toHaveLength(87);
    expect(weekly[0]).toMatchObject({ startsAt: '2020-11-02T18:30:00.000Z', timeZone: 'America/New_York' });
    expect(weekly[1]!.startsAt).toBe('2020-11-05T18:30:00.000Z');
    // Across the change to daylight time the wall clock stays 13:30 in New York.
    expect(weekly[weekly.length - 1]!.startsAt).toBe('2021-08-27T17:30:00.000Z');
    expect(new Set(weekly.map((e) => wall(e.startsAt, 'America/New_York').slice(11)))).toEqual(new Set(['13:30']));
  });

  it('windows-quoted-tz-rrule.ics: "(UTC-05:00) Eastern Time (US and Canada)" is New York; DTEND in Los Angeles', async () => {
    const core = await openTestApp();
    const result = await preview(core, corpus('windows-quoted-tz-rrule.ics'));
    expect(result.unknownZones).toEqual([]);
    expect(result.rows).toHaveLength(10);
    expect(result.rows[0]).toMatchObject({ startsAt: '2015-07-06T16:00:00.000Z', endsAt: '2015-07-06T20:00:00.000Z', timeZone: 'America/New_York' });
    expect(result.rows[9]).toMatchObject({ startsAt: '2015-07-15T16:00:00.000Z', endsAt: '2015-07-15T20:00:00.000Z' });
    expect(await importFile(core, corpus('windows-quoted-tz-rrule.ics'))).toMatchObject({ created: 10 });
  });

  it('outlook11-standup.ics: the VTIMEZONE "Canberra, Melbourne, Sydney" is Australia/Sydney; every stand-up at 09:30 there', async () => {
    const core = await openTestApp();
    expect(await importFile(core, corpus('outlook11-standup.ics'))).toMatchObject({ created: 500 });
    const events = allStored(core);
    expect(new Set(events.map((e) => e.timeZone))).toEqual(new Set(['Australia/Sydney']));
    expect(new Set(events.map((e) => wall(e.startsAt, 'Australia/Sydney').slice(11)))).toEqual(new Set(['09:30']));
    // 10 March 2009 is in Sydney's daylight time (+11), 10 June in its standard time (+10).
    expect(events[0]).toMatchObject({ startsAt: '2009-03-09T22:30:00.000Z', endsAt: '2009-03-09T22:45:00.000Z' });
    expect(events.find((e) => e.startsAt.startsWith('2009-06-09'))!.startsAt).toBe('2009-06-09T23:30:00.000Z');
    const first = await stored(core, events[0]!.uid);
    expect(first.when).toEqual({ allDay: false, start: '2009-03-10T09:30', end: '2009-03-10T09:45', timeZone: 'Australia/Sydney' });
  });

  it('outlook12-2207678.ics: "Kuala Lumpur, Singapore" is Asia/Singapore; the reboot at 09:30 there every Friday', async () => {
    const core = await openTestApp();
    const result = await preview(core, corpus('outlook12-2207678.ics'));
    expect(result.rows).toHaveLength(157);
    expect(new Set(result.rows.map((r) => r.timeZone))).toEqual(new Set(['Asia/Singapore']));
    expect(result.rows[0]).toMatchObject({ startsAt: '2008-10-31T01:30:00.000Z', endsAt: '2008-10-31T01:40:00.000Z' });
    expect(new Set(result.rows.map((r) => wall(r.startsAt, 'Asia/Singapore').slice(11)))).toEqual(new Set(['09:30']));
  });

  it('google-aus-holidays.ics: a DATE-TIME RECURRENCE-ID replaces the day it names in an all-day series, no second copy', async () => {
    const core = await openTestApp();
    expect(await importFile(core, corpus('google-aus-holidays.ics'))).toMatchObject({ created: 103 });
    const events = allStored(core);
    expect(events.every((e) => e.allDay === 1)).toBe(true);
    const days = events.map((e) => `${e.uid.split('/')[0]} ${e.uid.split('/')[1] ?? ''}`);
    expect(new Set(days).size).toBe(days.length);
    // ANZAC Day 2003: the series' occurrence overridden (RECURRENCE-ID:20030425T000000Z), once.
    const anzac = events.filter((e) => e.uid === 'r89a2q1vci41bsh42492qdi8jk@google.com/20030425');
    expect(anzac).toHaveLength(1);
    expect((await stored(core, anzac[0]!.uid)).when).toMatchObject({ allDay: true, start: '2003-04-25', end: '2003-04-25' });
    expect(events.filter((e) => e.title === 'ANZAC Day' && e.startsAt.startsWith('2003-04'))).toHaveLength(1);
  });

  it('exchange-allday-moved-recurrence.ics: the moved Thursday is on Friday and not on Thursday any more', async () => {
    const core = await openTestApp();
    expect(await importFile(core, corpus('exchange-allday-moved-recurrence.ics'))).toMatchObject({ created: 51 });
    const moved = await stored(core, 'exchange-moved-recurrence/20260226');
    expect(moved.when).toMatchObject({ allDay: true, start: '2026-02-27', end: '2026-02-27' });
  });
});

describe.skipIf(!hasCorpus)('ics interop: files refused before (skipped: ../shared/interop/ics is absent)', () => {
  it('exchange-cdo-issue165.ics: BYDAY=MO, TU, WE with spaces is read, with a warning', async () => {
    const core = await openTestApp();
    const result = await preview(core, corpus('exchange-cdo-issue165.ics'));
    expect(result.warnings).toContainEqual({ line: 25, message: expect.stringContaining('RRULE has spaces inside its value') });
    expect(result.counts.create).toBe(14);
    // Weekdays only, 10:00 in the GMT+01:00 zone of the file (its VTIMEZONE is Central European time).
    expect(new Set(result.rows.map((r) => new Date(r.startsAt).getUTCDay()))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('exchange2010-ms-timezones.ics: a quote closed after the value is read as the TZID it means, with a warning', async () => {
    const core = await openTestApp();
    const result = await preview(core, corpus('exchange2010-ms-timezones.ics'));
    expect(result.warnings).toContainEqual({ line: 152, message: expect.stringContaining('a quote in the parameters closes after the value') });
    const jira = result.rows.find((r) => r.title === "Log Yesterday's Jira time")!;
    expect(jira).toMatchObject({ startsAt: '2020-06-09T07:00:00.000Z', timeZone: 'Europe/Berlin' });
  });

  it('google-icsparser-testkalender.ics: the unfolded line is read into DESCRIPTION; the impossible date 2017-10-32 refuses the file with its line', async () => {
    const core = await openTestApp();
    const error = await callError(core, 'ics.preview', corpus('google-icsparser-testkalender.ics'));
    expect(error.message).toBe('Line 22: DTSTART cannot be read as a date or date-time: “DTSTART:20171032T000000”');
  });

  it('malformed files are refused on their line', async () => {
    const core = await openTestApp();
    expect((await callError(core, 'ics.preview', corpus('malformed-big-bad.ics'))).message).toMatch(/^Line 1: BEGIN:VCALENDAR is never closed/);
    expect((await callError(core, 'ics.preview', corpus('malformed-lone-cr.ics'))).message).toMatch(/^Line 1: .*not an iCalendar/);
    expect((await callError(core, 'ics.preview', corpus('large-late-error.ics'))).message).toMatch(/^Line 360: DTSTART cannot be read/);
  });

  it('sunbird-sample.ics: a title over 300 characters is shortened and kept whole in the notes, as the preview says', async () => {
    const core = await openTestApp();
    const result = await preview(core, corpus('sunbird-sample.ics'));
    const long = result.rows.filter((r) => r.reason.includes('shortened to 300'));
    expect(long.length).toBeGreaterThanOrEqual(4);
    await importFile(core, corpus('sunbird-sample.ics'));
    const event = allStored(core).find((e) => e.uid === long[0]!.uid)!;
    expect(event.title.length).toBeLessThanOrEqual(300);
    expect(event.title.endsWith('…')).toBe(true);
    expect(event.notes.startsWith(event.title.slice(0, -1).trimEnd())).toBe(true);
    expect(event.notes.split('\n')[0]!.length).toBeGreaterThan(300);
  });
});

describe('ics interop: bytes before text', () => {
  it('unfolds octets before decoding: a fold inside a UTF-8 character gives the character, not U+FFFD', async () => {
    const core = await openTestApp();
    const title = Buffer.from('SUMMARY:Ţările participante', 'utf8');
    // Split between the two bytes of Ţ (C5 A2).
    const at = title.indexOf(0xa2);
    const file = Buffer.concat([
      Buffer.from(ics(...event('fold@example.org', 'DTSTART:20240521T063000Z')).replace('END:VEVENT', '@@').split('@@')[0]!, 'utf8'),
      title.subarray(0, at),
      Buffer.from('\r\n '),
      title.subarray(at),
      Buffer.from('\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'),
    ]);
    const result = await preview(core, bytes(file));
    expect(result.encoding).toBe('utf-8');
    expect(result.rows[0]!.title).toBe('Ţările participante');
    await importFile(core, bytes(file));
    expect(allStored(core)[0]!.title).toBe('Ţările participante');
  });

  it('reads a Windows-1252 file as such, with a note, and never stores U+FFFD', async () => {
    const core = await openTestApp();
    const text = ics(...event('cp1252@example.org', 'DTSTART:20240521T063000Z', 'SUMMARY:Réunion Münster', 'LOCATION:Salle François'));
    const file = Buffer.from(text, 'latin1');
    const result = await preview(core, bytes(file));
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings).toContainEqual({ line: 1, message: 'The file is not UTF-8; it was read as Windows-1252 (Western European)' });
    await importFile(core, bytes(file));
    const [stored1] = allStored(core);
    expect(stored1!.title).toBe('Réunion Münster');
    expect(JSON.stringify(snapshot(core))).not.toContain('\uFFFD');
  });

  it('reads UTF-16 with a BOM (little and big endian) and without one', async () => {
    const core = await openTestApp();
    const text = ics(...event('utf16@example.org', 'DTSTART:20240521T063000Z', 'SUMMARY:Састанак у Београду'));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const [file, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
      [Buffer.from(text, 'utf16le'), 'utf-16le'],
    ] as const) {
      const result = await preview(core, bytes(file));
      expect(result.encoding).toBe(encoding);
      expect(result.rows[0]!.title).toBe('Састанак у Београду');
    }
  });

  it('refuses UTF-16 that is not, naming the encoding', async () => {
    const core = await openTestApp();
    // A lone high surrogate (D800) after the BOM.
    const error = await callError(core, 'ics.preview', bytes(Buffer.from([0xff, 0xfe, 0x42, 0x00, 0x00, 0xd8, 0x45, 0x00])));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('UTF-16LE');
  });

  it('still takes the text of a file (as older callers send it)', async () => {
    const core = await openTestApp();
    const result = await preview(core, { text: ics(...event('text@example.org', 'DTSTART:20240521T063000Z', 'SUMMARY:Plain')), fileName: 'x.ics' });
    expect(result.rows[0]!.title).toBe('Plain');
    expect((await callError(core, 'ics.preview', { fileName: 'x.ics' })).code).toBe('invalid_input');
  });

  it('strips control characters (NUL and the rest of C0 but tab) from the text, with a note', async () => {
    const core = await openTestApp();
    const text = ics(...event('ctl@example.org', 'DTSTART:20240521T063000Z', 'SUMMARY:Agenda\u0000 item\u0007 one', 'DESCRIPTION:Tab\tkept\u001b here'));
    const result = await preview(core, bytes(text));
    expect(result.rows[0]!.title).toBe('Agenda item one');
    expect(result.warnings).toContainEqual({ line: 8, message: 'Control characters (invisible, such as NUL) were removed from 2 lines' });
    await importFile(core, bytes(text));
    expect(allStored(core)[0]).toMatchObject({ title: 'Agenda item one', notes: 'Tab\tkept here' });
  });
});

describe('ics interop: time zones', () => {
  it('maps Windows display names without a VTIMEZONE to their zones', async () => {
    const core = await openTestApp();
    const text = ics(
      ...event('a@example.org', 'DTSTART;TZID="(UTC-03:00) Brasília":20240521T090000', 'SUMMARY:Brasília'),
      ...event('b@example.org', 'DTSTART;TZID="Pacific Time (US & Canada), Tijuana":20240521T090000', 'SUMMARY:Tijuana'),
      ...event('c@example.org', 'DTSTART;TZID="Canberra, Melbourne, Sydney":20240521T090000', 'SUMMARY:Sydney'),
      ...event('d@example.org', 'DTSTART;TZID="(UTC+02:00) Athens, Bucharest":20240521T090000', 'SUMMARY:Bucharest'),
      ...event('e@example.org', 'DTSTART;TZID="(GMT+01:00) Sarajevo, Skopje, Warsaw, Zagreb":20240521T090000', 'SUMMARY:Zagreb'),
    );
    const rows = new Map((await preview(core, bytes(text))).rows.map((r) => [r.title, r]));
    expect(rows.get('Brasília')).toMatchObject({ startsAt: '2024-05-21T12:00:00.000Z', timeZone: 'America/Sao_Paulo' });
    expect(rows.get('Tijuana')).toMatchObject({ startsAt: '2024-05-21T16:00:00.000Z', timeZone: 'America/Los_Angeles' });
    expect(rows.get('Sydney')).toMatchObject({ startsAt: '2024-05-20T23:00:00.000Z', timeZone: 'Australia/Sydney' });
    expect(rows.get('Bucharest')).toMatchObject({ startsAt: '2024-05-21T06:00:00.000Z', timeZone: 'Europe/Bucharest' });
    expect(rows.get('Zagreb')).toMatchObject({ startsAt: '2024-05-21T07:00:00.000Z', timeZone: 'Europe/Warsaw' });
  });

  it('asks which zone an unknown TZID is; the import is refused without an answer and uses the answer given', async () => {
    const core = await openTestApp();
    const file = bytes(ics(...event('odd@example.org', 'DTSTART;TZID=Ministry Time:20240521T090000', 'DTEND;TZID=Ministry Time:20240521T100000', 'SUMMARY:Odd')));
    const asked = await preview(core, file);
    expect(asked.unknownZones).toEqual([{ tzid: 'Ministry Time', line: 7, uses: 2, zone: null }]);
    const before = snapshot(core);
    const refused = await callError(core, 'ics.import', file);
    expect(refused.message).toBe('Line 7: Time zone “Ministry Time” is not known and the file does not define it: choose which zone it is before importing');
    expect(snapshot(core)).toEqual(before);

    const answered = await preview(core, { ...file, zoneFor: { 'Ministry Time': 'Europe/Sofia' } });
    expect(answered.unknownZones).toEqual([{ tzid: 'Ministry Time', line: 7, uses: 2, zone: 'Europe/Sofia' }]);
    expect(answered.rows[0]).toMatchObject({ startsAt: '2024-05-21T06:00:00.000Z', endsAt: '2024-05-21T07:00:00.000Z', timeZone: 'Europe/Sofia' });
    await importFile(core, { ...file, zoneFor: { 'Ministry Time': 'Europe/Sofia' } });
    expect((await stored(core, 'odd@example.org')).when).toEqual({ allDay: false, start: '2024-05-21T09:00', end: '2024-05-21T10:00', timeZone: 'Europe/Sofia' });
    expect((await callError(core, 'ics.preview', { ...file, zoneFor: { 'Ministry Time': 'Mars/Olympus' } })).code).toBe('invalid_input');
  });

  it('labels a custom VTIMEZONE with the zone whose rules match over the whole series, preferring the canonical one', async () => {
    const core = await openTestApp();
    // Sydney's rules under a name no table knows: Australia/Sydney (Windows' canonical zone), not Antarctica/Macquarie or Australia/Melbourne.
    const text = ics(
      'BEGIN:VTIMEZONE',
      'TZID:Head office',
      'BEGIN:STANDARD',
      'DTSTART:20080406T030000',
      'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20081005T020000',
      'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10',
      'TZOFFSETFROM:+1000',
      'TZOFFSETTO:+1100',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
      ...event('syd@example.org', 'DTSTART;TZID=Head office:20240105T093000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=40', 'SUMMARY:Weekly'),
    );
    const result = await preview(core, bytes(text));
    expect(new Set(result.rows.map((r) => r.timeZone))).toEqual(new Set(['Australia/Sydney']));
    expect(result.warnings).toContainEqual({ line: 22, message: expect.stringContaining('shown in Australia/Sydney, which has the same rules') });
    // January is daylight time (+11), from 7 April standard time (+10): 09:30 throughout.
    expect(result.rows[0]!.startsAt).toBe('2024-01-04T22:30:00.000Z');
    expect(new Set(result.rows.map((r) => wall(r.startsAt, 'Australia/Sydney').slice(11)))).toEqual(new Set(['09:30']));
  });

  it('keeps the file\'s own rules where no zone matches them, shown in UTC', async () => {
    const core = await openTestApp();
    const text = ics(
      'BEGIN:VTIMEZONE',
      'TZID:Odd rules',
      'BEGIN:STANDARD',
      'DTSTART:20000101T000000',
      'TZOFFSETFROM:+0317',
      'TZOFFSETTO:+0317',
      'END:STANDARD',
      'END:VTIMEZONE',
      ...event('odd-rules@example.org', 'DTSTART;TZID=Odd rules:20240105T093000', 'SUMMARY:Odd'),
    );
    const result = await preview(core, bytes(text));
    expect(result.rows[0]).toMatchObject({ startsAt: '2024-01-05T06:13:00.000Z', timeZone: 'UTC' });
  });
});

describe('ics interop: what is read leniently, and what is not cut', () => {
  it('reads a line a writer forgot to fold as a new line of the DESCRIPTION, with a warning', async () => {
    const core = await openTestApp();
    const text = ics(...event('stray@example.org', 'DTSTART:20240521T063000Z', 'SUMMARY:Stray', 'DESCRIPTION:First line', 'Second line, pasted'));
    const result = await preview(core, bytes(text));
    expect(result.warnings).toContainEqual({ line: 10, message: expect.stringContaining('read as a further line of DESCRIPTION (line 9)') });
    await importFile(core, bytes(text));
    expect(allStored(core)[0]!.notes).toBe('First line\nSecond line, pasted');
  });

  it('keeps a DESCRIPTION over 20,000 characters whole, and says so when a title is too long', async () => {
    const core = await openTestApp();
    const description = 'Minutes of the meeting. '.repeat(1200).trim();
    const title = `Joint operation ${'planning '.repeat(40).trim()}`;
    const text = ics(...event('long@example.org', 'DTSTART:20240521T063000Z', `SUMMARY:${title}`, `DESCRIPTION:${description}`));
    const result = await preview(core, bytes(text));
    expect(result.rows[0]!.reason).toContain(`the title has ${title.length} characters: shortened to 300, the whole title is at the top of the notes`);
    await importFile(core, bytes(text));
    const [stored1] = allStored(core);
    expect(stored1!.notes).toBe(`${title}\n\n${description}`);
    expect(stored1!.title.length).toBe(300);
  });
});

describe('ics interop: export', () => {
  const eventIn = (core: LiaisonCore, title: string, start: string, end: string, timeZone: string) =>
    call(core, 'events.create', { kind: 'task_force_meeting', title, when: { allDay: false, start, end, timeZone } });

  it('writes a VTIMEZONE that covers the earliest event: Moscow in 2013 is +04, in 2015 +03', async () => {
    const core = await openTestApp();
    const a = await eventIn(core, 'Moscow 2013', '2013-06-10T10:00', '2013-06-10T11:00', 'Europe/Moscow');
    const b = await eventIn(core, 'Moscow 2015', '2015-06-10T10:00', '2015-06-10T11:00', 'Europe/Moscow');
    const { text } = await call(core, 'ics.export', { eventIds: [a.id, b.id] });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const tz = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const observances = calendar.getFirstSubcomponent('vtimezone')!.getAllSubcomponents();
    const firstStart = observances.map((o) => String(o.getFirstPropertyValue('dtstart'))).sort()[0]!;
    expect(firstStart < '2013-06-10').toBe(true);
    const instants = calendar.getAllSubcomponents('vevent').map((v) => {
      const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
      return new ICAL.Time({ year: start.year, month: start.month, day: start.day, hour: start.hour, minute: start.minute, second: start.second, isDate: false }, tz).toUnixTime();
    });
    expect(instants.map((s) => new Date(s * 1000).toISOString()).sort()).toEqual(['2013-06-10T06:00:00.000Z', '2015-06-10T07:00:00.000Z']);
  });

  it('folds lines at 75 octets including the leading space, never inside a character, and reads back the same text', async () => {
    const core = await openTestApp();
    const title = `Ședința grupului de lucru — Сastанак радне групе — Συνεδρίαση ${'ăîșțâ€😀'.repeat(12)}`.slice(0, 290);
    const created = await eventIn(core, title, '2024-05-21T09:00', '2024-05-21T10:00', 'Europe/Bucharest');
    const { text } = await call(core, 'ics.export', { eventIds: [created.id] });
    const raw = Buffer.from(text, 'utf8');
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' ') && Buffer.byteLength(l, 'utf8') >= 73)).toBe(true);
    expect(text).not.toContain('\uFFFD');
    // Unfolding the octets gives valid UTF-8 and the whole title.
    const unfolded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(raw.toString('latin1').replace(/\r\n[ \t]/g, ''), 'latin1'));
    expect(unfolded).toContain(`SUMMARY:${title.replace(/[,;\\]/g, (c) => `\\${c}`)}`);
  });
});

describe('ics interop: a stray line after a title is still refused', () => {
  it('refuses a line without a colon after SUMMARY, with its line', async () => {
    const core = await openTestApp();
    const text = ics(...event('stray-title@example.org', 'DTSTART:20240521T063000Z', 'SUMMARY:Cut short', 'this line has no colon at all'));
    const error = await callError(core, 'ics.preview', bytes(text));
    expect(error.message).toMatch(/^Line 9: “this line has no colon at all” is not a property line/);
  });
});
