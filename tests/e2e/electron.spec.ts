import { mkdtempSync, rmSync } from 'node:fs';
import { findElectronBinary } from '../../src-main/electron-binary';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');


const found = findElectronBinary();
const binary = 'path' in found ? found.path : null;

test.describe('the Electron app', () => {
  test.skip(binary === null, 'The Electron binary is not installed here (its download is blocked); the loopback specs cover the renderer.');

  test('opens a hardened window whose renderer reaches SQLite through the preload bridge', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'liaison-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, LIAISON_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('navigation')).toBeVisible();
      expect(window.url()).toMatch(/^app:\/\/liaison\//);
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const w = BrowserWindow.getAllWindows()[0]!;
        const p = (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null }).getLastWebPreferences();
        return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration };
      });
      expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      const info = await window.evaluate(() => (window as unknown as { liaison: { invoke(n: string, i: unknown): Promise<{ ok: boolean; data: { transport: string } }> } }).liaison.invoke('system.info', {}));
      expect(info.ok).toBe(true);
      expect(info.data.transport).toBe('electron');
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
