import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const renderer = join(import.meta.dirname, '..', '..', 'out', 'renderer');
const LIMIT = 500_000;

/** The scripts a window runs before its first screen: the entry and what index.html preloads with it. */
function initialScripts(): string[] {
  const html = readFileSync(join(renderer, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...entry, ...preloaded].map((src) => src.replace(/^\.?\//, ''));
}

test('the first screen needs at most 500 KB of JavaScript; each section is a chunk of its own', () => {
  const initial = initialScripts();
  expect(initial.length).toBeGreaterThan(0);
  const sizes = initial.map((file) => ({ file, bytes: statSync(join(renderer, file)).size }));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const chunks = readdirSync(join(renderer, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, bytes: statSync(join(renderer, 'assets', f)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(`Initial JavaScript: ${kb(total)} (${sizes.map((s) => `${s.file} ${kb(s.bytes)}`).join(', ')})`);
  console.log(`Largest chunks: ${chunks.slice(0, 6).map((c) => `${c.file} ${kb(c.bytes)}`).join(', ')}; ${chunks.length} in all`);
  test.info().annotations.push({ type: 'initial JavaScript', description: kb(total) });
  expect(total).toBeLessThanOrEqual(LIMIT);
  // The heavy libraries stay out of the first load: FullCalendar with the calendar, recharts with the projects.
  const entryText = initial.map((file) => readFileSync(join(renderer, file), 'utf8')).join('\n');
  expect(entryText).not.toContain('fc-daygrid');
  expect(entryText).not.toContain('recharts');
  for (const name of ['calendar', 'ProjectsScreen', 'dashboard', 'people', 'settings']) {
    expect(chunks.some((c) => c.file.startsWith(`${name}-`)), `a chunk for ${name}`).toBe(true);
  }
});
