import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { Entry, IndicatorProgress, Pivot, Project } from '../../../src-shared/contract';
import { html, page } from '../documents';
import { exportFileName, XLSX_MIME, xlsxCell } from '../files';
import type { ProjectDashboard } from './dashboard';
import type { IndicatorPivot } from './pivot';
import { isCount, nextDay, periodsOf, targetBetween } from './progress';
import type { ProjectReader } from './read';

/** What the report reads of a project. */
export type ReportSources = Pick<ProjectReader, 'get' | 'allEntries'> & { dashboard: ProjectDashboard; pivot: IndicatorPivot };

const STATUS: Record<IndicatorProgress['status'], string> = {
  behind: 'Behind schedule',
  on_track: 'On track',
  ahead: 'Ahead of schedule',
  done: 'Target reached',
  not_started: 'Not started',
};

/** A calendar day: a date cell in the workbook, a date in the reader's locale on the page. */
interface DayCell {
  day: string;
}
type Cell = string | number | null | DayCell;
const day = (iso: string): DayCell => ({ day: iso });
const isDay = (value: Cell): value is DayCell => typeof value === 'object' && value !== null;

/** Everything the donor report shows, read once: both formats write the same numbers. */
export interface ReportData {
  project: Project;
  today: string;
  /** The reporting period, first and last day included. */
  from: string;
  to: string;
  /** What the period is, when it is one of the project's quarters or years ("Q3 2026", "Project year 1"). */
  periodName: string | null;
  /** The day the status is judged on: the period's last day, or today while the period runs. */
  asOf: string;
  /** As of the period's last day: the baseline and everything counted up to it, judged on `asOf`. */
  indicators: IndicatorProgress[];
  /** What was counted within the period alone, by indicator id. */
  inPeriod: Map<string, IndicatorProgress>;
  pivots: Map<string, Pivot>;
  entries: Entry[];
}

export function reportData(projects: ReportSources, id: string, options: { today?: string | undefined; from?: string | undefined; to?: string | undefined }): ReportData {
  const project = projects.get(id);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const from = options.from ?? project.startsOn;
  const to = options.to ?? today;
  // A period still running is judged on today, not on where it should be by its end.
  const asOf = to < today ? to : today;
  const { indicators } = projects.dashboard(id, asOf, { from: '0000-01-01', to });
  const inPeriod = new Map(projects.dashboard(id, asOf, { from, to }).indicators.map((p) => [p.indicator.id, p]));
  const pivots = new Map(project.indicators.map((i) => [i.id, projects.pivot(i.id, { from, to })]));
  const entries = projects.allEntries(id).filter((e) => e.occurredOn >= from && e.occurredOn <= to);
  return { project, today, from, to, asOf, periodName: periodName(project, from, to), indicators, inPeriod, pivots, entries };
}

/** Names a period that is exactly one of the project's calendar quarters or project years. */
function periodName(project: Project, from: string, to: string): string | null {
  const end = nextDay(to);
  const quarter = periodsOf('quarter', project.startsOn, project.endsOn).find((p) => p.start === from && p.end === end);
  if (quarter) return `${quarter.key.slice(5)} ${quarter.key.slice(0, 4)}`;
  const year = periodsOf('project_year', project.startsOn, project.endsOn).find((p) => p.start === from && p.end === end);
  if (year) return `Project year ${year.key.slice(1)}`;
  return null;
}

const text = (value: Cell) => (isDay(value) ? dayDate(value.day) : xlsxCell(value));
/** Midnight UTC: the whole day number Excel stores for a date. */
const dayDate = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

/** The tables of the report, header row first; numbers stay numbers so that the donor can add them up. */
export function reportTables(data: ReportData): Array<{ name: string; widths: number[]; rows: Cell[][] }> {
  const { indicators, from, to } = data;
  const end = nextDay(to);
  const summary: Cell[][] = [
    [
      'Indicator',
      'Unit',
      'Baseline',
      'Target',
      'Target for the period',
      'Actual in the period',
      'From entries',
      'From the calendar',
      'From officers on entries',
      'Cumulative actual',
      data.asOf === to ? 'Expected by the end of the period' : 'Expected today',
      'Progress %',
      'Status',
    ],
    ...indicators.map((p) => {
      const within = data.inPeriod.get(p.indicator.id);
      return [
        p.indicator.name,
        p.indicator.unit,
        p.indicator.cumulative ? p.indicator.baseline : null,
        p.target,
        targetBetween(p.periods, from, end, isCount(p.indicator)),
        within ? within.fromEntries + within.fromEvents + within.fromOfficers : 0,
        within?.fromEntries ?? 0,
        within?.fromEvents ?? 0,
        within?.fromOfficers ?? 0,
        p.actual,
        p.expected,
        p.percent,
        STATUS[p.status],
      ];
    }),
  ];
  // The reporting periods the report's period touches, whole.
  const byPeriod: Cell[][] = [
    ['Indicator', 'Period', 'From', 'To', 'Target', 'Actual', 'Cumulative actual', 'Cumulative planned'],
    ...indicators.flatMap((p) =>
      p.periods
        .filter((period) => period.end > from && period.start < end)
        .map((period) => [p.indicator.name, period.key, day(period.start), day(dayBefore(period.end)), period.target, period.actual, period.cumulativeActual, period.cumulativePlanned]),
    ),
  ];
  const byCountry: Cell[][] = [['Indicator', 'Country', 'Target for the project', 'Actual in the period']];
  for (const p of indicators) {
    for (const row of data.pivots.get(p.indicator.id)?.rows ?? []) {
      byCountry.push([p.indicator.name, row.countryName ?? 'No country given', row.target, row.total]);
    }
  }
  const entries: Cell[][] = [
    ['Date', 'Indicator', 'Count', 'Officers', 'Countries', 'Source', 'Event or activity', 'Note', 'Evidence'],
    ...data.entries.map((e) => [day(e.occurredOn), e.indicatorName, e.count, e.officers, e.countryCodes.join(', '), 'Entry', e.eventTitle ?? e.activityTitle ?? '', e.note, e.evidence]),
    ...[...data.inPeriod.values()].flatMap((p) => p.feedEvents.map((f) => [day(f.day), p.indicator.name, f.count, null, '', 'Calendar (held event)', f.title, '', ''])),
  ];
  return [
    { name: 'Indicators', widths: [36, 14, 10, 10, 12, 12, 12, 14, 14, 12, 16, 12, 18], rows: summary },
    { name: 'By period', widths: [36, 10, 12, 12, 10, 10, 16, 18], rows: byPeriod },
    { name: 'By country', widths: [36, 28, 12, 12], rows: byCountry },
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
    ['Starts', day(project.startsOn)],
    ['Ends', day(project.endsOn)],
    ['Lead organisation', project.leadOrgName ?? ''],
    ['Partners', project.partners.map((p) => p.name).join(', ')],
    ['Reporting period', data.periodName ?? (data.from === project.startsOn ? 'Since the start of the project' : 'From – to')],
    ['Period from', day(data.from)],
    ['Period to', day(data.to)],
    ['Written on', day(data.today)],
  ] satisfies Array<[string, Cell]>) {
    const row = about.addRow([label, text(value)]);
    row.getCell(1).font = { bold: true };
    if (isDay(value)) dateFormat(row.getCell(2));
    row.commit();
  }
  about.commit();
  for (const table of reportTables(data)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.widths.map((width) => ({ width }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(table.rows.length, 1), column: table.widths.length } };
    table.rows.forEach((cells, i) => {
      const row = sheet.addRow(cells.map(text));
      if (i === 0) row.font = { bold: true };
      cells.forEach((cell, c) => {
        if (isDay(cell)) dateFormat(row.getCell(c + 1));
      });
      row.commit();
    });
    sheet.commit();
  }
  await workbook.commit();
  return {
    fileName: `${exportFileName(project.acronym, `donor report ${data.from === project.startsOn ? data.to : `${data.from} to ${data.to}`}`)}.xlsx`,
    mimeType: XLSX_MIME,
    base64: Buffer.concat(chunks).toString('base64'),
  };
}

/** Excel's built-in short date (format 14): each reader sees the date the way their Excel writes dates. */
const dateFormat = (cell: ExcelJS.Cell) => {
  cell.numFmt = 'mm-dd-yy';
  cell.alignment = { horizontal: 'left' };
};

// Tables of up to thirteen columns: landscape, and columns as wide as their words rather than equal.
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
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateOf = (iso: string) => date.format(dayDate(iso));
  const format = (value: Cell) => (isDay(value) ? dateOf(value.day) : typeof value === 'number' ? number.format(value) : (value ?? ''));
  const period = `${dateOf(data.from)} – ${dateOf(data.to)}`;
  const tables = reportTables(data);
  const title = `${project.acronym} – donor report`;
  const MAX_ROWS = 400;
  const body = html`<header class="doc-header">
<p class="doc-body">${project.fundingProgramme || 'Project report'}</p>
<h1>${project.acronym} – ${project.title}</h1>
<p class="doc-kind">Donor report${data.periodName ? html`, ${data.periodName}` : ''}: ${period}</p>
<dl class="doc-facts"><dt>Reporting period</dt><dd>${period}</dd><dt>Duration</dt><dd>${dateOf(project.startsOn)} – ${dateOf(project.endsOn)}</dd>${project.leadOrgName ? html`<dt>Lead</dt><dd>${project.leadOrgName}</dd>` : ''}${project.partners.length ? html`<dt>Partners</dt><dd>${project.partners.map((p) => p.name).join(', ')}</dd>` : ''}</dl>
</header>
${tables.map(
  (table) => html`<section>
<h2>${table.name}</h2>
<table>
<thead><tr>${table.rows[0]!.map((h) => html`<th>${format(h)}</th>`)}</tr></thead>
<tbody>
${table.rows.slice(1, MAX_ROWS + 1).map((row) => html`<tr>${row.map((cell) => html`<td>${format(cell)}</td>`)}</tr>\n`)}</tbody>
</table>
${table.rows.length - 1 > MAX_ROWS ? html`<p class="empty">${table.rows.length - 1 - MAX_ROWS} more rows in the Excel report.</p>` : ''}
</section>`,
)}`;
  return { title, html: page(title, 'document-report', body, REPORT_STYLE) };
}
