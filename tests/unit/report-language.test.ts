import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES } from '../../src-shared/contract';
import type { LiaisonCore } from '../../src-main/core/app';
import { REPORT_LABELS, type ReportLabels } from '../../src-main/core/projects/report-labels';
import { call, openTestApp } from './helpers';

/** A project with one indicator and one entry in its third quarter of 2026. */
async function project(core: LiaisonCore) {
  const created = await call(core, 'projects.create', {
    acronym: 'ATHENA 2',
    title: 'Addressing Threat assessment through an European Network of Law Enforcement Agencies',
    fundingProgramme: 'ISF Police',
    startsOn: '2025-10-01',
    endsOn: '2027-09-30',
    partners: ['BG', 'RO'].map((countryCode) => ({ countryCode, role: 'beneficiary' })),
  });
  const patrols = await call(core, 'indicators.create', { projectId: created.id, name: 'Joint patrols', unit: 'patrols', target: 24, period: 'quarter' });
  await call(core, 'entries.create', { indicatorId: patrols.id, occurredOn: '2026-08-20', count: 3, countryCodes: ['RO'] });
  return created;
}

const quarter = { today: '2026-11-22', from: '2026-07-01', to: '2026-09-30' };

async function workbook(base64: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return book;
}
const rowsOf = (sheet: ExcelJS.Worksheet) => (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));

describe('the donor report in a chosen language', () => {
  it('writes the page in Romanian: labels, period name, dates and lang', async () => {
    const core = await openTestApp();
    const { id } = await project(core);
    const { title, html } = await call(core, 'projects.reportHtml', { id, ...quarter, locale: 'en-GB', language: 'ro' });
    expect(title).toBe('ATHENA 2 – raport către donator');
    expect(html).toContain('<html lang="ro">');
    // The period named as Romanian names quarters, its days in Romanian.
    const day = (iso: string) => new Intl.DateTimeFormat('ro-RO', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    expect(day('2026-07-01')).toMatch(/^1 iul\.? 2026$/);
    expect(html).toContain(`Raport către donator, T3 2026: ${day('2026-07-01')} – ${day('2026-09-30')}`);
    expect(html).toContain('<dt>Perioada de raportare</dt>');
    expect(html).toContain('<h2>Indicatori</h2>');
    expect(html).toContain('<th>Ținta pentru perioadă</th>');
    expect(html).toContain('<th>Valoare de referință</th>');
    expect(html).toContain('<td>Înregistrare</td>');
    expect(html).not.toMatch(/Donor report|Reporting period|<h2>Indicators<\/h2>|Target for the period/);
    // The user's data stays as typed.
    expect(html).toContain('Joint patrols');
  });

  it('writes the workbook in Greek: sheet names, headings, status words and file name', async () => {
    const core = await openTestApp();
    const { id } = await project(core);
    const file = await call(core, 'projects.report', { id, ...quarter, language: 'el' });
    expect(file.fileName).toBe('ATHENA 2 - έκθεση προς τον χρηματοδότη 2026-07-01 – 2026-09-30.xlsx');
    const book = await workbook(file.base64);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Έργο', 'Δείκτες', 'Ανά περίοδο', 'Ανά χώρα', 'Καταχωρίσεις']);
    const summary = rowsOf(book.getWorksheet('Δείκτες')!);
    expect(summary[0]!.slice(0, 6)).toEqual(['Δείκτης', 'Μονάδα', 'Τιμή βάσης', 'Στόχος', 'Στόχος της περιόδου', 'Πραγματικό στην περίοδο']);
    const patrols = summary.find((r) => r[0] === 'Joint patrols')!;
    expect(patrols[summary[0]!.indexOf('Πραγματικό στην περίοδο')]).toBe(3);
    expect(Object.values(REPORT_LABELS.el.statuses)).toContain(patrols[summary[0]!.indexOf('Κατάσταση')]);
    expect(rowsOf(book.getWorksheet('Ανά περίοδο')!).slice(1).map((r) => r[1])).toEqual(['Τ3 2026']);
    const about = book.getWorksheet('Έργο')!;
    expect(about.getCell(about.getColumn(1).values.indexOf('Περίοδος αναφοράς'), 2).value).toBe('Τ3 2026');
    // Dates stay date cells: Excel shows them the reader's way in any language.
    expect(about.getCell(about.getColumn(1).values.indexOf('Περίοδος από'), 2).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
  });

  it('keeps English as it was when no language is given', async () => {
    const core = await openTestApp();
    const { id } = await project(core);
    const book = await workbook((await call(core, 'projects.report', { id, ...quarter })).base64);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Project', 'Indicators', 'By period', 'By country', 'Entries']);
    expect(rowsOf(book.getWorksheet('Indicators')!)[0]).toContain('Actual in the period');
    expect(rowsOf(book.getWorksheet('By period')!).slice(1).map((r) => r[1])).toEqual(['2026-Q3']);
    const { html } = await call(core, 'projects.reportHtml', { id, ...quarter, locale: 'en-GB' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Donor report, Q3 2026: 1 Jul 2026 – 30 Sept 2026');
    expect(html).toContain('<th>Target for the period</th>');
  });

  it('writes Serbian Latin letter for letter from the Cyrillic', async () => {
    const core = await openTestApp();
    const { id } = await project(core);
    const { html } = await call(core, 'projects.reportHtml', { id, ...quarter, locale: 'en-GB', language: 'sr-Latn' });
    expect(html).toContain('<html lang="sr-Latn">');
    const day = (iso: string) => new Intl.DateTimeFormat('sr-Latn-RS', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    expect(html).toContain(`Izveštaj za donatora: ${day('2026-07-01')} – ${day('2026-09-30')} (3. kv. 2026.)`);
    expect(html).not.toMatch(/[\u0400-\u04FF]/);
    expect(html).toContain('<th>Pokazatelj</th>');
  });

  it('writes the page in Slovenian and the workbook in Albanian and Bosnian', async () => {
    const core = await openTestApp();
    const { id } = await project(core);
    const { title, html } = await call(core, 'projects.reportHtml', { id, ...quarter, locale: 'en-GB', language: 'sl' });
    expect(title).toBe('ATHENA 2 – poročilo za donatorja');
    expect(html).toContain('<html lang="sl">');
    const day = (iso: string) => new Intl.DateTimeFormat('sl-SI', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    expect(html).toContain(`Poročilo za donatorja, 3. četrtletje 2026: ${day('2026-07-01')} – ${day('2026-09-30')}`);
    expect(html).toContain('<h2>Kazalniki</h2>');
    expect(html).toContain('<th>Ciljna vrednost za obdobje</th>');
    expect(html).not.toMatch(/Donor report|Reporting period|<h2>Indicators<\/h2>/);

    const albanian = await workbook((await call(core, 'projects.report', { id, ...quarter, language: 'sq' })).base64);
    expect(albanian.worksheets.map((s) => s.name)).toEqual(['Projekti', 'Treguesit', 'Sipas periudhave', 'Sipas shteteve', 'Regjistrimet']);
    expect(rowsOf(albanian.getWorksheet('Sipas periudhave')!).slice(1).map((r) => r[1])).toEqual(['TM3 2026']);
    const bosnian = await call(core, 'projects.report', { id, ...quarter, language: 'bs' });
    expect(bosnian.fileName).toBe('ATHENA 2 - izvještaj za donatora 2026-07-01 – 2026-09-30.xlsx');
    expect((await workbook(bosnian.base64)).worksheets.map((s) => s.name)).toEqual(['Projekat', 'Indikatori', 'Po periodima', 'Po državama', 'Unosi']);
  });

  it('has every label in every language, with the same slots as English and sheet names Excel accepts', () => {
    const strings = (labels: ReportLabels, prefix = ''): Array<[string, string]> =>
      Object.entries(labels).flatMap(([key, value]): Array<[string, string]> =>
        typeof value === 'string' ? [[prefix + key, value]] : strings(value as ReportLabels, `${prefix}${key}.`),
      );
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = new Map(strings(REPORT_LABELS.en));
    for (const language of DOCUMENT_LANGUAGES) {
      const labels = REPORT_LABELS[language];
      const own = strings(labels);
      expect(own.map(([key]) => key), language).toEqual([...english.keys()]);
      for (const [key, text] of own) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(slots(text), `${language} ${key}`).toEqual(slots(english.get(key)!));
      }
      const sheets = Object.values(labels.sheets);
      for (const name of sheets) {
        expect(name.length, `${language} ${name}`).toBeLessThanOrEqual(31);
        expect(name, language).not.toMatch(/[:\\/?*[\]]/);
      }
      expect(new Set(sheets.map((s) => s.toLocaleLowerCase())).size, language).toBe(sheets.length);
    }
    expect(JSON.stringify(REPORT_LABELS['sr-Latn'])).not.toMatch(/[\u0400-\u04FF]/);
  });
});
