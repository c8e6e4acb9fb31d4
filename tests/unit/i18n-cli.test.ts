import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, namespacesOf } from '../../src-renderer/i18n';
import { LANGUAGES } from '../../src-renderer/i18n/languages';

/**
 * i18next-cli, the i18next project's own tool, reads the renderer's source for every key it passes to
 * `t()` and checks the catalogs against them. Liaison keeps one namespace split in a file per feature;
 * the tool expects one file per namespace, so each language is merged into a scratch folder first.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const I18N = join(ROOT, 'src-renderer/i18n');
const CLI = join(ROOT, 'node_modules/i18next-cli/dist/esm/cli.js');

// Attributes whose values are names for code (icons, test ids, roles, element ids), never text a person reads.
const CODE_ATTRIBUTES = [
  'data-testid', 'testId', 'data-col', 'name', 'scope', 'role', 'aria-live', 'aria-hidden', 'aria-current', 'aria-haspopup', 'aria-autocomplete', 'aria-sort',
  'aria-invalid', 'aria-expanded', 'aria-orientation', 'aria-modal', 'aria-busy', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns',
  'aria-activedescendant', 'aria-atomic', 'aria-readonly', 'aria-multiselectable', 'aria-selected', 'aria-pressed', 'aria-checked', 'aria-disabled',
  'aria-required', 'aria-relevant', 'aria-level', 'kind', 'className', 'id', 'idPrefix', 'htmlFor', 'type', 'autoComplete', 'inputMode', 'spellCheck', 'lang',
  'dir', 'method', 'enterKeyHint', 'accept', 'rel', 'target', 'tone', 'variant', 'size', 'icon', 'align', 'status', 'mode', 'view', 'form', 'href', 'wrap',
  'value', 'defaultValue', 'min', 'max', 'step', 'pattern', 'width', 'height', 'viewBox', 'd', 'fill', 'stroke', 'intent', 'messages', 'section', 'document',
  'dataKey', 'scale', 'interval', 'timeZone', 'unselectCancel', 'eventDisplay', 'labelledBy', 'describedBy', 'titleId', 'tab', 'page',
  'placement', 'strokeLinecap', 'strokeLinejoin', 'strokeDasharray', 'focusable', 'autoCapitalize', 'column', 'dataset', 'scrollTime', 'ifOverflow', 'data-shortcut',
];
// What the source may show as it is in every language: formats, a sample of text, a period as it is typed.
const LANGUAGE_NEUTRAL = ['2026-Q2', 'Aa', 'HH:MM', 'PDF', 'XLSX'];

let dir = '';
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: result.status, out: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
};

const withCatalogs = LANGUAGES.filter((l) => readdirSync(join(I18N, l.code), { withFileTypes: true }).some((f) => f.name.endsWith('.json')));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'liaison-i18next-cli-'));
  for (const language of withCatalogs) {
    const files = Object.fromEntries(
      readdirSync(join(I18N, language.code))
        .filter((f) => f.endsWith('.json'))
        .map((f) => [`./${language.code}/${f}`, JSON.parse(readFileSync(join(I18N, language.code, f), 'utf8')) as Catalog]),
    );
    const { translation, issues } = namespacesOf(files);
    mkdirSync(join(dir, 'locales', language.code), { recursive: true });
    writeFileSync(join(dir, 'locales', language.code, 'translation.json'), JSON.stringify(translation, null, 2));
    writeFileSync(join(dir, 'locales', language.code, 'issues.json'), JSON.stringify(issues, null, 2));
  }
  const config = {
    locales: ['en'],
    extract: {
      input: [join(ROOT, 'src-renderer/**/*.{ts,tsx}')],
      output: join(dir, 'locales/{{language}}/{{namespace}}.json'),
      defaultNS: 'translation',
      // Keys built at run time (`roster.roles.${role}`) are not seen in the source: nothing is removed for that.
      removeUnusedKeys: false,
      sort: false,
      indentation: 2,
      ignoredAttributes: CODE_ATTRIBUTES,
      ignoredTags: ['pre', 'code', 'kbd', 'Kbd'],
    },
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
}, 60_000);

/** The tool reads its configuration from the folder it runs in; the extractor is given English alone (it would fill the other catalogs). */
function configure(locales: string[]): void {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { locales: string[] };
  writeFileSync(join(dir, 'i18next.config.mjs'), `export default ${JSON.stringify({ ...config, locales }, null, 2)};\n`);
}

describe('i18next-cli over the renderer and the catalogs', () => {
  it('extract --ci: every key the source passes to t() is in the English catalog, its plural forms where it passes a count', () => {
    configure(['en']);
    const { status, out } = run('extract', '--ci');
    expect(out).not.toMatch(/Updated:/);
    expect(status).toBe(0);
  });

  it('status: a catalog marked complete or draft has every key the source uses, in every plural form of its language', () => {
    configure(withCatalogs.map((l) => l.code));
    const { out } = run('status');
    const progress = new Map([...out.matchAll(/^- ([\w-]+): .*\((\d+)\/(\d+) keys\)/gm)].map((m) => [m[1]!, { done: Number(m[2]), of: Number(m[3]) }]));
    for (const language of withCatalogs.filter((l) => l.code !== 'en')) {
      const found = progress.get(language.code);
      expect(found, `${language.code} in the status report`).toBeDefined();
      if (language.status === 'partial' || found!.done === found!.of) continue;
      // The keys it lacks, from the tool's report for that language. Version 1.5 expands a plural key twice
      // (`done_one_few`), so its plural rows are left to i18n-catalogs.test.ts, which checks every form.
      const missing = [...run('status', language.code).out.matchAll(/^\s*✗ (\S+)/gm)]
        .map((m) => m[1]!)
        .filter((key) => !/_(ordinal_)?(zero|one|two|few|many|other)_(ordinal_)?(zero|one|two|few|many|other)$/.test(key));
      expect(missing, language.code).toEqual([]);
    }
  });

  it('lint: no text is written into the source instead of the catalog, apart from formats and samples', () => {
    configure(['en']);
    const { out } = run('lint');
    const found = [...out.matchAll(/Found hardcoded string: "([^"]*)"/g)].map((m) => m[1]!);
    expect([...new Set(found)].sort()).toEqual(LANGUAGE_NEUTRAL);
  });
});
