import { z } from 'zod';
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

/**
 * When: timed events give wall-clock start and end in `timeZone`; all-day events give the
 * first and last day (inclusive, as people say it: 12–14 December).
 */
export const eventWhen = z.discriminatedUnion('allDay', [
  z.object({ allDay: z.literal(false), start: localDateTime, end: localDateTime, timeZone }),
  z.object({ allDay: z.literal(true), start: isoDate, end: isoDate, timeZone }),
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
  notes: optionalText(20_000),
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
  z.object({ id, allDay: z.literal(false), startsAt: timestamp, endsAt: timestamp, expectedUpdatedAt: timestamp.optional() }).strict(),
  z.object({ id, allDay: z.literal(true), start: isoDate, end: isoDate, expectedUpdatedAt: timestamp.optional() }).strict(),
]);

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
    input: eventFields.strict(),
    output: event,
  },
  'events.update': {
    summary: 'Replace the fields of an event. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    input: eventFields.extend({ id, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: event,
  },
  'events.move': {
    summary: 'Move or resize an event (drag in the calendar), keeping its time zone.',
    mutates: true,
    input: eventMoveInput,
    output: event,
  },
  'events.delete': {
    summary: 'Delete an event and everything that belongs to it (roster, agenda); its series is renumbered.',
    mutates: true,
    input: byId.strict(),
    output: deleted,
  },
  'tags.list': {
    summary: 'Every tag with the number of events carrying it.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: z.array(tag),
  },
} as const;
