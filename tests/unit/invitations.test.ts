import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { LiaisonCore } from '../../src-main/core/app';
import { defaultDeadline, readNominationForm } from '../../src-main/core/invitations';
import type { FileToSave, LiaisonEvent } from '../../src-shared/contract';
import { call, callError, openTestApp, pythonWith, tempDir } from './helpers';
import { readEml } from './read-eml';

/** A python3 with Debian's packages (pyenv's python3 may come first on PATH). */
const PY_ICAL = pythonWith('icalendar');
const PY_XLSX = pythonWith('openpyxl');
const PY = pythonWith('email');
const KHAL = (() => {
  try {
    execFileSync('khal', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const bytesOf = (file: FileToSave) => Buffer.from(file.base64, 'base64');
const spaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

async function docxText(bytes: Uint8Array): Promise<{ xml: string; lines: string[] }> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const lines = xml
    .split('</w:p>')
    .map((p) => spaces(unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))))
    .filter(Boolean);
  return { xml, lines };
}

/** The demo with its 12th ATTF meeting (25 May 2027, planned): eleven member states and one operational partner. */
async function demo(): Promise<{ core: LiaisonCore; event: LiaisonEvent }> {
  const core = await openTestApp();
  await call(core, 'system.loadDemo', {});
  const events = await call(core, 'events.range', { from: '2027-05-24T00:00:00.000Z', to: '2027-05-27T00:00:00.000Z' });
  const summary = events.find((e) => e.title === '12th meeting of the SELEC Anti-Terrorism Task Force')!;
  return { core, event: await call(core, 'events.get', { id: summary.id }) };
}

const build = (core: LiaisonCore, eventId: string, format: 'zip' | 'eml', delegations: Array<{ key: string; language?: 'en' | 'ro' | 'tr' }>) =>
  call(core, 'invitations.build', { eventId, format, deadline: '2027-05-04', locale: 'en-GB', delegations });

describe('invitation packs: who they go to', () => {
  it('offers the body’s member states and its partner, each with its contact points, and a deadline three weeks ahead', async () => {
    const { core, event } = await demo();
    const plan = await call(core, 'invitations.plan', { eventId: event.id });
    expect(plan.bodyName).toBe('SELEC Anti-Terrorism Task Force');
    expect(plan.defaultDeadline).toBe('2027-05-04');
    expect(plan.delegations).toHaveLength(12);
    expect(plan.delegations.filter((d) => d.group === 'member_state').map((d) => d.countryCode)).toEqual(['AL', 'BA', 'BG', 'GR', 'HU', 'MD', 'ME', 'MK', 'RO', 'RS', 'TR']);
    const romania = plan.delegations.find((d) => d.key === 'country:RO')!;
    // SELEC's own secretary is a contact point in Romania, but speaks for SELEC, not for the country.
    expect(romania.contacts.map((c) => c.fullName)).toEqual(['Elena Vasilescu']);
    const partner = plan.delegations.find((d) => d.group === 'operational_partner')!;
    expect(partner.name).toBe('U.S. Customs and Border Protection');
    expect(partner.contacts).toEqual([]);
    // Three weeks ahead, but never a day already past.
    expect(defaultDeadline(event, '2027-05-10')).toBe('2027-05-10');
    expect(defaultDeadline(event, '2027-05-04')).toBe('2027-05-04');
    expect(defaultDeadline(event, '2026-12-06')).toBe('2027-05-04');
  });
});

describe('invitation packs: the letter and its template', () => {
  it('writes a Romanian delegation’s letter with Romanian dates, the numbered title in Romanian, the venue and the deadline', async () => {
    const { core, event } = await demo();
    const series = core.db.prepare('SELECT id, body_id AS bodyId, name FROM series WHERE id = ?').get(event.seriesId) as { id: string; bodyId: string; name: string };
    await call(core, 'series.update', { ...series, titles: { ro: 'a {n}-a reuniune a Grupului operativ antiterorist SELEC' } });
    const [zip] = (await build(core, event.id, 'zip', [{ key: 'country:RO', language: 'ro' }])).files;
    const archive = await JSZip.loadAsync(bytesOf(zip!));
    const { lines } = await docxText(await archive.file('Romania/invitation-letter-RO.docx')!.async('uint8array'));
    const text = lines.join('\n');
    expect(lines[0]).toBe('SELEC ANTI-TERRORISM TASK FORCE');
    expect(lines).toContain('Elena Vasilescu');
    expect(lines).toContain('România');
    expect(text).toContain('a 12-a reuniune a Grupului operativ antiterorist SELEC');
    expect(text).toContain('marți, 25 mai 2027');
    expect(text).toContain('SELEC Headquarters, Bucharest, România');
    expect(text).toContain('by marți, 4 mai 2027');
    expect(text).toContain('09:30–16:30, Europe/Bucharest');
    expect(text).toContain('Andreea Popescu-Marin');
  });

  it('writes an English letter by default, and the head of the delegation where there is no contact point', async () => {
    const { core, event } = await demo();
    const plan = await call(core, 'invitations.plan', { eventId: event.id });
    const partner = plan.delegations.find((d) => d.group === 'operational_partner')!;
    const [zip] = (await build(core, event.id, 'zip', [{ key: partner.key }])).files;
    const archive = await JSZip.loadAsync(bytesOf(zip!));
    const { lines } = await docxText(await archive.file('U.S. Customs and Border Protection/invitation-letter-U-S-Customs-and-Border-Protection.docx')!.async('uint8array'));
    expect(lines).toContain('The head of U.S. Customs and Border Protection');
    // In another language the name stands apart, undeclined.
    const [romanian] = (await build(core, event.id, 'zip', [{ key: partner.key, language: 'ro' }])).files;
    const inRomanian = await JSZip.loadAsync(bytesOf(romanian!));
    const letter = Object.keys(inRomanian.files).find((name) => name.endsWith('.docx'))!;
    expect((await docxText(await inRomanian.file(letter)!.async('uint8array'))).lines).toContain('Șef de delegație (U.S. Customs and Border Protection)');
    expect(lines.join('\n')).toContain('12th meeting of the SELEC Anti-Terrorism Task Force, to be held on Tuesday, 25 May 2027 (09:30–16:30, Europe/Bucharest) at SELEC Headquarters, Bucharest, Romania.');
  });

  it('refuses a template with a placeholder it does not know, and escapes what the coordinator typed', async () => {
    const { core, event } = await demo();
    const { saved: _, ...template } = await call(core, 'invitations.template', { bodyId: event.bodyId! });
    expect(_).toBe(false);
    expect(template.letter).toContain('{{deadline}}');
    const refused = await callError(core, 'invitations.saveTemplate', { ...template, bodyId: event.bodyId!, letter: 'Dear {{delegation}}, see you in {{city}}.' });
    expect(refused.code).toBe('invalid_input');
    expect(refused.details?.issues?.[0]).toMatchObject({ path: 'letter', message: expect.stringContaining('Unknown placeholder “city”') });

    const stored = await call(core, 'invitations.saveTemplate', {
      ...template,
      bodyId: event.bodyId!,
      subject: 'Invitation <&> "{{title}}"',
      letter: 'Dear {{ delegation }} <b>&amp; "friends"</b>\n\nDeadline: {{deadline}}',
    });
    expect(stored.saved).toBe(true);
    expect((await call(core, 'invitations.template', { bodyId: event.bodyId! })).letter).toContain('<b>&amp;');
    const [zip] = (await build(core, event.id, 'zip', [{ key: 'country:TR' }])).files;
    const archive = await JSZip.loadAsync(bytesOf(zip!));
    const { xml, lines } = await docxText(await archive.file('Türkiye/invitation-letter-TR.docx')!.async('uint8array'));
    expect(xml).toContain('Dear Türkiye &lt;b&gt;&amp;amp; &quot;friends&quot;&lt;/b&gt;');
    expect(xml).not.toContain('<b>');
    expect(lines).toContain('Invitation <&> "12th meeting of the SELEC Anti-Terrorism Task Force"');
    expect(lines).toContain('Deadline: Tuesday, 4 May 2027');
  });
});

describe('invitation packs: the ZIP', () => {
  it('holds a folder per delegation, each with its letter, calendar invitation and nomination form', async () => {
    const { core, event } = await demo();
    const plan = await call(core, 'invitations.plan', { eventId: event.id });
    const result = await build(core, event.id, 'zip', plan.delegations.map((d) => ({ key: d.key })));
    expect(result.files).toHaveLength(1);
    expect(result.files[0]!.fileName).toBe('12th meeting of the SELEC Anti-Terrorism Task Force – invitation packs.zip');
    const archive = await JSZip.loadAsync(bytesOf(result.files[0]!));
    const files = Object.keys(archive.files).filter((name) => !archive.files[name]!.dir);
    const folders = new Map<string, string[]>();
    for (const name of files) {
      const [folder, file] = name.split('/');
      folders.set(folder!, [...(folders.get(folder!) ?? []), file!]);
    }
    expect(folders.size).toBe(12);
    expect(folders.get('Romania')!.sort()).toEqual(['invitation-RO.ics', 'invitation-letter-RO.docx', 'nomination-form-RO.xlsx']);
    for (const [folder, list] of folders) expect(list, folder).toHaveLength(3);
    // Still a pack each, and said: no contact point with an email.
    expect(result.noAddress).toEqual(['Bosnia and Herzegovina', 'Greece', 'Hungary', 'Montenegro', 'North Macedonia', 'Türkiye', 'U.S. Customs and Border Protection']);
  });
});

describe('invitation packs: the calendar invitation', () => {
  const icsOf = async (core: LiaisonCore, eventId: string, key = 'country:RO') => {
    const [zip] = (await build(core, eventId, 'zip', [{ key }])).files;
    const archive = await JSZip.loadAsync(bytesOf(zip!));
    const name = Object.keys(archive.files).find((n) => n.endsWith('.ics'))!;
    return archive.file(name)!.async('string');
  };
  const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '');
  const line = (text: string, name: string) => unfolded(text).split('\r\n').filter((l) => l.startsWith(name));

  it('is a REQUEST to the contact points with the same UID and a higher SEQUENCE after a change, and a CANCEL once cancelled', async () => {
    const { core, event } = await demo();
    const first = await icsOf(core, event.id);
    expect(line(first, 'METHOD')).toEqual(['METHOD:REQUEST']);
    expect(line(first, 'ORGANIZER')).toEqual(['ORGANIZER;CN=Andreea Popescu-Marin:mailto:andreea.popescu-marin@example.org']);
    expect(line(first, 'ATTENDEE')).toEqual(['ATTENDEE;CN=Elena Vasilescu;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elena.vasilescu@example.org']);
    const uid = line(first, 'UID')[0];
    const [sequence] = line(first, 'SEQUENCE');
    // The same invitation again keeps its SEQUENCE: nothing changed.
    expect(line(await icsOf(core, event.id), 'SEQUENCE')).toEqual([sequence]);

    await call(core, 'events.move', { id: event.id, allDay: false, startsAt: '2027-05-25T07:00:00.000Z', endsAt: '2027-05-25T14:00:00.000Z' });
    const moved = await icsOf(core, event.id);
    expect(line(moved, 'UID')).toEqual([uid]);
    const movedSequence = Number(line(moved, 'SEQUENCE')[0]!.slice(9));
    expect(movedSequence).toBeGreaterThan(Number(sequence!.slice(9)));
    expect(line(moved, 'DTSTART;')).toEqual(['DTSTART;TZID=Europe/Bucharest:20270525T100000']);

    await call(core, 'events.setStatus', { id: event.id, status: 'cancelled' });
    const cancelled = await icsOf(core, event.id);
    expect(line(cancelled, 'METHOD')).toEqual(['METHOD:CANCEL']);
    expect(line(cancelled, 'STATUS')).toEqual(['STATUS:CANCELLED']);
    expect(line(cancelled, 'UID')).toEqual([uid]);
    expect(Number(line(cancelled, 'SEQUENCE')[0]!.slice(9))).toBeGreaterThan(movedSequence);
    expect((await call(core, 'invitations.plan', { eventId: event.id })).cancelled).toBe(true);
    // A cancellation asks for no nominations: the calendar file alone, and a draft that says so.
    const [zip] = (await build(core, event.id, 'zip', [{ key: 'country:RO' }])).files;
    expect(Object.keys((await JSZip.loadAsync(bytesOf(zip!))).files)).toEqual(['Romania/', 'Romania/invitation-RO.ics']);
    const [draft] = (await build(core, event.id, 'eml', [{ key: 'country:RO' }])).files;
    const eml = bytesOf(draft!).toString('latin1');
    expect(eml.match(/Content-Disposition: attachment/g)).toHaveLength(1);
    expect(Buffer.from(/base64\r\n\r\n([\s\S]+?)\r\n\r\n--/.exec(eml)![1]!.replace(/\r\n/g, ''), 'base64').toString('utf8')).toContain(
      'The 12th meeting of the SELEC Anti-Terrorism Task Force, planned for Tuesday, 25 May 2027 at SELEC Headquarters, Bucharest, Romania, is cancelled.',
    );
  });

  it.skipIf(!PY_ICAL)(`is read by python3-icalendar as a REQUEST with its organiser, attendee and zone${PY_ICAL ? '' : ' (python3-icalendar is not installed)'}`, async () => {
    const { core, event } = await demo();
    const file = join(tempDir(), 'invitation.ics');
    writeFileSync(file, await icsOf(core, event.id));
    const script = `
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
ev = [c for c in cal.walk('VEVENT')][0]
att = ev.get('ATTENDEE')
att = att if isinstance(att, list) else [att]
print(json.dumps({'method': str(cal['METHOD']), 'uid': str(ev['UID']), 'seq': int(ev['SEQUENCE']), 'start': ev.decoded('DTSTART').isoformat(),
  'organizer': str(ev['ORGANIZER']), 'attendees': [str(a) for a in att], 'rsvp': [a.params.get('RSVP') for a in att], 'tz': len(cal.walk('VTIMEZONE'))}))
`;
    const read = JSON.parse(execFileSync(PY_ICAL!, ['-c', script, file], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(read).toMatchObject({
      method: 'REQUEST',
      start: '2027-05-25T09:30:00+03:00',
      organizer: 'mailto:andreea.popescu-marin@example.org',
      attendees: ['mailto:elena.vasilescu@example.org'],
      rsvp: ['TRUE'],
      tz: 1,
    });
  });

  it.skipIf(!KHAL)(`is imported by khal at the meeting’s time${KHAL ? '' : ' (khal is not installed)'}`, async () => {
    const { core, event } = await demo();
    const dir = tempDir();
    const vdir = join(dir, 'vdir', 'liaison');
    mkdirSync(vdir, { recursive: true });
    const config = join(dir, 'khal.conf');
    writeFileSync(
      config,
      [
        '[calendars]', '[[liaison]]', `path = ${vdir}`, 'type = calendar', '[sqlite]', `path = ${join(dir, 'khal.db')}`, '[locale]',
        'timeformat = %H:%M', 'dateformat = %Y-%m-%d', 'longdateformat = %Y-%m-%d', 'datetimeformat = %Y-%m-%d %H:%M', 'longdatetimeformat = %Y-%m-%d %H:%M',
        'local_timezone = UTC', 'default_timezone = UTC', '[default]', 'default_calendar = liaison', '',
      ].join('\n'),
    );
    const file = join(dir, 'invitation.ics');
    writeFileSync(file, await icsOf(core, event.id));
    const env = { ...process.env, TZ: 'UTC', XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir };
    const khal = (...args: string[]) => execFileSync('khal', ['-c', config, ...args], { encoding: 'utf8', env });
    khal('import', '--batch', '-a', 'liaison', file);
    const listed = khal('list', '--once', '--day-format', '', '--format', '{start}\t{end}\t{title}', '2027-05-01', '2027-06-30').trim();
    expect(listed).toBe('2027-05-25 06:30\t2027-05-25 13:30\t12th meeting of the SELEC Anti-Terrorism Task Force');
  });
});

describe('invitation packs: the email drafts', () => {
  it.skipIf(!PY)('are read by Python’s email package: To, Subject, X-Unsent and the three files as they were made', async () => {
    const { core, event } = await demo();
    const drafts = await build(core, event.id, 'eml', [{ key: 'country:RO', language: 'ro' }, { key: 'country:TR' }]);
    expect(drafts.files.map((f) => f.fileName)).toEqual([
      '12th meeting of the SELEC Anti-Terrorism Task Force – Romania.eml',
      '12th meeting of the SELEC Anti-Terrorism Task Force – Türkiye.eml',
    ]);
    expect(drafts.noAddress).toEqual(['Türkiye']);
    const dir = tempDir();
    const file = join(dir, 'ro.eml');
    writeFileSync(file, bytesOf(drafts.files[0]!));
    const raw = readFileSync(file, 'latin1');
    expect(raw.split('\r\n').every((l) => l.length <= 998)).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
    const read = readEml(PY!, file);
    expect(read).toMatchObject({
      to: 'Elena Vasilescu <elena.vasilescu@example.org>',
      from: 'Andreea Popescu-Marin <andreea.popescu-marin@example.org>',
      subject: 'Invitation: 12th meeting of the SELEC Anti-Terrorism Task Force, marți, 25 mai 2027',
      unsent: '1',
      date: true,
      defects: 0,
    });
    expect(read.body).toContain('to be returned by marți, 4 mai 2027');
    expect(read.attachments.map((a) => [a.name, a.type])).toEqual([
      ['invitation-letter-RO.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['invitation-RO.ics', 'text/calendar'],
      ['nomination-form-RO.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    // The same bytes as the ZIP's: the calendar invitation is the same text, the letter and the form valid documents of the same kind.
    const ics = Buffer.from(read.attachments[1]!.b64, 'base64').toString('utf8');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('mailto:elena.vasilescu@example.org');
    const form = await readNominationForm(Buffer.from(read.attachments[2]!.b64, 'base64'));
    expect(form).toMatchObject({ eventId: event.id, delegationKey: 'country:RO', formVersion: 1, rows: [] });
    const { lines } = await docxText(Buffer.from(read.attachments[0]!.b64, 'base64'));
    expect(lines).toContain('Elena Vasilescu');

    // A delegation without a contact point's email still gets its draft, addressed to no one.
    const partner = (await call(core, 'invitations.plan', { eventId: event.id })).delegations.find((d) => d.group === 'operational_partner')!;
    const lone = await build(core, event.id, 'eml', [{ key: partner.key }]);
    expect(lone.noAddress).toEqual(['U.S. Customs and Border Protection']);
    expect(bytesOf(lone.files[0]!).toString('latin1')).not.toMatch(/^To:/m);
  });
});

describe('invitation packs: the nomination form', () => {
  const formOf = async (core: LiaisonCore, eventId: string) => {
    const [draft] = (await build(core, eventId, 'zip', [{ key: 'country:RO', language: 'ro' }])).files;
    const archive = await JSZip.loadAsync(bytesOf(draft!));
    return Buffer.from(await archive.file('Romania/nomination-form-RO.xlsx')!.async('uint8array'));
  };

  it.skipIf(!PY_XLSX)(`is read by openpyxl: hidden keys and event, headers, the event filled in, the roles as a list${PY_XLSX ? '' : ' (python3-openpyxl is not installed)'}`, async () => {
    const { core, event } = await demo();
    const file = join(tempDir(), 'form.xlsx');
    writeFileSync(file, await formOf(core, event.id));
    const script = `
import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Nomination']
meta = wb['liaison']
dv = [{'type': d.type, 'formula': d.formula1, 'ranges': str(d.sqref)} for d in ws.data_validations.dataValidation]
print(json.dumps({'sheets': [[s.title, s.sheet_state] for s in wb.worksheets], 'meta': [[c.value for c in r] for r in meta.iter_rows()],
  'keys': [c.value for c in ws[9]], 'keysHidden': ws.row_dimensions[9].hidden, 'headers': [c.value for c in ws[10]],
  'facts': [[ws.cell(r, 1).value, ws.cell(r, 2).value] for r in range(3, 8)], 'validations': dv}))
`;
    const read = JSON.parse(execFileSync(PY_XLSX!, ['-c', script, file], { encoding: 'utf8' })) as {
      sheets: string[][];
      meta: unknown[][];
      keys: string[];
      keysHidden: boolean;
      headers: string[];
      facts: string[][];
      validations: Array<{ type: string; formula: string; ranges: string }>;
    };
    expect(read.sheets).toEqual([['Nomination', 'visible'], ['liaison', 'veryHidden']]);
    expect(read.meta).toEqual([['eventId', event.id], ['delegation', 'country:RO'], ['formVersion', 1]]);
    expect(read.keys).toEqual(['name', 'position', 'organisation', 'email', 'phone', 'role', 'arrival', 'departure', 'visaLetter']);
    expect(read.keysHidden).toBe(true);
    expect(read.headers).toEqual(['Full name', 'Position', 'Organisation', 'Email', 'Phone', 'Role', 'Arrival date', 'Departure date', 'Visa letter needed']);
    expect(read.facts).toEqual([
      ['Event', '12th meeting of the SELEC Anti-Terrorism Task Force'],
      ['Dates', 'marți, 25 mai 2027'],
      ['Venue', 'SELEC Headquarters, Bucharest, România'],
      ['Delegation', 'România'],
      ['Please return by', 'marți, 4 mai 2027'],
    ]);
    const roles = read.validations.find((v) => v.type === 'list' && v.formula.includes('Head of delegation'))!;
    expect(roles.formula).toBe('"Chair,Head of delegation,Speaker,Delegate,Observer,Operational partner,Organiser,Interpreter"');
    expect(roles.ranges).toContain('F11');
    expect(read.validations.some((v) => v.type === 'list' && v.formula === '"Yes,No"')).toBe(true);
    expect(read.validations.some((v) => v.type === 'date')).toBe(true);
  });

  it.skipIf(!PY_XLSX)('is read back by its keys after a user filled it in openpyxl and moved a column', async () => {
    const { core, event } = await demo();
    const file = join(tempDir(), 'form.xlsx');
    writeFileSync(file, await formOf(core, event.id));
    // As a user would: two delegates typed in, then the Email column cut and pasted after the last one.
    const script = `
import openpyxl, sys, datetime
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Nomination']
rows = [['Elena Vasilescu', 'Border Police Commissioner', 'Romanian Border Police', 'elena.vasilescu@example.org', '+40 21 000 0000', 'Head of delegation', datetime.datetime(2027, 5, 24), datetime.datetime(2027, 5, 26), 'No'],
        ['Ion Popa', 'Inspector', 'IGPR', 'ion.popa@example.org', '', 'Delegate', '24.05.2027', None, 'Yes']]
for i, row in enumerate(rows):
    for j, value in enumerate(row):
        ws.cell(11 + i, j + 1, value)
ws.move_range('D9:D60', cols=7)
ws.delete_cols(4)
wb.save(sys.argv[1])
`;
    execFileSync(PY_XLSX!, ['-c', script, file]);
    const moved = new ExcelJS.Workbook();
    await moved.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(moved.getWorksheet('Nomination')!.getCell('D10').value).toBe('Phone');
    const form = await readNominationForm(readFileSync(file));
    expect(form.eventId).toBe(event.id);
    expect(form.delegationKey).toBe('country:RO');
    expect(form.rows).toEqual([
      {
        row: 11,
        name: 'Elena Vasilescu',
        position: 'Border Police Commissioner',
        organisation: 'Romanian Border Police',
        email: 'elena.vasilescu@example.org',
        phone: '+40 21 000 0000',
        role: 'head_of_delegation',
        roleText: 'Head of delegation',
        arrival: '2027-05-24',
        departure: '2027-05-26',
        visaLetter: false,
      },
      {
        row: 12,
        name: 'Ion Popa',
        position: 'Inspector',
        organisation: 'IGPR',
        email: 'ion.popa@example.org',
        phone: '',
        role: 'delegate',
        roleText: 'Delegate',
        arrival: '2027-05-24',
        departure: null,
        visaLetter: true,
      },
    ]);
  });
});
