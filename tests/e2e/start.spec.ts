import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { findElectronBinary } from '../../src-main/electron-binary';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');


test('npm start falls back to the loopback transport, in one line, where Electron is missing', async ({ page }) => {
  test.skip('path' in findElectronBinary(), 'Electron is installed here, so the launcher starts it instead of the fallback.');
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-start-'));
  const env: NodeJS.ProcessEnv = { ...process.env, LIAISON_DATA_DIR: dataDir };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const output = await new Promise<string>((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed; got: ${text}`)), 15_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (/LIAISON_URL=\S+/.test(text)) {
          clearTimeout(timer);
          resolve(text);
        }
      });
    });
    const lines = output.trim().split('\n');
    expect(lines[0]).toMatch(/^Electron is not available here \(.+\); starting Liaison over the loopback transport instead\.$/);
    const url = /LIAISON_URL=(\S+)/.exec(output)![1]!;
    await page.goto(url);
    // A first start asks for a passphrase before anything is written: nothing in clear ever reaches the disk.
    await expect(page.getByRole('heading', { name: 'Choose a passphrase' })).toBeVisible();
    expect(existsSync(join(dataDir, 'liaison.sqlite'))).toBe(false);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
