import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';
import english from 'zod/v4/locales/en.js';
import bsLocale, { bs } from '../../src-renderer/i18n/zod/bs';
import type { ZodLocaleText } from '../../src-renderer/i18n/zod/messages';
import sqLocale, { sq } from '../../src-renderer/i18n/zod/sq';
import srCyrlLocale, { srCyrl } from '../../src-renderer/i18n/zod/sr-Cyrl';
import srLatnLocale, { srLatn } from '../../src-renderer/i18n/zod/sr-Latn';

const LOCALES = {
  'sr-Cyrl': { locale: srCyrlLocale, text: srCyrl },
  'sr-Latn': { locale: srLatnLocale, text: srLatn },
  bs: { locale: bsLocale, text: bs },
  sq: { locale: sqLocale, text: sq },
} satisfies Record<string, { locale: typeof bsLocale; text: ZodLocaleText }>;
type Code = keyof typeof LOCALES;

const message = (result: { success: boolean; error?: z.ZodError }) => result.error!.issues[0]!.message;

/** The handful of schemas the forms meet most, failed on purpose. */
const failures = {
  tooLong: () => message(z.string().max(3).safeParse('abcd')),
  tooSmall: () => message(z.number().min(5).safeParse(3)),
  option: () => message(z.enum(['a', 'b']).safeParse('c')),
  extraKey: () => message(z.object({}).strict().safeParse({ extra: 1 })),
  extraKeys: () => message(z.object({}).strict().safeParse({ extra: 1, other: 2 })),
  email: () => message(z.string().email().safeParse('x')),
  wrongType: () => message(z.string().safeParse(42)),
  exactLength: () => message(z.string().length(2).safeParse('abcde')),
  fewItems: () => message(z.array(z.number()).min(2).safeParse([1])),
  literal: () => message(z.literal('a').safeParse('b')),
  multiple: () => message(z.number().multipleOf(3).safeParse(4)),
  prefix: () => message(z.string().startsWith('ab').safeParse('x')),
  pattern: () => message(z.string().regex(/^[0-9]+$/).safeParse('x')),
  date: () => message(z.date().max(new Date('2026-01-01T00:00:00Z')).safeParse(new Date('2027-01-01T00:00:00Z'))),
  discriminator: () => message(z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]).safeParse({ kind: 'c' })),
  union: () => message(z.union([z.string(), z.number()]).safeParse(true)),
  instance: () => message(z.instanceof(Date).safeParse('x')),
};

/** Every issue code, for what no schema above raises. */
const issues: $ZodRawIssue[] = [
  { code: 'invalid_key', origin: 'map', issues: [], input: new Map() },
  { code: 'invalid_key', origin: 'record', issues: [], input: {} },
  { code: 'invalid_element', origin: 'map', key: 'k', issues: [], input: new Map() },
  { code: 'invalid_element', origin: 'set', key: 'k', issues: [], input: new Set() },
  { code: 'invalid_union', errors: [], inclusive: false, matches: [0, 1], input: 1 },
  { code: 'invalid_format', format: 'ends_with', suffix: 'yz', input: 'x' },
  { code: 'invalid_format', format: 'includes', includes: 'mn', input: 'x' },
  { code: 'too_big', origin: 'file', maximum: 1, inclusive: false, input: null },
  { code: 'too_small', origin: 'set', minimum: 21, inclusive: false, input: null },
  { code: 'custom', input: null },
];

function messagesIn(code: Code): string[] {
  z.config(LOCALES[code].locale());
  const { localeError } = LOCALES[code].locale();
  return [...Object.values(failures).map((fail) => fail()), ...issues.map((issue) => String(localeError!(issue)))];
}

/** Every sentence and word of a language's table, as the messages may put them together. */
function words(text: ZodLocaleText): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => (typeof value === 'string' ? found.push(value) : Object.values(value as object).forEach(walk));
  const { locale: _, ...table } = text;
  walk(table);
  return found;
}

// What a message echoes (values, a pattern, a date, the class of z.instanceof(Date)) is no word of the language.
const withoutEchoes = (text: string) => text.replace(/"[^"]*"|„[^“]*“|“[^”]*”|\{\w+\}|\^\[0-9\]\+\$|\d{4}-\d\d-\d\dT[\d:.]+Z|\bDate\b/g, ' ');
const ENGLISH = /\b(invalid|expected|received|too big|too small|must|unrecognized|input|option|value|values|characters|items|entries|string|address|multiple|one of|key|keys)\b/i;
// Acronyms and the names of formats, as zod's own Cyrillic locales (bg, mk) keep them.
const LATIN_ALLOWED = new Set(['URL', 'UUID', 'UUIDv4', 'UUIDv6', 'GUID', 'ULID', 'XID', 'KSUID', 'JWT', 'ISO', 'JSON', 'IPv4', 'IPv6', 'MAC', 'E', 'IBAN', 'NaN', 'base64', 'base64url', 'nanoid', 'cuid', 'cuid2']);

afterAll(() => {
  z.config(english());
});

describe("zod's messages in Serbian, Bosnian and Albanian", () => {
  it('say the usual failures in the language', () => {
    const expected: Record<Code, Partial<Record<keyof typeof failures, string>>> = {
      'sr-Cyrl': {
        tooLong: 'Превелико: текст треба да има највише 3 знака',
        tooSmall: 'Премало: број треба да буде најмање 5',
        option: 'Неважећа опција: очекује се једна од вредности "a"|"b"',
        extraKey: 'Непознат кључ: "extra"',
        extraKeys: 'Непознати кључеви: "extra", "other"',
        email: 'Неважећи формат: очекује се адреса е-поште',
        wrongType: 'Неважећи унос: очекује се текст, а не број',
        fewItems: 'Премало: листа треба да има најмање 2 ставке',
        date: 'Превелико: датум треба да буде највише 2026-01-01T00:00:00.000Z',
      },
      'sr-Latn': {
        tooLong: 'Preveliko: tekst treba da ima najviše 3 znaka',
        tooSmall: 'Premalo: broj treba da bude najmanje 5',
        extraKey: 'Nepoznat ključ: "extra"',
        email: 'Nevažeći format: očekuje se adresa e-pošte',
        wrongType: 'Nevažeći unos: očekuje se tekst, a ne broj',
      },
      bs: {
        tooLong: 'Preveliko: tekst treba imati najviše 3 znaka',
        tooSmall: 'Premalo: broj treba biti najmanje 5',
        option: 'Nevažeća opcija: očekuje se jedna od vrijednosti "a"|"b"',
        extraKey: 'Nepoznat ključ: "extra"',
        email: 'Nevažeći format: očekuje se e-mail adresa',
        wrongType: 'Nevažeći unos: očekuje se tekst, a ne broj',
        exactLength: 'Preveliko: tekst treba imati tačno 2 znaka',
      },
      sq: {
        tooLong: 'Vlerë shumë e madhe: pritej tekst me më së shumti 3 karaktere',
        tooSmall: 'Vlerë shumë e vogël: duhet të jetë të paktën 5',
        option: 'Opsion i pavlefshëm: pritej një nga vlerat "a"|"b"',
        extraKey: 'Çelës i panjohur: "extra"',
        email: 'Format i pavlefshëm: pritej adresë email-i',
        wrongType: 'Të dhëna të pavlefshme: pritej tekst, jo numër',
      },
    };
    for (const [code, sentences] of Object.entries(expected) as [Code, Record<string, string>][]) {
      z.config(LOCALES[code].locale());
      for (const [failure, sentence] of Object.entries(sentences)) expect(failures[failure as keyof typeof failures](), `${code} ${failure}`).toBe(sentence);
    }
  });

  for (const code of Object.keys(LOCALES) as Code[]) {
    it(`${code}: no English left, in any message or word of the table`, () => {
      const texts = [...messagesIn(code), ...words(LOCALES[code].text)];
      expect(texts.filter((text) => ENGLISH.test(withoutEchoes(text)))).toEqual([]);
      expect(texts.filter((text) => text.trim() === '')).toEqual([]);
    });
  }

  it('Serbian Latin has no Cyrillic; Serbian Cyrillic no Latin but acronyms and format names', () => {
    const latin = [...messagesIn('sr-Latn'), ...words(srLatn)];
    expect(latin.filter((text) => /[\u0400-\u04FF]/.test(text))).toEqual([]);
    const cyrillic = [...messagesIn('sr-Cyrl'), ...words(srCyrl)];
    const stray = cyrillic.flatMap((text) => (withoutEchoes(text).match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => !LATIN_ALLOWED.has(word)));
    expect(stray).toEqual([]);
  });

  it('counts units in the plural form the number takes', () => {
    z.config(LOCALES['sr-Cyrl'].locale());
    expect(message(z.string().max(1).safeParse('ab'))).toBe('Превелико: текст треба да има највише 1 знак');
    expect(message(z.string().max(21).safeParse('x'.repeat(22)))).toBe('Превелико: текст треба да има највише 21 знак');
    expect(message(z.string().max(5).safeParse('x'.repeat(6)))).toBe('Превелико: текст треба да има највише 5 знакова');
    z.config(LOCALES.sq.locale());
    expect(message(z.string().max(1).safeParse('ab'))).toBe('Vlerë shumë e madhe: pritej tekst me më së shumti 1 karakter');
  });
});
