import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { CallName, CallOutput } from '../../src-shared/contract';
import type { CallInputArg } from '../call-input';

const root = join(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(root, 'tests', 'artifacts', 'screenshots');

export interface LoopbackServer {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Runs a call through `POST /rpc/<name>`, typed by the contract; throws on an error answer. */
  rpc<K extends CallName>(name: K, ...[input]: CallInputArg<K>): Promise<CallOutput<K>>;
}

/** The passphrase the tests' stores are created with. */
export const PASSPHRASE = 'correct horse battery staple';

/**
 * Starts `out/main/serve.js` (run `npm run build` first) on a fresh data folder. By default it
 * creates (or unlocks) the store from a key file, as automation does; `keyFile: false` starts
 * it locked, at the screen that creates a passphrase.
 */
export async function startServer(
  dataDir: string,
  options: { keyFile?: boolean } = {},
): Promise<{ server: LoopbackServer; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LIAISON_DATA_DIR: dataDir, LIAISON_PORT: '0' };
  delete env.LIAISON_KEY_FILE;
  if (options.keyFile !== false) {
    const keyFile = join(dataDir, '..', `${basename(dataDir)}.key`);
    writeFileSync(keyFile, `${PASSPHRASE}\n`, { mode: 0o600 });
    env.LIAISON_KEY_FILE = keyFile;
  }
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'serve.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('The loopback server did not print LIAISON_URL within 15 s')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /LIAISON_URL=(\S+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`The loopback server exited with ${code}`)));
  });
  const origin = new URL(url).origin;
  const token = new URL(url).hash.replace('#token=', '');
  const rpc = async <K extends CallName>(name: K, ...[input = {}]: CallInputArg<K>): Promise<CallOutput<K>> => {
    const response = await fetch(`${origin}/rpc/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { data?: CallOutput<K>; error?: { message: string } };
    if (!response.ok) throw new Error(`${name}: ${body.error?.message ?? response.status}`);
    return body.data as CallOutput<K>;
  };
  return { server: { url, origin, token, dataDir, rpc }, child };
}

export const test = base.extend<{ server: LoopbackServer }>({
  // Playwright reads the fixtures a fixture needs from this destructuring, so it must be there, even empty.
  // oxlint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'liaison-e2e-'));
    const { server, child } = await startServer(dataDir);
    await use(server);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.key`, { force: true });
  },
});

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

export { expect };
