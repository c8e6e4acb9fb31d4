import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { IMPORT_MAX_BYTES } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';

/** A file read into text cells; `rowNumbers[i]` is the row Excel shows for `rows[i]`. */
export interface Sheet {
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string;
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
  /** CSV: the number of cells of each row (trailing empty cells past the header's not counted); a count unlike the header's is an error of that row. Empty for workbooks. */
  cellCounts: number[];
}

const refuse = (message: string, issues: Array<{ path: string; message: string }> = []) =>
  new AppError('invalid_input', message, issues.length ? { issues } : undefined);

export async function readSheet(fileName: string, base64: string): Promise<Sheet> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw refuse('The file is empty');
  if (bytes.length > IMPORT_MAX_BYTES) throw refuse('The file is larger than 20 MB');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes);
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw refuse('This is an old Excel .xls file. Save it as .xlsx or CSV in Excel and import that.');
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) throw refuse('This file is named .xlsx but is not an Excel workbook');
  return readCsv(bytes);
}

// ---------------------------------------------------------------- CSV

function readCsv(bytes: Buffer): Sheet {
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw refuse('The file is empty');
  const delimiter = guessDelimiter(text);
  // Blank lines are kept so that each record's index is its row number in Excel.
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const errors = parsed.errors;
  if (errors.length) {
    const issues = errors.slice(0, 20).map((e) => {
      const row = (e.row ?? 0) + 1;
      const message = e.code === 'MissingQuotes' ? 'A quoted field is never closed' : e.message;
      return { path: `row.${row}`, message: `Row ${row}: ${message}` };
    });
    throw refuse(`The file cannot be read as CSV. ${issues[0]!.message}`, issues);
  }
  return toSheet('csv', encoding, delimiter, parsed.data.map((r, i) => [i + 1, r] as const));
}

/**
 * The delimiter that splits the first rows into the same number of columns, most often and into
 * the most columns. Papaparse's own guess is thrown by a trailing blank line in a two-row file.
 */
function guessDelimiter(text: string): string {
  let best = { delimiter: ',', rows: -1, columns: 0 };
  for (const delimiter of [';', ',', '\t']) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: 50, skipEmptyLines: 'greedy' });
    const columns = data[0]?.length ?? 0;
    if (columns < 2) continue;
    const rows = data.filter((r) => r.length === columns).length;
    if (rows > best.rows || (rows === best.rows && columns > best.columns)) best = { delimiter, rows, columns };
  }
  return best.delimiter;
}

/** Splits off the header (the first non-blank row) and drops blank rows, keeping each row's number. */
function toSheet(format: Sheet['format'], encoding: string, delimiter: string, records: ReadonlyArray<readonly [number, string[]]>): Sheet {
  const filled = records.filter(([, cells]) => cells.some((c) => c.trim() !== ''));
  const header = filled[0];
  if (!header) throw refuse('The file is empty');
  const headers = header[1].map((h) => h.trim());
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  if (filled.length < 2) throw refuse('The file has a header row but no rows of people');
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const cellCounts: number[] = [];
  for (const [number, cells] of filled.slice(1)) {
    rows.push(headers.map((_, i) => (cells[i] ?? '').trim()));
    rowNumbers.push(number);
    let count = cells.length;
    while (count > headers.length && (cells[count - 1] ?? '').trim() === '') count--;
    if (format === 'csv') cellCounts.push(count);
  }
  return { format, encoding, delimiter, headers, rows, rowNumbers, cellCounts };
}

/** Control characters other than tab, CR and LF: a few in a text file, many in a binary one. */
const isBinary = (text: string) => {
  const sample = text.slice(0, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) controls++;
  }
  return controls > 0 && controls * 100 > sample.length;
};

const LEGACY = ['windows-1250', 'windows-1251', 'windows-1253', 'windows-1254'] as const;

/**
 * UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are. Bytes that are not
 * valid UTF-8 come from a Windows code page: each candidate is decoded and the one whose
 * words look most like its own script wins (see {@link codePageScore}).
 */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  const utf16 = decodeUtf16(bytes);
  if (utf16) return checked(utf16.text, utf16.encoding);
  if (bytes.subarray(0, 65536).includes(0)) throw notText();
  try {
    // TextDecoder drops a leading BOM by itself.
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch (error) {
    if (error instanceof AppError) throw error;
  }
  const best = decodeLegacy(bytes, LEGACY);
  return checked(best.text, best.encoding);
}

/** UTF-16 by its BOM (dropped), or null. */
export function decodeUtf16(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!encoding) return null;
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw refuse(`The file starts with the byte-order mark of ${encoding.toUpperCase()} but holds bytes that are not text in that encoding`);
  }
}

/** The candidate code page whose decoding reads most like its own script; the first wins a tie. */
export function decodeLegacy(bytes: Uint8Array, candidates: readonly string[]): { text: string; encoding: string } {
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of candidates) {
    const text = new TextDecoder(encoding).decode(bytes);
    const score = codePageScore(text, encoding);
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return { text: best!.text, encoding: best!.encoding };
}

const notText = () => refuse('This file is neither CSV text nor an Excel workbook (.xlsx)');
const checked = (text: string, encoding: string) => {
  if (isBinary(text)) throw notText();
  return { text, encoding };
};

const CYRILLIC_VOWELS = new Set('аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ');
// Letters of each Latin code page that Latin-1 lacks: the evidence that it, and not the other, was used.
const LATIN_EVIDENCE: Record<string, Set<string>> = {
  // Western European letters that windows-1250 lacks (it has é, ü, ö… too).
  'windows-1252': new Set('àÀèÈìÌòÒùÙâÂêÊîÎûÛãÃõÕñÑåÅæÆøØœŒÿŸïÏ'),
  'windows-1250': new Set('ŠšŚśŤťŽžŹźŁłĄąŞşŻżĽľŔŕĂăĹĺĆćČčĘęĚěĎďĐđŃńŇňŐőŘřŮůŰűŢţ'),
  'windows-1254': new Set('ĞğİıŞş'),
};

/**
 * How plausible a decoding is: the number of non-ASCII letters in words that look right in
 * the code page's script. A word looks right when all its letters are of that one script, its
 * case is lower, UPPER or Capitalised, and: Latin words are mostly ASCII; Cyrillic words of
 * three letters or more have a fifth of vowels and do not start with ь/ъ; Greek words have no
 * ΰ/ΐ (rare in Greek, they are what Cyrillic а/А become) and no final sigma inside a word.
 * Known limit: Turkish and Central European Latin are told apart only by the letters above.
 */
export function codePageScore(text: string, encoding: string): number {
  let score = 0;
  for (const word of text.slice(0, 256 * 1024).match(/\p{L}+/gu) ?? []) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    const lower = word.toLowerCase();
    const caseOk = word === lower || word === word.toUpperCase() || word.slice(1) === lower.slice(1);
    if (!caseOk) continue;
    if (encoding === 'windows-1251') {
      if (!/^\p{Script=Cyrillic}+$/u.test(word) || /^[ьъЬЪ]/.test(word)) continue;
      const vowels = [...word].filter((c) => CYRILLIC_VOWELS.has(c)).length;
      if (word.length >= 3 && vowels * 5 < word.length) continue;
      score += word.length;
    } else if (encoding === 'windows-1253') {
      if (!/^\p{Script=Greek}+$/u.test(word) || /[ΰΐ]/.test(word) || /ς./.test(word)) continue;
      score += word.length;
    } else {
      const evidence = LATIN_EVIDENCE[encoding]!;
      const letters = [...word];
      const nonAscii = letters.filter((c) => c > '\u007f');
      if (!/^\p{Script=Latin}+$/u.test(word) || nonAscii.length * 2 > letters.length) continue;
      score += nonAscii.filter((c) => evidence.has(c)).length;
    }
  }
  return score;
}

// ---------------------------------------------------------------- XLSX

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse('This Excel file is damaged or not a workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refuse('The workbook has no worksheet');
  const records: Array<[number, string[]]> = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records.push([row.number, Array.from(cells, (c) => c ?? '')]);
  });
  return toSheet('xlsx', 'xlsx', '', records);
}

/** A cell as the text Excel shows, near enough: dates as YYYY-MM-DD, formulas as their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}
