import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { LiaisonCore } from '../../src-main/core/app';
import type { DocumentLanguage, LiaisonEvent } from '../../src-shared/contract';
import { fillNominationForm } from '../nomination-form-fill';
import { call, callError, openTestApp, pythonWith, tempDir } from './helpers';
import { readEml } from './read-eml';

const PY_XLSX = pythonWith('openpyxl');
const PY = pythonWith('email');

/** The demo with its 12th ATTF meeting (25 May 2027): eleven member states and one operational partner. */
async function demo(): Promise<{ core: LiaisonCore; event: LiaisonEvent }> {
  const core = await openTestApp();
  await call(core, 'system.loadDemo', {});
  const events = await call(core, 'events.range', { from: '2027-05-24T00:00:00.000Z', to: '2027-05-27T00:00:00.000Z' });
  const summary = events.find((e) => e.title === '12th meeting of the SELEC Anti-Terrorism Task Force')!;
  return { core, event: await call(core, 'events.get', { id: summary.id }) };
}

/** The packs' nomination forms by delegation tag ("RO"), as the ZIP holds them. */
async function forms(core: LiaisonCore, eventId: string, keys: string[], deadline = '2027-05-04'): Promise<Map<string, Buffer>> {
  const [zip] = (await call(core, 'invitations.build', { eventId, format: 'zip', deadline, locale: 'en-GB', delegations: keys.map((key) => ({ key })) })).files;
  const archive = await JSZip.loadAsync(Buffer.from(zip!.base64, 'base64'));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(archive.files)) {
    const m = /nomination-form-(.+)\.xlsx$/.exec(name);
    if (m) out.set(m[1]!, Buffer.from(await archive.file(name)!.async('uint8array')));
  }
  return out;
}

type Person = Partial<Record<'name' | 'position' | 'organisation' | 'email' | 'phone' | 'role' | 'arrival' | 'departure' | 'visaLetter', string>>;


const fill = (form: Buffer, people: Person[]) => fillNominationForm(form, people);

const file = (fileName: string, bytes: Buffer) => ({ fileName, base64: bytes.toString('base64') });

const BULGARIA: Person[] = [
  // The directory writes him in Cyrillic: "Стефан Петров" of the same ministry.
  { name: 'Stefan Petrov', organisation: 'Ministry of Interior of the Republic of Bulgaria', role: 'Head of delegation', arrival: '2027-05-24' },
  { name: 'Maria Georgieva', email: 'MARIA.GEORGIEVA@example.org', organisation: 'Ministry of Interior of the Republic of Bulgaria', role: 'Delegate' },
  { name: 'Dimitar Nikolov', position: 'Inspector', email: 'dimitar.nikolov@example.org', organisation: 'Bulgarian Border Police', role: 'Delegate', visaLetter: 'No' },
];

const dump = (core: LiaisonCore) =>
  Object.fromEntries(
    ['people', 'organisations', 'participations', 'nominations', 'delegation_answers', 'substitutions'].map((t) => [t, core.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]),
  );

describe('nominations: filled forms back in', () => {
  it('matches people by email and by name and organisation across scripts, creates the others, and puts them on the roster as nominated', async () => {
    const { core, event } = await demo();
    const packs = await forms(core, event.id, ['country:BG', 'country:RO']);
    const bg = await fill(packs.get('BG')!, BULGARIA);
    const input = { eventId: event.id, files: [file('nomination-form-BG.xlsx', bg)] };
    const preview = await call(core, 'nominations.preview', input);
    expect(preview.files).toEqual([{ file: 0, fileName: 'nomination-form-BG.xlsx', delegationKey: 'country:BG', delegationName: expect.any(String), deadline: '2027-05-04', refused: false }]);
    const byName = new Map(preview.rows.map((r) => [r.fullName, r]));
    expect(byName.get('Stefan Petrov')!.match).toMatchObject({ fullName: 'Стефан Петров', by: 'name+organisation' });
    expect(byName.get('Maria Georgieva')!.match).toMatchObject({ fullName: 'Мария Георгиева', by: 'email' });
    expect(byName.get('Dimitar Nikolov')!.match).toBeNull();
    expect(preview.rows.map((r) => r.row)).toEqual([11, 12, 13]);
    expect(preview.counts.error + preview.counts.review).toBe(0);
    expect(preview.counts.created).toBe(1);

    const result = await call(core, 'nominations.commit', input);
    expect(result.created).toBe(1);
    const roster = await call(core, 'roster.list', { eventId: event.id });
    const petrov = roster.rows.find((r) => r.fullName === 'Стефан Петров')!;
    expect(petrov).toMatchObject({ role: 'head_of_delegation', representingCountryCode: 'BG' });
    const nikolov = roster.rows.find((r) => r.fullName === 'Dimitar Nikolov')!;
    expect(nikolov).toMatchObject({ role: 'delegate', representingCountryCode: 'BG', personCountryCode: 'BG', organisationName: 'Bulgarian Border Police' });
    const answers = await call(core, 'nominations.answers', { eventId: event.id });
    expect(answers.delegations.find((d) => d.key === 'country:BG')).toMatchObject({ status: 'nominated', nominees: 3, deadline: '2027-05-04', overdue: false });
    expect(answers.delegations.find((d) => d.key === 'country:RO')).toMatchObject({ status: 'invited', nominees: 0 });
    expect(answers.delegations.find((d) => d.key === 'country:AL')).toMatchObject({ status: null, deadline: null });

    // The same form again changes nothing, not even a timestamp.
    const before = dump(core);
    const again = await call(core, 'nominations.commit', input);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3, created: 0, substituted: 0 });
    expect(dump(core)).toEqual(before);
  });

  it('creates an organisation two forms name but the directory lacks once', async () => {
    const { core, event } = await demo();
    const packs = await forms(core, event.id, ['country:BG', 'country:RO']);
    const centre = 'Regional Counter-Terrorism Centre';
    const input = {
      eventId: event.id,
      files: [
        file('BG.xlsx', await fill(packs.get('BG')!, [{ name: 'Dimitar Nikolov', email: 'dimitar.nikolov@example.org', organisation: centre, role: 'Delegate' }])),
        file('RO.xlsx', await fill(packs.get('RO')!, [{ name: 'Ion Popa', email: 'ion.popa@example.org', organisation: centre, role: 'Delegate' }])),
      ],
    };
    const preview = await call(core, 'nominations.preview', input);
    expect(preview.problems.filter((p) => p.row !== null).map((p) => p.message)).toEqual([`${centre} is not in the directory and will be created`, `${centre} is not in the directory and will be created`]);
    await call(core, 'nominations.commit', input);
    expect(core.db.prepare('SELECT count(*) FROM organisations WHERE name = ?').pluck().get(centre)).toBe(1);
    const roster = await call(core, 'roster.list', { eventId: event.id });
    expect(roster.rows.filter((r) => r.organisationName === centre).map((r) => r.fullName).sort()).toEqual(['Dimitar Nikolov', 'Ion Popa']);
  });

  it.skipIf(!PY_XLSX)('reads a form filled in openpyxl with its Email column moved', async () => {
    const { core, event } = await demo();
    const path = join(tempDir(), 'ro.xlsx');
    writeFileSync(path, (await forms(core, event.id, ['country:RO'])).get('RO')!);
    const script = `
import openpyxl, sys, datetime
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Nomination']
rows = [['Elena Vasilescu', 'Border Police Commissioner', 'Romanian Border Police', 'elena.vasilescu@example.org', '', 'Head of delegation', datetime.datetime(2027, 5, 24), None, 'No'],
        ['Ion Popa', 'Inspector', 'IGPR', 'ion.popa@example.org', '', 'Delegate', '24.05.2027', None, 'Yes']]
for i, row in enumerate(rows):
    for j, value in enumerate(row):
        ws.cell(11 + i, j + 1, value)
ws.move_range('D9:D60', cols=7)
ws.delete_cols(4)
wb.save(sys.argv[1])
`;
    execFileSync(PY_XLSX!, ['-c', script, path]);
    const input = { eventId: event.id, files: [file('RO.xlsx', readFileSync(path))] };
    const preview = await call(core, 'nominations.preview', input);
    expect(preview.rows.map((r) => [r.fullName, r.email, r.role, r.match?.by ?? null])).toEqual([
      ['Elena Vasilescu', 'elena.vasilescu@example.org', 'head_of_delegation', 'email'],
      ['Ion Popa', 'ion.popa@example.org', 'delegate', null],
    ]);
    await call(core, 'nominations.commit', input);
    const roster = await call(core, 'roster.list', { eventId: event.id });
    // "IGPR" is the Romanian Police's acronym: the new person joins it rather than a new organisation.
    expect(roster.rows.find((r) => r.fullName === 'Ion Popa')).toMatchObject({ organisationName: 'Romanian Police', representingCountryCode: 'RO', role: 'delegate' });
  });

  it('flags a person nominated by two countries, refuses a form for another event, warns of a late form and lists the rows’ problems', async () => {
    const { core, event } = await demo();
    const packs = await forms(core, event.id, ['country:BG', 'country:RO'], '2026-01-10');
    const events = await call(core, 'events.range', { from: '2024-05-20T00:00:00.000Z', to: '2024-05-22T00:00:00.000Z' });
    const ninth = events.find((e) => e.title.startsWith('9th meeting'))!;
    const other = await forms(core, ninth.id, ['country:BG']);
    const bg = await fill(packs.get('BG')!, [
      { name: 'Dimitar Nikolov', email: 'dimitar.nikolov@example.org', role: 'Delegate' },
      { name: '', email: 'someone@example.org', role: 'Delegate' },
      { name: 'Petar Petrov', email: 'not-an-address', role: 'Boss' },
    ]);
    const ro = await fill(packs.get('RO')!, [{ name: 'Dimitar Nikolov', email: 'dimitar.nikolov@example.org', role: 'Observer' }]);
    const input = { eventId: event.id, files: [file('BG.xlsx', bg), file('RO.xlsx', ro), file('ninth.xlsx', await fill(other.get('BG')!, [{ name: 'X Y' }]))] };
    const preview = await call(core, 'nominations.preview', input);
    const messages = preview.problems.map((p) => `${p.fileName}${p.row ? ` ${p.row}` : ''} ${p.severity}: ${p.message}`);
    expect(messages).toContain('BG.xlsx warning: Received after the deadline of 2026-01-10');
    expect(messages).toContain('BG.xlsx 12 error: The name is missing');
    expect(messages).toContain('BG.xlsx 13 error: Not a valid email address: not-an-address');
    expect(messages.some((m) => m.startsWith('BG.xlsx 13 error: Unknown role: Boss'))).toBe(true);
    expect(messages.some((m) => /^BG\.xlsx 11 error: Also nominated by .+ \(RO\.xlsx, row 11\)/.test(m))).toBe(true);
    expect(messages.some((m) => /^RO\.xlsx 11 error: Also nominated by .+ \(BG\.xlsx, row 11\)/.test(m))).toBe(true);
    expect(messages).toContain('ninth.xlsx error: This form is for another event: 9th meeting of the SELEC Anti-Terrorism Task Force');
    expect(preview.files[2]).toMatchObject({ refused: true, delegationKey: null });

    // Nothing goes in while a problem is left, not even the rows without one.
    const before = dump(core);
    const error = await callError(core, 'nominations.commit', input);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Nothing was imported/);
    expect(dump(core)).toEqual(before);
  });

  it('writes all or nothing: a row refused in the middle of the write leaves the store as it was', async () => {
    const { core, event } = await demo();
    // Ten addresses already: merging an eleventh is refused while the write is under way.
    const emails = Array.from({ length: 10 }, (_, i) => `ivo.ivanov.${i}@example.org`);
    await call(core, 'people.create', { fullName: 'Ivo Ivanov', countryCode: 'BG', emails });
    // Bulgaria's form goes in first, whole; Romania's second row is refused as it is written.
    const packs = await forms(core, event.id, ['country:BG', 'country:RO']);
    const input = {
      eventId: event.id,
      files: [
        file('BG.xlsx', await fill(packs.get('BG')!, BULGARIA)),
        file('RO.xlsx', await fill(packs.get('RO')!, [{ name: 'Elena Vasilescu', email: 'elena.vasilescu@example.org', role: 'Head of delegation' }, { name: 'Ivo Ivanov', email: 'ivo@example.org', role: 'Delegate' }])),
      ],
    };
    expect((await call(core, 'nominations.preview', input)).counts.error).toBe(0);
    const before = dump(core);
    const error = await callError(core, 'nominations.commit', input);
    expect(error.message).toMatch(/more than 10 emails/);
    expect(dump(core)).toEqual(before);
  });

  it('puts a row several directory people could be in review, and takes the coordinator’s pick or a new person', async () => {
    const { core, event } = await demo();
    // Two namesakes in Bulgaria, of two agencies: the form names neither agency.
    const a = await call(core, 'people.create', { fullName: 'Ivan Dimitrov', countryCode: 'BG', emails: ['ivan.dimitrov@example.org'] });
    const b = await call(core, 'people.create', { fullName: 'Иван Димитров', countryCode: 'BG', emails: ['i.dimitrov@example.org'] });
    const packs = await forms(core, event.id, ['country:BG']);
    const input = { eventId: event.id, files: [file('BG.xlsx', await fill(packs.get('BG')!, [{ name: 'Ivan Dimitrov', role: 'Delegate' }]))] };
    const preview = await call(core, 'nominations.preview', input);
    expect(preview.rows[0]).toMatchObject({ action: 'review', match: null });
    expect(preview.rows[0]!.candidates.map((c) => c.personId).sort()).toEqual([a.id, b.id].sort());
    expect((await callError(core, 'nominations.commit', input)).message).toMatch(/several people in the directory could be Ivan Dimitrov/);

    const fresh = await call(core, 'nominations.preview', { ...input, choices: [{ file: 0, row: 11, use: 'new' }] });
    expect(fresh.rows[0]).toMatchObject({ action: 'add', match: null, candidates: [] });
    expect(fresh.counts.created).toBe(1);
    const chosen = await call(core, 'nominations.preview', { ...input, choices: [{ file: 0, row: 11, use: b.id }] });
    expect(chosen.rows[0]).toMatchObject({ action: 'add', match: { personId: b.id, by: 'chosen' } });
    await call(core, 'nominations.commit', { ...input, choices: [{ file: 0, row: 11, use: b.id }] });
    const roster = await call(core, 'roster.list', { eventId: event.id });
    expect(roster.rows.filter((r) => r.fullName === 'Иван Димитров' || r.fullName === 'Ivan Dimitrov').map((r) => r.personId)).toEqual([b.id]);
  });

  it('records a substitution when a form comes back with someone else in the same role, and when the coordinator replaces a participant', async () => {
    const { core, event } = await demo();
    const packs = await forms(core, event.id, ['country:BG']);
    const first = await fill(packs.get('BG')!, BULGARIA);
    await call(core, 'nominations.commit', { eventId: event.id, files: [file('BG.xlsx', first)] });
    // Sent again: Nikolov is replaced by Todorova as a delegate.
    const second = await fill(packs.get('BG')!, [BULGARIA[0]!, BULGARIA[1]!, { name: 'Teodora Todorova', email: 'teodora.todorova@example.org', role: 'Delegate' }]);
    const input = { eventId: event.id, files: [file('BG (2).xlsx', second)] };
    const preview = await call(core, 'nominations.preview', input);
    expect(preview.rows[2]).toMatchObject({ action: 'substitute', replaces: { fullName: 'Dimitar Nikolov' } });
    expect((await call(core, 'nominations.commit', input)).substituted).toBe(1);
    let roster = await call(core, 'roster.list', { eventId: event.id });
    expect(roster.rows.some((r) => r.fullName === 'Dimitar Nikolov')).toBe(false);
    const todorova = roster.rows.find((r) => r.fullName === 'Teodora Todorova')!;
    expect(todorova).toMatchObject({ role: 'delegate', representingCountryCode: 'BG' });

    const ivanov = roster.rows.find((r) => r.fullName === 'Стефан Петров')!;
    const replacement = await call(core, 'people.create', { fullName: 'Georgi Angelov', countryCode: 'BG' });
    const manual = await call(core, 'nominations.replace', { participationId: ivanov.id, personId: replacement.id });
    expect(manual).toMatchObject({ replacedName: 'Стефан Петров', replacementName: 'Georgi Angelov', role: 'head_of_delegation', source: 'manual' });
    roster = await call(core, 'roster.list', { eventId: event.id });
    expect(roster.rows.find((r) => r.fullName === 'Georgi Angelov')).toMatchObject({ role: 'head_of_delegation', representingCountryCode: 'BG' });
    const history = (await call(core, 'nominations.answers', { eventId: event.id })).substitutions;
    expect(history.map((s) => [s.replacedName, s.replacementName, s.source])).toEqual([
      ['Dimitar Nikolov', 'Teodora Todorova', 'form'],
      ['Стефан Петров', 'Georgi Angelov', 'manual'],
    ]);
    expect((await callError(core, 'nominations.replace', { participationId: todorova.id, personId: replacement.id })).message).toMatch(/already on the roster/);
  });
});

/** A draft written to a file, then read by Python's email package. */
function readDraft(base64: string) {
  const path = join(tempDir(), 'reminder.eml');
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return readEml(PY!, path);
}

describe('nominations: delegations’ answers and reminders', () => {
  it('moves a delegation from invited to nominated by itself and to acknowledged, confirmed or declined by hand; past the deadline it is overdue', async () => {
    const { core, event } = await demo();
    const packs = await forms(core, event.id, ['country:RO', 'country:BG', 'country:AL'], '2026-01-10');
    // A form sent back empty nominates no one: Romania is still waited for.
    await call(core, 'nominations.commit', { eventId: event.id, files: [file('RO.xlsx', packs.get('RO')!)] });
    await call(core, 'nominations.setAnswer', { eventId: event.id, delegationKey: 'country:BG', status: 'acknowledged' });
    await call(core, 'nominations.setAnswer', { eventId: event.id, delegationKey: 'country:AL', status: 'declined' });
    const answers = await call(core, 'nominations.answers', { eventId: event.id });
    const of = (key: string) => answers.delegations.find((d) => d.key === key)!;
    expect(of('country:RO')).toMatchObject({ status: 'invited', overdue: true });
    expect(of('country:BG')).toMatchObject({ status: 'acknowledged', overdue: true });
    expect(of('country:AL')).toMatchObject({ status: 'declined', overdue: false });
    expect(of('country:GR')).toMatchObject({ status: null, overdue: false });
    // A pack issued again keeps the answer already given.
    await forms(core, event.id, ['country:AL'], '2026-02-01');
    expect((await call(core, 'nominations.answers', { eventId: event.id })).delegations.find((d) => d.key === 'country:AL')).toMatchObject({ status: 'declined', deadline: '2026-02-01' });
  });

  it.skipIf(!PY)('writes reminder drafts to the contact points with the form attached again, read by Python’s email package', async () => {
    const { core, event } = await demo();
    await forms(core, event.id, ['country:RO'], '2026-01-10');
    const { files, noAddress } = await call(core, 'nominations.reminders', { eventId: event.id, delegations: ['country:RO'] });
    expect(noAddress).toEqual([]);
    const read = readDraft(files[0]!.base64);
    expect(read).toMatchObject({ to: 'Elena Vasilescu <elena.vasilescu@example.org>', subject: 'Reminder: nominations for the 12th meeting of the SELEC Anti-Terrorism Task Force', unsent: '1', defects: 0 });
    expect(read.body).toContain('which we asked for by Saturday, 10 January 2026');
    expect(read.attachments.map((a) => [a.name, a.type])).toEqual([['nomination-form-RO.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']]);
    // The form attached again imports like the first one.
    const filled = await fill(Buffer.from(read.attachments[0]!.b64, 'base64'), [{ name: 'Elena Vasilescu', email: 'elena.vasilescu@example.org', role: 'Head of delegation' }]);
    const preview = await call(core, 'nominations.preview', { eventId: event.id, files: [file('RO.xlsx', filled)] });
    expect(preview.files[0]).toMatchObject({ delegationKey: 'country:RO', refused: false });
  });

  it.skipIf(!PY)('writes a reminder in the language of the pack the delegation was sent', async () => {
    const { core, event } = await demo();
    const build = (key: string, language: DocumentLanguage) =>
      call(core, 'invitations.build', { eventId: event.id, format: 'zip', deadline: '2026-01-10', locale: 'en-GB', delegations: [{ key, language }] });
    await build('country:RO', 'ro');
    await build('country:BG', 'sr-Cyrl');
    const { files } = await call(core, 'nominations.reminders', { eventId: event.id, delegations: ['country:RO', 'country:BG'] });
    const [romanian, serbian] = files.map((f) => readDraft(f.base64));
    expect(romanian!.subject).toMatch(/^Memento: nominalizări – /);
    expect(romanian!.body).toContain('Nu am primit încă nominalizările delegației dumneavoastră');
    expect(romanian!.body).toContain('Termenul pentru nominalizări: sâmbătă, 10 ianuarie 2026');
    expect(romanian!.body).toContain('Delegația: România');
    expect(serbian!.subject).toMatch(/^Подсетник: номинације – /);
    expect(serbian!.body).toContain('Делегација: Бугарска');
    expect(serbian!.body).toMatch(/Рок за номинације: субота, 10\. јануар 2026/);
    // A pack sent again in another language: the next reminder follows it.
    await build('country:RO', 'en');
    const [english] = (await call(core, 'nominations.reminders', { eventId: event.id, delegations: ['country:RO'] })).files.map((f) => readDraft(f.base64));
    expect(english!.subject).toMatch(/^Reminder: nominations for the /);
  });
});

describe('nominations: between laptops', () => {
  it('sends the answers, the nominations and the substitutions to the other laptop of the group', async () => {
    const a = await openTestApp();
    const b = await openTestApp();
    const made = await call(a, 'exchange.createGroup', { name: 'ATTF secretariat', passphrase: 'a group passphrase shared by phone', laptopName: 'Ana' });
    await call(b, 'exchange.joinGroup', { code: made.group!.joinCode, passphrase: 'a group passphrase shared by phone', laptopName: 'Bogdan' });
    const body = await call(a, 'bodies.create', { name: 'Test Task Force', members: [{ countryCode: 'RO', kind: 'member_state' }] });
    const when = { allDay: false, start: '2030-03-10T09:00', end: '2030-03-10T17:00', timeZone: 'Europe/Bucharest' };
    const event = await call(a, 'events.create', { title: 'Workshop', kind: 'workshop', bodyId: body.id, when });
    const [zip] = (await call(a, 'invitations.build', { eventId: event.id, format: 'zip', deadline: '2030-02-20', locale: 'en-GB', delegations: [{ key: 'country:RO' }] })).files;
    const archive = await JSZip.loadAsync(Buffer.from(zip!.base64, 'base64'));
    const blank = Buffer.from(await archive.file(Object.keys(archive.files).find((n) => n.endsWith('.xlsx'))!)!.async('uint8array'));
    const form = await fill(blank, [
      { name: 'Ion Popa', email: 'ion.popa@example.org', role: 'Head of delegation' },
      { name: 'Ana Dinu', email: 'ana.dinu@example.org', role: 'Delegate' },
    ]);
    await call(a, 'nominations.commit', { eventId: event.id, files: [file('RO.xlsx', form)] });
    await call(a, 'nominations.setAnswer', { eventId: event.id, delegationKey: 'country:RO', status: 'confirmed' });
    const ana = (await call(a, 'roster.list', { eventId: event.id })).rows.find((r) => r.fullName === 'Ana Dinu')!;
    const mihai = await call(a, 'people.create', { fullName: 'Mihai Dinu', countryCode: 'RO' });
    await call(a, 'nominations.replace', { participationId: ana.id, personId: mihai.id });

    const bundle = await call(a, 'exchange.exportBundle', { to: null });
    await call(b, 'exchange.importBundle', { base64: bundle.base64 });
    for (const table of ['delegation_answers', 'nominations', 'substitutions', 'participations']) {
      expect(b.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all(), table).toEqual(a.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all());
    }
    const answers = await call(b, 'nominations.answers', { eventId: event.id });
    expect(answers.delegations[0]).toMatchObject({ key: 'country:RO', status: 'confirmed', nominees: 2 });
    expect(answers.substitutions.map((s) => [s.replacedName, s.replacementName])).toEqual([['Ana Dinu', 'Mihai Dinu']]);
  });
});
