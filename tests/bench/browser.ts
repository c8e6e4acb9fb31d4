import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { BENCH_PASSPHRASE } from './vault';

const root = join(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.LIAISON_CHROMIUM ?? '/usr/bin/chromium';

export interface LoopbackSession {
  url: string;
  browser: Browser;
  rpc<T>(name: string, input: unknown): Promise<T>;
  newPage(): Promise<Page>;
}

/**
 * Runs `work` against the built app served over loopback on a fresh data folder, with Debian's
 * Chromium; returns `{ skipped }` when the build or the browser is missing. `prepare` fills the
 * folder before the server opens it (a store created with the passphrase of `BENCH_PASSPHRASE`).
 */
export async function withLoopbackBrowser<T>(
  name: string,
  work: (session: LoopbackSession) => Promise<T>,
  options: { prepare?: (dataDir: string) => Promise<void> } = {},
): Promise<T | { skipped: string }> {
  const serve = join(root, 'out', 'main', 'serve.js');
  if (!existsSync(serve) || !existsSync(CHROMIUM)) return { skipped: `needs ${existsSync(serve) ? CHROMIUM : 'npm run build'}` };
  const dataDir = mkdtempSync(join(tmpdir(), `liaison-bench-${name}-`));
  const keyFile = `${dataDir}.key`;
  writeFileSync(keyFile, `${BENCH_PASSPHRASE}\n`, { mode: 0o600 });
  const removeData = () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(keyFile, { force: true });
  };
  try {
    await options.prepare?.(dataDir);
  } catch (error) {
    removeData();
    throw error;
  }
  const server = spawn(process.execPath, [serve], {
    env: { ...process.env, LIAISON_DATA_DIR: dataDir, LIAISON_KEY_FILE: keyFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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
    const rpc = async <R,>(call: string, input: unknown): Promise<R> => {
      const response = await fetch(`${origin}/rpc/${call}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { data: R; error?: { message: string } };
      if (!response.ok) throw new Error(`${call}: ${body.error?.message ?? response.status}`);
      return body.data;
    };
    return await work({ url, browser, rpc, newPage: () => browser.newPage({ viewport: { width: 1360, height: 860 } }) });
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    removeData();
  }
}

/** Opens an event's page through the calendar. */
export async function openEvent(page: Page, url: string, day: string, title: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Calendar', exact: true }).click();
  await page.getByLabel('Go to a date').fill(day);
  await page.locator('.fc-event', { hasText: title }).first().click();
}
