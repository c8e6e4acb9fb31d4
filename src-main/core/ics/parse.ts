import ICAL from 'ical.js';
import { AppError } from '../../../src-shared/errors';
import { type ContentLine, decodeIcs } from './bytes';
import { type JcalProperty, readProperty } from './read-jcal';

/**
 * Reading an .ics file: ical.js does the RFC 5545 parsing; this module only finds where things
 * are (line numbers, which ical.js does not keep) and refuses what ical.js would silently accept
 * or report without a line: a file that is not a calendar, unbalanced BEGIN/END, a line without ':'.
 */

export function icsError(line: number, what: string, extra: Record<string, unknown> = {}): AppError {
  const message = `Line ${line}: ${what}`;
  return new AppError('invalid_input', message, { line, issues: [{ path: 'text', message }], ...extra });
}

/** Where a VEVENT sits in the file: its BEGIN line and the first line of each of its own properties. */
export interface VeventSource {
  line: number;
  props: Map<string, number>;
}

export interface ParsedCalendar {
  calendar: ICAL.Component;
  line: number;
  props: Map<string, number>;
  vevents: Array<{ component: ICAL.Component; source: VeventSource }>;
  /** Other components directly in the calendar that are not events (VTODO, VJOURNAL…), by name. */
  ignored: Map<string, { line: number; count: number }>;
}

type LogicalLine = ContentLine;

// Long, many-line texts a stray line (a line break the writer forgot to fold) can belong to; after a title or anything else it is refused.
const TEXT_PROPERTIES = new Set(['DESCRIPTION', 'COMMENT', 'X-ALT-DESC']);
// A parameter value opened with a quote that closes only after the value: TZID="W. Europe Standard Time:20200609T090000".
const QUOTE_AFTER_VALUE = /^([^:"]*(?:"[^"]*"[^:"]*)*=)"([^"]*):([^":]*)"$/;

/**
 * Sloppiness that other readers forgive and whose meaning is not in doubt, read with a warning:
 * a quote closed after the value, spaces in an RRULE's lists ("BYDAY=MO, TU"), and a line of
 * a TEXT property's value that was not folded (read as a new line of that text).
 */
function repair(lines: LogicalLine[], warn: (line: number, message: string) => void): { lines: LogicalLine[]; names: Array<string | undefined> } {
  const out: LogicalLine[] = [];
  // The name of each line kept (a repair keeps it), for the scan not to read it again.
  const names: Array<string | undefined> = [];
  let previousName: string | undefined;
  for (const line of lines) {
    const name = nameOf(line.text);
    const previous = out[out.length - 1];
    if ((!name || !line.text.includes(':')) && previous && previousName && TEXT_PROPERTIES.has(previousName)) {
      previous.text += `\\n${line.text.replace(/[\\;,]/g, (c) => `\\${c}`)}`;
      warn(line.no, `“${excerpt(line.text)}” is not a property line; it was read as a further line of ${previousName} (line ${previous.no}), as the writer seems to have forgotten to fold it`);
      continue;
    }
    previousName = name;
    // The quote test is a costly pattern: only a line that ends in a quote can need it.
    const quoted = name && line.text.endsWith('"') ? QUOTE_AFTER_VALUE.exec(line.text) : null;
    if (quoted) {
      const fixed = `${quoted[1]}"${quoted[2]}":${quoted[3]}`;
      warn(line.no, `${name}: a quote in the parameters closes after the value; read as “${excerpt(fixed)}”`);
      out.push({ no: line.no, text: fixed });
      names.push(name);
      continue;
    }
    if ((name === 'RRULE' || name === 'EXRULE') && /:.*\s/.test(line.text)) {
      const colon = line.text.indexOf(':');
      const fixed = `${line.text.slice(0, colon + 1)}${line.text.slice(colon + 1).replace(/\s+/g, '')}`;
      warn(line.no, `${name} has spaces inside its value; read without them: “${excerpt(fixed)}”`);
      out.push({ no: line.no, text: fixed });
      names.push(name);
      continue;
    }
    out.push(line);
    names.push(name);
  }
  return { lines: out, names };
}

/** The name a property line starts with (letters, digits, '-', then ';' or ':'), in capitals, or undefined. */
function nameOf(text: string): string | undefined {
  let end = 0;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) break;
  }
  const next = text.charCodeAt(end);
  return end > 0 && (next === 0x3b || next === 0x3a) ? text.slice(0, end).toUpperCase() : undefined;
}
const CALENDAR_CHILDREN = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE', 'VAVAILABILITY']);
const PARENT_OF: Record<string, readonly string[]> = {
  STANDARD: ['VTIMEZONE'],
  DAYLIGHT: ['VTIMEZONE'],
  VALARM: ['VEVENT', 'VTODO'],
};

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

interface Frame {
  name: string;
  line: number;
}

type JcalComponent = [name: string, properties: JcalProperty[], components: JcalComponent[]];

// A BEGIN or END line ical.js reads as this module does: no parameter, a component name with nothing around it.
const PLAIN_COMPONENT = /^(?:BEGIN|END):[A-Za-z0-9-]+$/i;

/**
 * Checks the structure line by line and notes where each calendar, and each of its VEVENTs and
 * their properties, start. On the way it reads the lines into jCal as ical.js would (`roots`),
 * unless a BEGIN or END line could read differently there (then `roots` is null and ical.js
 * reads the file); `unreadable` is what ical.js said of the first line it cannot read.
 */
function scan(lines: LogicalLine[], names: ReadonlyArray<string | undefined>) {
  const first = lines[0];
  if (!first || !/^BEGIN:VCALENDAR$/i.test(first.text.trim())) {
    throw icsError(first?.no ?? 1, 'The file does not start with BEGIN:VCALENDAR: it is not an iCalendar (.ics) file');
  }
  const stack: Frame[] = [];
  const calendars: Array<{ line: number; props: Map<string, number>; vevents: VeventSource[]; ignored: ParsedCalendar['ignored'] }> = [];
  let vevent: VeventSource | null = null;
  let roots: JcalComponent[] | null = [];
  const open: JcalComponent[] = [];
  let unreadable: { error: unknown } | null = null;
  for (let k = 0; k < lines.length; k++) {
    const { no, text } = lines[k]!;
    const name = names[k];
    if (!name || !text.includes(':')) {
      throw icsError(no, `“${excerpt(text)}” is not a property line: a line needs a name, a colon and a value (NAME:value)`);
    }
    const top = stack[stack.length - 1];
    if (name === 'BEGIN' || name === 'END') {
      const component = text.slice(text.indexOf(':') + 1).trim().toUpperCase();
      if (!component) throw icsError(no, `${name} without a component name`);
      if (roots && !PLAIN_COMPONENT.test(text)) roots = null;
      if (name === 'BEGIN') {
        if (!top && component !== 'VCALENDAR') throw icsError(no, `BEGIN:${component} outside BEGIN:VCALENDAR … END:VCALENDAR`);
        if (top) checkNesting(component, stack, no);
        stack.push({ name: component, line: no });
        if (roots) {
          const jcal: JcalComponent = [component.toLowerCase(), [], []];
          if (open.length) open[open.length - 1]![2].push(jcal);
          else roots.push(jcal);
          open.push(jcal);
        }
        if (component === 'VCALENDAR') calendars.push({ line: no, props: new Map(), vevents: [], ignored: new Map() });
        else if (stack.length === 2) {
          const calendar = calendars[calendars.length - 1]!;
          if (component === 'VEVENT') {
            vevent = { line: no, props: new Map() };
            calendar.vevents.push(vevent);
          } else if (component !== 'VTIMEZONE') {
            const seen = calendar.ignored.get(component);
            calendar.ignored.set(component, { line: seen?.line ?? no, count: (seen?.count ?? 0) + 1 });
          }
        }
      } else {
        if (!top || !stack.some((f) => f.name === component)) throw icsError(no, `END:${component} without a matching BEGIN:${component}`);
        if (top.name !== component) {
          throw icsError(no, `END:${component} found while ${top.name} (opened on line ${top.line}) is still open: END:${top.name} is missing`, {
            openedAt: top.line,
          });
        }
        stack.pop();
        open.pop();
        if (component === 'VEVENT') vevent = null;
      }
      continue;
    }
    if (!top) throw icsError(no, `“${excerpt(text)}” is outside BEGIN:VCALENDAR … END:VCALENDAR`);
    if (roots && !unreadable) {
      try {
        open[open.length - 1]![1].push(readProperty(text, name));
      } catch (error) {
        unreadable = { error };
      }
    }
    if (stack.length === 1) {
      const props = calendars[calendars.length - 1]!.props;
      if (!props.has(name)) props.set(name, no);
    } else if (vevent && stack.length === 2) {
      if (!vevent.props.has(name)) vevent.props.set(name, no);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) {
    const last = lines[lines.length - 1]!.no;
    throw icsError(unclosed.line, `BEGIN:${unclosed.name} is never closed: END:${unclosed.name} is missing (the file ends on line ${last})`, { openedAt: unclosed.line });
  }
  return { calendars, roots, unreadable };
}

function checkNesting(component: string, stack: Frame[], no: number) {
  const top = stack[stack.length - 1]!;
  const open = stack.find((f) => f.name === component);
  if (open) {
    throw icsError(no, `BEGIN:${component} inside the ${component} opened on line ${open.line}: END:${component} is missing before this line`, {
      openedAt: open.line,
    });
  }
  if (CALENDAR_CHILDREN.has(component) && top.name !== 'VCALENDAR') {
    throw icsError(no, `BEGIN:${component} inside ${top.name} (opened on line ${top.line}): END:${top.name} is missing before this line`, {
      openedAt: top.line,
    });
  }
  const parents = PARENT_OF[component];
  if (parents && !parents.includes(top.name)) throw icsError(no, `BEGIN:${component} cannot appear inside ${top.name}`);
}

/** ical.js reports a bad line without its number: parse the lines one by one to find the first it refuses. */
function locate(lines: LogicalLine[], error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  for (const { no, text } of lines) {
    if (/^(BEGIN|END):/i.test(text)) continue;
    try {
      ICAL.parse.property(text);
    } catch (e) {
      const name = nameOf(text) ?? 'This line';
      return icsError(no, `${name} cannot be read (${e instanceof Error ? e.message : String(e)}): “${excerpt(text)}”`);
    }
  }
  return icsError(1, `The file could not be read as iCalendar: ${reason}`);
}

export interface ParsedFile {
  calendars: ParsedCalendar[];
  /** How the bytes were read (`utf-8`, `windows-1252`…). */
  encoding: string;
  /** What was read leniently or cleaned, line by line. */
  warnings: Array<{ line: number; message: string }>;
  /** The unfolded content line that starts on this line of the file, shortened for a message. */
  lineText(line: number): string;
}

/** The file's bytes (a string is taken as its UTF-8 text). */
export function parseIcs(input: Uint8Array | string): ParsedFile {
  const decoded = decodeIcs(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  const warnings = [...decoded.warnings];
  const { lines, names } = repair(decoded.lines, (line, message) => warnings.push({ line, message }));
  const { calendars: sources, roots: read, unreadable } = scan(lines, names);
  if (unreadable) throw locate(lines, unreadable.error);
  let roots: unknown[][];
  if (read) roots = read;
  else {
    let jcal: unknown;
    try {
      jcal = ICAL.parse(lines.map((l) => l.text).join('\r\n'));
    } catch (error) {
      throw locate(lines, error);
    }
    roots = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[][];
  }
  // Only a warning needs a line's text: the index is built at the first.
  let byLine: Map<number, string> | null = null;
  const lineText = (line: number) => excerpt((byLine ??= new Map(lines.map((l) => [l.no, l.text]))).get(line) ?? '');
  const calendars = roots.map((root, i): ParsedCalendar => {
    const calendar = new ICAL.Component(root);
    const source = sources[i]!;
    const components = calendar.getAllSubcomponents('vevent');
    if (components.length !== source.vevents.length) throw new AppError('internal', 'The events of the file could not be matched to their lines');
    return {
      calendar,
      line: source.line,
      props: source.props,
      vevents: components.map((component, k) => ({ component, source: source.vevents[k]! })),
      ignored: source.ignored,
    };
  });
  return { calendars, encoding: decoded.encoding, warnings, lineText };
}
