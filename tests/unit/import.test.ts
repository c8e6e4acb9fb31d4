import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportCorrection, ImportTarget } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { call, callError, callErrorRaw, openTestApp, snapshot } from './helpers';

const fixture = (name: string) => ({
  fileName: name,
  base64: readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url)).toString('base64'),
});
const bytes = (fileName: string, data: Buffer | string) => ({ fileName, base64: Buffer.from(data).toString('base64') });

const read = (core: LiaisonCore, file: { fileName: string; base64: string }) => call(core, 'directoryImport.read', file);
const preview = (core: LiaisonCore, file: { fileName: string; base64: string }, mapping: ImportTarget[], defaults = {}) =>
  call(core, 'directoryImport.preview', { ...file, mapping, defaults });
const people = async (core: LiaisonCore) => (await call(core, 'people.list', { limit: 500 })).rows;

describe('directory import: reading files', () => {
  it('reads a semicolon CSV with a BOM, as Excel saves it in a European locale', async () => {
    const core = await openTestApp();
    const result = await read(core, fixture('semicolon-bom.csv'));
    expect(result).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(result.sheet.headers).toEqual(['Ime i prezime', 'E-mail', 'Država', 'Institucija', 'Telefon', 'Funkcija']);
    expect(result.suggestedMapping).toEqual(['fullName', 'email', 'country', 'organisation', 'phone', 'position']);
    expect(result.sheet.rowCount).toBe(3);
    expect(result.sheet.sampleRows[0]).toEqual(['Boštjan Kranjc', 'b.kranjc@policija.si', 'Slovenija', 'Policija', '+386 1 428 40 00', 'Direktor']);
    expect(result.rememberedMapping).toBeUndefined();
  });

  it('reads a comma CSV without a BOM and a tab-separated file', async () => {
    const core = await openTestApp();
    const comma = await read(core, fixture('comma.csv'));
    expect(comma).toMatchObject({ delimiter: ',', encoding: 'utf-8' });
    expect(comma.suggestedMapping).toEqual(['fullName', 'email', 'country', 'organisation', 'position', 'languages']);
    expect(comma.sheet.sampleRows[0]![5]).toBe('sr, en');

    const tab = await read(core, fixture('tab.tsv'));
    expect(tab.delimiter).toBe('\t');
    expect(tab.suggestedMapping).toEqual(['firstName', 'lastName', 'email', 'country', 'languages']);
    expect(tab.sheet.sampleRows[0]).toEqual(['Mehmet', 'Yılmaz', 'm.yilmaz@egm.gov.tr', 'Türkiye', 'tr en']);

    // Excel's "Unicode Text": UTF-16 with a BOM, tab-separated.
    const utf16 = await read(core, bytes('unicode.txt', Buffer.from(`\uFEFFName\tEmail\r\nΜαρία Γεωργίου\tm.georgiou@police.gov.cy\r\n`, 'utf16le')));
    expect(utf16).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', suggestedMapping: ['fullName', 'email'] });
    expect(utf16.sheet.sampleRows).toEqual([['Μαρία Γεωργίου', 'm.georgiou@police.gov.cy']]);
  });

  it('recognises Windows code pages 1250, 1251 and 1253 when the file is not UTF-8', async () => {
    const core = await openTestApp();
    const latin = await read(core, fixture('cp1250.csv'));
    expect(latin.encoding).toBe('windows-1250');
    expect(latin.suggestedMapping).toEqual(['firstName', 'lastName', 'email', 'country']);
    expect(latin.sheet.sampleRows.map((r) => `${r[0]} ${r[1]}`)).toEqual(['Čedomir Šarić', 'Željka Ćosić', 'Đorđe Živković']);

    const cyrillic = await read(core, fixture('cp1251.csv'));
    expect(cyrillic.encoding).toBe('windows-1251');
    expect(cyrillic.suggestedMapping).toEqual(['firstName', 'lastName', 'email', 'country']);
    expect(cyrillic.sheet.sampleRows.map((r) => r[1])).toEqual(['Јовановић', 'Коваленко', 'Тодоров']);

    const greek = await read(core, fixture('cp1253.csv'));
    expect(greek.encoding).toBe('windows-1253');
    expect(greek.suggestedMapping).toEqual(['fullName', 'email', 'country', 'organisation']);
    expect(greek.sheet.sampleRows[0]![0]).toBe('Νικόλαος Παπαδόπουλος');

    const rows = await preview(core, fixture('cp1253.csv'), greek.suggestedMapping);
    expect(rows.rows.map((r) => [r.row, r.countryCode])).toEqual([[2, 'GR'], [3, 'CY']]);
  });

  it('tells Turkish windows-1254 from Central European windows-1250', async () => {
    const core = await openTestApp();
    // The Turkish letters as windows-1254 writes them.
    const cp1254: Record<string, number> = { Ş: 0xde, ş: 0xfe, ı: 0xfd, ğ: 0xf0, İ: 0xdd, Ü: 0xdc, ü: 0xfc, Ö: 0xd6 };
    const encode = (text: string) => Buffer.from([...text].map((c) => cp1254[c] ?? c.charCodeAt(0)));
    const turkish = await read(core, bytes('tr.csv', encode('Ad Soyad;E-posta;Ülke\r\nŞahin Yılmaz Öğretmen;s.yilmaz@egm.gov.tr;Türkiye\r\nİlkay Işık;i.isik@egm.gov.tr;TR\r\n')));
    expect(turkish.encoding).toBe('windows-1254');
    expect(turkish.suggestedMapping).toEqual(['fullName', 'email', 'country']);
    expect(turkish.sheet.sampleRows.map((r) => r[0])).toEqual(['Şahin Yılmaz Öğretmen', 'İlkay Işık']);
  });

  it('suggests a mapping from regional spellings of the headers', async () => {
    const core = await openTestApp();
    const suggest = async (header: string) => (await read(core, bytes('h.csv', `${header}\nx;y;z;w;v\n`))).suggestedMapping;
    expect(await suggest('Όνομα;Επώνυμο;E-mail;Χώρα;Οργανισμός')).toEqual(['firstName', 'lastName', 'email', 'country', 'organisation']);
    expect(await suggest('Име;Е-пошта;Држава;Институција;Телефон')).toEqual(['fullName', 'email', 'country', 'organisation', 'phone']);
    expect(await suggest('Name;Surname;Email address;Agency;Notes')).toEqual(['firstName', 'lastName', 'email', 'organisation', 'notes']);
    expect(await suggest('Prezime;Ime;Organization;Institution;Mobile phone')).toEqual(['lastName', 'firstName', 'organisation', 'ignore', 'phone']);
  });

  it('reads quoted fields with newlines and doubled quotes, numbering rows as Excel does', async () => {
    const core = await openTestApp();
    const result = await read(core, fixture('quoted.csv'));
    expect(result.sheet.rowCount).toBe(2);
    expect(result.sheet.sampleRows[0]).toEqual(['Ana "Ani" Kovač', 'ana.kovac@mup.hr', 'Prefers email.\nSecond line of notes, with a comma.']);
    expect(result.sheet.sampleRows[1]![2]).toBe('Says "hello"');
    const rows = await preview(core, fixture('quoted.csv'), ['fullName', 'email', 'notes']);
    expect(rows.rows.map((r) => [r.row, r.fullName, r.action])).toEqual([
      [2, 'Ana "Ani" Kovač', 'create'],
      [3, 'Marko Marić', 'create'],
    ]);
  });

  it('reads the first worksheet of an XLSX: dates, numbers, formulas and rich text as text', async () => {
    const core = await openTestApp();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Contacts');
    sheet.addRow(['Name', 'Email', 'Country', 'Phone', 'Since', 'Languages']);
    sheet.addRow([
      { richText: [{ text: 'Ana ' }, { font: { bold: true }, text: 'Horvat' }] },
      'ana.horvat@mup.hr',
      'Croatia',
      385911234567,
      new Date(Date.UTC(2024, 4, 21)),
      { formula: 'LOWER("HR")', result: 'hr' },
    ]);
    sheet.addRow([]);
    sheet.addRow(['Ioana Popescu', 'ioana.popescu@politiaromana.ro', 'RO', '', '', 'ro']);
    workbook.addWorksheet('Ignored').addRow(['Not read']);
    const file = bytes('contacts.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));

    const result = await read(core, file);
    expect(result).toMatchObject({ format: 'xlsx', delimiter: '' });
    expect(result.suggestedMapping).toEqual(['fullName', 'email', 'country', 'phone', 'ignore', 'languages']);
    expect(result.sheet.sampleRows).toEqual([
      ['Ana Horvat', 'ana.horvat@mup.hr', 'Croatia', '385911234567', '2024-05-21', 'hr'],
      ['Ioana Popescu', 'ioana.popescu@politiaromana.ro', 'RO', '', '', 'ro'],
    ]);
    const rows = await preview(core, file, result.suggestedMapping);
    // Row 3 is blank: the second person is on row 4, as Excel shows it.
    expect(rows.rows.map((r) => [r.row, r.fullName, r.countryCode, r.action])).toEqual([
      [2, 'Ana Horvat', 'HR', 'create'],
      [4, 'Ioana Popescu', 'RO', 'create'],
    ]);
  });

  it('refuses broken files with a clear invalid_input', async () => {
    const core = await openTestApp();
    const refusal = async (file: { fileName: string; base64: string }) => {
      const error = await callError(core, 'directoryImport.read', file);
      expect(error.code).toBe('invalid_input');
      return error.message;
    };
    expect(await refusal(fixture('empty.csv'))).toMatch(/empty/);
    expect(await refusal(bytes('blank.csv', '\r\n\r\n'))).toMatch(/empty/);
    expect(await refusal(fixture('header-only.csv'))).toMatch(/no rows of people/);
    expect(await refusal(fixture('unterminated.csv'))).toMatch(/Row 3: A quoted field is never closed/);
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
    expect(await refusal(bytes('photo.csv', binary))).toMatch(/neither CSV text nor an Excel workbook/);
    expect(await refusal(bytes('broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), binary])))).toMatch(/damaged/);
    expect(await refusal(bytes('huge.csv', Buffer.alloc(20 * 1024 * 1024 + 1, 'a')))).toMatch(/larger than 20 MB/);
    expect(await refusal(bytes('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toMatch(/xlsx or CSV/);
  });
});

describe('directory import: preview', () => {
  it('lists every problem with its row number, without writing anything', async () => {
    const core = await openTestApp();
    const before = snapshot(core);
    const file = fixture('problems.csv');
    const { suggestedMapping } = await read(core, file);
    expect(suggestedMapping).toEqual(['fullName', 'email', 'country', 'organisation']);
    const result = await preview(core, file, suggestedMapping);
    expect(result.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'create'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
      [8, 'create'],
    ]);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      { row: 3, field: 'fullName', message: 'The name is missing', severity: 'error' },
      { row: 4, field: 'email', message: 'Not a valid email address: not-an-email', severity: 'error' },
      {
        row: 5,
        field: 'country',
        message: 'Unknown country: Romnia. Did you mean Romania (RO)?',
        suggestion: 'Romania (RO)',
        severity: 'error',
      },
      { row: 6, field: 'email', message: 'Same email as row 2: ana.horvat@mup.hr', severity: 'error' },
      { row: 7, field: 'fullName', message: 'Same name and organisation as row 2', severity: 'error' },
    ]);
    // Country cells match own-language names; unknown organisations are announced once created by the first row.
    expect(result.rows[6]).toMatchObject({ countryCode: 'HR', organisationName: 'Ministarstvo unutarnjih poslova', organisationNew: true });
    expect(result.newOrganisations).toEqual(['MUP', 'IGPR', 'Ministarstvo unutarnjih poslova']);
    expect(result.counts).toEqual({ create: 2, merge: 0, skip: 0, error: 5 });
    expect(snapshot(core)).toEqual(before);
  });

  it('applies defaults for empty country and organisation cells', async () => {
    const core = await openTestApp();
    const org = await call(core, 'organisations.create', { name: 'Europol', countryCode: 'NL' });
    const file = bytes('plain.csv', 'Name;Email\nAna Horvat;ana@mup.hr\n');
    const result = await preview(core, file, ['fullName', 'email'], { countryCode: 'hr', organisationId: org.id });
    expect(result.rows[0]).toMatchObject({ countryCode: 'HR', organisationName: 'Europol', organisationNew: false, action: 'create' });
    const error = await callError(core, 'directoryImport.preview', { ...file, mapping: ['email', 'email'] });
    expect(error.message).toMatch(/full name/);
  });

  it('matches people already in the directory by email, or by folded name and organisation', async () => {
    const core = await openTestApp();
    const mup = await call(core, 'organisations.create', { name: 'Ministarstvo unutarnjih poslova', acronym: 'MUP', countryCode: 'HR' });
    const bostjan = await call(core, 'people.create', { fullName: 'Bostjan Kranjc', emails: ['b.kranjc@policija.si'], countryCode: 'SI' });
    const ana = await call(core, 'people.create', {
      fullName: 'Ana Horvat',
      organisationId: mup.id,
      position: 'Senior Inspector',
      emails: ['ana@old.hr'],
      languages: ['hr'],
    });
    const result = await preview(core, fixture('directory.csv'), ['fullName', 'email', 'country', 'organisation', 'phone', 'position', 'languages']);
    expect(result.rows.map((r) => [r.row, r.action, r.match])).toEqual([
      [2, 'merge', { personId: bostjan.id, fullName: 'Bostjan Kranjc', by: 'email' }],
      [3, 'merge', { personId: ana.id, fullName: 'Ana Horvat', by: 'name+organisation' }],
      [4, 'create', undefined],
    ]);
    expect(result.newOrganisations).toEqual(['Policija', 'Ravnateljstvo policije']);
  });
});

describe('directory import: corrections typed in the preview', () => {
  const file = fixture('problems.csv');
  const mapping: ImportTarget[] = ['fullName', 'email', 'country', 'organisation'];
  const fixes: ImportCorrection[] = [
    { row: 3, field: 'fullName', value: 'Petra Kovač' },
    { row: 4, field: 'email', value: 'ivan.ivic@mup.hr' },
    { row: 5, field: 'country', value: 'RO' },
    { row: 6, field: 'email', value: 'Marko.Maric@mup.hr' },
    { row: 7, field: 'fullName', value: 'Ana Horvatić' },
  ];

  it('offers the fields in error for correction, and checks a correction by the same rules as the file', async () => {
    const core = await openTestApp();
    const before = snapshot(core);
    const plain = await preview(core, file, mapping);
    expect(plain.rows.map((r) => [r.row, r.editable])).toEqual([
      [2, []],
      [3, [{ field: 'fullName', value: '', corrected: false }]],
      [4, [{ field: 'email', value: 'not-an-email', corrected: false }]],
      [5, [{ field: 'country', value: 'Romnia', corrected: false }]],
      [6, [{ field: 'email', value: 'ana.horvat@mup.hr', corrected: false }]],
      [7, [{ field: 'fullName', value: 'ana horvat', corrected: false }]],
      [8, []],
    ]);

    // Still wrong: the same checks say so, on the same row.
    const wrong = await call(core, 'directoryImport.preview', { ...file, mapping, corrections: [{ row: 4, field: 'email', value: 'ivan at mup' }] });
    expect(wrong.problems.filter((p) => p.row === 4 && p.severity === 'error').map((p) => p.message)).toEqual(['Not a valid email address: ivan', 'Not a valid email address: at', 'Not a valid email address: mup']);
    expect(wrong.rows[2]!.editable).toEqual([{ field: 'email', value: 'ivan at mup', corrected: true }]);

    const fixed = await call(core, 'directoryImport.preview', { ...file, mapping, corrections: fixes });
    expect(fixed.counts).toEqual({ create: 7, merge: 0, skip: 0, error: 0 });
    expect(fixed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(fixed.rows.map((r) => [r.row, r.fullName, r.email, r.countryCode])).toEqual([
      [2, 'Ana Horvat', 'ana.horvat@mup.hr', 'HR'],
      [3, 'Petra Kovač', 'nobody@mup.hr', 'HR'],
      [4, 'Ivan Ivić', 'ivan.ivic@mup.hr', 'HR'],
      [5, 'Ioana Popescu', 'ioana.popescu@politiaromana.ro', 'RO'],
      [6, 'Marko Marić', 'marko.maric@mup.hr', 'HR'],
      [7, 'Ana Horvatić', 'other@mup.hr', 'HR'],
      [8, 'Zoran Zorić', 'z.zoric@mup.hr', 'HR'],
    ]);
    // A corrected field stays open to a second thought.
    expect(fixed.rows[1]!.editable).toEqual([{ field: 'fullName', value: 'Petra Kovač', corrected: true }]);

    const nowhere = await callError(core, 'directoryImport.preview', { ...file, mapping, corrections: [{ row: 99, field: 'email', value: 'a@b.org' }] });
    expect(nowhere).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'corrections.0.row', message: 'There is no such row in the file' }] } });
    expect((await callErrorRaw(core, 'directoryImport.preview', { ...file, mapping, corrections: [{ row: 4, field: 'ignore', value: 'x' }] })).code).toBe('invalid_input');
    expect(snapshot(core)).toEqual(before);
  });

  it('commits the corrected values, all or nothing, naming the rows still wrong', async () => {
    const core = await openTestApp();
    const before = snapshot(core);
    const partly = await callError(core, 'directoryImport.commit', { ...file, mapping, corrections: fixes.slice(0, 3) });
    expect(partly.details?.problems).toEqual(['Row 6: Same email as row 2: ana.horvat@mup.hr', 'Row 7: Same name and organisation as row 2']);
    expect(snapshot(core)).toEqual(before);

    const result = await call(core, 'directoryImport.commit', { ...file, mapping, corrections: fixes });
    expect(result).toEqual({ created: 7, merged: 0, skipped: 0, organisationsCreated: 3 });
    const byName = new Map((await people(core)).map((p) => [p.fullName, p]));
    expect(byName.get('Petra Kovač')).toMatchObject({ emails: ['nobody@mup.hr'], countryCode: 'HR' });
    expect(byName.get('Ivan Ivić')).toMatchObject({ emails: ['ivan.ivic@mup.hr'] });
    expect(byName.get('Ioana Popescu')).toMatchObject({ countryCode: 'RO', organisationName: 'IGPR' });
    expect(byName.get('Marko Marić')).toMatchObject({ emails: ['marko.maric@mup.hr'] });
    expect(byName.get('Ana Horvatić')).toMatchObject({ emails: ['other@mup.hr'] });
  });
});

describe('directory import: commit', () => {
  it('creates, merges and skips as decided, creates organisations, and remembers the mapping', async () => {
    const core = await openTestApp();
    const mup = await call(core, 'organisations.create', { name: 'Ministarstvo unutarnjih poslova', acronym: 'MUP', countryCode: 'HR' });
    const bostjan = await call(core, 'people.create', { fullName: 'Bostjan Kranjc', emails: ['b.kranjc@policija.si'], countryCode: 'SI' });
    const ana = await call(core, 'people.create', {
      fullName: 'Ana Horvat',
      organisationId: mup.id,
      position: 'Senior Inspector',
      emails: ['ana@old.hr'],
      languages: ['hr'],
    });
    const file = fixture('directory.csv');
    const mapping: ImportTarget[] = ['fullName', 'email', 'country', 'organisation', 'phone', 'position', 'languages'];
    const result = await call(core, 'directoryImport.commit', { ...file, mapping, decisions: [{ row: 2, action: 'skip' }] });
    expect(result).toEqual({ created: 1, merged: 1, skipped: 1, organisationsCreated: 1 });

    // Merging fills what was empty and adds new emails, phones and languages; it never overwrites.
    const merged = await call(core, 'people.get', { id: ana.id });
    expect(merged).toMatchObject({
      fullName: 'Ana Horvat',
      position: 'Senior Inspector',
      organisationId: mup.id,
      countryCode: 'HR',
      emails: ['ana@old.hr', 'new.ana@mup.hr'],
      phones: ['+385 1 6122 111'],
      languages: ['hr', 'en'],
    });
    expect(await call(core, 'people.get', { id: bostjan.id })).toEqual(bostjan);
    const created = (await people(core)).find((p) => p.fullName === 'Nova Osoba')!;
    expect(created).toMatchObject({ emails: ['nova.osoba@mup.hr'], countryCode: 'HR', organisationName: 'Ravnateljstvo policije' });
    const orgs = await call(core, 'organisations.list', {});
    expect(orgs.rows.map((o) => [o.name, o.countryCode])).toEqual([
      ['Ministarstvo unutarnjih poslova', 'HR'],
      ['Ravnateljstvo policije', 'HR'],
    ]);

    // The same headers bring back the mapping chosen.
    const again = await read(core, file);
    expect(again.rememberedMapping).toEqual(mapping);
    expect((await read(core, fixture('problems.csv'))).rememberedMapping).toBeUndefined();
  });

  it('writes nothing while a row not marked skip has an error, and imports the rest once they are skipped', async () => {
    const core = await openTestApp();
    const file = fixture('problems.csv');
    const mapping: ImportTarget[] = ['fullName', 'email', 'country', 'organisation'];
    const before = snapshot(core);
    const error = await callError(core, 'directoryImport.commit', { ...file, mapping, decisions: [{ row: 3, action: 'skip' }] });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Nothing was imported: 4 rows have problems\. Row 4: Not a valid email address/);
    expect(error.details?.problems).toEqual([
      'Row 4: Not a valid email address: not-an-email',
      'Row 5: Unknown country: Romnia. Did you mean Romania (RO)?',
      'Row 6: Same email as row 2: ana.horvat@mup.hr',
      'Row 7: Same name and organisation as row 2',
    ]);
    expect(snapshot(core)).toEqual(before);

    const skipped = [3, 4, 5, 6, 7].map((row) => ({ row, action: 'skip' as const }));
    const result = await call(core, 'directoryImport.commit', { ...file, mapping, decisions: skipped });
    // IGPR is named only by a skipped row: it is not created.
    expect(result).toEqual({ created: 2, merged: 0, skipped: 5, organisationsCreated: 2 });
    expect((await people(core)).map((p) => [p.fullName, p.organisationName])).toEqual([
      ['Ana Horvat', 'MUP'],
      ['Zoran Zorić', 'Ministarstvo unutarnjih poslova'],
    ]);
  });

  it('refuses decisions that cannot be carried out', async () => {
    const core = await openTestApp();
    await call(core, 'people.create', { fullName: 'Bostjan Kranjc', emails: ['b.kranjc@policija.si'] });
    const file = fixture('directory.csv');
    const mapping: ImportTarget[] = ['fullName', 'email', 'country', 'organisation', 'phone', 'position', 'languages'];
    const before = snapshot(core);
    const error = await callError(core, 'directoryImport.commit', {
      ...file,
      mapping,
      decisions: [
        { row: 2, action: 'create' },
        { row: 4, action: 'merge' },
        { row: 99, action: 'skip' },
      ],
    });
    expect(error.details?.problems).toEqual([
      'Row 99: there is no such row of people in the file',
      'Row 2: b.kranjc@policija.si already belongs to Bostjan Kranjc; merge or skip this row',
      'Row 4: there is no one in the directory to merge with',
    ]);
    expect(snapshot(core)).toEqual(before);
  });

  it('rolls everything back when a write fails part way', async () => {
    const core = await openTestApp();
    const full = Array.from({ length: 10 }, (_, i) => `old${i}@mup.hr`);
    await call(core, 'people.create', { fullName: 'Zoran Zorić', emails: full });
    const rows = ['Name;Email', 'Ana Horvat;ana@mup.hr', 'Petar Petrović;petar@mup.hr', 'Zoran Zorić;new@mup.hr'];
    const before = snapshot(core);
    // Row 4 merges by name and would give Zoran an eleventh email: rows 2 and 3, already written, go too.
    const error = await callError(core, 'directoryImport.commit', { ...bytes('team.csv', rows.join('\n')), mapping: ['fullName', 'email'] });
    expect(error).toMatchObject({ code: 'invalid_input', message: 'Row 4: merging would give Zoran Zorić more than 10 emails' });
    expect(snapshot(core)).toEqual(before);
  });
});

describe('directory import: rows whose cells do not fit the header', () => {
  it('flags a row with fewer or more cells than the header as an error on its row, with both counts', async () => {
    const core = await openTestApp();
    const file = bytes(
      'ragged.csv',
      ['"Name","Email","Organisation","Country"', '"Ana Pop","ana@igpr.ro","IGPR","Romania"', '"Too","few","columns"', '"Ivo","ivo@mup.hr","MUP","Croatia","extra","cells"', '"Eva Novak","eva@policija.si","Policija","Slovenia",'].join('\r\n'),
    );
    const result = await preview(core, file, ['fullName', 'email', 'organisation', 'country']);
    const byRow = new Map(result.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)!.action).toBe('create');
    expect(byRow.get(3)!.action).toBe('error');
    expect(byRow.get(4)!.action).toBe('error');
    // A trailing delimiter (an empty last cell) is how Excel ends some rows: not an extra cell.
    expect(byRow.get(5)!.action).toBe('create');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'row', severity: 'error', message: 'Row 3 has 3 cells but the header row has 4: its cells cannot be matched to the columns' }),
        expect.objectContaining({ row: 4, field: 'row', severity: 'error', message: 'Row 4 has 6 cells but the header row has 4: its cells cannot be matched to the columns' }),
      ]),
    );
  });
});
