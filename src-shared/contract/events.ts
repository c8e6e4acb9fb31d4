import { z } from 'zod';
import type { CallSpec } from './domains';
import { byId, cleanText, countryCode, deleted, id, isoDate, meta, optionalText, searchText, timestamp } from './common';

export const eventKinds = [
  'task_force_meeting',
  'workshop',
  'conference',
  'general_assembly',
  'roundtable',
  'training',
  'bilateral_meeting',
  'call',
  'other',
] as const;
export const eventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof eventKind>;

export const eventStatuses = ['planned', 'confirmed', 'held', 'postponed', 'cancelled'] as const;
export const eventStatus = z.enum(eventStatuses);
export type EventStatus = z.infer<typeof eventStatus>;

/** An event's notes: long enough for a pasted invitation or a mail thread imported from a calendar. */
export const EVENT_NOTES_MAX = 200_000;

/** An IANA zone name such as Europe/Bucharest; checked against the zones this runtime knows. */
export const timeZone = z
  .string()
  .trim()
  .min(1, 'Time zone is required')
  .max(64, 'At most 64 characters')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'Unknown time zone: use a name such as Europe/Bucharest');

/** Wall-clock time in the event's own zone: `2024-05-21T09:30`. */
export const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a date and time like 2024-05-21T09:30');

const link = z.object({
  label: optionalText(200),
  url: z.url({ protocol: /^https?$/, message: 'Use a web address starting with https://' }).max(2000),
});
export type EventLink = z.infer<typeof link>;

const tagName = z.string().overwrite(cleanText).trim().min(1, 'Empty tag').max(60, 'At most 60 characters');

/** The years an event may fall in: a date outside them is a typing slip (a year of 0202 or 5924), not a meeting. */
export const EVENT_YEARS = { first: 1900, last: 2200 } as const;
/** The longest an event may last, in days: a year, counted as a leap one. */
export const LONGEST_EVENT_DAYS = 366;

const yearOf = (value: string) => Number(value.slice(0, 4));
const dayNumber = (value: string) => Date.UTC(yearOf(value), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
const minutesOf = (value: string) => (value.length > 10 ? Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16)) : 0);

/** Years within bounds and at most a year long, said on the field the form shows (`when.start`, `when.end`). */
function checkSpan(when: { start: string; end: string }, ctx: z.core.$RefinementCtx, paths = { start: 'start', end: 'end' }) {
  const yearMessage = `Use a year between ${EVENT_YEARS.first} and ${EVENT_YEARS.last}`;
  let inRange = true;
  for (const key of ['start', 'end'] as const) {
    const year = yearOf(when[key]);
    if (year < EVENT_YEARS.first || year > EVENT_YEARS.last) {
      ctx.addIssue({ code: 'custom', path: [paths[key]], message: yearMessage });
      inRange = false;
    }
  }
  if (!inRange) return;
  const minutes = (dayNumber(when.end) - dayNumber(when.start)) / 60_000 + minutesOf(when.end) - minutesOf(when.start);
  if (minutes > LONGEST_EVENT_DAYS * 24 * 60) {
    ctx.addIssue({ code: 'custom', path: [paths.end], message: `An event lasts at most a year (${LONGEST_EVENT_DAYS} days)` });
  }
}

/**
 * When: timed events give wall-clock start and end in `timeZone`; all-day events give the
 * first and last day (inclusive, as people say it: 12–14 December).
 */
export const eventWhen = z.discriminatedUnion('allDay', [
  z.object({ allDay: z.literal(false), start: localDateTime, end: localDateTime, timeZone }).superRefine((when, ctx) => checkSpan(when, ctx)),
  z.object({ allDay: z.literal(true), start: isoDate, end: isoDate, timeZone }).superRefine((when, ctx) => checkSpan(when, ctx)),
]);
export type EventWhen = z.infer<typeof eventWhen>;

export const eventFields = z.object({
  kind: eventKind.default('task_force_meeting'),
  /** Ignored for an event in a series: its title is the series' numbered name. */
  title: optionalText(300),
  bodyId: id.nullable().default(null),
  seriesId: id.nullable().default(null),
  when: eventWhen,
  venueName: optionalText(300),
  venueCity: optionalText(120),
  venueCountryCode: countryCode.nullable().default(null),
  hostOrgId: id.nullable().default(null),
  organiserIds: z.array(id).max(50).default([]),
  fundingProgramme: optionalText(300),
  audience: optionalText(1000),
  status: eventStatus.default('planned'),
  tags: z.array(tagName).max(30).default([]),
  links: z.array(link).max(30).default([]),
  notes: optionalText(EVENT_NOTES_MAX),
});
export type EventFields = z.input<typeof eventFields>;

export const calendarEvent = z.object({
  id,
  title: z.string(),
  kind: eventKind,
  status: eventStatus,
  /** UTC instants; the end is exclusive (an all-day event ends at midnight after its last day). */
  startsAt: timestamp,
  endsAt: timestamp,
  timeZone: z.string(),
  allDay: z.boolean(),
  bodyId: z.string().nullable(),
  bodyName: z.string().nullable(),
  seriesId: z.string().nullable(),
  seriesNumber: z.number().int().nullable(),
  venueCity: z.string(),
  venueCountryCode: z.string().nullable(),
  tags: z.array(z.string()),
  updatedAt: timestamp,
});
export type CalendarEvent = z.infer<typeof calendarEvent>;

export const event = calendarEvent.extend({
  when: eventWhen,
  venueName: z.string(),
  venueCountryName: z.string().nullable(),
  hostOrgId: z.string().nullable(),
  hostOrgName: z.string().nullable(),
  organisers: z.array(z.object({ id, name: z.string(), acronym: z.string() })),
  seriesName: z.string().nullable(),
  fundingProgramme: z.string(),
  audience: z.string(),
  links: z.array(link),
  notes: z.string(),
  icalUid: z.string().nullable(),
  icalSequence: z.number().int(),
  participantCount: z.number().int(),
  ...meta,
});
export type LiaisonEvent = z.infer<typeof event>;

export const calendarFilter = z
  .object({
    bodyIds: z.array(id).max(100).default([]),
    kinds: z.array(eventKind).default([]),
    /** Venue country or the country of a participant. */
    countryCodes: z.array(countryCode).max(300).default([]),
    statuses: z.array(eventStatus).default([]),
    tags: z.array(tagName).max(100).default([]),
    search: searchText,
  })
  .strict();
export type CalendarFilter = z.input<typeof calendarFilter>;

export const eventRangeInput = z
  .object({ from: timestamp, to: timestamp, filter: calendarFilter.default(calendarFilter.parse({})) })
  .strict()
  .refine((r) => r.to > r.from, { message: 'The end of the range must be after its start', path: ['to'] });

/** A drag or resize in the calendar: new instants for a timed event, new days for an all-day one. */
export const eventMoveInput = z.discriminatedUnion('allDay', [
  z
    .object({ id, allDay: z.literal(false), startsAt: timestamp, endsAt: timestamp, expectedUpdatedAt: timestamp.optional() })
    .strict()
    .superRefine((move, ctx) => checkSpan({ start: move.startsAt, end: move.endsAt }, ctx, { start: 'startsAt', end: 'endsAt' })),
  z
    .object({ id, allDay: z.literal(true), start: isoDate, end: isoDate, expectedUpdatedAt: timestamp.optional() })
    .strict()
    .superRefine((move, ctx) => checkSpan(move, ctx)),
]);

/** A meeting of a series whose number would change, and how. */
export const renumbering = z.object({
  eventId: id,
  title: z.string(),
  startsAt: timestamp,
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
});
export type Renumbering = z.infer<typeof renumbering>;

export const renumberPreviewInput = z
  .object({
    /** The event being edited; null for a new one. */
    id: id.nullable().default(null),
    seriesId: id.nullable(),
    status: eventStatus,
    /** Where the event would be: its dates as the form holds them, or its new start after a drag. */
    when: eventWhen.optional(),
    startsAt: timestamp.optional(),
  })
  .strict()
  .refine((input) => (input.when === undefined) !== (input.startsAt === undefined), {
    message: 'Give either when or startsAt',
    path: ['when'],
  });

export const tag = z.object({ id, name: z.string(), eventCount: z.number().int() });
export type Tag = z.infer<typeof tag>;

export const eventCalls = {
  'events.range': {
    summary: 'Events overlapping [from, to), filtered: what a calendar view shows.',
    mutates: false,
    input: eventRangeInput,
    output: z.array(calendarEvent),
  },
  'events.get': {
    summary: 'One event with every field.',
    mutates: false,
    input: byId.strict(),
    output: event,
  },
  'events.create': {
    summary: 'Create an event. In a series it is numbered, and the series renumbered, automatically.',
    mutates: true,
    changes: ['events', 'tags'],
    input: eventFields.strict(),
    output: event,
  },
  'events.update': {
    summary: 'Replace the fields of an event. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    changes: ['events', 'tags'],
    input: eventFields.extend({ id, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: event,
  },
  'events.move': {
    summary: 'Move or resize an event (drag in the calendar), keeping its time zone.',
    mutates: true,
    changes: ['events'],
    input: eventMoveInput,
    output: event,
  },
  'events.delete': {
    summary: 'Delete an event and everything that belongs to it (roster, agenda); its series is renumbered.',
    mutates: true,
    // The tags nobody uses any more go with it.
    changes: ['events', 'tags', 'roster'],
    input: byId.strict(),
    output: deleted,
  },
  'events.renumberPreview': {
    summary:
      'What saving this event would do to the numbers of its series: the number it gets and the other meetings renumbered (nothing is written).',
    mutates: false,
    input: renumberPreviewInput,
    output: z.object({ number: z.number().int().nullable(), renumbered: z.array(renumbering) }),
  },
  'tags.list': {
    summary: 'Every tag with the number of events carrying it.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: z.array(tag),
  },
  'events.pastNotHeld': {
    summary: 'Events that have ended but are still planned or confirmed, most recent first: did they take place?',
    mutates: false,
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict().default({ limit: 50 }),
    output: z.object({ total: z.number().int(), rows: z.array(calendarEvent) }),
  },
  'events.setStatus': {
    summary: 'Set only the status of an event (held, cancelled, postponed…). `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    changes: ['events'],
    input: z.object({ id, status: eventStatus, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: event,
  },
} as const satisfies Record<string, CallSpec>;
