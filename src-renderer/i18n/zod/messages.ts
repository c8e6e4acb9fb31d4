import { type $ZodConfig, type $ZodInvalidTypeExpected, type $ZodIssueInvalidElement, type $ZodIssueInvalidKey, type $ZodStringFormats, util } from 'zod/v4/core';

/**
 * zod's own messages for the languages zod ships no locale for (Serbian, Bosnian, Albanian): the
 * issues `zod/v4/locales/hr.js` covers, written as data per language for one function, so that
 * Serbian Latin can be the Cyrillic table transliterated. Templates name their values `{name}`.
 */

/** The kinds zod names in an issue: a value's parsed type, or what a schema expected. */
type TypeName = util.ParsedTypes | Extract<$ZodInvalidTypeExpected, 'int' | 'tuple' | 'record' | 'never' | 'void' | 'nonoptional'>;

/** A string format described in words; starts_with, ends_with and includes have sentences of their own. */
type FormatName = Exclude<$ZodStringFormats, 'starts_with' | 'ends_with' | 'includes'> | 'uuidv4' | 'uuidv6' | 'mac' | 'currency_code' | 'template_literal';

/** What a size is counted in: CLDR plural forms, `other` the one every language has. */
type Unit = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface ZodLocaleText {
  /** The locale the units' plural forms follow. */
  locale: string;
  /** Nouns that fit "expected {expected}" and a size's subject (zod's TypeDictionary). */
  types: Record<TypeName, string>;
  /** Sizes counted in units (zod's Sizable). */
  units: Record<'string' | 'file' | 'array' | 'set' | 'map', Unit>;
  /** A format as a noun, for "expected {format}" (zod's FormatDictionary). */
  formats: Record<FormatName, string>;
  /** A limit in words, `{n}` its value: "at most 3". */
  bounds: Record<'atMost' | 'lessThan' | 'exactly' | 'atLeast' | 'moreThan', string>;
  messages: {
    /** `{expected}`, `{received}`: type names. */
    invalidType: string;
    /** `{expected}`: a class name. */
    invalidInstance: string;
    /** `{value}`: the one value allowed. */
    invalidValue: string;
    /** `{values}`: the values allowed. */
    invalidOption: string;
    /** `{origin}`, `{bound}`, `{unit}`. */
    tooBigSized: string;
    /** `{origin}`, `{bound}`. */
    tooBig: string;
    tooSmallSized: string;
    tooSmall: string;
    /** `{format}`. */
    invalidFormat: string;
    /** `{prefix}`. */
    startsWith: string;
    /** `{suffix}`. */
    endsWith: string;
    /** `{includes}`. */
    includes: string;
    /** `{pattern}`. */
    pattern: string;
    /** `{divisor}`. */
    notMultipleOf: string;
    /** `{keys}`. */
    unrecognizedKey: string;
    unrecognizedKeys: string;
    invalidKey: Record<$ZodIssueInvalidKey['origin'], string>;
    invalidElement: Record<$ZodIssueInvalidElement['origin'], string>;
    /** More than one option of an exclusive union matched. */
    ambiguousUnion: string;
    invalidInput: string;
  };
}

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** A limit as the user reads it: zod passes a date's limit as a Date or its time in milliseconds. */
const limit = (value: unknown, origin: string): string => {
  if (value instanceof Date) return value.toISOString();
  return origin === 'date' && typeof value === 'number' ? new Date(value).toISOString() : String(value);
};

/** A zod locale, `{ localeError }` as `zod/v4/locales/*.js` return it, from one language's text. */
export function zodLocale(text: ZodLocaleText): () => Pick<$ZodConfig, 'localeError'> {
  const { types, units, formats, bounds, messages } = text;
  const plural = new Intl.PluralRules(text.locale);
  const typeName = (type: string): string => types[type as TypeName] ?? type;
  const sized = (origin: string, bound: keyof ZodLocaleText['bounds'], value: unknown, template: string, sizedTemplate: string): string => {
    const n = limit(value, origin);
    const values = { origin: typeName(origin), bound: fill(bounds[bound], { n }) };
    const unit = units[origin as keyof ZodLocaleText['units']];
    if (!unit) return fill(template, values);
    return fill(sizedTemplate, { ...values, unit: unit[plural.select(Number(value))] ?? unit.other });
  };
  return () => ({
    localeError: (issue) => {
      switch (issue.code) {
        case 'invalid_type': {
          const received = typeName(util.parsedType(issue.input));
          // A class the input is no instance of (z.instanceof(Date)) is named as the code names it.
          if (/^[A-Z]/.test(issue.expected)) return fill(messages.invalidInstance, { expected: issue.expected, received });
          return fill(messages.invalidType, { expected: typeName(issue.expected), received });
        }
        case 'invalid_value':
          if (issue.values.length === 1) return fill(messages.invalidValue, { value: util.stringifyPrimitive(issue.values[0]) });
          return fill(messages.invalidOption, { values: util.joinValues(issue.values, '|') });
        case 'too_big':
          return sized(issue.origin, issue.exact ? 'exactly' : issue.inclusive ? 'atMost' : 'lessThan', issue.maximum, messages.tooBig, messages.tooBigSized);
        case 'too_small':
          return sized(issue.origin, issue.exact ? 'exactly' : issue.inclusive ? 'atLeast' : 'moreThan', issue.minimum, messages.tooSmall, messages.tooSmallSized);
        case 'invalid_format': {
          if (issue.format === 'starts_with') return fill(messages.startsWith, { prefix: String(issue.prefix) });
          if (issue.format === 'ends_with') return fill(messages.endsWith, { suffix: String(issue.suffix) });
          if (issue.format === 'includes') return fill(messages.includes, { includes: String(issue.includes) });
          if (issue.format === 'regex') return fill(messages.pattern, { pattern: String(issue.pattern) });
          return fill(messages.invalidFormat, { format: formats[issue.format as FormatName] ?? issue.format });
        }
        case 'not_multiple_of':
          return fill(messages.notMultipleOf, { divisor: String(issue.divisor) });
        case 'unrecognized_keys':
          return fill(issue.keys.length > 1 ? messages.unrecognizedKeys : messages.unrecognizedKey, { keys: util.joinValues(issue.keys, ', ') });
        case 'invalid_key':
          return messages.invalidKey[issue.origin] ?? messages.invalidInput;
        case 'invalid_element':
          return messages.invalidElement[issue.origin] ?? messages.invalidInput;
        case 'invalid_union':
          // A discriminated union names the values its key may take, as an invalid option does.
          if (Array.isArray(issue.options) && issue.options.length > 0) return fill(messages.invalidOption, { values: util.joinValues(issue.options, '|') });
          return issue.inclusive === false ? messages.ambiguousUnion : messages.invalidInput;
        default:
          return messages.invalidInput;
      }
    },
  });
}
