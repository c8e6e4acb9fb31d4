import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { call, callError, openTestApp, snapshot } from './helpers';

// ATHENA 2 as the seed describes it: joint patrols and observations by seven beneficiaries, two years from October 2025.
const athena = (core: LiaisonCore) =>
  call(core, 'projects.create', {
    acronym: 'ATHENA 2',
    title: 'Addressing Threat assessment through an European Network of Law Enforcement Agencies',
    startsOn: '2025-10-01',
    endsOn: '2027-09-30',
    partners: ['BG', 'IT', 'LV', 'MT', 'RO', 'SI'].map((countryCode) => ({ countryCode, role: 'beneficiary' as const })),
  });
const indicator = (core: LiaisonCore, projectId: string, fields: Omit<CallInput<'indicators.create'>, 'projectId'>) => call(core, 'indicators.create', { projectId, ...fields });
const entry = (core: LiaisonCore, indicatorId: string, occurredOn: string, count: number) => call(core, 'entries.create', { indicatorId, occurredOn, count, countryCodes: ['RO', 'BG'] });
const progress = async (core: LiaisonCore, id: string, indicatorId: string, today: string) =>
  (await call(core, 'projects.dashboard', { id, today })).indicators.find((p) => p.indicator.id === indicatorId)!;

const Q4_2025 = { from: '2025-10-01', to: '2025-12-31' };

describe('reports issued to the donor', () => {
  it('records the issue with every indicator’s figures as sent, and locks entries dated in its period at the service', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', unit: 'patrols', target: 24 });
    await entry(core, patrols.id, '2025-11-14', 2);
    await entry(core, patrols.id, '2025-12-03', 1);

    const issued = await call(core, 'projects.issueReport', { id: project.id, today: '2026-01-08', ...Q4_2025, issuedBy: 'Ana Popescu' });
    expect(issued).toMatchObject({ projectId: project.id, issuedOn: '2026-01-08', from: '2025-10-01', to: '2025-12-31', issuedBy: 'Ana Popescu' });
    expect(issued.figures).toEqual([
      expect.objectContaining({ indicatorId: patrols.id, name: 'Joint patrols', actual: 3, target: 24, decreasing: false, status: 'on_track' }),
    ]);
    expect(issued.figures[0]!.periods).toEqual([{ key: '2025-Q4', start: '2025-10-01', end: '2026-01-01', target: 3, actual: 3, cumulativeActual: 3 }]);
    // The figures are the record's own, not read again from the entries.
    const stored = core.db.prepare('SELECT figures FROM report_issues WHERE id = ?').pluck().get(issued.id) as string;
    expect(JSON.parse(stored)).toEqual(issued.figures);
    expect((await call(core, 'projects.issues', { id: project.id })).issues.map((i) => i.id)).toEqual([issued.id]);

    const later = await entry(core, patrols.id, '2026-02-10', 1);
    const before = snapshot(core);
    const refused = await callError(core, 'entries.create', { indicatorId: patrols.id, occurredOn: '2025-12-20', count: 1 });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toBe('This day is in a period issued to the donor on 2026-01-08 (2025-10-01 to 2025-12-31). Reopen the period with a reason first.');
    expect(refused.details).toMatchObject({ issues: [{ path: 'occurredOn' }] });
    const [first] = (await call(core, 'entries.list', { indicatorId: patrols.id })).rows.filter((e) => e.occurredOn === '2025-11-14');
    expect((await callError(core, 'entries.delete', { id: first!.id })).message).toMatch(/issued to the donor/);
    // Moving an entry out of the locked period is a change to it too, and so is moving one in.
    expect((await callError(core, 'entries.update', { id: first!.id, indicatorId: patrols.id, occurredOn: '2026-02-01', count: 2 })).message).toMatch(/issued/);
    expect((await callError(core, 'entries.update', { id: later.id, indicatorId: patrols.id, occurredOn: '2025-12-31', count: 1 })).message).toMatch(/issued/);
    expect((await callError(core, 'entries.createMany', { rows: [{ indicatorId: patrols.id, occurredOn: '2025-10-01', count: 1 }] })).message).toMatch(/^Row 1: This day/);
    expect(snapshot(core)).toEqual(before);
    // A day outside the issued period is open as ever.
    await entry(core, patrols.id, '2026-01-02', 1);
  });

  it('reopens a period with a reason kept on the record, lists the change in the next report, and relocks when that one is issued', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', unit: 'patrols', target: 24 });
    await entry(core, patrols.id, '2025-11-14', 2);
    const issued = await call(core, 'projects.issueReport', { id: project.id, today: '2026-01-08', ...Q4_2025, issuedBy: 'Ana Popescu' });

    expect((await callError(core, 'projects.unlockPeriod', { issueId: issued.id, reason: '   ' })).message).toMatch(/Reason is required/);
    const unlock = await call(core, 'projects.unlockPeriod', { issueId: issued.id, today: '2026-02-02', reason: 'Malta reported a December patrol late', unlockedBy: 'Ana Popescu' });
    expect(unlock).toMatchObject({ issueId: issued.id, from: '2025-10-01', to: '2025-12-31', reason: 'Malta reported a December patrol late', unlockedOn: '2026-02-02', unlockedBy: 'Ana Popescu', open: true });
    expect((await callError(core, 'projects.unlockPeriod', { issueId: issued.id, reason: 'again' })).message).toMatch(/open already/);
    await entry(core, patrols.id, '2025-12-20', 1);

    const { html } = await call(core, 'projects.reportHtml', { id: project.id, today: '2026-04-05', from: '2026-01-01', to: '2026-03-31', locale: 'en-GB' });
    const section = /<section class="report-changes">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('<h2>Changes since the report of 8 Jan 2026</h2>');
    expect(section).toMatch(/<td>Joint patrols<\/td><td>2025-Q4<\/td><td>2<\/td><td>3<\/td>/);
    expect(section).toMatch(/<td>1 Oct 2025<\/td><td>31 Dec 2025<\/td><td>2 Feb 2026<\/td><td>Ana Popescu<\/td><td>Malta reported a December patrol late<\/td>/);
    const file = await call(core, 'projects.report', { id: project.id, today: '2026-04-05', from: '2026-01-01', to: '2026-03-31' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Changes')!;
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[0]).toEqual(['Changes since the report of 2026-01-08']);
    expect(values).toContainEqual(['Joint patrols', '2025-Q4', 2, 3]);
    expect(values.at(-1)!.slice(3)).toEqual(['Ana Popescu', 'Malta reported a December patrol late']);
    // The issued record still says what was sent.
    expect((await call(core, 'projects.issues', { id: project.id })).issues[0]!.figures[0]!.periods[0]!.actual).toBe(2);

    // The next report covering the quarter locks it again; the reason stays on the record.
    await call(core, 'projects.issueReport', { id: project.id, today: '2026-04-05', from: '2025-10-01', to: '2026-03-31' });
    expect((await callError(core, 'entries.create', { indicatorId: patrols.id, occurredOn: '2025-12-21', count: 1 })).message).toMatch(/issued to the donor on 2026-04-05/);
    const listed = await call(core, 'projects.issues', { id: project.id });
    expect(listed.issues).toHaveLength(2);
    expect(listed.unlocks).toEqual([expect.objectContaining({ reason: 'Malta reported a December patrol late', open: false })]);
    // Nothing changed since the latest: no section.
    expect((await call(core, 'projects.reportHtml', { id: project.id, today: '2026-07-05', from: '2026-04-01', to: '2026-06-30', locale: 'en-GB' })).html).not.toContain('report-changes');
  });
  it('refuses linking or unlinking a held event that counts, on a day of an issued period, until it is reopened', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    await indicator(core, project.id, { name: 'Thematic workshops', unit: 'workshops', target: 6, feedEventKind: 'workshop', feedMeasure: 'events' });
    const when = (start: string) => ({ allDay: true, start, end: start, timeZone: 'Europe/Bucharest' });
    const workshop = await call(core, 'events.create', { title: 'Workshop on cross-border surveillance', kind: 'workshop', when: when('2025-11-20'), status: 'held' });
    const meeting = await call(core, 'events.create', { title: 'Bilateral meeting RO–BG', kind: 'bilateral_meeting', when: when('2025-11-21'), status: 'held' });
    const issued = await call(core, 'projects.issueReport', { id: project.id, today: '2026-01-08', ...Q4_2025 });

    const refused = await callError(core, 'projects.linkEvents', { projectId: project.id, eventIds: [workshop.id], linked: true });
    expect(refused.message).toMatch(/issued to the donor on 2026-01-08/);
    expect(refused.details).toMatchObject({ issues: [{ path: 'eventIds.0' }] });
    // An event no indicator counts changes no figure.
    await call(core, 'projects.linkEvents', { projectId: project.id, eventIds: [meeting.id], linked: true });

    await call(core, 'projects.unlockPeriod', { issueId: issued.id, reason: 'The November workshop was left out of the report' });
    await call(core, 'projects.linkEvents', { projectId: project.id, eventIds: [workshop.id], linked: true });
    await call(core, 'projects.issueReport', { id: project.id, today: '2026-01-20', ...Q4_2025 });
    expect((await callError(core, 'projects.linkEvents', { projectId: project.id, eventIds: [workshop.id], linked: false })).message).toMatch(/2026-01-20/);
    // Linking again what is linked already changes nothing, and is not refused.
    await call(core, 'projects.linkEvents', { projectId: project.id, eventIds: [workshop.id], linked: true });
  });
});

describe('indicators that must go down', () => {
  it('counts progress from the baseline down: 40 to 20 standing at 30 halfway is 50 % and on track', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const incidents = await indicator(core, project.id, { name: 'Cross-border incidents', unit: 'incidents', baseline: 40, target: 20, decreasing: true });
    expect(incidents.decreasing).toBe(true);
    await entry(core, incidents.id, '2026-03-10', -10);
    // 2026-10-01 is day 366 of 730: half the way down is expected.
    let p = await progress(core, project.id, incidents.id, '2026-10-01');
    expect(p).toMatchObject({ actual: 30, target: 20, expected: 30, percent: 50, expectedPercent: 50, status: 'on_track' });
    expect(p.periods.at(-1)).toMatchObject({ cumulativePlanned: 20 });
    expect(p.periods[0]!.cumulativePlanned).toBeLessThan(40);
    // Higher than expected is behind; lower is ahead; at or under the target, done.
    await entry(core, incidents.id, '2026-04-10', 6);
    p = await progress(core, project.id, incidents.id, '2026-10-01');
    expect(p).toMatchObject({ actual: 36, percent: 20, status: 'behind' });
    await entry(core, incidents.id, '2026-05-10', -12);
    expect(await progress(core, project.id, incidents.id, '2026-10-01')).toMatchObject({ actual: 24, percent: 80, status: 'ahead' });
    await entry(core, incidents.id, '2026-06-10', -5);
    expect(await progress(core, project.id, incidents.id, '2026-10-01')).toMatchObject({ actual: 19, status: 'done' });
    // The donor report gives the same percentage and status.
    const { html } = await call(core, 'projects.reportHtml', { id: project.id, today: '2026-10-01', locale: 'en-GB' });
    expect(html).toMatch(/<td>Cross-border incidents<\/td><td>incidents<\/td><td>40<\/td><td>20<\/td>[\s\S]*?<td>105<\/td><td>Target reached<\/td>/);
  });

  it('leaves an increasing indicator as it was, and refuses a decreasing one without a baseline above its target', async () => {
    const core = await openTestApp();
    const project = await athena(core);
    const patrols = await indicator(core, project.id, { name: 'Joint patrols', unit: 'patrols', target: 24 });
    expect(patrols.decreasing).toBe(false);
    await entry(core, patrols.id, '2026-05-12', 11);
    expect(await progress(core, project.id, patrols.id, '2026-10-01')).toMatchObject({ actual: 11, expected: 12, percent: 45.83, status: 'on_track' });
    await entry(core, patrols.id, '2026-06-12', -6);
    expect(await progress(core, project.id, patrols.id, '2026-10-01')).toMatchObject({ actual: 5, percent: 20.83, status: 'behind' });

    const error = await callError(core, 'indicators.create', { projectId: project.id, name: 'Incidents', baseline: 10, target: 20, decreasing: true });
    expect(error.details).toMatchObject({ issues: [expect.objectContaining({ path: 'baseline', message: 'An indicator that must go down needs a baseline above its target' })] });
    const perPeriod = await callError(core, 'indicators.create', { projectId: project.id, name: 'Incidents', baseline: 40, target: 20, decreasing: true, cumulative: false });
    expect(perPeriod.details).toMatchObject({ issues: [expect.objectContaining({ path: 'cumulative' })] });
  });
});
