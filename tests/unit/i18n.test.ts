import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import i18n from '../../src-renderer/i18n';

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
