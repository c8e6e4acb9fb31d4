/**
 * Text made safe for the file formats Liaison writes. Input validation already strips these characters,
 * but rows stored by an older version or brought in by an import may still hold them.
 */

// What XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF), plus the other
// non-characters and C1 controls, which no reader expects. One such character makes Excel or Word refuse the file.
const NOT_FOR_XML = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_FOR_XML, (c) => (c === '\t' || c === '\n' || c === '\r' ? c : ''));
}

/** A spreadsheet cell as written to XLSX: text cleaned, numbers and dates untouched. */
export const xlsxCell = <T>(value: T): T => (typeof value === 'string' ? (xmlText(value) as T) : value);

/** RFC 5545 TEXT admits no control character but tab; line breaks stay, as ical.js writes them escaped (\n). */
export function icsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_FOR_XML, (c) => (c === '\t' || c === '\n' ? c : ''));
}

// Word refuses a file holding XML-illegal characters; in HTML they are noise at best.
const CONTROL = /(?![\n\t])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

/** Text as stored, made fit for a document: line breaks kept, control characters dropped. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}
