import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { openApp, type LiaisonCore } from './core/app';
import { registerIpc } from './ipc';
import { electronKeyStore } from './system-keys';
import { printToPdf } from './pdf';
import { hardenSession, rendererUrlFor } from './security';

// Every file Liaison creates (the store, its WAL, backups, the key file) is the user's alone.
process.umask(0o077);

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererUrl = rendererUrlFor(app.isPackaged, process.env);
registerAppScheme();
let core: LiaisonCore | null = null;

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Liaison',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(async () => {
    hardenSession(rendererUrl);
    serveAppScheme(join(here, '../renderer'));
    try {
      core = await openApp({
        dataDir: process.env.LIAISON_DATA_DIR ?? app.getPath('userData'),
        transport: 'electron',
        appVersion: app.getVersion(),
        printToPdf,
        systemKeys: electronKeyStore(),
      });
    } catch (error) {
      dialog.showErrorBox('Liaison could not open its data', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    registerIpc(core, rendererUrl);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
