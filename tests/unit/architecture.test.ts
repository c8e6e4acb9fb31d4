import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The import direction of the source, read from every file's import statements on every run. */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_ROOTS = ['src-main', 'src-renderer', 'src-shared'];
const EXTENSIONS = ['.ts', '.tsx'];

// `import x from '…'`, `import type { X } from '…'`, `import '…'`, `export * from '…'`, `export { a } from '…'`:
// the clause before `from` holds only names, braces, commas, `*` and white space (lines may break inside it).
const STATIC_IMPORT = /^[ \t]*(?:import|export)(?:\s+type)?\s*(?:[\w$*{},\s]*?\bfrom\s*)?['"]([^'"\n]+)['"]/gm;
// `import('…')`, but not a method named import (`ics.import(…)`).
const DYNAMIC_IMPORT = /(?<![.\w$])import\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Packages that need Electron or a DOM. */
const ELECTRON_OR_DOM = /^(?:electron|react|react-dom|recharts)(?:\/|$)|^react-|^@fullcalendar\/|^@tanstack\/react-/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return EXTENSIONS.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

/** Blanks block comments and whole-line `//` comments, so that an import quoted in a comment is not read. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/^[ \t]*\/\/.*$/gm, '');
}

/** The repo-relative file a relative specifier names, as the bundler resolves it. */
function resolveRelative(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => join(base, `index${ext}`))];
  const found = candidates.find((c) => existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile());
  if (found === undefined) throw new Error(`${from}: cannot resolve ${specifier}`);
  return relative(ROOT, join(ROOT, found)).split('\\').join('/');
}

/** What a file imports: the repo-relative file for a relative specifier, else the package as written. */
function importsOf(file: string): string[] {
  const text = withoutComments(readFileSync(join(ROOT, file), 'utf8'));
  const specifiers = [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
  return [...new Set(specifiers.map((s) => (s.startsWith('.') ? resolveRelative(file, s) : s)))];
}

const files = SOURCE_ROOTS.flatMap(sourceFiles).sort();
const imports = new Map(files.map((file) => [file, importsOf(file)]));

/** Every `file → import` for which `forbidden` holds. */
function violations(forbidden: (file: string, imported: string) => boolean): string[] {
  return [...imports].flatMap(([file, list]) => list.filter((imported) => forbidden(file, imported)).map((imported) => `${file} → ${imported}`));
}

/** Fails on a violation not in the allow-list, and on an allow-list entry that is no longer a violation. */
function expectNone(found: string[]) {
  expect({ againstTheRule: found }).toEqual({ againstTheRule: [] });
}

const under = (path: string, ...dirs: string[]) => dirs.some((dir) => path.startsWith(`${dir}/`));
const featureOf = (path: string) => /^src-renderer\/features\/([^/]+)\//.exec(path)?.[1];

/** Strongly connected groups of files (Tarjan), each a set of files importing one another in a cycle. */
function cycles(): string[][] {
  const edges = (file: string) => (imports.get(file) ?? []).filter((i) => imports.has(i));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of edges(file)) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || edges(file).includes(file)) found.push(group.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

/** One shortest cycle through the group's first file, as a path: a → b → a. */
function cyclePath(group: string[]): string {
  const start = group[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of imports.get(file)!.filter((i) => group.includes(i))) {
      if (next === start) {
        const path: string[] = [];
        for (let at = file; at !== start; at = previous.get(at)!) path.unshift(at);
        return [start, ...path, start].join(' → ');
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return group.join(' → ');
}

describe('import direction', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.get('src-renderer/main.tsx')).toContain('react-dom/client');
  });

  it('keeps src-main/core and src-shared free of Electron and the DOM', () => {
    expectNone(violations((file, imported) => under(file, 'src-main/core', 'src-shared') && ELECTRON_OR_DOM.test(imported)));
  });

  it('keeps src-shared at the bottom: it imports neither src-main nor src-renderer', () => {
    expectNone(violations((file, imported) => under(file, 'src-shared') && under(imported, 'src-main', 'src-renderer')));
  });

  it('keeps src-main/core out of the shell and the renderer', () => {
    expectNone(violations((file, imported) => under(file, 'src-main/core') && (under(imported, 'src-renderer') || (under(imported, 'src-main') && !under(imported, 'src-main/core')))));
  });

  it('keeps the renderer off src-main, Electron and Node', () => {
    expectNone(violations((file, imported) => under(file, 'src-renderer') && (under(imported, 'src-main') || /^(?:electron|node:)/.test(imported))));
  });

  it('keeps components and lib below the app shell and the features', () => {
    expectNone(
      violations((file, imported) => under(file, 'src-renderer/components', 'src-renderer/lib') && under(imported, 'src-renderer/app', 'src-renderer/features'))
    );
  });

  it('keeps features apart: one feature reaches another only by navigating (lib/navigate)', () => {
    expectNone(
      violations((file, imported) => {
        const from = featureOf(file);
        const to = featureOf(imported);
        return from !== undefined && to !== undefined && from !== to;
      }),
    );
  });

  it('has no import cycles', () => {
    expect({ cycles: cycles().map(cyclePath) }).toEqual({ cycles: [] });
  });
});
