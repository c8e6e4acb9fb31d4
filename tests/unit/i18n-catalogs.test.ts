import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import i18n, { type Catalog, coverageOf, loadLanguage, translateIssue } from '../../src-renderer/i18n';
import { expectedKeys, isPluralKey, leaves } from '../../src-renderer/i18n/coverage';
import { LANGUAGES, languageFor } from '../../src-renderer/i18n/languages';
import { serbianLatin } from '../../src-shared/serbian-latin';

const DIR = fileURLToPath(new URL('../../src-renderer/i18n', import.meta.url));
const FEATURES = readdirSync(join(DIR, 'en')).filter((f) => f.endsWith('.json'));

const read = (code: string, file: string): Catalog | null => {
  const path = join(DIR, code, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Catalog) : null;
};

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!));

const CYRILLIC = /[\u0400-\u04FF]/;
// Latin words a Cyrillic catalog keeps: acronyms and the names of products and formats, as the English has them.
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g;
const latinAllowed = (word: string, english: string[]) => /^[A-Z0-9]{2,8}s?$/.test(word) || english.some((e) => e.includes(word));

const mapCatalog = (catalog: Catalog, f: (s: string) => string): Catalog =>
  Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, typeof v === 'string' ? f(v) : mapCatalog(v, f)]));

describe('the catalogs', () => {
  for (const language of LANGUAGES.filter((l) => l.code !== 'en')) {
    it(`${language.code} (${language.status}): the keys English has, its placeholders, no empty string, its own script`, async () => {
      const problems: string[] = [];
      let expectedTotal = 0;
      let present = 0;
      for (const file of FEATURES) {
        const english = leaves(read('en', file)!);
        const expected = expectedKeys(english, language.locale);
        const catalog = read(language.code, file);
        const own = catalog ? leaves(catalog) : new Map<string, string>();
        expectedTotal += expected.size;
        for (const [key, sources] of expected) {
          const text = own.get(key);
          if (text === undefined) {
            if (language.status !== 'partial') problems.push(`${file}: ${key} is missing`);
            continue;
          }
          present++;
          if (!text.trim()) problems.push(`${file}: ${key} is empty`);
          // A plural form may name the number where English need not ("21 događaj"), never a value English does not pass.
          const allowed = new Set(sources.flatMap((s) => [...placeholders(s)]));
          if (isPluralKey(key) && (allowed.has('count') || allowed.has('formatted'))) {
            allowed.add('count');
            allowed.add('formatted');
          }
          const used = placeholders(text);
          for (const p of used) if (!allowed.has(p)) problems.push(`${file}: ${key} has {{${p}}}, which English does not pass`);
          if (!isPluralKey(key)) for (const p of placeholders(sources[0]!)) if (!used.has(p)) problems.push(`${file}: ${key} lacks {{${p}}}`);
          const words = text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\w+\/?>/g, ' ');
          // An example in the other script that English gives too ("Марко Петровић" beside "Marko Petrović") is kept.
          const ownWords = words.replace(/[\p{L}]+/gu, (w) => (sources.some((e) => e.includes(w)) ? ' ' : w));
          if (language.script === 'Latn' && CYRILLIC.test(ownWords)) problems.push(`${file}: ${key} has Cyrillic letters: ${text}`);
          if (language.script === 'Cyrl') {
            const stray = (words.match(LATIN_WORD) ?? []).filter((w) => !latinAllowed(w, sources));
            if (stray.length) problems.push(`${file}: ${key} has Latin words (${stray.join(', ')}): ${text}`);
          }
        }
        for (const key of own.keys()) if (!expected.has(key)) problems.push(`${file}: ${key} is not a key of the English catalog`);
      }
      expect(problems).toEqual([]);
      if (language.status !== 'partial') expect(present).toBe(expectedTotal);
      else expect(present).toBeLessThan(expectedTotal);
      // What the language picker shows.
      expect(await coverageOf(language)).toBeCloseTo(present / expectedTotal, 5);
    });
  }

  it('sr-Latn is the Serbian Cyrillic catalog in Gaj’s Latin, letter for letter (I18N_WRITE=1 rewrites it)', () => {
    for (const file of FEATURES) {
      const cyrillic = read('sr-Cyrl', file);
      if (!cyrillic) continue;
      const latin = mapCatalog(cyrillic, serbianLatin);
      if (process.env.I18N_WRITE) writeFileSync(join(DIR, 'sr-Latn', file), `${JSON.stringify(latin, null, 2)}\n`);
      expect(read('sr-Latn', file), file).toEqual(latin);
    }
    expect(serbianLatin('Љубљана, ЊЕГОШ, Џамија, {{name}} ђак')).toBe('Ljubljana, NJEGOŠ, Džamija, {{name}} đak');
  });

  it('has every validation message the contract gives in the issues catalog, as it is or as a pattern with its value', () => {
    const contract = fileURLToPath(new URL('../../src-shared/contract/', import.meta.url));
    const messages = new Set<string>();
    for (const file of readdirSync(contract)) {
      const text = readFileSync(join(contract, file), 'utf8');
      // The message of a check: `.max(200, '…')`, `.refine(fn, '…')`, `message: '…'`, `const yearMessage = \`…\``.
      for (const m of text.matchAll(/(?:message:\s*|[Mm]essage\s*=\s*|,\s*)(['`])([A-Z](?:(?!\1)[^\n])+)\1\s*(?=[),;\n])/g)) messages.add(m[2]!);
      for (const m of text.matchAll(/requiredText\(\s*[^,]+,\s*'([^']+)'\)/g)) messages.add(`${m[1]} is required`);
    }
    expect(messages.size).toBeGreaterThan(60);
    const english = leaves(read('en', 'issues.json')!);
    const patterns = [...english.keys()].filter((k) => k.includes('{{')).map((k) => new RegExp(`^${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\w+\\\}\\\}/g, '.+?')}$`));
    // A template's values (`${max}`) stand for a number.
    const uncovered = [...messages].map((m) => m.replace(/\$\{[^}]+\}/g, '7')).filter((m) => !english.has(m) && !patterns.some((p) => p.test(m)));
    expect(uncovered).toEqual([]);
  });

  it('translates a message with a value through its pattern, and the label in it', async () => {
    await loadLanguage(LANGUAGES.find((l) => l.code === 'ro')!);
    const ro = leaves(read('ro', 'issues.json')!);
    expect(translateIssue('At most 200 characters')).toBe(ro.get('At most {{max}} characters')!.replace('{{max}}', '200'));
    expect(translateIssue('Title is required')).toBe(ro.get('{{label}} is required')!.replace('{{label}}', ro.get('Title')!));
    expect(translateIssue('Something the catalog does not know')).toBe('Something the catalog does not know');
    await loadLanguage(LANGUAGES[0]!);
    expect(translateIssue('At most 200 characters')).toBe('At most 200 characters');
    expect(translateIssue('Use a date like 2024-05-21')).toBe('Enter a date');
  });

  it('keeps the coverage the language picker shows as the catalogs are (I18N_WRITE=1 rewrites it)', async () => {
    const counted = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l.code, Math.round((await coverageOf(l)) * 10_000) / 10_000] as const)));
    const path = join(DIR, 'coverage.json');
    if (process.env.I18N_WRITE) writeFileSync(path, `${JSON.stringify(counted, null, 2)}\n`);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(counted);
  });

  it('reads a language tag as the catalog a coordinator in that country would want', () => {
    expect(languageFor('ro-MD').code).toBe('ro');
    expect(languageFor('mo').code).toBe('ro');
    expect(languageFor('cnr').code).toBe('sr-Latn');
    expect(languageFor('sr').code).toBe('sr-Cyrl');
    expect(languageFor('sr-Latn-RS').code).toBe('sr-Latn');
    expect(languageFor('el-CY').code).toBe('el');
    expect(languageFor('de-AT').code).toBe('en');
    expect(languageFor(undefined).code).toBe('en');
  });

  it('switches the interface language, plurals per CLDR, and back', async () => {
    const serbian = LANGUAGES.find((l) => l.code === 'sr-Cyrl')!;
    await loadLanguage(serbian);
    expect(i18n.language).toBe('sr-Cyrl');
    // CLDR's Serbian: 1 and 21 "one", 2–4 "few", 5 and 11 "other".
    const forms = [1, 21, 2, 5, 11].map((n) => i18n.t('calendar.count', { count: n, formatted: 'N' }));
    expect(forms).toEqual(['N догађај у приказу', 'N догађај у приказу', 'N догађаја у приказу', 'N догађаја у приказу', 'N догађаја у приказу']);
    expect([1, 21, 2, 5, 11].map((n) => i18n.services.pluralResolver.getSuffix('sr-Cyrl', n))).toEqual(['_one', '_one', '_few', '_other', '_other']);
    expect(i18n.t('events.ordinal', { count: 9, ordinal: true })).toBe('9.');
    await loadLanguage(LANGUAGES[0]!);
    expect(i18n.t('calendar.count', { count: 2, formatted: '2' })).toBe('2 events in view');
  });
});
