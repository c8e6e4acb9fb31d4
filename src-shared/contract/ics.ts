import { z } from 'zod';
import { id, timestamp } from './common';
import { calendarFilter } from './events';

/** An .ics file's text; files are read in the renderer and sent whole (a year of meetings is small). */
const icsText = z.string().min(1, 'The file is empty').max(50 * 1024 * 1024, 'The file is larger than 50 MB');

export const icsPreviewRow = z.object({
  uid: z.string(),
  title: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  allDay: z.boolean(),
  timeZone: z.string(),
  status: z.string(),
  action: z.enum(['create', 'update', 'skip']),
  /** Why it is skipped or what will change. */
  reason: z.string(),
  attendees: z.number().int(),
  /** The line of the file where this VEVENT starts. */
  line: z.number().int(),
});
export type IcsPreviewRow = z.infer<typeof icsPreviewRow>;

export const icsPreview = z.object({
  rows: z.array(icsPreviewRow),
  counts: z.object({ create: z.number().int(), update: z.number().int(), skip: z.number().int() }),
  /** People the attendees will add to the directory (no match by email or name). */
  newPeople: z.number().int(),
  warnings: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type IcsPreview = z.infer<typeof icsPreview>;

export const icsExportScope = z.union([
  z.object({ eventIds: z.array(id).min(1).max(100_000) }).strict(),
  z.object({ seriesId: id }).strict(),
  z.object({ filter: calendarFilter, from: timestamp.optional(), to: timestamp.optional() }).strict(),
]);

export const icsCalls = {
  'ics.preview': {
    summary: 'Read an iCalendar file and say what importing it would create, update and skip. Writes nothing.',
    mutates: false,
    input: z.object({ text: icsText, fileName: z.string().max(300).default('') }).strict(),
    output: icsPreview,
  },
  'ics.import': {
    summary: 'Import an iCalendar file: all of it or, on any error, nothing. Re-importing updates by UID.',
    mutates: true,
    input: z.object({ text: icsText, fileName: z.string().max(300).default('') }).strict(),
    output: z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int(), peopleCreated: z.number().int() }),
  },
  'ics.export': {
    summary: 'Export events (chosen ids, a series, or a calendar filter) as an iCalendar file.',
    mutates: false,
    input: icsExportScope,
    output: z.object({ fileName: z.string(), text: z.string(), count: z.number().int() }),
  },
} as const;
