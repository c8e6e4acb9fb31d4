import type { CsvSeparator } from '../../../src-shared/contract';

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
