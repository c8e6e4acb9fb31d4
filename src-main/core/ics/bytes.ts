import { isUtf8 } from 'node:buffer';
import { AppError } from '../../../src-shared/errors';
import { decodeLegacy, decodeUtf16 } from '../imports';

/**
 * An .ics file's bytes into content lines. RFC 5545 folds lines by octets, so a fold may fall
 * inside a UTF-8 character: lines are unfolded as bytes and only then decoded. UTF-8 (with or
 * without BOM) is read strictly; other bytes are read as a Windows code page (named in a
 * warning); UTF-16 is recognised by its BOM, or by the zero bytes of "BEGIN" without one.
 * A decoding never yields U+FFFD: the file is read in the right encoding or refused.
 */

export interface ContentLine {
  /** The physical line the content line starts on. */
  no: number;
  text: string;
}

export interface DecodedFile {
  lines: ContentLine[];
  encoding: string;
  warnings: Array<{ line: number; message: string }>;
}

const refuse = (message: string) => new AppError('invalid_input', `Line 1: ${message}`, { line: 1, issues: [{ path: 'base64', message }] });

// Western first: Outlook and Lotus Notes in Western Europe write Windows-1252.
const CODE_PAGES = ['windows-1252', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254'] as const;
const CODE_PAGE_NAMES: Record<string, string> = {
  'windows-1252': 'Windows-1252 (Western European)',
  'windows-1250': 'Windows-1250 (Central European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'windows-1253': 'Windows-1253 (Greek)',
  'windows-1254': 'Windows-1254 (Turkish)',
};

// C0 controls but tab, and DEL: RFC 5545 admits none in a content line (C1 controls are left alone).
const CONTROL = /\p{Cc}/gu;
const isStripped = (c: string) => c !== '\t' && (c <= '\u001f' || c === '\u007f');
const hasControl = (text: string) => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
};

export function decodeIcs(bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) throw new AppError('invalid_input', 'The file is empty', { issues: [{ path: 'base64', message: 'The file is empty' }] });
  const warnings: DecodedFile['warnings'] = [];
  let lines: ContentLine[];
  let encoding: string;
  const utf16 = decodeUtf16(bytes) ?? utf16WithoutBom(bytes);
  if (utf16) {
    encoding = utf16.encoding;
    lines = unfoldText(utf16.text.replace(/^\uFEFF/, ''));
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    // Valid UTF-8 as it stands means no fold splits a character (a fold puts CR LF inside one):
    // the text is then decoded once and unfolded as text, which reads the same as unfolding the bytes.
    const whole = decodeUtf8(body);
    if (whole !== null) {
      encoding = 'utf-8';
      lines = unfoldText(whole);
      // One search of the whole text spares the line-by-line check of a clean file.
      if (!STRIPPED.test(whole)) return { lines: lines.filter(nonBlank), encoding, warnings };
    } else {
      const { joined, numbers } = unfoldBytes(body);
      let text: string;
      const utf8 = decodeUtf8(joined);
      if (utf8 !== null) {
        text = utf8;
        encoding = 'utf-8';
      } else {
        ({ text, encoding } = decodeLegacy(joined, CODE_PAGES));
        warnings.push({ line: 1, message: `The file is not UTF-8; it was read as ${CODE_PAGE_NAMES[encoding] ?? encoding}` });
      }
      const texts = text.split('\n');
      lines = numbers.map((no, i) => ({ no, text: texts[i] ?? '' }));
    }
  }
  let controls = 0;
  let chars = 0;
  const touched: number[] = [];
  for (const line of lines) {
    chars += line.text.length;
    if (!hasControl(line.text)) continue;
    const cleaned = line.text.replace(CONTROL, (c) => {
      if (!isStripped(c)) return c;
      controls++;
      return '';
    });
    if (cleaned !== line.text) {
      touched.push(line.no);
      line.text = cleaned;
    }
  }
  // A few control characters are sloppiness; one in twenty characters is a binary file.
  if (controls >= 16 && controls * 20 > chars) throw refuse('The file is not text (it is full of control characters): it is not an iCalendar (.ics) file');
  if (touched.length) {
    const where = touched.length === 1 ? 'one line' : `${touched.length} lines`;
    warnings.push({ line: touched[0]!, message: `Control characters (invisible, such as NUL) were removed from ${where}` });
  }
  return { lines: lines.filter(nonBlank), encoding, warnings };
}

// Control characters but tab and line breaks (which only separate lines of a text not yet unfolded):
// where there are none, no line has what hasControl looks for (C1 controls only make the lines checked).
const STRIPPED = /[^\P{Cc}\t\n\r]/u;

/**
 * Strict UTF-8 (what a fatal TextDecoder accepts, a BOM kept), or null. Node's own validation and
 * decoding take a fraction of a millisecond for a file TextDecoder spends tens of milliseconds on.
 */
const decodeUtf8 = (bytes: Uint8Array): string | null =>
  isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : null;

// A printable ASCII first character settles it without the copy trim() may make.
const nonBlank = (l: ContentLine) => {
  const c = l.text.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || l.text.trim() !== '';
};

/** "B\0E\0G\0I\0N\0" or "\0B\0E\0G\0I\0N": UTF-16 written without a byte-order mark. */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.length < 4) return null;
  const le = bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0;
  const be = bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0;
  if (!le && !be) return null;
  const encoding = le ? 'utf-16le' : 'utf-16be';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw refuse(`The file looks like ${encoding.toUpperCase()} without a byte-order mark but is not valid ${encoding.toUpperCase()} text`);
  }
}

const found = (index: number) => (index < 0 ? Infinity : index);
const CR = 0x0d;
const LF = 0x0a;

/** Physical lines (CRLF, LF or a lone CR) joined into content lines, as bytes, separated by LF. */
function unfoldBytes(bytes: Uint8Array): { joined: Uint8Array; numbers: number[] } {
  const out = new Uint8Array(bytes.length);
  const numbers: number[] = [];
  let n = 0;
  let physical = 0;
  let i = 0;
  // The next CR and LF, found natively and kept until passed (a file of LF only is not rescanned for CR per line).
  let nextCr = -1;
  let nextLf = -1;
  while (i < bytes.length) {
    physical++;
    if (nextCr < i) nextCr = found(bytes.indexOf(CR, i));
    if (nextLf < i) nextLf = found(bytes.indexOf(LF, i));
    const end = Math.min(nextCr, nextLf, bytes.length);
    const continues = (bytes[i] === 0x20 || bytes[i] === 0x09) && numbers.length > 0;
    if (end === i) {
      // An empty line: nothing to keep.
    } else if (continues) {
      out.set(bytes.subarray(i + 1, end), n);
      n += end - i - 1;
    } else {
      if (numbers.length) out[n++] = LF;
      numbers.push(physical);
      out.set(bytes.subarray(i, end), n);
      n += end - i;
    }
    i = end;
    if (bytes[i] === CR) {
      i++;
      if (bytes[i] === LF) i++;
    } else if (bytes[i] === LF) i++;
  }
  return { joined: out.subarray(0, n), numbers };
}

/** Physical lines (CRLF, LF or a lone CR) joined into content lines, as text: the counterpart of unfoldBytes. */
function unfoldText(text: string): ContentLine[] {
  const lines: ContentLine[] = [];
  let last: ContentLine | null = null;
  let physical = 0;
  let i = 0;
  let nextCr = -1;
  let nextLf = -1;
  const length = text.length;
  while (i < length) {
    physical++;
    if (nextCr < i) nextCr = found(text.indexOf('\r', i));
    if (nextLf < i) nextLf = found(text.indexOf('\n', i));
    const end = Math.min(nextCr, nextLf, length);
    const first = text.charCodeAt(i);
    if (end === i) {
      // An empty line: nothing to keep.
    } else if ((first === 0x20 || first === 0x09) && last) {
      last.text += text.slice(i + 1, end);
    } else {
      last = { no: physical, text: text.slice(i, end) };
      lines.push(last);
    }
    i = end;
    if (text.charCodeAt(i) === CR) {
      i++;
      if (text.charCodeAt(i) === LF) i++;
    } else if (text.charCodeAt(i) === LF) i++;
  }
  return lines;
}
