import ExcelJS from 'exceljs';
import { type ParticipantRole, participantRoles } from '../../../src-shared/contract';
// The form's dropdown names the roles as the roster's exports do.
import { ROLE_LABELS } from '../roster/export';
import { xmlText } from '../files';

/**
 * The nomination form a delegation fills in: the event above, then a table of its members. A hidden
 * row of column keys sits above the headers and the event, the delegation and the form's version
 * sit in a very hidden sheet, so that the importer reads columns by key wherever a user moved them.
 */

export const FORM_VERSION = 1;
const META_SHEET = 'liaison';
const FORM_SHEET = 'Nomination';
const KEY_ROW = 9;
const HEADER_ROW = KEY_ROW + 1;
const BLANK_ROWS = 40;

export const FORM_COLUMNS = [
  { key: 'name', header: 'Full name', width: 28 },
  { key: 'position', header: 'Position', width: 28 },
  { key: 'organisation', header: 'Organisation', width: 28 },
  { key: 'email', header: 'Email', width: 30 },
  { key: 'phone', header: 'Phone', width: 18 },
  { key: 'role', header: 'Role', width: 22 },
  { key: 'arrival', header: 'Arrival date', width: 14 },
  { key: 'departure', header: 'Departure date', width: 14 },
  { key: 'visaLetter', header: 'Visa letter needed', width: 12 },
] as const;
export type FormColumn = (typeof FORM_COLUMNS)[number]['key'];

const YES = 'Yes';
const NO = 'No';

export interface FormFacts {
  eventId: string;
  delegationKey: string;
  delegation: string;
  title: string;
  dates: string;
  venue: string;
  deadline: string;
}

const letter = (column: number) => String.fromCharCode(64 + column);

export async function nominationFormXlsx(facts: FormFacts): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liaison';
  const sheet = workbook.addWorksheet(FORM_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = FORM_COLUMNS.map((c) => ({ width: c.width }));
  sheet.getCell('A1').value = 'Nomination form';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const lines: Array<[string, string]> = [
    ['Event', facts.title],
    ['Dates', facts.dates],
    ['Venue', facts.venue],
    ['Delegation', facts.delegation],
    ['Please return by', facts.deadline],
  ];
  lines.forEach(([label, value], i) => {
    const row = sheet.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = xmlText(value);
  });
  sheet.getCell('A8').value = 'One row per member of the delegation. Choose the role and the visa letter from the lists; dates as YYYY-MM-DD.';
  sheet.getCell('A8').font = { italic: true, color: { argb: 'FF555555' } };

  const keys = sheet.getRow(KEY_ROW);
  const headers = sheet.getRow(HEADER_ROW);
  FORM_COLUMNS.forEach((column, i) => {
    keys.getCell(i + 1).value = column.key;
    headers.getCell(i + 1).value = column.header;
    headers.getCell(i + 1).font = { bold: true };
    headers.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF4' } };
  });
  keys.hidden = true;

  const roles = `"${participantRoles.map((r) => ROLE_LABELS[r]).join(',')}"`;
  const at = (key: FormColumn) => FORM_COLUMNS.findIndex((c) => c.key === key) + 1;
  for (let r = HEADER_ROW + 1; r <= HEADER_ROW + BLANK_ROWS; r++) {
    const row = sheet.getRow(r);
    row.getCell(at('role')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [roles],
      showErrorMessage: true,
      errorTitle: 'Role',
      error: 'Choose a role from the list',
    };
    for (const key of ['arrival', 'departure'] as const) {
      const cell = row.getCell(at(key));
      cell.numFmt = 'yyyy-mm-dd';
      cell.dataValidation = { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], showErrorMessage: true, error: 'A date such as 2027-05-24' };
    }
    row.getCell(at('visaLetter')).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${YES},${NO}"`], showErrorMessage: true, error: 'Yes or No' };
  }
  sheet.autoFilter = `A${HEADER_ROW}:${letter(FORM_COLUMNS.length)}${HEADER_ROW}`;

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    ['eventId', facts.eventId],
    ['delegation', facts.delegationKey],
    ['formVersion', FORM_VERSION],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface NominationRow {
  /** The row of the sheet, as the user sees it: what problems name. */
  row: number;
  name: string;
  position: string;
  organisation: string;
  email: string;
  phone: string;
  /** Null when the cell is empty or says something that is not a role. */
  role: ParticipantRole | null;
  roleText: string;
  /** `YYYY-MM-DD`, or the text typed when it is no date. */
  arrival: string | null;
  departure: string | null;
  visaLetter: boolean | null;
}

export interface NominationForm {
  eventId: string;
  delegationKey: string;
  formVersion: number;
  rows: NominationRow[];
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

function dateOf(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A date Excel kept as its serial number: days since 30 December 1899.
  if (typeof value === 'number') return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  const text = textOf(value);
  if (!text) return null;
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?$/.exec(text);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return text;
}

const ROLE_BY_LABEL = new Map(participantRoles.flatMap((r) => [[ROLE_LABELS[r].toLowerCase(), r] as const, [r, r] as const]));

/** A filled form read back by its hidden keys: the columns wherever they are, the rows that say anything. */
export async function readNominationForm(bytes: Uint8Array): Promise<NominationForm> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const meta = workbook.getWorksheet(META_SHEET);
  if (!meta) throw new Error('Not a Liaison nomination form: its hidden sheet is missing');
  const metaValue = (name: string) => {
    for (let r = 1; r <= meta.rowCount; r++) if (textOf(meta.getCell(r, 1).value) === name) return meta.getCell(r, 2).value;
    return null;
  };
  const sheet = workbook.worksheets.find((s) => s.state === 'visible') ?? workbook.worksheets[0]!;
  const known = new Set<string>(FORM_COLUMNS.map((c) => c.key));
  let keyRow = 0;
  const columns = new Map<FormColumn, number>();
  for (let r = 1; r <= Math.min(sheet.rowCount, 50) && !keyRow; r++) {
    sheet.getRow(r).eachCell((cell, column) => {
      const key = textOf(cell.value);
      if (known.has(key)) columns.set(key as FormColumn, column);
    });
    if (columns.has('name')) keyRow = r;
    else columns.clear();
  }
  if (!keyRow) throw new Error('Not a Liaison nomination form: its row of column keys is missing');
  const rows: NominationRow[] = [];
  for (let r = keyRow + 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const raw = (key: FormColumn) => (columns.has(key) ? row.getCell(columns.get(key)!).value : null);
    const text = (key: FormColumn) => textOf(raw(key));
    if (FORM_COLUMNS.every((c) => !text(c.key))) continue;
    const roleText = text('role');
    const visa = text('visaLetter').toLowerCase();
    rows.push({
      row: r,
      name: text('name'),
      position: text('position'),
      organisation: text('organisation'),
      email: text('email'),
      phone: text('phone'),
      role: ROLE_BY_LABEL.get(roleText.toLowerCase()) ?? null,
      roleText,
      arrival: dateOf(raw('arrival')),
      departure: dateOf(raw('departure')),
      visaLetter: ['yes', 'y', 'true'].includes(visa) ? true : ['no', 'n', 'false'].includes(visa) ? false : null,
    });
  }
  return { eventId: textOf(metaValue('eventId')), delegationKey: textOf(metaValue('delegation')), formVersion: Number(metaValue('formVersion')) || 0, rows };
}
