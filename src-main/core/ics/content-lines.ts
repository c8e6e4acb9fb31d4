import { icsText } from '../files';

/**
 * The content lines of an export, written directly: ical.js builds a component tree and then
 * stringifies it, which took half of an export of 15,000 events. Only the value types the export
 * writes are known here; what is written is checked by python3-icalendar and khal in the tests.
 */

export type ValueType = 'text' | 'date' | 'date-time' | 'integer' | 'uri' | 'cal-address' | 'unknown';

/** A property as jCal writes it: name, parameters, type, values (several only for CATEGORIES). */
export type Property = [name: string, params: Record<string, string>, type: ValueType, ...values: Array<string | number>];

const FOLD_OCTETS = 75;
// Any UTF-16 unit past ASCII (surrogates too, as this is not a /u pattern).
const NON_ASCII = /[\u0080-\uffff]/;

// Most values need no escaping: one test without a match is cheaper than icsText's two replacements and ours.
// What icsText changes (line breaks, controls, lone surrogates, non-characters) and what TEXT escapes.
const TEXT_WORK = /[\\;,\r\n\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
// The same for a parameter value: what icsText changes, what RFC 6868 escapes and what makes it quoted.
const PARAM_WORK = /[\^":;,\r\n\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** TEXT (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped, control characters gone. */
export const escapeText = (value: string): string =>
  TEXT_WORK.test(value) ? icsText(value).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`)) : value;

/** A parameter value: quoted when it holds `:;,`; quotes, carets and line breaks as RFC 6868 writes them. */
export function paramValue(value: string): string {
  if (!PARAM_WORK.test(value)) return value;
  const escaped = icsText(value).replace(/[\^"\n]/g, (c) => (c === '^' ? '^^' : c === '"' ? "^'" : '^n'));
  return /[:;,]/.test(escaped) ? `"${escaped}"` : escaped;
}

/** `2024-05-21T06:30:00Z` → `20240521T063000Z`; `2024-05-21` → `20240521`. */
const compact = (value: string) => value.replace(/[-:]/g, '');

function valueText(type: ValueType, value: string | number): string {
  switch (type) {
    case 'text':
      return escapeText(String(value));
    case 'date':
    case 'date-time':
      return compact(String(value));
    default:
      return String(value);
  }
}

/** Lines over 75 octets folded: a CRLF and a space, the space counting in the next line's 75; never inside a character. */
export function fold(line: string): string {
  const length = line.length;
  if (length <= FOLD_OCTETS / 4) return line;
  // Most lines are ASCII (one octet a character): they are cut every 75, then 74, characters without counting octets.
  if (!NON_ASCII.test(line)) {
    if (length <= FOLD_OCTETS) return line;
    let folded = line.slice(0, FOLD_OCTETS);
    for (let i = FOLD_OCTETS; i < length; i += FOLD_OCTETS - 1) folded += `\r\n ${line.slice(i, i + FOLD_OCTETS - 1)}`;
    return folded;
  }
  if (Buffer.byteLength(line) <= FOLD_OCTETS) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = FOLD_OCTETS;
  for (let i = 0; i < line.length; ) {
    const code = line.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code >= 0x10000 ? 2 : 1;
    if (octets + width > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = FOLD_OCTETS - 1;
    }
    octets += width;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

// The type each property has when VALUE= does not say otherwise; a property not listed (X-…) is of no known type.
const DEFAULT_TYPE: Record<string, ValueType> = {
  dtstart: 'date-time',
  dtend: 'date-time',
  dtstamp: 'date-time',
  'last-modified': 'date-time',
  sequence: 'integer',
  url: 'uri',
  organizer: 'cal-address',
  attendee: 'cal-address',
  uid: 'text',
  summary: 'text',
  location: 'text',
  description: 'text',
  status: 'text',
  categories: 'text',
  prodid: 'text',
  version: 'text',
  calscale: 'text',
  method: 'text',
  'x-wr-calname': 'text',
};

// Names in capitals, computed once per name: an export writes the same few names hundreds of thousands of times.
const upper = new Map<string, string>();
const upperOf = (name: string) => {
  let result = upper.get(name);
  if (result === undefined) upper.set(name, (result = name.toUpperCase()));
  return result;
};

export function contentLine(property: Property): string {
  const [name, params, type] = property;
  let line = upperOf(name);
  if (type !== (DEFAULT_TYPE[name] ?? 'unknown')) line += `;VALUE=${upperOf(type)}`;
  for (const key in params) line += `;${upperOf(key)}=${paramValue(params[key]!)}`;
  line += ':';
  for (let i = 3; i < property.length; i++) line += (i > 3 ? ',' : '') + valueText(type, property[i] as string | number);
  return fold(line);
}
