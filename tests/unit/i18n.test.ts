import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import i18n, { loadLanguage, translateIssue } from '../../src-renderer/i18n';
import { LANGUAGES } from '../../src-renderer/i18n/languages';

const RENDERER = fileURLToPath(new URL('../../src-renderer', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = sourceFiles(RENDERER).map((path) => ({ file: path.slice(RENDERER.length + 1), text: readFileSync(path, 'utf8') }));

/** Every key passed to `t` (or `i18n.t`) as a literal, with its file. */
const literalKeys = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g)].map((m) => ({ file, key: m[2]! })),
);

/** The fixed start of a template key (`roster.roles.${value}` → `roster.roles`), which must name a group of strings. */
const templatePrefixes = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)].map((m) => ({ file, prefix: m[1]! })),
);

/** A plain key, or a plural one through its `_other` or `_ordinal_other` form. */
const resolves = (key: string) => i18n.exists(key) || i18n.exists(key, { count: 2 }) || i18n.exists(key, { count: 2, ordinal: true });

describe('the English catalog', () => {
  it('has every key the renderer passes to t() as a literal', () => {
    expect(literalKeys.length).toBeGreaterThan(1000);
    expect(literalKeys.filter(({ key }) => !resolves(key)).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });

  it('has a group of strings under the fixed start of every template key', () => {
    expect(templatePrefixes.length).toBeGreaterThan(20);
    const catalog = i18n.getResourceBundle('en', 'translation') as Record<string, unknown>;
    const group = (path: string) => path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
    const missing = templatePrefixes.filter(({ prefix }) => {
      const node = group(prefix);
      return node === null || typeof node !== 'object';
    });
    expect(missing.map(({ file, prefix }) => `${file}: ${prefix}`)).toEqual([]);
  });
});

describe('the problems of an import, which the main process writes in English', () => {
  const ISSUES = fileURLToPath(new URL('../../src-renderer/i18n', import.meta.url));
  const catalog = (code: string) => JSON.parse(readFileSync(join(ISSUES, code, 'issues.json'), 'utf8')) as Record<string, string>;
  const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name]!);
  const cases: Array<{ message: string; key: string; values: Record<string, string> }> = [
    { message: 'Not a valid email address: ana@', key: 'Not a valid email address: {{address}}', values: { address: 'ana@' } },
    {
      message: 'Unknown country: Romainia. Did you mean Romania?',
      key: 'Unknown country: {{country}}. Did you mean {{suggestion}}?',
      values: { country: 'Romainia', suggestion: 'Romania' },
    },
    { message: 'ACME Ltd is not in the directory and will be created', key: '{{organisation}} is not in the directory and will be created', values: { organisation: 'ACME Ltd' } },
  ];

  for (const code of ['ro', 'sr-Cyrl']) {
    it(`shows them in ${code}, through their patterns, the values they name kept; without its pattern a message stays English`, async () => {
      const own = catalog(code);
      await loadLanguage(LANGUAGES.find((l) => l.code === code)!);
      try {
        for (const { message, key, values } of cases) {
          const translated = translateIssue(message);
          expect(translated).toBe(fill(own[key]!, values));
          expect(translated).not.toBe(message);
          for (const value of Object.values(values)) expect(translated).toContain(value);
        }
        // The same message with its pattern taken out of both catalogs is shown as it came.
        const { message, key } = cases[0]!;
        const bundles = [i18n.getResourceBundle('en', 'issues'), i18n.getResourceBundle(code, 'issues')] as Array<Record<string, string>>;
        const kept = bundles.map((bundle) => bundle[key]!);
        bundles.forEach((bundle) => delete bundle[key]);
        try {
          // A change of language forgets the patterns read so far.
          await i18n.changeLanguage('en');
          await i18n.changeLanguage(code);
          expect(translateIssue(message)).toBe(message);
        } finally {
          bundles.forEach((bundle, i) => (bundle[key] = kept[i]!));
          await i18n.changeLanguage('en');
          await i18n.changeLanguage(code);
        }
        expect(translateIssue(message)).toBe(fill(own[key]!, cases[0]!.values));
      } finally {
        await loadLanguage(LANGUAGES[0]!);
      }
    });
  }

  it('keeps a long pattern ahead of the shorter one it contains, and a row’s prefix with its translated message', async () => {
    await loadLanguage(LANGUAGES.find((l) => l.code === 'ro')!);
    try {
      const ro = catalog('ro');
      expect(translateIssue('Unknown country: Atlantis')).toBe(fill(ro['Unknown country: {{country}}']!, { country: 'Atlantis' }));
      expect(translateIssue('Row 4 has 2 cells but the header row has 3: its cells cannot be matched to the columns')).toBe(
        fill(ro['Row {{row}} has {{cells}} cells but the header row has {{columns}}: its cells cannot be matched to the columns']!, { row: '4', cells: '2', columns: '3' }),
      );
      expect(translateIssue('Row 7: The name is missing')).toBe(fill(ro['Row {{row}}: {{message}}']!, { row: '7', message: ro['The name is missing']! }));
    } finally {
      await loadLanguage(LANGUAGES[0]!);
    }
  });
});
