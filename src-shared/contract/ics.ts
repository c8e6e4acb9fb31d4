import { z } from 'zod';
import type { CallSpec } from './domains';
import { id, timestamp } from './common';
import { calendarFilter, timeZone } from './events';

/** The largest .ics file accepted, before base64. */
export const ICS_MAX_BYTES = 50 * 1024 * 1024;

/**
 * An .ics file as the renderer read it: its bytes in base64 (the service unfolds the octets and
 * finds the encoding, as RFC 5545 wants), or, for callers that already hold text, its text.
 * `zoneFor` answers the preview's question about time zones it could not resolve: TZID → IANA zone.
 */
const icsInput = z
  .object({
    base64: z.string().min(1, 'The file is empty').max(Math.ceil(ICS_MAX_BYTES / 3) * 4 + 4, 'The file is larger than 50 MB').optional(),
    text: z.string().min(1, 'The file is empty').max(ICS_MAX_BYTES, 'The file is larger than 50 MB').optional(),
    fileName: z.string().max(300).default(''),
    zoneFor: z.record(z.string().max(300), timeZone).default({}),
  })
  .strict()
  .refine((v) => (v.base64 === undefined) !== (v.text === undefined), { message: 'Give the file as base64 or as text (one of them)', path: ['base64'] });

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
  /**
   * TZIDs that are neither a zone name Liaison knows nor defined in the file: the renderer asks
   * which zone each is and passes the answers as `zoneFor`. `zone` is the answer used, or null
   * (the preview then shows their times in the calendar's X-WR-TIMEZONE or UTC, and the import refuses the file).
   */
  // `uses`: how many DTSTART, DTEND, EXDATE… values of the file name it.
  unknownZones: z.array(z.object({ tzid: z.string(), line: z.number().int(), uses: z.number().int(), zone: z.string().nullable() })),
  /** How the file's bytes were read: `utf-8`, `utf-16le`, `windows-1252`… */
  encoding: z.string(),
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
    input: icsInput,
    output: icsPreview,
  },
  'ics.import': {
    summary: 'Import an iCalendar file: all of it or, on any error, nothing. Re-importing updates by UID.',
    mutates: true,
    changes: ['events', 'people', 'tags', 'roster'],
    input: icsInput,
    output: z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int(), peopleCreated: z.number().int() }),
  },
  'ics.export': {
    summary: 'Export events (chosen ids, a series, or a calendar filter) as an iCalendar file.',
    mutates: false,
    input: icsExportScope,
    output: z.object({ fileName: z.string(), text: z.string(), count: z.number().int() }),
  },
} as const satisfies Record<string, CallSpec>;
