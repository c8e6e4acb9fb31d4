import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { DocumentLanguage, Entry, IndicatorProgress, PeriodUnlock, Pivot, Project, ReportIssue } from '../../../src-shared/contract';
import { html, page } from '../documents';
import { exportFileName, XLSX_MIME, xlsxCell } from '../files';
import type { ProjectDashboard } from './dashboard';
import type { IndicatorPivot } from './pivot';
import { isCount, nextDay, periodsOf, targetBetween } from './progress';
import type { ProjectReader } from './read';
import { countryNameIn } from '../documents/labels';
import { LANGUAGE_LOCALES } from '../documents/model';
import { fill, REPORT_LABELS, type ReportLabels } from './report-labels';

/** What the report reads of a project; `sinceLast` gives the last report issued and the reopenings after it. */
export type ReportSources = Pick<ProjectReader, 'get' | 'allEntries'> & {
  dashboard: ProjectDashboard;
  pivot: IndicatorPivot;
  sinceLast?: (projectId: string) => { issue: ReportIssue; unlocks: PeriodUnlock[] } | null;
};

/** What changed in the figures of periods already reported, since the last report issued. */
export interface ReportChanges {
  issuedOn: string;
  rows: Array<{ indicator: string; periodKey: string; before: number; after: number }>;
  unlocks: PeriodUnlock[];
}

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
  /** The key of the project's quarter or year the period is exactly ("2026-Q3", "Y1"), named in the report's language. */
  periodKey: string | null;
  /** The day the status is judged on: the period's last day, or today while the period runs. */
  asOf: string;
  /** As of the period's last day: the baseline and everything counted up to it, judged on `asOf`. */
  indicators: IndicatorProgress[];
  /** What was counted within the period alone, by indicator id. */
  inPeriod: Map<string, IndicatorProgress>;
  pivots: Map<string, Pivot>;
  entries: Entry[];
  /** Null before the first report is issued, and when nothing changed since the last. */
  changes: ReportChanges | null;
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
  return { project, today, from, to, asOf, periodKey: periodKey(project, from, to), indicators, inPeriod, pivots, entries, changes: changesOf(projects, id, asOf) };
}

/**
 * Each reporting period the last issued report gave whose figure is no longer what it said, read
 * with the same cut-off day as that report so that a period it cut short is compared like for like.
 */
function changesOf(projects: ReportSources, id: string, asOf: string): ReportChanges | null {
  const last = projects.sinceLast?.(id);
  if (!last) return null;
  const now = new Map(projects.dashboard(id, asOf, { from: '0000-01-01', to: last.issue.to }).indicators.map((p) => [p.indicator.id, p]));
  const rows: ReportChanges['rows'] = [];
  for (const figure of last.issue.figures) {
    const current = now.get(figure.indicatorId);
    for (const period of figure.periods) {
      const after = current?.periods.find((p) => p.key === period.key)?.actual;
      if (after !== undefined && after !== period.actual) rows.push({ indicator: current!.indicator.name, periodKey: period.key, before: period.actual, after });
    }
  }
  return rows.length || last.unlocks.length ? { issuedOn: last.issue.issuedOn, rows, unlocks: last.unlocks } : null;
}

/** The changes as two tables: the figures (as reported, now) and the reopenings with their reasons. */
function changesTables(changes: ReportChanges, labels: ReportLabels): { figures: Cell[][]; reopened: Cell[][] } {
  const c = labels.changes;
  return {
    figures: [
      [labels.columns.indicator, labels.columns.period, c.asReported, c.now],
      ...changes.rows.map((r) => [r.indicator, periodWords(r.periodKey, labels, 'key'), r.before, r.after]),
    ],
    reopened: [
      [labels.columns.from, labels.columns.to, c.reopenedOn, c.by, c.reason],
      ...changes.unlocks.map((u) => [day(u.from), day(u.to), day(u.unlockedOn), u.unlockedBy, u.reason]),
    ],
  };
}

/** The key of a period that is exactly one of the project's calendar quarters or project years. */
function periodKey(project: Project, from: string, to: string): string | null {
  const end = nextDay(to);
  const same = (p: { start: string; end: string }) => p.start === from && p.end === end;
  return (periodsOf('quarter', project.startsOn, project.endsOn).find(same) ?? periodsOf('project_year', project.startsOn, project.endsOn).find(same))?.key ?? null;
}

/**
 * A period key in words: the report's name for it ("Q3 2026", "Project year 1"), or the table's
 * ("2026-Q3", "Y1"). Months ("2026-05") and calendar years ("2026") are digits in every language.
 */
function periodWords(key: string, labels: ReportLabels, as: 'name' | 'key'): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return fill(as === 'name' ? labels.quarterName : labels.quarterKey, { year: quarter[1]!, quarter: quarter[2]! });
  const year = /^Y(\d+)$/.exec(key);
  if (year) return fill(as === 'name' ? labels.projectYearName : labels.projectYearKey, { number: year[1]! });
  return key;
}

const text = (value: Cell) => (isDay(value) ? dayDate(value.day) : xlsxCell(value));
/** Midnight UTC: the whole day number Excel stores for a date. */
const dayDate = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

/** The tables of the report, header row first; numbers stay numbers so that the donor can add them up. */
/** `locale` names the countries of the "by country" table (English: the store's names). */
export function reportTables(data: ReportData, labels: ReportLabels = REPORT_LABELS.en, locale = 'en'): Array<{ name: string; widths: number[]; rows: Cell[][] }> {
  const { indicators, from, to } = data;
  const { columns: c, sheets } = labels;
  const end = nextDay(to);
  const summary: Cell[][] = [
    [
      c.indicator,
      c.unit,
      c.baseline,
      c.target,
      c.targetForPeriod,
      c.actualInPeriod,
      c.fromEntries,
      c.fromCalendar,
      c.fromOfficers,
      c.cumulativeActual,
      data.asOf === to ? c.expectedByEnd : c.expectedToday,
      c.progress,
      c.status,
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
        labels.statuses[p.status],
      ];
    }),
  ];
  // The reporting periods the report's period touches, whole.
  const byPeriod: Cell[][] = [
    [c.indicator, c.period, c.from, c.to, c.target, c.actual, c.cumulativeActual, c.cumulativePlanned],
    ...indicators.flatMap((p) =>
      p.periods
        .filter((period) => period.end > from && period.start < end)
        .map((period) => [p.indicator.name, periodWords(period.key, labels, 'key'), day(period.start), day(dayBefore(period.end)), period.target, period.actual, period.cumulativeActual, period.cumulativePlanned]),
    ),
  ];
  const byCountry: Cell[][] = [[c.indicator, c.country, c.targetForProject, c.actualInPeriod]];
  for (const p of indicators) {
    for (const row of data.pivots.get(p.indicator.id)?.rows ?? []) {
      byCountry.push([p.indicator.name, row.countryCode ? countryNameIn(locale, row.countryCode, row.countryName) : labels.noCountry, row.target, row.total]);
    }
  }
  const entries: Cell[][] = [
    [c.date, c.indicator, c.count, c.officers, c.countries, c.source, c.eventOrActivity, c.note, c.evidence],
    ...data.entries.map((e) => [day(e.occurredOn), e.indicatorName, e.count, e.officers, e.countryCodes.join(', '), labels.sourceEntry, e.eventTitle ?? e.activityTitle ?? '', e.note, e.evidence]),
    ...[...data.inPeriod.values()].flatMap((p) => p.feedEvents.map((f) => [day(f.day), p.indicator.name, f.count, null, '', labels.sourceCalendar, f.title, '', ''])),
  ];
  return [
    { name: sheets.indicators, widths: [36, 14, 10, 10, 12, 12, 12, 14, 14, 12, 16, 12, 18], rows: summary },
    { name: sheets.byPeriod, widths: [36, 10, 12, 12, 10, 10, 16, 18], rows: byPeriod },
    { name: sheets.byCountry, widths: [36, 28, 12, 12], rows: byCountry },
    { name: sheets.entries, widths: [12, 36, 8, 10, 18, 20, 40, 40, 24], rows: entries },
  ];
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Streamed rather than built in memory: a large project's entries sheet runs to tens of thousands of rows. */
export async function reportXlsx(data: ReportData, language: DocumentLanguage = 'en') {
  const { project } = data;
  const labels = REPORT_LABELS[language];
  const { facts } = labels;
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Liaison';
  const about = workbook.addWorksheet(labels.sheets.project);
  about.columns = [{ width: 22 }, { width: 80 }];
  for (const [label, value] of [
    [facts.project, `${project.acronym} – ${project.title}`],
    [facts.fundingProgramme, project.fundingProgramme],
    [facts.starts, day(project.startsOn)],
    [facts.ends, day(project.endsOn)],
    [facts.leadOrganisation, project.leadOrgName ?? ''],
    [facts.partners, project.partners.map((p) => p.name).join(', ')],
    [facts.reportingPeriod, data.periodKey ? periodWords(data.periodKey, labels, 'name') : data.from === project.startsOn ? facts.sinceStart : facts.fromTo],
    [facts.periodFrom, day(data.from)],
    [facts.periodTo, day(data.to)],
    [facts.writtenOn, day(data.today)],
  ] satisfies Array<[string, Cell]>) {
    const row = about.addRow([label, text(value)]);
    row.getCell(1).font = { bold: true };
    if (isDay(value)) dateFormat(row.getCell(2));
    row.commit();
  }
  about.commit();
  for (const table of reportTables(data, labels, LANGUAGE_LOCALES[language])) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.widths.map((width) => ({ width }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(table.rows.length, 1), column: table.widths.length } };
    addTable(sheet, table.rows);
    sheet.commit();
  }
  if (data.changes) {
    const sheet = workbook.addWorksheet(labels.changes.sheet);
    sheet.columns = [36, 14, 14, 20, 60].map((width) => ({ width }));
    const title = sheet.addRow([fill(labels.changes.title, { date: data.changes.issuedOn })]);
    title.font = { bold: true };
    title.commit();
    const { figures, reopened } = changesTables(data.changes, labels);
    for (const rows of [figures, reopened]) {
      if (rows.length < 2) continue;
      sheet.addRow([]).commit();
      addTable(sheet, rows);
    }
    sheet.commit();
  }
  await workbook.commit();
  return {
    fileName: `${exportFileName(project.acronym, data.from === project.startsOn ? fill(labels.fileSince, { to: data.to }) : fill(labels.fileRange, { from: data.from, to: data.to }))}.xlsx`,
    mimeType: XLSX_MIME,
    base64: Buffer.concat(chunks).toString('base64'),
  };
}

/** Excel's built-in short date (format 14): each reader sees the date the way their Excel writes dates. */
const dateFormat = (cell: ExcelJS.Cell) => {
  cell.numFmt = 'mm-dd-yy';
  cell.alignment = { horizontal: 'left' };
};

/** Rows into a sheet as they are streamed out, the first in bold, days as Excel dates. */
function addTable(sheet: ExcelJS.Worksheet, rows: readonly Cell[][]): void {
  rows.forEach((cells, i) => {
    const row = sheet.addRow(cells.map(text));
    if (i === 0) row.font = { bold: true };
    cells.forEach((cell, c) => {
      if (isDay(cell)) dateFormat(row.getCell(c + 1));
    });
    row.commit();
  });
}

// Tables of up to thirteen columns: landscape, and columns as wide as their words rather than equal.
const REPORT_STYLE = `
@page { size: A4 landscape; }
table { table-layout: auto; font-size: 9pt; }
td, th { overflow-wrap: normal; }
td:not(:first-child) { white-space: nowrap; }
@media screen { body { max-width: 297mm; } }
`;

/**
 * The same report as a printable page; the entries list is left to the spreadsheet past a few hundred lines.
 * Dates and numbers in English follow `locale` (en-GB, en-US); in any other language, that language's own.
 */
export function reportHtml(data: ReportData, englishLocale: string, language: DocumentLanguage = 'en') {
  const { project } = data;
  const labels = REPORT_LABELS[language];
  const locale = language === 'en' ? englishLocale : LANGUAGE_LOCALES[language];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateOf = (iso: string) => date.format(dayDate(iso));
  const format = (value: Cell) => (isDay(value) ? dateOf(value.day) : typeof value === 'number' ? number.format(value) : (value ?? ''));
  const period = `${dateOf(data.from)} – ${dateOf(data.to)}`;
  const tables = reportTables(data, labels, locale);
  const title = fill(labels.title, { acronym: project.acronym });
  const MAX_ROWS = 400;
  const kind = data.periodKey ? fill(labels.kindNamed, { name: periodWords(data.periodKey, labels, 'name'), period }) : fill(labels.kind, { period });
  const body = html`<header class="doc-header">
<p class="doc-body">${project.fundingProgramme || labels.projectReport}</p>
<h1>${project.acronym} – ${project.title}</h1>
<p class="doc-kind">${kind}</p>
<dl class="doc-facts"><dt>${labels.reportingPeriod}</dt><dd>${period}</dd><dt>${labels.duration}</dt><dd>${dateOf(project.startsOn)} – ${dateOf(project.endsOn)}</dd>${project.leadOrgName ? html`<dt>${labels.lead}</dt><dd>${project.leadOrgName}</dd>` : ''}${project.partners.length ? html`<dt>${labels.partners}</dt><dd>${project.partners.map((p) => p.name).join(', ')}</dd>` : ''}</dl>
</header>
${data.changes ? changesSection(data.changes, labels, format, dateOf) : ''}
${tables.map(
  (table) => html`<section>
<h2>${table.name}</h2>
<table>
<thead><tr>${table.rows[0]!.map((h) => html`<th>${format(h)}</th>`)}</tr></thead>
<tbody>
${table.rows.slice(1, MAX_ROWS + 1).map((row) => html`<tr>${row.map((cell) => html`<td>${format(cell)}</td>`)}</tr>\n`)}</tbody>
</table>
${table.rows.length - 1 > MAX_ROWS ? html`<p class="empty">${fill(labels.moreRows, { count: number.format(table.rows.length - 1 - MAX_ROWS) })}</p>` : ''}
</section>`,
)}`;
  return { title, html: page(title, 'document-report', body, REPORT_STYLE, language) };
}

function changesSection(changes: ReportChanges, labels: ReportLabels, format: (value: Cell) => string, dateOf: (iso: string) => string) {
  const { figures, reopened } = changesTables(changes, labels);
  const table = (rows: Cell[][]) =>
    rows.length < 2
      ? ''
      : html`<table>
<thead><tr>${rows[0]!.map((h) => html`<th>${format(h)}</th>`)}</tr></thead>
<tbody>
${rows.slice(1).map((row) => html`<tr>${row.map((cell) => html`<td>${format(cell)}</td>`)}</tr>\n`)}</tbody>
</table>`;
  return html`<section class="report-changes">
<h2>${fill(labels.changes.title, { date: dateOf(changes.issuedOn) })}</h2>
${table(figures)}
${reopened.length > 1 ? html`<h3>${labels.changes.reopened}</h3>` : ''}
${table(reopened)}
</section>`;
}
