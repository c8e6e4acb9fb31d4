import { IMPORT_MAX_BYTES } from '../../../src-shared/contract';

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
