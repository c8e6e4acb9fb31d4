import { z } from 'zod';
import type { CallSpec } from './domains';
import { fileToSave, type FileToSave, id, localeTag } from './common';

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

/** The name existing callers know a document file by. */
export type DocumentFile = FileToSave;

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
    output: fileToSave,
  },
  'documents.pdf': {
    summary: 'The agenda or the outcomes as PDF, printed by the desktop app. Over loopback the browser prints the HTML instead.',
    mutates: false,
    input: documentInput,
    output: fileToSave,
  },
} as const satisfies Record<string, CallSpec>;
