import { z } from 'zod';
import type { CallSpec } from './domains';
import { fileToSave, type FileToSave, id, localeTag } from './common';

/** `report`: the report after the meeting, drafted from the record. */
export const documentKinds = ['agenda', 'outcomes', 'report', 'participants', 'badges', 'cards'] as const;
export const documentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKind>;
/** Printed only: name badges and table cards have no Word form. */
export const PRINT_ONLY_DOCUMENTS: readonly DocumentKind[] = ['badges', 'cards'];

/** The languages a document can be written in: every interface language. */
export const DOCUMENT_LANGUAGES = ['en', 'ro', 'sr-Cyrl', 'sr-Latn', 'hr', 'bs', 'bg', 'mk', 'sl', 'el', 'tr', 'sq', 'hu'] as const;
export const documentLanguage = z.enum(DOCUMENT_LANGUAGES);
export type DocumentLanguage = z.infer<typeof documentLanguage>;

const documentInput = z
  .object({
    eventId: id,
    document: documentKind,
    /** Dates in English follow it (en-GB, en-US); in any other language, that language's own. */
    locale: localeTag,
    language: documentLanguage.default('en'),
    /** A bilingual document: every heading and label in both languages, the first one first; the report whole in each. */
    secondLanguage: documentLanguage.nullable().default(null),
    /** The list of participants: with emails and phones (an internal list), marked "For official use only". */
    contacts: z.boolean().default(false),
    officialUse: z.boolean().default(false),
  })
  .strict()
  .refine((input) => input.secondLanguage !== input.language, { path: ['secondLanguage'], message: 'Choose a second language other than the first' });

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
