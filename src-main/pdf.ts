import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';

// Chromium refuses URLs longer than 2 MiB; a longer document goes through a temporary file.
const MAX_URL_LENGTH = 2 * 1024 * 1024 - 1024;

/**
 * Prints a standalone document (the agenda or outcomes HTML of core/documents) to an A4 PDF in a
 * hidden window that runs no script and reaches nothing: the page's own CSP allows only its inline style.
 */
export async function printToPdf(html: string): Promise<Buffer> {
  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  let file: string | null = null;
  try {
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.on('will-redirect', (event) => event.preventDefault());
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    if (url.length <= MAX_URL_LENGTH) {
      await window.loadURL(url);
    } else {
      file = join(tmpdir(), `liaison-print-${randomUUID()}.html`);
      await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
      await window.loadURL(pathToFileURL(file).href);
    }
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
  } finally {
    window.destroy();
    if (file) await rm(file, { force: true });
  }
}
