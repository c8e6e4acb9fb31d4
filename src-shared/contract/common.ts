import { z } from 'zod';

/** UUIDv7: sortable by creation time and unique across laptops. */
/** Rows get UUIDv7 ids; join rows (a participation, an event's tag) UUIDv5 ids of what they join, the same on every laptop. */
export const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[57][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Must be a valid id');
export const timestamp = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date({ message: 'Use a date like 2024-05-21' });

/** ISO 3166-1 alpha-2, plus the user-assigned XK that the region uses for Kosovo. */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as RO');

/**
 * Control characters (but tab and line breaks), Unicode non-characters such as U+FFFE, and lone surrogates:
 * never typed on purpose, invisible, and illegal in the XML of XLSX and DOCX files.
 */
const UNWANTED = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

export function cleanText(text: string): string {
  return text.replace(UNWANTED, (c) => (c === '\t' || c === '\n' || c === '\r' ? c : ''));
}

/** Every free string of an input: unwanted characters stripped, trimmed, and bounded. */
export const freeText = (max: number) => z.string().overwrite(cleanText).trim().max(max, `At most ${max} characters`);

export const optionalText = (max: number) => freeText(max).default('');

export const requiredText = (max: number, label: string) =>
  z.string().overwrite(cleanText).trim().min(1, `${label} is required`).max(max, `At most ${max} characters`);

function isLocaleTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false; // Intl throws a RangeError for a malformed tag such as en_GB
  }
}

/** BCP 47 tag for dates and numbers, e.g. en-GB or ro-RO; checked here so Intl never throws inside a call. */
export const localeTag = z.string().trim().max(35).refine(isLocaleTag, 'Use a language tag such as en-GB').default('en-GB');

export const sortDir = z.enum(['asc', 'desc']).default('asc');

export const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export const searchText = freeText(200).default('');

export const page = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int() });

export const byId = z.object({ id });
export const deleted = z.object({ id });

export const meta = {
  createdAt: timestamp,
  updatedAt: timestamp,
};

/** A file for the user to save (an export, a report, a document); base64 so that it crosses IPC and HTTP alike. */
export const fileToSave = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type FileToSave = z.infer<typeof fileToSave>;
