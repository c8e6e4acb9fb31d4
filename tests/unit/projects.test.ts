import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CallInput, LiaisonEvent } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { periodsOf } from '../../src-main/core/projects/progress';
import { call, callError, openTestApp, snapshot } from './helpers';

const athena = (core: LiaisonCore, extra: Partial<CallInput<'projects.create'>> = {}) =>
  call(core, 'projects.create', {
    acronym: 'ATHENA 2',
    title: 'Addressing Threat assessment through an European Network of Law Enforcement Agencies',
    startsOn: '2025-10-01',
    endsOn: '2027-09-30',
    partners: ['BG', 'IT', 'LV', 'MT', 'RO', 'SI'].map((countryCode) => ({ countryCode, role: 'beneficiary' })),
    ...extra,
  });

const indicator = (core: LiaisonCore, projectId: string, fields: Omit<CallInput<'indicators.create'>, 'projectId'>) => call(core, 'indicators.create', { projectId, ...fields });
const entry = (core: LiaisonCore, indicatorId: string, occurredOn: string, count: number, countryCodes: string[] = [], extra: Partial<CallInput<'entries.create'>> = {}) =>
  call(core, 'entries.create', { indicatorId, occurredOn, count, countryCodes, ...extra });
const dashboard = (core: LiaisonCore, id: string, today: string) => call(core, 'projects.dashboard', { id, today });
const progress = async (core: LiaisonCore, projectId: string, indicatorId: string, today: string) =>
  (await dashboard(core, projectId, today)).indicators.find((p) => p.indicator.id === indicatorId)!;

describe('project progress', () => {
  it('cuts reporting periods at the project’s first and last day', () => {
    expect(periodsOf('quarter', '2025-10-15', '2026-04-10').map((p) => [p.key, p.start, p.end, Math.round(p.coverage * 100)])).toEqual([
      ['2025-Q4', '2025-10-15', '2026-01-01', 85],
      ['2026-Q1', '2026-01-01', '2026-04-01', 100],
      ['2026-Q2', '2026-04-01', '2026-04-11', 11],
    ]);
    expect(periodsOf('project_year', '2025-03-01', '2027-02-28').map((p) => [p.key, p.start, p.end])).toEqual([
      ['Y1', '2025-03-01', '2026-03-01'],
      ['Y2', '2026-03-01', '2027-03-01'],
    ]);
    expect(periodsOf('month', '2026-01-31', '2026-03-01').map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodsOf('year', '2018-01-01', '2020-12-31').map((p) => p.key)).toEqual(['2018', '2019', '2020']);
  });

  it('measures a cumulative indicator against the time gone by: behind, on track, ahead, done', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const operations = await indicator(core, project.id, { name: 'Joint operations', unit: 'operations', target: 24, period: 'quarter' });

    // 2026-10-01 is day 366 of 730: half the project gone, so 12 operations are expected (a count: in whole units).
    let p = await progress(core, project.id, operations.id, '2026-10-01');
    expect(p).toMatchObject({ actual: 0, target: 24, expected: 12, status: 'behind', percent: 0, expectedPercent: 50 });
    // Quarters of 90 to 92 days ask 2.96 to 3.02 operations each: planned as whole ones, still 24 in all.
    expect(p.periods.map((x) => x.target)).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
    expect(p.currentPeriod).toMatchObject({ key: '2026-Q4', start: '2026-10-01', end: '2027-01-01' });
    // A burn-up chart: the planned line climbs evenly to the target at the end.
    expect(p.periods.map((x) => x.key)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3']);
    expect(p.periods.at(-1)).toMatchObject({ cumulativePlanned: 24, cumulativeActual: 0 });

    await entry(core, operations.id, '2026-05-12', 7, ['RO', 'BG', 'LV']);
    await entry(core, operations.id, '2026-09-29', 4, ['IT', 'MT']);
    p = await progress(core, project.id, operations.id, '2026-10-01');
    expect(p).toMatchObject({ actual: 11, fromEntries: 11, status: 'on_track' });
    expect(p.periods.find((x) => x.key === '2026-Q2')).toMatchObject({ actual: 7, cumulativeActual: 7 });
    expect(p.periods.find((x) => x.key === '2026-Q3')).toMatchObject({ actual: 4, cumulativeActual: 11 });

    await entry(core, operations.id, '2026-09-30', 5);
    expect((await progress(core, project.id, operations.id, '2026-10-01')).status).toBe('ahead');
    await entry(core, operations.id, '2026-09-30', 8);
    expect((await progress(core, project.id, operations.id, '2026-10-01'))).toMatchObject({ actual: 24, percent: 100, status: 'done' });
    // Before the project starts nothing is expected yet.
    expect((await progress(core, project.id, (await indicator(core, project.id, { name: 'Later', target: 5 })).id, '2025-06-01')).status).toBe('not_started');
  });

  it('adds the baseline to a cumulative indicator and gives a per-period one its target in every period, pro rata when partial', async () => {
    const core = await openTestApp();
    const project = await call(core, 'projects.create', { acronym: 'DANUBE', title: 'Danube TOC', startsOn: '2018-01-01', endsOn: '2020-12-31' });
    const conferences = await indicator(core, project.id, { name: 'Conferences', unit: 'conferences', target: 1, cumulative: false, period: 'year' });
    await entry(core, conferences.id, '2018-10-10', 1);
    // 2019 is half gone on 1 July: 1 for 2018 plus half of 2019's one, shown as a whole conference.
    let p = await progress(core, project.id, conferences.id, '2019-07-01');
    expect(p).toMatchObject({ target: 3, actual: 1, expected: 1, status: 'on_track' });
    expect(p.periods.map((x) => [x.key, x.target, x.actual])).toEqual([['2018', 1, 1], ['2019', 1, 0], ['2020', 1, 0]]);
    // Missing 2019 altogether shows by the end of 2019.
    p = await progress(core, project.id, conferences.id, '2019-12-31');
    expect(p).toMatchObject({ expected: 2, status: 'behind' });

    const partial = await call(core, 'projects.create', { acronym: 'IMOBEX', title: 'Mobile banditry', startsOn: '2025-10-15', endsOn: '2026-06-30' });
    const workshops = await indicator(core, partial.id, { name: 'Workshops', target: 3, cumulative: false, period: 'quarter', targetsByPeriod: [{ periodKey: '2026-Q2', target: 5 }] });
    const w = await progress(core, partial.id, workshops.id, '2026-01-01');
    // 78 of 92 days of Q4 2025: 3 × 78/92 = 2.54, planned as 3 whole workshops; Q2 2026 has a target of its own.
    expect(w.periods.map((x) => [x.key, x.target])).toEqual([['2025-Q4', 3], ['2026-Q1', 3], ['2026-Q2', 5]]);
    expect(w.target).toBe(11);
    // Not a count (a target of 2.5): the exact shares stay.
    const share = await indicator(core, partial.id, { name: 'Share of seized goods', target: 2.5, cumulative: false, period: 'quarter' });
    expect((await progress(core, partial.id, share.id, '2026-01-01')).periods.map((x) => x.target)).toEqual([2.12, 2.5, 2.5]);

    const officers = await indicator(core, partial.id, { name: 'Officers trained', target: 300, baseline: 40 });
    await entry(core, officers.id, '2025-11-01', 60);
    expect(await progress(core, partial.id, officers.id, '2025-11-02')).toMatchObject({ actual: 100, fromEntries: 60 });
  });

  it('counts held events of the calendar and follows them when they change', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const workshops = await indicator(core, project.id, { name: 'Thematic workshops', unit: 'workshops', target: 6, feedEventKind: 'workshop', feedMeasure: 'events' });
    const attendees = await indicator(core, project.id, { name: 'Officers involved', unit: 'officers', target: 300, feedMeasure: 'attendees' });
    const when = { allDay: false, start: '2026-03-10T09:00', end: '2026-03-10T17:00', timeZone: 'Europe/Riga' };
    const ws = await call(core, 'events.create', { title: 'Workshop on joint patrols', kind: 'workshop', when, venueCountryCode: 'LV' });
    await call(core, 'projects.linkEvents', { projectId: project.id, eventIds: [ws.id], linked: true });
    const today = '2026-11-22';
    expect((await progress(core, project.id, workshops.id, today)).actual).toBe(0);

    const held = (e: LiaisonEvent, changes: Partial<CallInput<'events.update'>>) =>
      call(core, 'events.update', { id: e.id, kind: e.kind, title: e.title, when: e.when, venueCountryCode: e.venueCountryCode, status: 'held', ...changes });
    let event = await held(ws, {});
    let p = await progress(core, project.id, workshops.id, today);
    expect(p).toMatchObject({ actual: 1, fromEvents: 1, fromEntries: 0 });
    expect(p.feedEvents).toEqual([{ eventId: ws.id, title: 'Workshop on joint patrols', startsAt: event.startsAt, day: '2026-03-10', count: 1 }]);
    expect(p.periods.find((x) => x.key === '2026-Q1')!.actual).toBe(1);

    // Moved to July: it counts in Q3. Another kind: it no longer counts. Back to a workshop, then cancelled: nothing.
    event = await held(event, { when: { ...when, start: '2026-07-07T09:00', end: '2026-07-07T17:00' } });
    p = await progress(core, project.id, workshops.id, today);
    expect([p.periods.find((x) => x.key === '2026-Q1')!.actual, p.periods.find((x) => x.key === '2026-Q3')!.actual]).toEqual([0, 1]);
    event = await held(event, { kind: 'conference' });
    expect((await progress(core, project.id, workshops.id, today)).actual).toBe(0);
    event = await held(event, { kind: 'workshop', status: 'cancelled' });
    expect((await progress(core, project.id, workshops.id, today)).actual).toBe(0);
    event = await held(event, { kind: 'workshop' });

    // Attendees: the officers who attended, by the country they represented.
    const people = [];
    for (const [fullName, countryCode] of [['Ana Ozola', 'LV'], ['Ion Popa', 'RO'], ['Eva Kalnina', 'LV']] as const) {
      people.push((await call(core, 'people.create', { fullName, countryCode })).id);
    }
    await call(core, 'roster.add', { eventId: ws.id, personIds: people, invitation: 'confirmed' });
    const roster = await call(core, 'roster.list', { eventId: ws.id });
    await call(core, 'roster.bulkUpdate', { ids: roster.rows.filter((r) => r.fullName !== 'Eva Kalnina').map((r) => r.id), attendance: 'attended' });
    expect((await progress(core, project.id, attendees.id, today))).toMatchObject({ actual: 2, fromEvents: 2 });
    const pivot = await call(core, 'projects.pivot', { indicatorId: attendees.id });
    expect(pivot.rows.map((r) => [r.countryCode, r.total])).toEqual([['LV', 1], ['RO', 1]]);

    // Unlinked from the project, the event counts no more.
    await call(core, 'projects.linkEvents', { projectId: project.id, eventIds: [ws.id], linked: false });
    expect((await progress(core, project.id, workshops.id, today)).actual).toBe(0);
  });

  it('pivots an indicator by country and period, with country targets, counting each entry once in the totals', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, {
      name: 'Joint patrols',
      target: 24,
      period: 'quarter',
      targetsByCountry: [{ countryCode: 'RO', target: 6 }, { countryCode: 'MT', target: 2 }],
    });
    await entry(core, patrols.id, '2026-04-28', 2, ['RO', 'BG']);
    await entry(core, patrols.id, '2026-07-15', 3, ['SI', 'IT']);
    await entry(core, patrols.id, '2026-08-20', 1);
    const pivot = await call(core, 'projects.pivot', { indicatorId: patrols.id });
    const q = (key: string) => pivot.periods.findIndex((p) => p.key === key);
    expect(pivot.rows.map((r) => [r.countryName, r.cells[q('2026-Q2')], r.cells[q('2026-Q3')], r.total, r.target])).toEqual([
      ['Bulgaria', 2, 0, 2, null],
      ['Italy', 0, 3, 3, null],
      ['Malta', 0, 0, 0, 2],
      ['Romania', 2, 0, 2, 6],
      ['Slovenia', 0, 3, 3, null],
      [null, 0, 1, 1, null],
    ]);
    expect(pivot.totals.total).toBe(6);
    expect([pivot.totals.cells[q('2026-Q2')], pivot.totals.cells[q('2026-Q3')]]).toEqual([2, 4]);
    expect(pivot.totals.targets.reduce((a, b) => a + b, 0)).toBeCloseTo(24, 1);
  });

  it('shows the portfolio worst first and the dashboard’s summary', async () => {
    const core = await openTestApp();
    const behind = await athena(core);
    const fine = await call(core, 'projects.create', { acronym: 'CALM', title: 'On track', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    await indicator(core, behind.id, { name: 'Joint investigations', target: 12 });
    const ok = await indicator(core, fine.id, { name: 'Meetings', target: 12 });
    await entry(core, ok.id, '2026-06-01', 11);
    const portfolio = await call(core, 'projects.portfolio', { today: '2026-11-22' });
    expect(portfolio.map((p) => [p.acronym, p.behindCount, p.indicators[0]!.status])).toEqual([
      ['ATHENA 2', 1, 'behind'],
      ['CALM', 0, 'on_track'],
    ]);
    expect(portfolio[0]!.elapsedPercent).toBeCloseTo(57.3, 1);
    const board = await dashboard(core, behind.id, '2026-11-22');
    expect(board.project).toEqual(portfolio[0]);
  });

  it('writes a donor report whose numbers are the sums of the entries', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', unit: 'patrols', target: 24 });
    const observations = await indicator(core, project.id, { name: '=HYPERLINK("http://x")', unit: 'observations', target: 24 });
    const counts = [[patrols.id, '2026-04-28', 2, ['RO', 'BG']], [patrols.id, '2026-07-15', 3, ['SI']], [observations.id, '2026-06-23', 2, ['SI', 'IT']], [patrols.id, '2026-08-20', 2.5, []]] as const;
    for (const [id, day, count, countries] of counts) await entry(core, id, day, count, [...countries], { note: '@SUM(A1)' });
    const file = await call(core, 'projects.report', { id: project.id, today: '2026-11-22' });
    expect(file.fileName).toBe('ATHENA 2 - donor report 2026-11-22.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const rows = (name: string) => (book.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const summary = rows('Indicators');
    const entries = rows('Entries').slice(1);
    const column = (name: string) => summary[0]!.indexOf(name);
    for (const row of summary.slice(1)) {
      const sum = entries.filter((e) => e[1] === row[0]).reduce((a, e) => a + (e[2] as number), 0);
      expect(row[column('Actual in the period')]).toBe(sum);
      expect(row[column('From entries')]).toBe(sum);
      expect(row[column('Cumulative actual')]).toBe(sum);
    }
    // XLSX cells are text Excel never evaluates: kept as typed, with no apostrophe (that is for CSV).
    expect(summary.map((r) => r[0])).toEqual(['Indicator', 'Joint patrols', '=HYPERLINK("http://x")']);
    expect(entries.every((e) => e[7] === '@SUM(A1)')).toBe(true);
    const byPeriod = rows('By period').slice(1).filter((r) => r[0] === 'Joint patrols');
    expect(byPeriod.reduce((a, r) => a + (r[5] as number), 0)).toBe(7.5);
    const byCountry = rows('By country').slice(1).filter((r) => r[0] === 'Joint patrols');
    expect(byCountry.map((r) => [r[1], r[3]])).toEqual([['Bulgaria', 2], ['Romania', 2], ['Slovenia', 3], ['No country given', 2.5]]);

    const { html } = await call(core, 'projects.reportHtml', { id: project.id, today: '2026-11-22' });
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;)');
    expect(html).not.toContain('<script');
    // Over loopback the browser prints: the desktop-only call says so and writes nothing.
    const pdf = await callError(core, 'projects.reportPdf', { id: project.id });
    expect(pdf.message).toMatch(/Save as PDF/);
  });

  it('enters a whole period at once, all or nothing, and puts a deleted entry back', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', target: 24 });
    const before = snapshot(core);
    const refused = await callError(core, 'entries.createMany', {
      rows: [
        { indicatorId: patrols.id, occurredOn: '2026-09-30', count: 2, countryCodes: ['RO'] },
        { indicatorId: patrols.id, occurredOn: '2026-09-30', count: 1, countryCodes: ['QQ'] },
      ],
    });
    expect(refused.message).toBe('Row 2: Unknown country code QQ');
    expect(refused.details?.issues).toEqual([{ path: 'rows.1.countryCodes.0', message: 'Unknown country code QQ' }]);
    expect(snapshot(core)).toEqual(before);

    expect(await call(core, 'entries.createMany', { rows: ['RO', 'BG', 'SI'].map((c, i) => ({ indicatorId: patrols.id, occurredOn: '2026-09-30', count: i + 1, countryCodes: [c] })) })).toEqual({ created: 3 });
    const list = await call(core, 'entries.list', { projectId: project.id });
    expect(list.total).toBe(3);
    const removed = await call(core, 'entries.delete', { id: list.rows[0]!.id });
    const { id: _id, updatedAt: _u, indicatorName: _n, eventTitle: _e, activityTitle: _a, ...back } = removed;
    await call(core, 'entries.create', back);
    expect((await progress(core, project.id, patrols.id, '2026-11-22')).actual).toBe(6);

    const edited = await call(core, 'entries.update', { ...back, id: (await call(core, 'entries.list', { indicatorId: patrols.id })).rows[0]!.id, count: 4, indicatorId: patrols.id });
    const stale = await callError(core, 'entries.update', { ...back, id: edited.id, indicatorId: patrols.id, expectedUpdatedAt: '2020-01-01T00:00:00.000Z' });
    expect(stale.code).toBe('conflict');
    const zero = await callError(core, 'entries.create', { indicatorId: patrols.id, occurredOn: '2026-09-30', count: 0 });
    expect(zero.details?.issues?.[0]?.path).toBe('count');
  });
});

describe('indicators fed by the officers on entries', () => {
  it('counts the officers recorded on the project’s other entries, live through edits and deletions', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', unit: 'patrols', target: 24 });
    const operations = await indicator(core, project.id, { name: 'Joint operations', unit: 'operations', target: 24 });
    const officers = await indicator(core, project.id, { name: 'Officers involved', unit: 'officers', target: 300, feedOfficers: 'project' });
    expect(officers).toMatchObject({ feedOfficers: 'project', feedOfficersIndicatorId: null });
    const today = '2026-11-22';

    const patrol = await entry(core, patrols.id, '2026-04-28', 2, ['RO', 'BG'], { officers: 14 });
    await entry(core, operations.id, '2026-07-15', 1, ['SI'], { officers: 9 });
    await entry(core, operations.id, '2026-08-01', 1, []);
    // Its own entries count by their count, not twice through their officers.
    await entry(core, officers.id, '2026-09-01', 5, ['IT'], { officers: 5 });
    let p = await progress(core, project.id, officers.id, today);
    expect(p).toMatchObject({ actual: 28, fromOfficers: 23, fromEntries: 5, fromEvents: 0 });
    expect(p.periods.find((x) => x.key === '2026-Q2')!.actual).toBe(14);
    expect(p.periods.find((x) => x.key === '2026-Q3')!.actual).toBe(14);

    const { id: _id, updatedAt: _u, indicatorName: _n, eventTitle: _e, activityTitle: _a, ...fields } = patrol;
    await call(core, 'entries.update', { ...fields, id: patrol.id, officers: 20 });
    expect((await progress(core, project.id, officers.id, today)).fromOfficers).toBe(29);
    await call(core, 'entries.delete', { id: patrol.id });
    expect((await progress(core, project.id, officers.id, today)).fromOfficers).toBe(9);

    // The portfolio reads the same total.
    const [summary] = await call(core, 'projects.portfolio', { today });
    expect(summary!.indicators.find((i) => i.id === officers.id)!.actual).toBe(14);
  });

  it('counts one indicator’s officers when told which, and refuses a source outside the project or itself', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const other = await call(core, 'projects.create', { acronym: 'IMOBEX', title: 'Mobile banditry', startsOn: '2025-10-01', endsOn: '2027-09-30' });
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', target: 24 });
    const operations = await indicator(core, project.id, { name: 'Joint operations', target: 24 });
    const elsewhere = await indicator(core, other.id, { name: 'Elsewhere', target: 1 });
    const fields = { name: 'Officers on patrols', target: 300, feedOfficers: 'indicator' } as const;

    const missing = await callError(core, 'indicators.create', { projectId: project.id, ...fields });
    expect(missing.details?.issues).toEqual([{ path: 'feedOfficersIndicatorId', message: 'Choose the indicator whose entries’ officers count' }]);
    const foreign = await callError(core, 'indicators.create', { projectId: project.id, ...fields, feedOfficersIndicatorId: elsewhere.id });
    expect(foreign.details?.issues?.[0]?.path).toBe('feedOfficersIndicatorId');

    const onPatrols = await indicator(core, project.id, { ...fields, feedOfficersIndicatorId: patrols.id });
    const itself = await callError(core, 'indicators.update', { id: onPatrols.id, ...fields, feedOfficersIndicatorId: onPatrols.id });
    expect(itself.details?.issues?.[0]?.path).toBe('feedOfficersIndicatorId');

    await entry(core, patrols.id, '2026-04-28', 2, ['RO', 'BG'], { officers: 14 });
    await entry(core, patrols.id, '2026-05-02', 1, ['RO'], { officers: 6 });
    await entry(core, operations.id, '2026-07-15', 1, ['SI'], { officers: 9 });
    expect(await progress(core, project.id, onPatrols.id, '2026-11-22')).toMatchObject({ actual: 20, fromOfficers: 20 });

    // By country: an entry naming two countries counts its officers in both rows, once in the totals.
    const pivot = await call(core, 'projects.pivot', { indicatorId: onPatrols.id });
    expect(pivot.rows.map((r) => [r.countryCode, r.total])).toEqual([['BG', 14], ['RO', 20]]);
    expect(pivot.totals.total).toBe(20);

    // The donor report states what the officers added.
    const file = await call(core, 'projects.report', { id: project.id, today: '2026-11-22' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = (book.getWorksheet('Indicators')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const row = sheet.find((r) => r[0] === 'Officers on patrols')!;
    expect(row[sheet[0]!.indexOf('From officers on entries')]).toBe(20);
    expect(row[sheet[0]!.indexOf('Actual in the period')]).toBe(20);

    // Its source deleted, the indicator stops counting officers instead of pointing at nothing.
    await call(core, 'indicators.delete', { id: patrols.id });
    const after = await progress(core, project.id, onPatrols.id, '2026-11-22');
    expect(after.indicator).toMatchObject({ feedOfficers: null, feedOfficersIndicatorId: null });
    expect(after.actual).toBe(0);
  });
});

describe('the donor report’s period', () => {
  const sheetOf = async (base64: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    return book;
  };

  it('counts only what happened within the period, gives the period’s target, and writes real dates', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', unit: 'patrols', target: 24, period: 'quarter' });
    await indicator(core, project.id, { name: 'Thematic workshops', unit: 'workshops', target: 6, feedEventKind: 'workshop', feedMeasure: 'events' });
    await entry(core, patrols.id, '2026-06-30', 4, ['RO']);
    await entry(core, patrols.id, '2026-07-01', 2, ['BG']);
    await entry(core, patrols.id, '2026-09-30', 1, ['RO']);
    await entry(core, patrols.id, '2026-10-01', 8, ['IT']);
    const when = (start: string) => ({ allDay: true, start, end: start, timeZone: 'Europe/Bucharest' });
    for (const [title, day] of [['Workshop in June', '2026-06-10'], ['Workshop in August', '2026-08-12']] as const) {
      const event = await call(core, 'events.create', { title, kind: 'workshop', when: when(day), status: 'held' });
      await call(core, 'projects.linkEvents', { projectId: project.id, eventIds: [event.id], linked: true });
    }

    const file = await call(core, 'projects.report', { id: project.id, today: '2026-11-22', from: '2026-07-01', to: '2026-09-30' });
    expect(file.fileName).toBe('ATHENA 2 - donor report 2026-07-01 to 2026-09-30.xlsx');
    const book = await sheetOf(file.base64);
    const rows = (name: string) => (book.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const summary = rows('Indicators');
    const cell = (name: string, column: string) => summary.find((r) => r[0] === name)![summary[0]!.indexOf(column)];
    expect(cell('Joint patrols', 'Actual in the period')).toBe(3);
    expect(cell('Joint patrols', 'Cumulative actual')).toBe(7);
    // A quarter of a 24-patrol, eight-quarter project: 3, a whole number.
    expect(cell('Joint patrols', 'Target for the period')).toBe(3);
    expect(cell('Joint patrols', 'Target')).toBe(24);
    expect(cell('Thematic workshops', 'Actual in the period')).toBe(1);
    expect(cell('Thematic workshops', 'From the calendar')).toBe(1);
    expect(cell('Thematic workshops', 'Target for the period')).toBe(1);

    expect(rows('Entries').slice(1).map((r) => [(r[0] as Date).toISOString().slice(0, 10), r[1], r[2]])).toEqual([
      ['2026-07-01', 'Joint patrols', 2],
      ['2026-09-30', 'Joint patrols', 1],
      ['2026-08-12', 'Thematic workshops', 1],
    ]);
    expect(rows('By period').slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['Joint patrols', '2026-Q3', 3],
      ['Thematic workshops', '2026-Q3', 1],
    ]);
    expect(rows('By country').slice(1).filter((r) => r[0] === 'Joint patrols').map((r) => [r[1], r[3]])).toEqual([['Bulgaria', 2], ['Romania', 1]]);

    // Dates are date cells with a date format, not text: Excel shows them the reader's way.
    const date = book.getWorksheet('Entries')!.getCell('A2');
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect(date.value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(date.numFmt).toBe('mm-dd-yy');
    const about = book.getWorksheet('Project')!;
    const fact = (label: string) => about.getColumn(1).values.indexOf(label);
    expect(about.getCell(fact('Reporting period'), 2).value).toBe('Q3 2026');
    expect(about.getCell(fact('Period from'), 2).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(about.getCell(fact('Period to'), 2).type).toBe(ExcelJS.ValueType.Date);
    expect(about.getCell(fact('Starts'), 2).value).toEqual(new Date(Date.UTC(2025, 9, 1)));

    const { html } = await call(core, 'projects.reportHtml', { id: project.id, today: '2026-11-22', from: '2026-07-01', to: '2026-09-30', locale: 'en-GB' });
    expect(html).toContain('Donor report, Q3 2026: 1 Jul 2026 – 30 Sept 2026');
    expect(html).not.toContain('Workshop in June');
    expect(html).toContain('Workshop in August');

    // A project year, and a from–to cutting quarters: targets pro rata, still whole for counts.
    const year = await call(core, 'projects.reportHtml', { id: project.id, from: '2025-10-01', to: '2026-09-30' });
    expect(year.html).toContain('Donor report, Project year 1');
    const cut = await sheetOf((await call(core, 'projects.report', { id: project.id, from: '2026-08-15', to: '2026-11-14' })).base64);
    const cutSummary = (cut.getWorksheet('Indicators')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const target = cutSummary.find((r) => r[0] === 'Joint patrols')![cutSummary[0]!.indexOf('Target for the period')];
    expect(target).toBe(3);
    expect(Number.isInteger(target)).toBe(true);
  });

  it('judges a period still running on today, not on where it should be by its end', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', target: 24, period: 'quarter' });
    await entry(core, patrols.id, '2026-09-01', 11);
    await entry(core, patrols.id, '2026-10-02', 1);
    const book = await sheetOf((await call(core, 'projects.report', { id: project.id, today: '2026-10-05', from: '2026-10-01', to: '2026-12-31' })).base64);
    const summary = (book.getWorksheet('Indicators')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const row = summary.find((r) => r[0] === 'Joint patrols')!;
    // Four days into Q4 about 12 are expected: 12 done is on track, not behind the 15 due by the end of December.
    expect(row[summary[0]!.indexOf('Expected today')]).toBe(12);
    expect(row[summary[0]!.indexOf('Status')]).toBe('On track');
    expect(row[summary[0]!.indexOf('Target for the period')]).toBe(3);
    expect(row[summary[0]!.indexOf('Actual in the period')]).toBe(1);
    const about = book.getWorksheet('Project')!;
    expect(about.getCell(about.getColumn(1).values.indexOf('Reporting period'), 2).value).toBe('Q4 2026');
    const since = await sheetOf((await call(core, 'projects.report', { id: project.id, today: '2026-10-05' })).base64);
    const sinceAbout = since.getWorksheet('Project')!;
    expect(sinceAbout.getCell(sinceAbout.getColumn(1).values.indexOf('Reporting period'), 2).value).toBe('Since the start of the project');
  });

  it('refuses a period that ends before it starts, on the field', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const refused = await callError(core, 'projects.report', { id: project.id, from: '2026-10-01', to: '2026-09-30' });
    expect(refused.code).toBe('invalid_input');
    expect(refused.details?.issues).toEqual([{ path: 'to', message: 'The period ends before it starts' }]);
  });

  it('keeps whole period targets adding up to the target (largest remainder)', async () => {
    const { wholeShares } = await import('../../src-main/core/projects/progress');
    expect(wholeShares([3.02, 2.96, 2.99, 3.02, 3.02, 2.96, 2.99, 3.02])).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
    const shares = wholeShares([1.26, 1.23, 1.25, 1.26, 1.26, 1.23, 1.25, 1.26]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10);
    expect(shares).toEqual([2, 1, 1, 2, 1, 1, 1, 1]);
  });
});

