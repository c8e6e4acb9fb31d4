import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export const LONG_TASK_TARGET_MS = 50;
const root = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.LIAISON_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Opens an event with 500 participants in Chromium over the loopback transport and scrolls its
 * roster to the end and back, recording every long task (> 50 ms) the page reports.
 */
export async function runRosterRenderBench(options: { participants: number }) {
  const serve = join(root, 'out', 'main', 'serve.js');
  if (!existsSync(serve) || !existsSync(CHROMIUM)) return { skipped: `needs ${existsSync(serve) ? CHROMIUM : 'npm run build'}` } as const;
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-bench-roster-'));
  const server = spawn(process.execPath, [serve], { env: { ...process.env, LIAISON_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const match = /LIAISON_URL=(\S+)/.exec(text);
        if (match) resolve(match[1]!);
      });
      server.on('exit', () => reject(new Error('server exited')));
    });
    const origin = new URL(url).origin;
    const token = new URL(url).hash.replace('#token=', '');
    const rpc = async <T,>(name: string, input: unknown): Promise<T> => {
      const response = await fetch(`${origin}/rpc/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return ((await response.json()) as { data: T }).data;
    };
    const event = await rpc<{ id: string }>('events.create', {
      title: 'Plenary of the liaison officers',
      kind: 'task_force_meeting',
      when: { allDay: true, start: '2025-06-10', end: '2025-06-10', timeZone: 'Europe/Bucharest' },
    });
    const countries = ['RO', 'BG', 'TR', 'GR', 'RS', 'AL', 'MK', 'ME', 'BA', 'MD', 'HU', 'SI', 'HR'];
    const ids: string[] = [];
    for (let i = 0; i < options.participants; i++) {
      ids.push((await rpc<{ id: string }>('people.create', { fullName: `Officer ${i} Petrović`, position: 'Inspector', countryCode: countries[i % countries.length] })).id);
    }
    await rpc('roster.add', { eventId: event.id, personIds: ids });

    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Calendar', exact: true }).click();
    await page.getByLabel('Go to a date').fill('2025-06-10');
    await page.locator('.fc-event', { hasText: 'Plenary of the liaison officers' }).click();
    // Only what the roster costs counts: forget the tasks of loading the app and the calendar.
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
    const started = Date.now();
    await page.getByRole('tab', { name: /Participants/ }).click();
    await page.getByTestId('roster-summary').waitFor();
    const renderMs = Date.now() - started;
    const grid = page.getByTestId('roster-grid');
    await grid.hover();
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 600);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -600);
    await page.waitForTimeout(300);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { participants: options.participants, renderMs, longTasks: longTasks.length, maxLongTaskMs: longTasks.length ? Math.max(...longTasks) : 0 };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
