import { clean } from './text';

/** Characters Windows, macOS or Linux refuse in a file name, and line breaks. */
const REFUSED = /[\\/:*?"<>|\n\t]+/g;

function fileNameOf(name: string, fallback: string, max: number): string {
  const safe = clean(name).replace(REFUSED, ' ').replace(/\s+/g, ' ').trim().slice(0, max).replace(/[. ]+$/, '');
  return safe || fallback;
}

/** A name every desktop system accepts: none of the characters one of them refuses, no trailing dot, not too long. */
export function safeFileName(name: string): string {
  return fileNameOf(name, 'Liaison document', 150);
}

/** A file name (without extension) for an exported table: "<title> - <what>". */
export function exportFileName(title: string, what: string): string {
  return `${fileNameOf(title, 'Event', 100)} - ${what}`;
}

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
export function sheetName(title: string): string {
  const name = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).replace(/^'+|'+$/g, '').trim();
  return name || 'Participants';
}
