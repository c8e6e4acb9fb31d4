import { z } from 'zod';
import type { CallSpec } from './domains';
import { countryCode, id } from './common';

/** The largest file accepted, before base64. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** Where a column of the file goes; `ignore` drops it. */
export const importTarget = z.enum([
  'fullName',
  'firstName',
  'lastName',
  'honorific',
  'postNominals',
  'otherScriptName',
  'position',
  'organisation',
  'country',
  'email',
  'phone',
  'languages',
  'notes',
  'ignore',
]);
export type ImportTarget = z.infer<typeof importTarget>;

/** The file as the renderer read it: its name (for the format) and its bytes in base64. */
const fileInput = {
  fileName: z.string().trim().min(1, 'The file name is required').max(300),
  // Base64 takes 4 characters per 3 bytes; the exact byte limit is checked after decoding.
  base64: z.string().min(1, 'The file is empty').max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4, 'The file is larger than 20 MB'),
};

/** One target per column of the file, in the order of its headers. */
const mapping = z.array(importTarget).min(1).max(500);

const defaults = z
  .object({
    /** For rows whose country cell is empty. */
    countryCode: countryCode.nullable().optional(),
    /** For rows whose organisation cell is empty. */
    organisationId: id.nullable().optional(),
  })
  .strict()
  .default({});

export const importSheet = z.object({
  headers: z.array(z.string()),
  /** The first 20 data rows, as text. */
  sampleRows: z.array(z.array(z.string())),
  /** Data rows, not counting the header and blank rows. */
  rowCount: z.number().int(),
});

export const importRead = z.object({
  sheet: importSheet,
  format: z.enum(['csv', 'xlsx']),
  /** `utf-8`, `utf-16le`, `windows-1250`… ; `xlsx` for workbooks. */
  encoding: z.string(),
  /** The CSV delimiter found; empty for workbooks. */
  delimiter: z.string(),
  suggestedMapping: z.array(importTarget),
  /** What was chosen the last time a file with the same headers was imported. */
  rememberedMapping: z.array(importTarget).optional(),
});
export type ImportRead = z.infer<typeof importRead>;

export const importProblem = z.object({
  field: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  /** Warnings say what will happen (a new organisation); errors block the row. */
  severity: z.enum(['error', 'warning']),
});
export type ImportProblem = z.infer<typeof importProblem>;

export const importAction = z.enum(['create', 'merge', 'skip']);

/** What a row of the preview can be corrected in, in place of the file's cells. */
export const importField = z.enum(['fullName', 'position', 'organisation', 'country', 'email', 'phone', 'languages', 'notes']);
export type ImportField = z.infer<typeof importField>;

/** A value typed in the preview for one field of one row; it replaces what the file's cells give that field. */
export const importCorrection = z.object({ row: z.number().int().min(2), field: importField, value: z.string().max(20_000) }).strict();
export type ImportCorrection = z.infer<typeof importCorrection>;

export const importPreviewRow = z.object({
  /** The row number shown by Excel: the header is row 1. */
  row: z.number().int(),
  action: z.enum(['create', 'merge', 'skip', 'error']),
  fullName: z.string(),
  email: z.string(),
  countryCode: z.string().nullable(),
  organisationName: z.string().nullable(),
  /** The organisation is not in the directory yet and will be created on commit. */
  organisationNew: z.boolean(),
  problems: z.array(importProblem),
  match: z
    .object({ personId: id, fullName: z.string(), by: z.enum(['email', 'name+organisation']) })
    .optional(),
  /** The fields that can be corrected here (those with an error, and those already corrected), with their text now. */
  editable: z.array(z.object({ field: importField, value: z.string(), corrected: z.boolean() })),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRow>;

export const importPreview = z.object({
  rows: z.array(importPreviewRow),
  counts: z.object({ create: z.number().int(), merge: z.number().int(), skip: z.number().int(), error: z.number().int() }),
  /** Every problem of every row, with its row number. */
  problems: z.array(importProblem.extend({ row: z.number().int() })),
  /** Organisations the commit will create. */
  newOrganisations: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreview>;

const previewInput = z
  .object({ ...fileInput, mapping, defaults, corrections: z.array(importCorrection).max(100_000).default([]) })
  .strict();

export const importCalls = {
  'directoryImport.read': {
    summary: 'Read a CSV or XLSX file of people: its headers, first rows, encoding and delimiter, and a suggested column mapping. Writes nothing.',
    mutates: false,
    input: z.object(fileInput).strict(),
    output: importRead,
  },
  'directoryImport.preview': {
    summary:
      'Say, row by row, what importing the file with this mapping (and the corrections typed in the preview) would create, merge and refuse, and why. Writes nothing.',
    mutates: false,
    input: previewInput,
    output: importPreview,
  },
  'directoryImport.commit': {
    summary:
      'Import the file into the directory in one transaction: all of it or, when a row not marked skip still has an error, nothing. Remembers the mapping.',
    mutates: true,
    changes: ['people', 'organisations'],
    input: previewInput
      .extend({
        decisions: z
          .array(z.object({ row: z.number().int().min(2), action: importAction }).strict())
          .max(1_100_000)
          .default([]),
      })
      .strict(),
    output: z.object({
      created: z.number().int(),
      merged: z.number().int(),
      skipped: z.number().int(),
      organisationsCreated: z.number().int(),
    }),
  },
} as const satisfies Record<string, CallSpec>;
