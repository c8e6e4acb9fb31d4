import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { initialScripts, RENDERER_DIR as renderer } from '../bench/bundle';
import { expect, test } from './fixtures';

const LIMIT = 500_000;

test('the first screen needs at most 500 KB of JavaScript; each section is a chunk of its own', () => {
  const sizes = initialScripts();
  expect(sizes.length).toBeGreaterThan(0);
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
  const entryText = sizes.map(({ file }) => readFileSync(join(renderer, file), 'utf8')).join('\n');
  expect(entryText).not.toContain('fc-daygrid');
  expect(entryText).not.toContain('recharts');
  for (const name of ['calendar', 'ProjectsScreen', 'dashboard', 'people', 'settings']) {
    expect(chunks.some((c) => c.file.startsWith(`${name}-`)), `a chunk for ${name}`).toBe(true);
  }
});
