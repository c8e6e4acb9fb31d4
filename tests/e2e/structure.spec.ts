import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from './fixtures';

/** The renderer's import rules, read from the sources: no browser needed. */
const root = join(import.meta.dirname, '..', '..', 'src-renderer');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The relative imports of a module, types included, resolved to files under src-renderer; `lazy` adds `import()`. */
function imports(file: string, lazy: boolean): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const statics = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'|(?:^|\n)\s*import\s+'(\.[^']+)'/g;
  const dynamics = /import\(\s*'(\.[^']+)'\s*\)/g;
  const specs = [...text.matchAll(statics)].map((m) => (m[1] ?? m[2])!);
  if (lazy) specs.push(...[...text.matchAll(dynamics)].map((m) => m[1]!));
  for (const spec of specs) {
    const base = resolve(dirname(file), spec);
    const target = [base, `${base}.ts`, `${base}.tsx`].find((p) => existsSync(p) && statSync(p).isFile());
    if (target?.startsWith(root)) found.push(target);
  }
  return found;
}

const area = (file: string) => relative(root, file).split('/');

test('features meet only through navigate; components and lib import neither app nor features; no import cycle', () => {
  const files = sources(root);
  const graph = new Map(files.map((file) => [file, imports(file, true)]));
  const broken: string[] = [];
  for (const [file, deps] of graph) {
    const [top, feature] = area(file);
    for (const dep of deps) {
      const [depTop, depFeature] = area(dep);
      if ((top === 'components' || top === 'lib') && (depTop === 'app' || depTop === 'features')) broken.push(`${relative(root, file)} → ${relative(root, dep)}`);
      if (top === 'features' && depTop === 'features' && depFeature !== feature) broken.push(`${relative(root, file)} → ${relative(root, dep)}`);
      if (top === 'features' && depTop === 'app') broken.push(`${relative(root, file)} → ${relative(root, dep)}`);
    }
  }
  expect(broken).toEqual([]);

  // Static imports only: a lazy import() is how app/ reaches the sections, not a cycle.
  const staticGraph = new Map(files.map((file) => [file, imports(file, false)]));
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of staticGraph.get(file) ?? []) {
      if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].map((f) => relative(root, f)).join(' → '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});
