import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Entry, IndicatorProgress, Pivot, Project } from '../../../src-shared/contract';
import { html, page } from '../documents/html';
import { xlsxCell } from '../export-text';
import { exportFileName } from '../roster/export';
import type { ProjectsService } from './service';

const STATUS: Record<IndicatorProgress['status'], string> = {
  behind: 'Behind schedule',
  on_track: 'On track',
  ahead: 'Ahead of schedule',
  done: 'Target reached',
  not_started: 'Not started',
};

type Cell = string | number | null;

/** Everything the donor report shows, read once: both formats write the same numbers. */
export interface ReportData {
  project: Project;
  today: string;
  indicators: IndicatorProgress[];
  pivots: Map<string, Pivot>;
  entries: Entry[];
}

export function reportData(projects: ProjectsService, id: string, today: string | undefined): ReportData {
  const project = projects.get(id);
  const { indicators } = projects.dashboard(id, today);
  const pivots = new Map(project.indicators.map((i) => [i.id, projects.pivot(i.id)]));
  const entries = projects.allEntries(id);
  return { project, today: today ?? new Date().toISOString().slice(0, 10), indicators, pivots, entries };
}


/** The tables of the report, header row first; numbers stay numbers so that the donor can add them up. */
export function reportTables(data: ReportData): Array<{ name: string; widths: number[]; rows: Cell[][] }> {
  const { indicators } = data;
  const summary: Cell[][] = [
    ['Indicator', 'Unit', 'Baseline', 'Target', 'Actual', 'From entries', 'From the calendar', 'Expected today', 'Progress %', 'Status'],
    ...indicators.map((p) => [
      p.indicator.name,
      p.indicator.unit,
      p.indicator.cumulative ? p.indicator.baseline : null,
      p.target,
      p.actual,
      p.fromEntries,
      p.fromEvents,
      p.expected,
      p.percent,
      STATUS[p.status],
    ]),
  ];
  const byPeriod: Cell[][] = [
    ['Indicator', 'Period', 'From', 'To', 'Target', 'Actual', 'Cumulative actual', 'Cumulative planned'],
    ...indicators.flatMap((p) =>
      p.periods.map((period) => [p.indicator.name, period.key, period.start, dayBefore(period.end), period.target, period.actual, period.cumulativeActual, period.cumulativePlanned]),
    ),
  ];
  const byCountry: Cell[][] = [['Indicator', 'Country', 'Target', 'Actual']];
  for (const p of indicators) {
    for (const row of data.pivots.get(p.indicator.id)?.rows ?? []) {
      byCountry.push([p.indicator.name, row.countryName ?? 'No country given', row.target, row.total]);
    }
  }
  const entries: Cell[][] = [
    ['Date', 'Indicator', 'Count', 'Officers', 'Countries', 'Source', 'Event or activity', 'Note', 'Evidence'],
    ...data.entries.map((e) => [e.occurredOn, e.indicatorName, e.count, e.officers, e.countryCodes.join(', '), 'Entry', e.eventTitle ?? e.activityTitle ?? '', e.note, e.evidence]),
    ...indicators.flatMap((p) => p.feedEvents.map((f) => [f.day, p.indicator.name, f.count, null, '', 'Calendar (held event)', f.title, '', ''])),
  ];
  return [
    { name: 'Indicators', widths: [36, 14, 10, 10, 10, 12, 16, 14, 12, 18], rows: summary },
    { name: 'By period', widths: [36, 10, 12, 12, 10, 10, 16, 18], rows: byPeriod },
    { name: 'By country', widths: [36, 28, 10, 10], rows: byCountry },
    { name: 'Entries', widths: [12, 36, 8, 10, 18, 20, 40, 40, 24], rows: entries },
  ];
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Streamed rather than built in memory: a large project's entries sheet runs to tens of thousands of rows. */
export async function reportXlsx(data: ReportData) {
  const { project } = data;
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Liaison';
  const about = workbook.addWorksheet('Project');
  about.columns = [{ width: 22 }, { width: 80 }];
  for (const [label, value] of [
    ['Project', `${project.acronym} – ${project.title}`],
    ['Funding programme', project.fundingProgramme],
    ['Duration', `${project.startsOn} – ${project.endsOn}`],
    ['Lead organisation', project.leadOrgName ?? ''],
    ['Partners', project.partners.map((p) => p.name).join(', ')],
    ['Progress as of', data.today],
  ] as const) {
    const row = about.addRow([label, xlsxCell(value)]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  about.commit();
  for (const table of reportTables(data)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.widths.map((width) => ({ width }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(table.rows.length, 1), column: table.widths.length } };
    table.rows.forEach((cells, i) => {
      const row = sheet.addRow(cells.map(xlsxCell));
      if (i === 0) row.font = { bold: true };
      row.commit();
    });
    sheet.commit();
  }
  await workbook.commit();
  return {
    fileName: `${exportFileName(project.acronym, `donor report ${data.today}`)}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.concat(chunks).toString('base64'),
  };
}

// Tables of up to ten columns: landscape, and columns as wide as their words rather than equal.
const REPORT_STYLE = `
@page { size: A4 landscape; }
table { table-layout: auto; font-size: 9pt; }
td, th { overflow-wrap: normal; }
td:not(:first-child) { white-space: nowrap; }
@media screen { body { max-width: 297mm; } }
`;

/** The same report as a printable page; the entries list is left to the spreadsheet past a few hundred lines. */
export function reportHtml(data: ReportData, locale: string) {
  const { project } = data;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const format = (value: Cell) => (typeof value === 'number' ? number.format(value) : (value ?? ''));
  const tables = reportTables(data);
  const title = `${project.acronym} – donor report`;
  const MAX_ROWS = 400;
  const body = html`<header class="doc-header">
<p class="doc-body">${project.fundingProgramme || 'Project report'}</p>
<h1>${project.acronym} – ${project.title}</h1>
<p class="doc-kind">Donor report, progress as of ${data.today}</p>
<dl class="doc-facts"><dt>Duration</dt><dd>${project.startsOn} – ${project.endsOn}</dd>${project.leadOrgName ? html`<dt>Lead</dt><dd>${project.leadOrgName}</dd>` : ''}${project.partners.length ? html`<dt>Partners</dt><dd>${project.partners.map((p) => p.name).join(', ')}</dd>` : ''}</dl>
</header>
${tables.map(
  (table) => html`<section>
<h2>${table.name}</h2>
<table>
<thead><tr>${table.rows[0]!.map((h) => html`<th>${h}</th>`)}</tr></thead>
<tbody>
${table.rows.slice(1, MAX_ROWS + 1).map((row) => html`<tr>${row.map((cell) => html`<td>${format(cell)}</td>`)}</tr>\n`)}</tbody>
</table>
${table.rows.length - 1 > MAX_ROWS ? html`<p class="empty">${table.rows.length - 1 - MAX_ROWS} more rows in the Excel report.</p>` : ''}
</section>`,
)}`;
  return { title, html: page(title, 'document-report', body, REPORT_STYLE) };
}
