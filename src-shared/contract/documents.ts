import { z } from 'zod';
import { id, localeTag } from './common';

export const documentKinds = ['agenda', 'outcomes'] as const;
export const documentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKind>;

const documentInput = z
  .object({
    eventId: id,
    document: documentKind,
    locale: localeTag,
  })
  .strict();

export const documentFile = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type DocumentFile = z.infer<typeof documentFile>;

export const documentCalls = {
  'documents.html': {
    summary: 'The agenda or the outcomes of an event as printable HTML (every text escaped): what the print view shows and PDF is made from.',
    mutates: false,
    input: documentInput,
    output: z.object({ title: z.string(), html: z.string() }),
  },
  'documents.docx': {
    summary: 'The agenda or the outcomes of an event as a Word document.',
    mutates: false,
    input: documentInput,
    output: documentFile,
  },
  'documents.pdf': {
    summary: 'The agenda or the outcomes as PDF, printed by the desktop app. Over loopback the browser prints the HTML instead.',
    mutates: false,
    input: documentInput,
    output: documentFile,
  },
} as const;
