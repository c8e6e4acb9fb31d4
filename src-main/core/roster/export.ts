import ExcelJS from 'exceljs';
import { xlsxCell, xmlText } from '../export-text';
import type { AttendanceStatus, CsvSeparator, InvitationStatus, ParticipantRole, RosterFile, RosterRow } from '../../../src-shared/contract';

/**
 * Makes a cell safe to open in a spreadsheet: text starting with a formula trigger
 * (= + - @, tab or carriage return) gets a leading apostrophe, as OWASP advises against CSV injection.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field per RFC 4180: quoted, with quotes doubled, when it holds the separator, a quote or a line break. */
export function csvField(text: string, separator: CsvSeparator = ','): string {
  const special = separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * UTF-8 with a byte-order mark (so Excel reads Cyrillic and diacritics right), CRLF line ends, every cell neutralised.
 * Excel splits a CSV on its locale's list separator: a semicolon where the decimal mark is a comma.
 */
export function toCsv(rows: ReadonlyArray<readonly string[]>, separator: CsvSeparator = ','): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(neutraliseCell(cell), separator)).join(separator)).join('\r\n')}\r\n`;
}

const ROLE_LABELS: Record<ParticipantRole, string> = {
  chair: 'Chair',
  head_of_delegation: 'Head of delegation',
  speaker: 'Speaker',
  delegate: 'Delegate',
  observer: 'Observer',
  operational_partner: 'Operational partner',
  organiser: 'Organiser',
  interpreter: 'Interpreter',
};
const INVITATION_LABELS: Record<InvitationStatus, string> = { invited: 'Invited', confirmed: 'Confirmed', declined: 'Declined' };
const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = { attended: 'Attended', excused: 'Excused', no_show: 'No-show' };

const COLUMNS = [
  { header: 'Country', width: 18 },
  { header: 'Name', width: 28 },
  { header: 'Position', width: 30 },
  { header: 'Organisation', width: 36 },
  { header: 'Role', width: 20 },
  { header: 'Invitation', width: 12 },
  { header: 'Attendance', width: 12 },
  { header: 'Email', width: 32 },
  { header: 'Notes', width: 40 },
] as const;

/** The export's table in English, header first; cells are not yet neutralised. */
export function rosterTable(rows: readonly RosterRow[]): string[][] {
  return [
    COLUMNS.map((c) => c.header),
    ...rows.map((r) => [
      r.representingCountryName ?? '',
      r.fullName,
      r.position,
      // The organisation the person represents here; their own when that was deleted.
      r.representingOrgName ?? r.organisationName ?? '',
      ROLE_LABELS[r.role],
      INVITATION_LABELS[r.invitation],
      r.attendance ? ATTENDANCE_LABELS[r.attendance] : '',
      r.emails.join('; '),
      r.notes,
    ]),
  ];
}

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
export function sheetName(title: string): string {
  const name = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).replace(/^'+|'+$/g, '').trim();
  return name || 'Participants';
}

/** A file name (without extension) that every desktop system accepts: "<title> - <what>". */
export function exportFileName(title: string, what: string): string {
  const base = title.replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100).replace(/[. ]+$/, '');
  return `${base || 'Event'} - ${what}`;
}

export async function exportRoster(title: string, rows: readonly RosterRow[], format: 'csv' | 'xlsx', separator?: CsvSeparator): Promise<RosterFile> {
  return exportTable(
    rosterTable(rows),
    { sheet: sheetName(title), baseName: exportFileName(title, 'participants'), widths: COLUMNS.map((c) => c.width), separator },
    format,
  );
}

/**
 * A table (header first) as CSV with BOM or as XLSX with a bold, frozen, filterable header. Only CSV cells are neutralised:
 * XLSX cells are typed text that Excel never evaluates, so there the apostrophe would only show to readers.
 */
export async function exportTable(
  table: ReadonlyArray<readonly string[]>,
  options: { sheet: string; baseName: string; widths: readonly number[]; separator?: CsvSeparator | undefined },
  format: 'csv' | 'xlsx',
): Promise<RosterFile> {
  if (format === 'csv') {
    return {
      fileName: `${options.baseName}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      base64: Buffer.from(toCsv(table, options.separator), 'utf8').toString('base64'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liaison';
  const sheet = workbook.addWorksheet(xmlText(options.sheet), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = options.widths.map((width) => ({ width }));
  for (const row of table) sheet.addRow(row.map(xlsxCell));
  sheet.getRow(1).font = { bold: true };
  const columns = table[0]?.length ?? 1;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(table.length, 1), column: columns } };
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${options.baseName}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
  };
}
