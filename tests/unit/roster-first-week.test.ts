import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contract, type CallInput, type EventStatus } from '../../src-shared/contract';
import { csvField, toCsv } from '../../src-main/core/files';
import { csvSeparatorFor } from '../../src-renderer/lib/csv';
import { addressList } from '../../src-renderer/lib/emails';
import { call, callError, callErrorRaw, openTestApp, snapshot } from './helpers';

type Core = Awaited<ReturnType<typeof openTestApp>>;

const when = (date: string) => ({ allDay: false, start: `${date}T09:00`, end: `${date}T17:00`, timeZone: 'Europe/Bucharest' });
const list = (core: Core, eventId: string) => call(core, 'roster.list', { eventId });

/** A task force of Romania, Bulgaria and Türkiye with two earlier meetings, a planned one, and one after it. */
async function taskForce() {
  const core = await openTestApp();
  const body = await call(core, 'bodies.create', {
    name: 'Task Force', members: [{ countryCode: 'RO' }, { countryCode: 'BG' }, { countryCode: 'TR' }, { countryCode: 'US', kind: 'observer' }],
  });
  const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the Task Force' });
  const meeting = (date: string, status: EventStatus = 'held') => call(core, 'events.create', { seriesId: series.id, when: when(date), status });
  const m1 = await meeting('2024-05-21');
  const m2 = await meeting('2025-05-20');
  const next = await meeting('2027-05-25', 'planned');
  const later = await meeting('2028-05-23', 'planned');
  const igpr = await call(core, 'organisations.create', { name: 'General Inspectorate of Romanian Police', acronym: 'IGPR', countryCode: 'RO' });
  const selec = await call(core, 'organisations.create', { name: 'Southeast European Law Enforcement Center', acronym: 'SELEC', kind: 'international_organisation' });
  const person = (fullName: string, countryCode: string, extra: Partial<CallInput<'people.create'>> = {}) =>
    call(core, 'people.create', { fullName, countryCode, ...extra });
  const ana = await person('Ana Ionescu', 'RO', { organisationId: igpr.id, emails: ['ana@igpr.ro'] });
  const bogdan = await person('Bogdan Popescu', 'RO', { organisationId: igpr.id });
  const cristina = await person('Cristina Marin', 'RO', { isSpoc: true, organisationId: igpr.id });
  const ivan = await person('Иван Петров', 'BG', { isSpoc: true });
  const maria = await person('Maria Georgieva', 'BG');
  const liaison = await person('Radu Stan', 'RO', { organisationId: selec.id, isSpoc: true });
  const interpreter = await person('Elena Dobre', 'RO', { position: 'Interpreter (EN–RO)' });
  const head = async (eventId: string, personId: string) => {
    await call(core, 'roster.add', { eventId, personIds: [personId], role: 'head_of_delegation' });
  };
  // Ana led Romania in 2024, Bogdan in 2025; Maria led Bulgaria only after the planned meeting.
  await head(m1.id, ana.id);
  await head(m2.id, bogdan.id);
  await head(later.id, maria.id);
  return { core, body, m1, m2, next, later, igpr, selec, people: { ana, bogdan, cristina, ivan, maria, liaison, interpreter } };
}

describe('inviting the members of a body', () => {
  it('previews, state by state, the latest earlier heads of delegation, else the contact points, and adds them in one step', async () => {
    const { core, body, next, people } = await taskForce();
    const input = { eventId: next.id, bodyId: body.id, pick: 'heads' } as const;
    const plan = await call(core, 'roster.inviteMembersPreview', input);
    expect(contract['roster.inviteMembersPreview'].output.safeParse(plan).success).toBe(true);
    expect(plan.bodyName).toBe('Task Force');
    // Member states only (not the observer), by name; Türkiye has nobody.
    expect(plan.states.map((s) => [s.countryCode, s.people.map((p) => [p.fullName, p.role, p.source])])).toEqual([
      ['BG', [['Иван Петров', 'delegate', 'spoc']]],
      ['RO', [['Bogdan Popescu', 'head_of_delegation', 'earlier_head']]],
      ['TR', []],
    ]);
    expect(plan.states[1]!.people[0]!.sourceEventTitle).toBe('2nd meeting of the Task Force');
    expect(plan.toAdd).toBe(2);
    expect(await list(core, next.id)).toMatchObject({ rows: [] });

    // Bogdan is on it already: he is skipped, not duplicated.
    await call(core, 'roster.add', { eventId: next.id, personIds: [people.bogdan.id] });
    expect(await call(core, 'roster.inviteMembersPreview', input)).toMatchObject({ toAdd: 1, onRoster: 1 });
    expect(await call(core, 'roster.inviteMembers', input)).toEqual({ added: 1, skipped: 1 });
    const roster = await list(core, next.id);
    expect(roster.rows.find((r) => r.personId === people.ivan.id)).toMatchObject({ role: 'delegate', invitation: 'invited', representingCountryCode: 'BG' });
    expect(await call(core, 'roster.inviteMembers', input)).toEqual({ added: 0, skipped: 2 });
  });

  it('picks the contact points when asked, leaving out staff of international organisations', async () => {
    const { core, body, next } = await taskForce();
    const plan = await call(core, 'roster.inviteMembersPreview', { eventId: next.id, bodyId: body.id, pick: 'spocs' });
    expect(plan.states.map((s) => [s.countryCode, s.people.map((p) => p.fullName)])).toEqual([
      ['BG', ['Иван Петров']],
      ['RO', ['Cristina Marin']],
      ['TR', []],
    ]);
    expect(await call(core, 'roster.inviteMembers', { eventId: next.id, bodyId: body.id, pick: 'spocs', invitation: 'confirmed' })).toEqual({ added: 2, skipped: 0 });
    const roster = await list(core, next.id);
    expect(roster.rows.map((r) => [r.fullName, r.representingCountryCode, r.invitation])).toEqual([
      ['Иван Петров', 'BG', 'confirmed'],
      ['Cristina Marin', 'RO', 'confirmed'],
    ]);
  });

  it('refuses an unknown body or event on the field and writes nothing', async () => {
    const { core, body, next } = await taskForce();
    const before = snapshot(core);
    const error = await callError(core, 'roster.inviteMembers', { eventId: next.id, bodyId: '01a2453c-f1b3-7037-9c22-890ae9c74eb2' });
    expect(error).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'bodyId' }] } });
    expect((await callError(core, 'roster.inviteMembersPreview', { eventId: body.id, bodyId: body.id })).details).toMatchObject({ issues: [{ path: 'eventId' }] });
    expect(snapshot(core)).toEqual(before);
  });
});

describe('adding a delegation', () => {
  it('leaves out interpreters and staff of international organisations, and says who they are', async () => {
    const { core, next, people, selec } = await taskForce();
    const candidates = await call(core, 'roster.delegationCandidates', { eventId: next.id, countryCode: 'RO' });
    expect(candidates.map((c) => [c.fullName, c.leftOut])).toEqual([
      ['Ana Ionescu', null],
      ['Bogdan Popescu', null],
      ['Cristina Marin', null],
      ['Elena Dobre', 'interpreter'],
      ['Radu Stan', 'international_organisation'],
    ]);
    expect(await call(core, 'roster.addDelegation', { eventId: next.id, countryCode: 'RO' })).toEqual({ added: 3, skipped: 0 });
    expect((await list(core, next.id)).rows.map((r) => r.fullName).sort()).toEqual(['Ana Ionescu', 'Bogdan Popescu', 'Cristina Marin']);
    // An international organisation's own delegation is its staff.
    const ofSelec = await call(core, 'roster.delegationCandidates', { eventId: next.id, organisationId: selec.id });
    expect(ofSelec).toEqual([expect.objectContaining({ personId: people.liaison.id, leftOut: null, onRoster: false })]);
  });
});

describe('the add-people search', () => {
  it('matches an organisation by name or acronym and a country by name or code when asked', async () => {
    const { core } = await taskForce();
    const names = async (search: string, matchOrganisationAndCountry = true) =>
      (await call(core, 'people.list', { search, sort: 'relevance', matchOrganisationAndCountry })).rows.map((p) => p.fullName);
    expect(await names('igpr')).toEqual(['Ana Ionescu', 'Bogdan Popescu', 'Cristina Marin']);
    expect(await names('romanian police')).toEqual(['Ana Ionescu', 'Bogdan Popescu', 'Cristina Marin']);
    expect(await names('bulgaria')).toEqual(['Maria Georgieva', 'Иван Петров']);
    expect(await names('BG')).toEqual(['Maria Georgieva', 'Иван Петров']);
    // Names found by themselves come first.
    expect((await names('ana'))[0]).toBe('Ana Ionescu');
    expect(await names('inspectorate', false)).toEqual([]);
    expect(await names('inspectorate')).toEqual(['Ana Ionescu', 'Bogdan Popescu', 'Cristina Marin']);
  });
});

describe('exports for the user’s Excel', () => {
  it('separates CSV fields by a semicolon when asked, quoting fields that hold one', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(toCsv([['Name', 'Note'], ['Ionescu, Ana', 'x;y']], ';')).toBe('\uFEFFName;Note\r\nIonescu, Ana;"x;y"\r\n');
    expect(toCsv([['a', 'b']])).toBe('\uFEFFa,b\r\n');
  });

  it('picks the list separator Excel uses in the user’s locale, from its decimal mark', () => {
    for (const locale of ['ro-RO', 'de-DE', 'fr-FR', 'bg-BG', 'tr-TR']) expect(csvSeparatorFor([locale])).toBe(';');
    for (const locale of ['en-GB', 'en-US', 'ja-JP']) expect(csvSeparatorFor([locale])).toBe(',');
  });

  it('writes the emails of a selection as Outlook’s To: line, setting apart who has none', () => {
    const list = addressList([
      { fullName: 'Ana Ionescu', emails: ['ana@igpr.ro', 'ana@gmail.com'] },
      { fullName: 'Ionescu, Ana', emails: ['a.i@igpr.ro'] },
      { fullName: 'Emre Çelik', emails: [] },
    ]);
    expect(list.text).toBe('Ana Ionescu <ana@igpr.ro>; "Ionescu, Ana" <a.i@igpr.ro>');
    expect(list.without.map((p) => p.fullName)).toEqual(['Emre Çelik']);
  });

  it('exports the roster with the separator given', async () => {
    const { core, m2 } = await taskForce();
    const file = await call(core, 'roster.export', { eventId: m2.id, format: 'csv', separator: ';' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('Country;Name;Position;Organisation;Role;Invitation;Attendance;Email;Notes');
    const parsed = Papa.parse<string[]>(text.trim(), { delimiter: ';' });
    expect(parsed.data[1]).toEqual(['Romania', 'Bogdan Popescu', '', 'General Inspectorate of Romanian Police', 'Head of delegation', 'Invited', '', '', '']);
    expect((await callErrorRaw(core, 'roster.export', { eventId: m2.id, format: 'csv', separator: '|' })).details).toMatchObject({ issues: [{ path: 'separator' }] });
  });

  it('exports the roster in the language asked for: headers, roles, statuses and countries', async () => {
    const { core, m2 } = await taskForce();
    const rowsIn = async (language: 'sr-Cyrl' | 'ro') => {
      const file = await call(core, 'roster.export', { eventId: m2.id, format: 'csv', separator: ';', language });
      return Papa.parse<string[]>(Buffer.from(file.base64, 'base64').toString('utf8').slice(1).trim(), { delimiter: ';' }).data;
    };
    const serbian = await rowsIn('sr-Cyrl');
    expect(serbian[0]).toEqual(['Земља', 'Име и презиме', 'Радно место', 'Организација', 'Улога', 'Позив', 'Присуство', 'Е-пошта', 'Белешке']);
    expect(serbian[1]).toEqual(['Румунија', 'Bogdan Popescu', '', 'General Inspectorate of Romanian Police', 'Шеф делегације', 'Позван', '', '', '']);
    const romanian = await rowsIn('ro');
    expect(romanian[1]!.slice(0, 1).concat(romanian[1]!.slice(4, 6))).toEqual(['România', 'Șef de delegație', 'Invitat']);
  });

  it('exports the actions list, filtered, as CSV and XLSX with formula-like cells neutralised', async () => {
    const { core, m2, next, people } = await taskForce();
    await call(core, 'actions.create', { eventId: m2.id, title: '=HYPERLINK("http://evil","x")', ownerId: people.ana.id, dueOn: '2025-06-30' });
    await call(core, 'actions.create', { eventId: next.id, title: 'Send the list of SPOCs; by email', ownerId: people.ivan.id, dueOn: '2027-06-01', notes: 'two\nlines' });
    await call(core, 'actions.create', { eventId: next.id, title: 'Book the room', status: 'done' });
    const csv = await call(core, 'actions.export', { show: 'open', today: '2026-12-05', timeZone: 'Europe/Bucharest', format: 'csv', separator: ';' });
    expect(contract['actions.export'].output.safeParse(csv).success).toBe(true);
    expect(csv.fileName).toBe('Actions - 2026-12-05.csv');
    const rows = Papa.parse<string[]>(Buffer.from(csv.base64, 'base64').toString('utf8').slice(1).trim(), { delimiter: ';' }).data;
    expect(rows).toEqual([
      ['Due', 'Status', 'Overdue', 'What', 'Owner', 'Country', 'Organisation', 'Event', 'Event date', 'Body', 'Agenda item', 'Notes'],
      ['2025-06-30', 'Open', 'Yes', '\'=HYPERLINK("http://evil","x")', 'Ana Ionescu', 'RO', 'IGPR', '2nd meeting of the Task Force', '2025-05-20', 'Task Force', '', ''],
      ['2027-06-01', 'Open', '', 'Send the list of SPOCs; by email', 'Иван Петров', 'BG', '', '3rd meeting of the Task Force', '2027-05-25', 'Task Force', '', 'two\nlines'],
    ]);
    const xlsx = await call(core, 'actions.export', { show: 'all', countryCode: 'BG', today: '2026-12-05', format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Actions');
    expect(sheet.rowCount).toBe(2);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['2027-06-01', 'Open', '', 'Send the list of SPOCs; by email']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });
});
