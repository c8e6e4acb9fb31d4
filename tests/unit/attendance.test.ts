import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '../../src-shared/contract';
import { call, callError, openTestApp, snapshot } from './helpers';

const when = (date: string) => ({ allDay: false, start: `${date}T09:00`, end: `${date}T17:00`, timeZone: 'Europe/Bucharest' });

async function setUp() {
  const core = await openTestApp();
  const body = await call(core, 'bodies.create', {
    name: 'Task Force', members: [{ countryCode: 'RO' }, { countryCode: 'BG' }, { countryCode: 'TR' }, { countryCode: 'US', kind: 'observer' }],
  });
  const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the Task Force' });
  const m1 = await call(core, 'events.create', { seriesId: series.id, when: when('2024-05-21'), status: 'held' });
  const m2 = await call(core, 'events.create', { seriesId: series.id, when: when('2025-05-20'), status: 'held' });
  const ana = await call(core, 'people.create', { fullName: 'Ana Ionescu', countryCode: 'RO', emails: ['ana@example.org'] });
  const ivan = await call(core, 'people.create', { fullName: 'Иван Петров', countryCode: 'BG' });
  const sam = await call(core, 'people.create', { fullName: 'Sam Carter', countryCode: 'US' });
  return { core, body, series, m1, m2, ana, ivan, sam };
}

async function attend(core: Awaited<ReturnType<typeof openTestApp>>, eventId: string, personIds: string[], attendance: AttendanceStatus | null) {
  await call(core, 'roster.add', { eventId, personIds });
  const rows = (await call(core, 'roster.list', { eventId })).rows.filter((r) => personIds.includes(r.personId));
  await call(core, 'roster.bulkUpdate', { ids: rows.map((r) => r.id), attendance });
}

describe('attendance matrix', () => {
  it('shows member states × meetings as attended, absent or not invited, with totals', async () => {
    const { core, series, body, m1, m2, ana, ivan, sam } = await setUp();
    await attend(core, m1.id, [ana.id, sam.id], 'attended');
    await attend(core, m1.id, [ivan.id], 'no_show');
    await attend(core, m2.id, [ana.id], 'attended');
    const m = await call(core, 'attendance.matrix', { seriesId: series.id });
    expect(m.meetings.map((e) => e.title)).toEqual(['1st meeting of the Task Force', '2nd meeting of the Task Force']);
    // Member states first (even Türkiye, which never came), then others who came (the observer).
    expect(m.countries.map((c) => `${c.code}:${c.member}`)).toEqual(['BG:true', 'RO:true', 'TR:true', 'US:false']);
    expect(m.cells).toEqual([
      ['absent', 'not_invited'],
      ['attended', 'attended'],
      ['not_invited', 'not_invited'],
      ['attended', 'not_invited'],
    ]);
    expect(m.countryTotals).toEqual([0, 2, 0, 1]);
    expect(m.meetingTotals).toEqual([2, 1]);
    expect(await call(core, 'attendance.matrix', { bodyId: body.id })).toEqual(m);
    expect((await callError(core, 'attendance.matrix', { bodyId: body.id, seriesId: series.id })).code).toBe('invalid_input');
    // A meeting still to come shows who is invited, not who is absent.
    const next = await call(core, 'events.create', { seriesId: series.id, when: when('2099-05-20') });
    await attend(core, next.id, [ana.id], null);
    const ahead = await call(core, 'attendance.matrix', { seriesId: series.id });
    expect(ahead.cells[ahead.countries.findIndex((c) => c.code === 'RO')]!.at(-1)).toBe('invited');
  });

  it('tells excused from no-show, and a meeting not held yet shows invited, never no-show', async () => {
    const { core, series, m1, ana, ivan, sam } = await setUp();
    const tr = await call(core, 'people.create', { fullName: 'Ayşe Yılmaz', countryCode: 'TR' });
    await attend(core, m1.id, [ana.id], 'excused');
    await attend(core, m1.id, [ivan.id], 'no_show');
    await attend(core, m1.id, [sam.id], null);
    await call(core, 'roster.add', { eventId: m1.id, personIds: [tr.id], invitation: 'declined' });
    const next = await call(core, 'events.create', { seriesId: series.id, when: when('2099-05-20'), status: 'confirmed' });
    await attend(core, next.id, [ana.id], 'excused');
    await attend(core, next.id, [ivan.id], 'no_show');
    await attend(core, next.id, [sam.id], null);
    const m = await call(core, 'attendance.matrix', { seriesId: series.id });
    const row = (code: string) => m.cells[m.countries.findIndex((c) => c.code === code)]!;
    // Columns: m1 (held), m2 (held, nobody on its roster), the meeting of 2099.
    expect(row('RO')).toEqual(['excused', 'not_invited', 'excused']);
    expect(row('BG')).toEqual(['absent', 'not_invited', 'invited']);
    expect(row('US')).toEqual(['absent', 'not_invited', 'invited']);
    expect(row('TR')).toEqual(['excused', 'not_invited', 'not_invited']);
    expect(m.countryTotals.every((n) => n === 0)).toBe(true);

    const file = await call(core, 'attendance.export', { seriesId: series.id, format: 'csv' });
    const csv = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(csv).toMatch(/Romania,Excused,Not invited,Excused/);
    expect(csv).toMatch(/Bulgaria,No-show,Not invited,Invited \(not held yet\)/);
  });

  it('exports the matrix to XLSX with totals', async () => {
    const { core, series, m1, ana } = await setUp();
    await attend(core, m1.id, [ana.id], 'attended');
    const file = await call(core, 'attendance.export', { seriesId: series.id, format: 'xlsx' });
    expect(file.fileName).toBe('meeting of the Task Force - attendance.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Country');
    const romania = sheet.getColumn(1).values.indexOf('Romania');
    expect(sheet.getRow(romania).getCell(2).value).toBe('Attended');
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe('Countries attending');
  });
});

describe('people: history and merge', () => {
  it('merges a duplicate keeping every participation, speaker slot and contact', async () => {
    const { core, m1, m2, ana } = await setUp();
    const twin = await call(core, 'people.create', { fullName: 'Ana IONESCU', emails: ['a.ionescu@example.org'], position: 'Chief Inspector', phones: ['+40 21 000 0000'] });
    await attend(core, m1.id, [ana.id], null);
    await attend(core, m1.id, [twin.id], 'attended');
    await attend(core, m2.id, [twin.id], 'excused');
    const merged = await call(core, 'people.merge', { keepId: ana.id, mergeId: twin.id });
    expect(merged).toMatchObject({
      fullName: 'Ana Ionescu', position: 'Chief Inspector', countryCode: 'RO',
      emails: ['ana@example.org', 'a.ionescu@example.org'], phones: ['+40 21 000 0000'],
    });
    expect((await callError(core, 'people.get', { id: twin.id })).code).toBe('not_found');
    const history = await call(core, 'people.history', { id: ana.id });
    expect(history.map((h) => `${h.title}:${h.attendance}`)).toEqual([
      '2nd meeting of the Task Force:excused',
      '1st meeting of the Task Force:attended',
    ]);
  });

  it('refuses to merge a person into themselves or into nobody, changing nothing', async () => {
    const { core, ana } = await setUp();
    const before = snapshot(core);
    expect((await callError(core, 'people.merge', { keepId: ana.id, mergeId: ana.id })).details?.issues?.[0]?.path).toBe('mergeId');
    expect((await callError(core, 'people.merge', { keepId: ana.id, mergeId: '0190d6a0-0000-7000-8000-000000000001' })).code).toBe('not_found');
    expect(snapshot(core)).toEqual(before);
  });
});
