import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { call, callError, openTestApp, snapshot } from './helpers';

type File64 = { fileName: string; base64: string };

/** Every XML part of an OOXML file through expat, a strict parser, as Excel and openpyxl are: the error or null. */
function xmlError(file: File64): string | null {
  const script = [
    'import sys, base64, io, zipfile, xml.dom.minidom',
    'z = zipfile.ZipFile(io.BytesIO(base64.b64decode(sys.stdin.read())))',
    'for n in z.namelist():',
    '    if n.endswith(".xml") or n.endswith(".rels"):',
    '        try: xml.dom.minidom.parseString(z.read(n))',
    '        except Exception as e: print(n, e); sys.exit(1)',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: file.base64, encoding: 'utf8' });
  if (run.error) throw run.error;
  return run.status === 0 ? null : run.stdout + run.stderr;
}

/** Controls other than tab and line breaks, or U+FFFE/U+FFFF. */
const hasControls = (text: string) =>
  [...text].some((c) => {
    const code = c.codePointAt(0)!;
    return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0x7f || code === 0xfffe || code === 0xffff;
  });

const nested = (depth: number) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('inputs that used to escape as 500 or a wrong error', () => {
  it('refuses a malformed or empty locale on the project report, as on documents', async () => {
    const core = await openTestApp();
    const project = await call(core, 'projects.create', { acronym: 'ATHENA 2', title: 'Athena', startsOn: '2025-10-01', endsOn: '2027-09-30' });
    for (const locale of ['en_GB', '', 'not a locale!']) {
      for (const name of ['projects.reportHtml', 'projects.reportPdf'] as const) {
        const error = await callError(core, name, { id: project.id, today: '2026-11-22', locale });
        expect(error, `${name} ${locale}`).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'locale' }] } });
      }
    }
    const event = await call(core, 'events.create', {
      title: 'Workshop', when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-14T13:00', timeZone: 'Europe/Bucharest' },
    });
    const documents = await callError(core, 'documents.html', { eventId: event.id, document: 'agenda', locale: 'en_GB' });
    expect(documents).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'locale' }] } });
    const { html } = await call(core, 'projects.reportHtml', { id: project.id, today: '2026-11-22', locale: 'ro-RO' });
    expect(html).toContain('ATHENA 2');
  });

  it('refuses a preference nested too deep or too large, on the value, and stores nothing', async () => {
    const core = await openTestApp();
    const before = snapshot(core);
    for (const value of [nested(5000), nested(2000), nested(33), { big: 'x'.repeat(70_000) }, { many: Array.from({ length: 20_000 }, () => 'abcd') }]) {
      const error = await callError(core, 'settings.set', { key: 'calendar.filter', value });
      expect(error).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'value' }] } });
    }
    expect(snapshot(core)).toEqual(before);
    await call(core, 'settings.set', { key: 'calendar.filter', value: nested(31) });
    expect(await call(core, 'settings.get', { key: 'calendar.filter' })).toEqual({ value: nested(31) });
  });
});

/** A roster of two: one name with characters XML forbids (as rows written before validation stripped them), one formula-like. */
async function rosterWithBadNames(core: LiaisonCore) {
  const event = await call(core, 'events.create', {
    title: 'Workshop', when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-14T13:00', timeZone: 'Europe/Bucharest' },
  });
  const ana = await call(core, 'people.create', { fullName: 'Ana Ionescu', countryCode: 'RO' });
  const formula = await call(core, 'people.create', { fullName: '=SUM(1)', countryCode: 'RO' });
  core.db.prepare('UPDATE people SET full_name = ?, notes = ? WHERE id = ?').run('Ana\uFFFE Io\u0001nescu', 'bell\u0007 and \uFFFF', ana.id);
  await call(core, 'roster.add', { eventId: event.id, personIds: [ana.id, formula.id] });
  return event.id;
}

describe('exports that must open anywhere', () => {
  it('writes a roster XLSX that strict XML parsers and exceljs open, without characters XML forbids', async () => {
    const core = await openTestApp();
    const eventId = await rosterWithBadNames(core);
    const file = await call(core, 'roster.export', { eventId, format: 'xlsx' });
    expect(xmlError(file)).toBeNull();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const names = (book.worksheets[0]!.getColumn(2).values as unknown[]).filter((v) => typeof v === 'string');
    expect(names).toEqual(expect.arrayContaining(['Ana Ionescu', '=SUM(1)']));
  });

  it('keeps a formula-like cell as plain text in XLSX and neutralises it only in CSV', async () => {
    const core = await openTestApp();
    const eventId = await rosterWithBadNames(core);
    const xlsx = await call(core, 'roster.export', { eventId, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const cell = book.worksheets[0]!.getColumn(2).values.find((v) => typeof v === 'string' && v.includes('SUM'));
    expect(cell).toBe('=SUM(1)'); // a string value: exceljs would give an object for a formula
    const csv = Buffer.from((await call(core, 'roster.export', { eventId, format: 'csv' })).base64, 'base64').toString('utf8');
    expect(csv).toContain("'=SUM(1)");
  });

  it('writes a DOCX Word opens when stored text holds forbidden characters (the document model cleans them)', async () => {
    const core = await openTestApp();
    const event = await call(core, 'events.create', {
      title: 'Workshop', venueName: 'Palace', when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-14T13:00', timeZone: 'Europe/Bucharest' },
    });
    core.db.prepare('UPDATE events SET venue_name = ? WHERE id = ?').run('Pal\uFFFEace\u0002', event.id);
    await call(core, 'agenda.addSession', { eventId: event.id, day: '2026-04-14', title: 'Opening' });
    const file = await call(core, 'documents.docx', { eventId: event.id, document: 'agenda', locale: 'en-GB' });
    expect(xmlError(file)).toBeNull();
    const { html } = await call(core, 'documents.html', { eventId: event.id, document: 'agenda', locale: 'en-GB' });
    expect(html).toContain('Pal');
  });

  it('strips control characters from iCalendar TEXT values', async () => {
    const core = await openTestApp();
    const event = await call(core, 'events.create', {
      title: 'Workshop', notes: 'first line\nsecond', when: { allDay: false, start: '2026-04-14T09:00', end: '2026-04-14T13:00', timeZone: 'Europe/Bucharest' },
    });
    core.db.prepare('UPDATE events SET title = ?, notes = ? WHERE id = ?').run('Work\u0007shop\u001B', 'first\u0000 line\r\nsecond\uFFFE', event.id);
    const { text } = await call(core, 'ics.export', { eventIds: [event.id] });
    expect(hasControls(text)).toBe(false);
    expect(text).toContain('SUMMARY:Workshop\r\n');
    expect(text).toContain('DESCRIPTION:first line\\nsecond\r\n');
  });
});

describe('input validation of free text', () => {
  it('strips control characters and non-characters from names and notes before storing them', async () => {
    const core = await openTestApp();
    const person = await call(core, 'people.create', { fullName: '\u0000Ana\uFFFE Io\u001Bnescu\uD800 ', notes: 'line one\nline\ttwo\u0007' });
    expect(person.fullName).toBe('Ana Ionescu');
    expect(person.notes).toBe('line one\nline\ttwo');
    const blank = await callError(core, 'people.create', { fullName: '\uFFFE\u0000' });
    expect(blank).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'fullName' }] } });
  });

  it('bounds emails to 254 characters and phones to 40', async () => {
    const core = await openTestApp();
    const longEmail = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`; // 254
    expect(longEmail).toHaveLength(254);
    await call(core, 'people.create', { fullName: 'Ana', emails: [longEmail], phones: ['+40 21 000 0000'] });
    const email = await callError(core, 'people.create', { fullName: 'Ana', emails: [`x${longEmail}`] });
    expect(email).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'emails.0' }] } });
    const huge = await callError(core, 'people.create', { fullName: 'Ana', emails: [`${'a'.repeat(1_000_000)}@example.org`] });
    expect(huge).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'emails.0' }] } });
    const phone = await callError(core, 'people.create', { fullName: 'Ana', phones: ['1'.repeat(41)] });
    expect(phone.code).toBe('invalid_input');
    expect(phone.details?.issues).toContainEqual({ path: 'phones.0', message: 'At most 40 characters' });
  });

  it('gives every free string of every call a maximum length', () => {
    const unbounded: string[] = [];
    const walk = (schema: unknown, path: string) => {
      if (schema === null || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      // A pattern or format (id, date, country code...) bounds the string by its shape.
      if (s.type === 'string' && s.maxLength === undefined && s.enum === undefined && s.const === undefined && s.pattern === undefined && s.format === undefined) {
        unbounded.push(path);
      }
      for (const [key, value] of Object.entries(s)) {
        if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${key}[${i}]`));
        else walk(value, `${path}.${key}`);
      }
    };
    for (const [name, spec] of Object.entries(contract)) walk(z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }), name);
    expect(unbounded).toEqual([]);
  });
});
