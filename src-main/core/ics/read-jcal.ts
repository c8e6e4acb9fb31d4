import ICAL from 'ical.js';

/**
 * One content line into its jCal property, exactly as ical.js's parser makes it. ical.js's own
 * line reader is general (RFC 6868 escapes, multi-valued and typed parameters, odd quoting) and
 * most of a calendar's lines need none of that: those are read here, with ical.js's own value
 * readers; any other line is handed to ical.js whole, so the result never differs.
 */

export type JcalProperty = [name: string, params: Record<string, unknown>, type: string, ...values: unknown[]];

// The design set ical.js reads an iCalendar with (ICAL.parse takes it from the first BEGIN:VCALENDAR).
const DESIGN = ICAL.design.icalendar;
const PROPERTIES = DESIGN.property as Record<string, { defaultType: string; multiValue?: string; structuredValue?: string; detectType?: (value: string) => string }>;
const PARAMS = DESIGN.param as Record<string, { valueType?: string; multiValue?: string }>;

// Property and parameter names in lower case, as jCal has them: a calendar uses a few dozen, thousands of times.
const lowerNames = new Map<string, string>();
const lowerName = (name: string): string => {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (lowerNames.size < 1_000) lowerNames.set(name, lower);
  }
  return lower;
};

/** Parameters ical.js reads as plain text: not multi-valued, not typed. The rest go to ical.js. */
const plainParams = new Map<string, boolean>();
const plainParam = (lower: string): boolean => {
  let plain = plainParams.get(lower);
  if (plain === undefined) {
    plain = !(lower in PARAMS) || (!PARAMS[lower]!.multiValue && (PARAMS[lower]!.valueType ?? 'text') === 'text');
    if (plainParams.size < 1_000) plainParams.set(lower, plain);
  }
  return plain;
};

const isNameChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
const QUOTE = 0x22;
const SEMICOLON = 0x3b;
const COLON = 0x3a;

/**
 * The parameters from the `;` at `at`, and where the value starts; null when a parameter needs
 * more than the plain reading (quotes closed before junk, `^` escapes, backslashes, typed or
 * multi-valued parameters, a name that is not a token).
 */
function readParams(line: string, at: number): { params: Record<string, unknown>; type: string | undefined; valueAt: number } | null {
  const params: Record<string, unknown> = {};
  let type: string | undefined;
  let i = at;
  for (;;) {
    // line[i] is ';': a parameter follows.
    const nameAt = i + 1;
    let eq = nameAt;
    while (eq < line.length && isNameChar(line.charCodeAt(eq))) eq++;
    if (eq === nameAt || line.charCodeAt(eq) !== 0x3d) return null;
    let value: string;
    let next: number;
    if (line.charCodeAt(eq + 1) === QUOTE) {
      const close = line.indexOf('"', eq + 2);
      if (close < 0) return null;
      value = line.slice(eq + 2, close);
      next = close + 1;
    } else {
      next = eq + 1;
      for (; next < line.length; next++) {
        const c = line.charCodeAt(next);
        if (c === SEMICOLON || c === COLON) break;
        if (c === QUOTE) return null;
      }
      value = line.slice(eq + 1, next);
    }
    const stop = line.charCodeAt(next);
    if (stop !== SEMICOLON && stop !== COLON) return null;
    // A later ':' must remain for the value (ical.js refuses the line otherwise).
    if (stop === SEMICOLON && line.indexOf(':', next) < 0) return null;
    if (value.includes('^') || value.includes('\\')) return null;
    const lower = lowerName(line.slice(nameAt, eq));
    if (!plainParam(lower)) return null;
    // ical.js reads VALUE as a parameter, then takes it out as the value type. A text parameter
    // without a backslash reads as it is written.
    if (lower === 'value') type = value;
    else params[lower] = value;
    if (stop === COLON) return { params, type, valueAt: next + 1 };
    i = next;
  }
}

/**
 * The jCal of a property line (not BEGIN/END); throws as ical.js does when it cannot be read.
 * `known` is the name the line starts with, when the caller has read it (letters, digits and '-').
 */
export function readProperty(line: string, known?: string): JcalProperty {
  const colon = line.indexOf(':');
  const semicolon = line.indexOf(';');
  const hasParams = semicolon >= 0 && (colon < 0 || semicolon < colon);
  let nameEnd = known?.length ?? 0;
  if (known === undefined) while (nameEnd < line.length && isNameChar(line.charCodeAt(nameEnd))) nameEnd++;
  const read = colon >= 0 && nameEnd > 0 && nameEnd === (hasParams ? semicolon : colon) ? (hasParams ? readParams(line, semicolon) : { params: {}, type: undefined, valueAt: colon + 1 }) : null;
  if (!read) return ICAL.parse.property(line) as JcalProperty;

  const name = lowerName(known ?? line.slice(0, nameEnd));
  const value = line.slice(read.valueAt);
  const details = name in PROPERTIES ? PROPERTIES[name] : undefined;
  const multiValue = details && 'multiValue' in details ? details.multiValue : undefined;
  const structuredValue = details && 'structuredValue' in details ? details.structuredValue : undefined;
  let valueType = value && details && 'detectType' in details ? details.detectType!(value) : undefined;
  if (!valueType) valueType = read.type !== undefined ? read.type.toLowerCase() : details ? details.defaultType : 'unknown';

  // As ical.js's _handleContentLine builds the result, with its own value readers.
  const parse = ICAL.parse;
  if (multiValue && structuredValue) {
    return [name, read.params, valueType, parse._parseMultiValue(value, structuredValue, valueType, [], multiValue, DESIGN, structuredValue)];
  }
  if (multiValue) {
    const result: JcalProperty = [name, read.params, valueType];
    parse._parseMultiValue(value, multiValue, valueType, result, null as unknown as string, DESIGN, false);
    return result;
  }
  if (structuredValue) {
    return [name, read.params, valueType, parse._parseMultiValue(value, structuredValue, valueType, [], null as unknown as string, DESIGN, structuredValue)];
  }
  return [name, read.params, valueType, parse._parseValue(value, valueType, DESIGN, false)];
}

// ── reading a component's jCal ─────────────────────────────────────────────────────────────
// ical.js's getFirstProperty and getAllProperties make an ICAL.Property for every property they
// return; the importer only reads values and parameters, which the jCal holds as they are.

const propertiesOf = (component: ICAL.Component) => component.jCal[1] as JcalProperty[];

/** The first property named `name` (lower case), as getFirstProperty finds it, or null. */
export function firstProperty(component: ICAL.Component, name: string): JcalProperty | null {
  const props = propertiesOf(component);
  for (let i = 0; i < props.length; i++) if (props[i]![0] === name) return props[i]!;
  return null;
}

/** Every property named `name` (lower case), in order. */
export function allProperties(component: ICAL.Component, name: string): JcalProperty[] {
  return propertiesOf(component).filter((p) => p[0] === name);
}

/** A parameter as ICAL.Property.getParameter reads it. */
export const parameterOf = (prop: JcalProperty, name: string): unknown => (name in prop[1] ? prop[1][name] : undefined);
