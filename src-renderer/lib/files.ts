import { IMPORT_MAX_BYTES } from '../../src-shared/contract';

/** Saves text as a file through the browser's download, which works the same in Chromium and Electron. */
export function downloadText(fileName: string, text: string, type = 'text/calendar'): void {
  saveBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Saves a binary file that crossed the boundary as base64 (a spreadsheet, a CSV with its BOM intact). */
export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  saveBlob(fileName, new Blob([bytes], { type: mimeType }));
}

/** Hands the blob to the browser's download through a hidden link; the address lives long enough for the save. */
function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export interface ChosenFile {
  fileName: string;
  base64: string;
  /** Starts with a UTF-8 byte order mark, as Excel writes "CSV UTF-8". */
  bom: boolean;
}

/** Reads a chosen file's bytes as base64; the service detects format and encoding from them. */
export async function readChosenFile(file: File, maxBytes = IMPORT_MAX_BYTES): Promise<ChosenFile | 'tooLarge'> {
  if (file.size > maxBytes) return 'tooLarge';
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices, so a large file does not overflow the argument list.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, base64: btoa(binary), bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}
