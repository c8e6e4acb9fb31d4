import type { FileToSave } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { PDF_MIME } from './mime';
import { safeFileName } from './names';

/** Electron's printToPDF, handed in by the desktop shell; the core never imports Electron. */
export type PrintToPdf = (html: string) => Promise<Buffer>;

/**
 * A printable page as PDF. The desktop app prints it itself; over loopback there is no printer here,
 * and the browser's own print dialog saves the same HTML as PDF, so the call is refused before any work.
 */
export async function printedPdf(printToPdf: PrintToPdf | undefined, page: () => { name: string; html: string }): Promise<FileToSave> {
  if (!printToPdf) throw new AppError('invalid_input', 'PDF is printed by the browser here: use Print and choose “Save as PDF”');
  const { name, html } = page();
  return { fileName: `${safeFileName(name)}.pdf`, mimeType: PDF_MIME, base64: (await printToPdf(html)).toString('base64') };
}
