import { randomUUID } from 'node:crypto';
import { BrowserWindow } from 'electron';

// Chromium refuses URLs longer than 2 MiB; a longer document is served from memory at app://print/<id>, never from a file.
const MAX_URL_LENGTH = 2 * 1024 * 1024 - 1024;
const printing = new Map<string, string>();

/** The document being printed under this id, for the app: protocol. */
export const printDocument = (id: string): string | undefined => printing.get(id);

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
  const id = randomUUID();
  try {
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.on('will-redirect', (event) => event.preventDefault());
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    if (url.length <= MAX_URL_LENGTH) {
      await window.loadURL(url);
    } else {
      printing.set(id, html);
      await window.loadURL(`app://print/${id}`);
    }
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
  } finally {
    window.destroy();
    printing.delete(id);
  }
}
