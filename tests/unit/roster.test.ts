import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contract, type RosterList } from '../../src-shared/contract';
import { csvField, exportFileName, neutraliseCell, sheetName, toCsv } from '../../src-main/core/files';
import { call, callError, callErrorRaw, openTestApp, snapshot } from './helpers';

type Core = Awaited<ReturnType<typeof openTestApp>>;

/** A task force meeting with people from Romania, Serbia and Türkiye. */
async function setUp(core: Core) {
  const org = (name: string, acronym: string, countryCode: string) =>
    call(core, 'organisations.create', { name, acronym, countryCode });
  const igpr = await org('General Inspectorate of Romanian Police', 'IGPR', 'RO');
  const diicot = await org('Directorate for Investigating Organized Crime and Terrorism', 'DIICOT', 'RO');
  const mup = await org('Ministry of Interior of the Republic of Serbia', 'MUP', 'RS');
  const person = (fullName: string, countryCode: string | null, organisationId: string | null, emails: string[] = []) =>
    call(core, 'people.create', { fullName, countryCode, organisationId, emails });
  const ana = await person('Ana Ionescu', 'RO', igpr.id, ['ana.ionescu@politiaromana.ro']);
  const bogdan = await person('Bogdan Popescu', 'RO', diicot.id);
  const cristina = await person('Cristina Marin', 'RO', igpr.id);
  const milos = await person('Милош Јовановић', 'RS', mup.id, ['milos@mup.gov.rs']);
  const jelena = await person('Jelena Šarić', 'RS', mup.id);
  const emre = await person('Emre Çelik', 'TR', null);
  const event = await call(core, 'events.create', {
    kind: 'task_force_meeting',
    title: 'Meeting of the SELEC Anti-Terrorism Task Force',
    when: { allDay: false, start: '2024-05-21T09:00', end: '2024-05-21T17:00', timeZone: 'Europe/Bucharest' },
  });
  return { event, orgs: { igpr, diicot, mup }, people: { ana, bogdan, cristina, milos, jelena, emre } };
}

const list = (core: Core, eventId: string) => call(core, 'roster.list', { eventId });
const rowOf = (roster: RosterList, personId: string) => roster.rows.find((r) => r.personId === personId)!;

describe('roster', () => {
  it('adds several people, each representing their own country and organisation, and skips those already on it', async () => {
    const core = await openTestApp();
    const { event, orgs, people } = await setUp(core);
    expect(await call(core, 'roster.add', { eventId: event.id, personIds: [people.ana.id, people.milos.id] })).toEqual({ added: 2, skipped: 0 });
    expect(
      await call(core, 'roster.add', { eventId: event.id, personIds: [people.ana.id, people.emre.id, people.emre.id], role: 'observer', invitation: 'confirmed' }),
    ).toEqual({ added: 1, skipped: 2 });
    const roster = await list(core, event.id);
    expect(contract['roster.list'].output.safeParse(roster).success).toBe(true);
    expect(rowOf(roster, people.ana.id)).toMatchObject({
      fullName: 'Ana Ionescu', role: 'delegate', invitation: 'invited', attendance: null, notes: '',
      representingCountryCode: 'RO', representingCountryName: 'Romania', representingOrgId: orgs.igpr.id,
      representingOrgName: 'General Inspectorate of Romanian Police', organisationAcronym: 'IGPR', personCountryCode: 'RO',
      emails: ['ana.ionescu@politiaromana.ro'],
    });
    expect(rowOf(roster, people.emre.id)).toMatchObject({ role: 'observer', invitation: 'confirmed', representingCountryCode: 'TR', representingOrgId: null });
    const got = await call(core, 'events.get', { id: event.id });
    expect(got.participantCount).toBe(3);
  });

  it('adds a delegation by country or by organisation', async () => {
    const core = await openTestApp();
    const { event, orgs, people } = await setUp(core);
    await call(core, 'roster.add', { eventId: event.id, personIds: [people.ana.id] });
    expect(await call(core, 'roster.addDelegation', { eventId: event.id, countryCode: 'ro', role: 'delegate' })).toEqual({ added: 2, skipped: 1 });
    expect(await call(core, 'roster.addDelegation', { eventId: event.id, organisationId: orgs.mup.id, invitation: 'confirmed' })).toEqual({ added: 2, skipped: 0 });
    expect(await call(core, 'roster.addDelegation', { eventId: event.id, countryCode: 'RS' })).toEqual({ added: 0, skipped: 2 });
    expect(await call(core, 'roster.addDelegation', { eventId: event.id, countryCode: 'AL' })).toEqual({ added: 0, skipped: 0 });
    const roster = await list(core, event.id);
    expect(roster.rows.map((r) => r.fullName).sort()).toEqual(
      ['Ana Ionescu', 'Bogdan Popescu', 'Cristina Marin', 'Jelena Šarić', 'Милош Јовановић'].sort(),
    );
    expect(rowOf(roster, people.jelena.id)).toMatchObject({ invitation: 'confirmed', representingCountryCode: 'RS', representingOrgId: orgs.mup.id });
    // Neither or both of country and organisation is refused.
    for (const input of [{ eventId: event.id }, { eventId: event.id, countryCode: 'RO', organisationId: orgs.mup.id }]) {
      const error = await callError(core, 'roster.addDelegation', input);
      expect(error.code).toBe('invalid_input');
      expect(error.details?.issues?.[0]?.path).toBe('countryCode');
    }
  });

  it('sorts by representing country, role and folded name, and counts by country, role, invitation and attendance', async () => {
    const core = await openTestApp();
    const { event, people } = await setUp(core);
    const { ana, bogdan, cristina, milos, jelena, emre } = people;
    await call(core, 'roster.add', { eventId: event.id, personIds: [ana.id, bogdan.id, cristina.id, milos.id, jelena.id, emre.id] });
    let roster = await list(core, event.id);
    const id = (personId: string) => rowOf(roster, personId).id;
    await call(core, 'roster.bulkUpdate', { ids: [id(cristina.id), id(milos.id)], role: 'head_of_delegation' });
    await call(core, 'roster.bulkUpdate', { ids: [id(emre.id)], role: 'chair', invitation: 'confirmed', attendance: 'attended' });
    await call(core, 'roster.bulkUpdate', { ids: [id(ana.id), id(cristina.id), id(jelena.id)], invitation: 'confirmed' });
    await call(core, 'roster.bulkUpdate', { ids: [id(ana.id), id(cristina.id)], attendance: 'attended' });
    await call(core, 'roster.bulkUpdate', { ids: [id(bogdan.id)], invitation: 'declined', attendance: 'excused' });
    await call(core, 'roster.bulkUpdate', { ids: [id(jelena.id)], attendance: 'no_show' });
    roster = await list(core, event.id);
    expect(roster.rows.map((r) => [r.representingCountryCode, r.role, r.fullName])).toEqual([
      ['RO', 'head_of_delegation', 'Cristina Marin'],
      ['RO', 'delegate', 'Ana Ionescu'],
      ['RO', 'delegate', 'Bogdan Popescu'],
      ['RS', 'head_of_delegation', 'Милош Јовановић'],
      ['RS', 'delegate', 'Jelena Šarić'],
      ['TR', 'chair', 'Emre Çelik'],
    ]);
    expect(roster.counts).toEqual({
      total: 6,
      byCountry: [
        { countryCode: 'RO', countryName: 'Romania', total: 3, confirmed: 2, attended: 2 },
        { countryCode: 'RS', countryName: 'Serbia', total: 2, confirmed: 1, attended: 0 },
        { countryCode: 'TR', countryName: roster.rows[5]!.representingCountryName, total: 1, confirmed: 1, attended: 1 },
      ],
      byRole: [
        { role: 'chair', total: 1 },
        { role: 'head_of_delegation', total: 2 },
        { role: 'delegate', total: 3 },
      ],
      byInvitation: { invited: 1, confirmed: 4, declined: 1 },
      byAttendance: { attended: 3, excused: 1, no_show: 1, unknown: 1 },
    });
    // Attendance can be cleared for a selection.
    expect(await call(core, 'roster.bulkUpdate', { ids: [id(ana.id), id(emre.id)], attendance: null })).toEqual({ updated: 2 });
    roster = await list(core, event.id);
    expect(roster.counts.byAttendance).toEqual({ attended: 1, excused: 1, no_show: 1, unknown: 3 });
    expect(rowOf(roster, emre.id)).toMatchObject({ role: 'chair', invitation: 'confirmed', attendance: null });
  });

  it('lists people representing no country last, counted under a null country', async () => {
    const core = await openTestApp();
    const { event, people } = await setUp(core);
    const stateless = await call(core, 'people.create', { fullName: 'Aaron Interpreter' });
    await call(core, 'roster.add', { eventId: event.id, personIds: [stateless.id, people.jelena.id], role: 'interpreter' });
    const roster = await list(core, event.id);
    expect(roster.rows.map((r) => [r.fullName, r.representingCountryCode])).toEqual([['Jelena Šarić', 'RS'], ['Aaron Interpreter', null]]);
    expect(roster.counts.byCountry).toEqual([
      { countryCode: 'RS', countryName: 'Serbia', total: 1, confirmed: 0, attended: 0 },
      { countryCode: null, countryName: null, total: 1, confirmed: 0, attended: 0 },
    ]);
    expect(roster.counts.byRole).toEqual([{ role: 'interpreter', total: 2 }]);
  });

  it('updates one participation and refuses a stale edit', async () => {
    const core = await openTestApp();
    const { event, orgs, people } = await setUp(core);
    await call(core, 'roster.add', { eventId: event.id, personIds: [people.emre.id] });
    const [row] = (await list(core, event.id)).rows;
    const updated = await call(core, 'roster.update', {
      id: row!.id, role: 'speaker', representingCountryCode: 'ro', representingOrgId: orgs.diicot.id,
      invitation: 'confirmed', attendance: 'attended', notes: '  Presented the TE-SAT findings  ', expectedUpdatedAt: row!.updatedAt,
    });
    expect(contract['roster.update'].output.safeParse(updated).success).toBe(true);
    expect(updated).toMatchObject({
      id: row!.id, role: 'speaker', representingCountryCode: 'RO', representingCountryName: 'Romania',
      representingOrgName: 'Directorate for Investigating Organized Crime and Terrorism', invitation: 'confirmed',
      attendance: 'attended', notes: 'Presented the TE-SAT findings', personCountryCode: 'TR',
    });
    const stale = await callError(core, 'roster.update', {
      id: row!.id, role: 'delegate', representingCountryCode: null, representingOrgId: null, invitation: 'declined',
      attendance: null, notes: '', expectedUpdatedAt: row!.updatedAt,
    });
    expect(stale.code).toBe('conflict');
    expect(stale.details?.currentUpdatedAt).toBe(updated.updatedAt);
    expect(rowOf(await list(core, event.id), people.emre.id).role).toBe('speaker');
    const missing = await callError(core, 'roster.update', {
      id: '0190d6a0-0000-7000-8000-0000000000aa', role: 'delegate', representingCountryCode: null, representingOrgId: null,
      invitation: 'invited', attendance: null, notes: '',
    });
    expect(missing.code).toBe('not_found');
  });

  it('removes a selection', async () => {
    const core = await openTestApp();
    const { event, people } = await setUp(core);
    await call(core, 'roster.addDelegation', { eventId: event.id, countryCode: 'RO' });
    const roster = await list(core, event.id);
    const ids = roster.rows.filter((r) => r.personId !== people.ana.id).map((r) => r.id);
    expect(await call(core, 'roster.remove', { ids })).toEqual({ removed: 2 });
    expect(await call(core, 'roster.remove', { ids })).toEqual({ removed: 0 });
    expect((await list(core, event.id)).rows.map((r) => r.fullName)).toEqual(['Ana Ionescu']);
  });

  it('refuses invalid input, naming the field, and changes nothing', async () => {
    const core = await openTestApp();
    const { event, people } = await setUp(core);
    await call(core, 'roster.add', { eventId: event.id, personIds: [people.ana.id] });
    const [row] = (await list(core, event.id)).rows;
    const before = snapshot(core);
    const unknownId = '0190d6a0-0000-7000-8000-0000000000aa';
    const valid = { id: row!.id, role: 'delegate', representingCountryCode: 'RO', representingOrgId: null, invitation: 'invited', attendance: null, notes: '' };
    for (const [name, input, path] of [
      ['roster.add', { eventId: event.id, personIds: [people.bogdan.id, people.milos.id, people.jelena.id, unknownId] }, 'personIds.3'],
      ['roster.add', { eventId: unknownId, personIds: [people.bogdan.id] }, 'eventId'],
      ['roster.add', { eventId: event.id, personIds: [] }, 'personIds'],
      ['roster.add', { eventId: event.id, personIds: ['not-an-id'] }, 'personIds.0'],
      ['roster.add', { eventId: event.id, personIds: Array.from({ length: 501 }, () => people.bogdan.id) }, 'personIds'],
      ['roster.add', { eventId: event.id, personIds: [people.bogdan.id], role: 'minister' }, 'role'],
      ['roster.addDelegation', { eventId: event.id, countryCode: 'ZZ' }, 'countryCode'],
      ['roster.addDelegation', { eventId: event.id, organisationId: unknownId }, 'organisationId'],
      ['roster.addDelegation', { eventId: unknownId, countryCode: 'RO' }, 'eventId'],
      ['roster.update', { ...valid, invitation: 'maybe' }, 'invitation'],
      ['roster.update', { ...valid, attendance: 'late' }, 'attendance'],
      ['roster.update', { ...valid, representingCountryCode: 'ZZ' }, 'representingCountryCode'],
      ['roster.update', { ...valid, representingOrgId: unknownId }, 'representingOrgId'],
      ['roster.bulkUpdate', { ids: [row!.id] }, ''],
      ['roster.bulkUpdate', { ids: [], invitation: 'confirmed' }, 'ids'],
      ['roster.bulkUpdate', { ids: [row!.id], attendance: 'present' }, 'attendance'],
      ['roster.remove', { ids: ['x'] }, 'ids.0'],
      ['roster.export', { eventId: event.id, format: 'pdf' }, 'format'],
    ] as const) {
      const error = await callErrorRaw(core, name, input);
      expect(error.code, `${name} ${path}`).toBe('invalid_input');
      expect(error.details?.issues?.[0]?.path, `${name} ${path}`).toBe(path);
    }
    expect((await callError(core, 'roster.list', { eventId: unknownId })).code).toBe('not_found');
    expect(snapshot(core)).toEqual(before);
  });

  it('loses participations with their person but keeps them when the organisation they represent is deleted', async () => {
    const core = await openTestApp();
    const { event, orgs, people } = await setUp(core);
    await call(core, 'roster.addDelegation', { eventId: event.id, countryCode: 'RO' });
    await call(core, 'people.delete', { id: people.bogdan.id });
    expect((await list(core, event.id)).rows.map((r) => r.fullName)).toEqual(['Ana Ionescu', 'Cristina Marin']);
    await call(core, 'organisations.delete', { id: orgs.igpr.id });
    const roster = await list(core, event.id);
    expect(roster.rows).toHaveLength(2);
    for (const row of roster.rows) expect(row).toMatchObject({ representingOrgId: null, representingOrgName: null, representingCountryCode: 'RO' });
    await call(core, 'events.delete', { id: event.id });
    expect(core.db.prepare('SELECT count(*) FROM participations').pluck().get()).toBe(0);
  });

  it('lists the demo rosters within their own schema', async () => {
    const core = await openTestApp();
    await call(core, 'system.loadDemo', {});
    const events = await call(core, 'events.range', { from: '2000-01-01T00:00:00.000Z', to: '2040-01-01T00:00:00.000Z' });
    let seen = 0;
    for (const e of events) {
      const roster = await list(core, e.id);
      expect(contract['roster.list'].output.safeParse(roster).success).toBe(true);
      expect(roster.counts.byCountry.reduce((n, c) => n + c.total, 0)).toBe(roster.counts.total);
      expect(Object.values(roster.counts.byAttendance).reduce((n, c) => n + c, 0)).toBe(roster.counts.total);
      seen += roster.rows.length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('roster export', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(neutraliseCell('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    for (const text of ['+40 21 123', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(text)).toBe(`'${text}`);
    for (const text of ['', 'Ana', ' =1', "'=1", 'a=b', 'Ministry of Interior']) expect(neutraliseCell(text)).toBe(text);
    expect(csvField('Ionescu, "Ana"')).toBe('"Ionescu, ""Ana"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(toCsv([['a', '=1'], ['b,c', '']])).toBe("\uFEFFa,'=1\r\n\"b,c\",\r\n");
    expect(sheetName('Meeting: Q1/Q2 [draft] of the SELEC Anti-Terrorism Task Force')).toBe('Meeting Q1 Q2 draft of the SELE');
    expect(sheetName('???')).toBe('Participants');
    expect(exportFileName('SEPCA: 12/2022?', 'participants')).toBe('SEPCA 12 2022 - participants');
  });

  async function exported(core: Core, format: 'csv' | 'xlsx') {
    const { event, people } = await setUp(core);
    const tricky = await call(core, 'people.create', { fullName: 'Ionescu, Ana "Ani"', countryCode: 'RO', position: '=HYPERLINK("http://evil","click")' });
    await call(core, 'roster.add', { eventId: event.id, personIds: [tricky.id, people.milos.id, people.emre.id] });
    const roster = await list(core, event.id);
    const milos = rowOf(roster, people.milos.id);
    await call(core, 'roster.update', {
      id: milos.id, representingCountryCode: milos.representingCountryCode, representingOrgId: milos.representingOrgId,
      notes: 'Line one\nline two', attendance: 'no_show', invitation: 'confirmed', role: 'head_of_delegation',
    });
    const file = await call(core, 'roster.export', { eventId: event.id, format });
    expect(contract['roster.export'].output.safeParse(file).success).toBe(true);
    return { file, bytes: Buffer.from(file.base64, 'base64') };
  }

  it('writes CSV as UTF-8 with a BOM, CRLF and RFC 4180 quoting', async () => {
    const core = await openTestApp();
    const { file, bytes } = await exported(core, 'csv');
    expect(file.fileName).toBe('Meeting of the SELEC Anti-Terrorism Task Force - participants.csv');
    expect(file.mimeType).toMatch(/^text\/csv/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toEqual([
      'Country,Name,Position,Organisation,Role,Invitation,Attendance,Email,Notes',
      'Romania,"Ionescu, Ana ""Ani""","\'=HYPERLINK(""http://evil"",""click"")",,Delegate,Invited,,,',
      'Serbia,Милош Јовановић,,Ministry of Interior of the Republic of Serbia,Head of delegation,Confirmed,No-show,milos@mup.gov.rs,"Line one\nline two"',
      expect.stringMatching(/^T.*,Emre Çelik,,,Delegate,Invited,,,$/),
      '',
    ]);
  });

  it('writes XLSX with a bold, frozen, filtered header and formula-like cells kept as text', async () => {
    const core = await openTestApp();
    const { file, bytes } = await exported(core, 'xlsx');
    expect(file.fileName).toBe('Meeting of the SELEC Anti-Terrorism Task Force - participants.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Meeting of the SELEC Anti-Terro');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Country', 'Name', 'Position', 'Organisation', 'Role', 'Invitation', 'Attendance', 'Email', 'Notes']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(values(2).slice(0, 5)).toEqual(['Romania', 'Ionescu, Ana "Ani"', '=HYPERLINK("http://evil","click")', '', 'Delegate']);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(values(3)).toEqual([
      'Serbia', 'Милош Јовановић', '', 'Ministry of Interior of the Republic of Serbia', 'Head of delegation', 'Confirmed', 'No-show', 'milos@mup.gov.rs', 'Line one\nline two',
    ]);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBeGreaterThan(10);
  });
});
