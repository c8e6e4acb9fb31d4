import { z } from 'zod';
import type { CallSpec } from './domains';
import { byId, deleted, id, isoDate, optionalText, requiredText, timestamp } from './common';
import { invitationStatus } from './roster';

export const agendaItemKinds = ['opening', 'presentation', 'panel', 'discussion', 'break', 'lunch', 'closing', 'ceremony', 'other'] as const;
export const agendaItemKind = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof agendaItemKind>;

/** Wall-clock time of day in the event's own zone. */
export const clock = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:30');

export const agendaWarningCodes = [
  'before_day_start',
  'past_day_end',
  'overlap',
  'speaker_clash',
  'speaker_other_event',
  'speaker_not_on_roster',
  'speaker_unconfirmed',
  'speaker_declined',
] as const;
export const agendaWarning = z.object({ code: z.enum(agendaWarningCodes), message: z.string(), personId: z.string().optional() });
export type AgendaWarning = z.infer<typeof agendaWarning>;

export const agendaSpeaker = z.object({
  personId: id,
  fullName: z.string(),
  organisationName: z.string().nullable(),
  organisationAcronym: z.string().nullable(),
  countryCode: z.string().nullable(),
  countryName: z.string().nullable(),
  /** Their invitation to this event; null when they are not on its roster. */
  invitation: invitationStatus.nullable(),
});
export type AgendaSpeaker = z.infer<typeof agendaSpeaker>;

const minutes = z.number().int();

export const agendaItem = z.object({
  id,
  sessionId: id,
  kind: agendaItemKind,
  title: z.string(),
  description: z.string(),
  notes: z.string(),
  /** A start the user fixed; null when the item follows the one before it. */
  fixedStart: z.string().nullable(),
  durationMin: minutes,
  /** Minutes from midnight of its day, in the event's zone; past 1440 when it runs over midnight. */
  startMin: minutes,
  endMin: minutes,
  speakers: z.array(agendaSpeaker),
  warnings: z.array(agendaWarning),
  updatedAt: timestamp,
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const agendaSession = z.object({
  id,
  day: isoDate,
  title: z.string(),
  fixedStart: z.string().nullable(),
  startMin: minutes,
  endMin: minutes,
  items: z.array(agendaItem),
  updatedAt: timestamp,
});
export type AgendaSession = z.infer<typeof agendaSession>;

export const agendaDay = z.object({
  day: isoDate,
  /** Planned hours of the day. */
  startsAt: z.string(),
  endsAt: z.string(),
  /** False for a day that holds sessions but is no longer within the event's dates. */
  inEvent: z.boolean(),
  sessions: z.array(agendaSession),
});
export type AgendaDay = z.infer<typeof agendaDay>;

export const agenda = z.object({
  eventId: id,
  eventTitle: z.string(),
  timeZone: z.string(),
  seriesId: z.string().nullable(),
  days: z.array(agendaDay),
  itemCount: z.number().int(),
  warningCount: z.number().int(),
});
export type Agenda = z.infer<typeof agenda>;

const itemFields = {
  kind: agendaItemKind.default('presentation'),
  title: requiredText(300, 'Title'),
  description: optionalText(5000),
  notes: optionalText(5000),
  fixedStart: clock.nullable().default(null),
  durationMin: z.number().int().min(0, 'The duration cannot be negative').max(24 * 60, 'At most 24 hours').default(30),
  speakerIds: z.array(id).max(30, 'At most 30 speakers').default([]),
  /** Speakers who are not on the event's roster are added to it as invited speakers; otherwise they are refused. */
  addSpeakersToRoster: z.boolean().default(false),
};

export const agendaTemplate = z.object({ id, name: z.string(), dayCount: z.number().int(), itemCount: z.number().int(), updatedAt: timestamp });
export type AgendaTemplate = z.infer<typeof agendaTemplate>;

export const agendaCalls = {
  'agenda.get': {
    summary: 'The agenda of an event: its days, sessions and items with times computed and every warning.',
    mutates: false,
    input: z.object({ eventId: id }).strict(),
    output: agenda,
  },
  'agenda.setDayHours': {
    summary: 'The planned hours of one day of the agenda; items running past them are flagged.',
    mutates: true,
    changes: ['agenda'],
    input: z
      .object({ eventId: id, day: isoDate, startsAt: clock, endsAt: clock })
      .strict()
      .refine((d) => d.endsAt > d.startsAt, { message: 'The day ends before it starts', path: ['endsAt'] }),
    output: agenda,
  },
  'agenda.addSession': {
    summary: 'Add a session to a day, after another session or at the end.',
    mutates: true,
    changes: ['agenda'],
    input: z
      .object({ eventId: id, day: isoDate, title: optionalText(300), fixedStart: clock.nullable().default(null), afterSessionId: id.nullable().default(null) })
      .strict(),
    output: agenda,
  },
  'agenda.updateSession': {
    summary: 'Rename a session or fix its start (null: it follows the session before it).',
    mutates: true,
    changes: ['agenda'],
    input: z.object({ id, title: optionalText(300), fixedStart: clock.nullable() }).strict(),
    output: agenda,
  },
  'agenda.deleteSession': {
    summary: 'Delete a session and its items.',
    mutates: true,
    changes: ['agenda'],
    input: byId.strict(),
    output: agenda,
  },
  'agenda.splitSession': {
    summary: 'Split a session before an item: that item and the ones after it move to a new session.',
    mutates: true,
    changes: ['agenda'],
    input: z.object({ itemId: id, title: optionalText(300) }).strict(),
    output: agenda,
  },
  'agenda.addItem': {
    summary: 'Add an item to a session, after another item (null: first) or at the end (omitted).',
    mutates: true,
    // A speaker not on the roster may be added to it, and events show their participant count.
    changes: ['agenda', 'roster', 'events'],
    input: z.object({ sessionId: id, afterItemId: id.nullable().optional(), ...itemFields }).strict(),
    output: agenda,
  },
  'agenda.updateItem': {
    summary: 'Replace the fields of an item. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    changes: ['agenda', 'roster', 'events'],
    input: z.object({ id, ...itemFields, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: agenda,
  },
  'agenda.deleteItem': {
    summary: 'Delete an item; the items after it move up.',
    mutates: true,
    changes: ['agenda'],
    input: byId.strict(),
    output: agenda,
  },
  'agenda.moveItem': {
    summary: 'Move an item to a position in a session of the same event (another session or day included); times recompute.',
    mutates: true,
    changes: ['agenda'],
    input: z.object({ id, sessionId: id, index: z.number().int().min(0) }).strict(),
    output: agenda,
  },
  'agenda.nextMeeting': {
    summary:
      'Where the next meeting after this one goes: the usual interval of its series after the last meeting of the series, and the number it will get.',
    mutates: false,
    input: z.object({ fromEventId: id }).strict(),
    output: z.object({
      start: isoDate,
      number: z.number().int().nullable(),
      intervalDays: z.number().int(),
      /** The last meeting of the series (not cancelled), the one the proposal follows. */
      last: z.object({ eventId: id, title: z.string(), firstDay: isoDate }).nullable(),
    }),
  },
  'agenda.carryOver': {
    summary:
      'Create the next meeting from this one: same kind, body, series, venue and hours on the new dates, the agenda skeleton (times, kinds, titles), optionally the speakers and the invitation list.',
    mutates: true,
    // The next meeting is a new event of the series, with its roster and agenda.
    changes: ['events', 'agenda', 'roster', 'bodies'],
    input: z
      .object({ fromEventId: id, start: isoDate, includeSpeakers: z.boolean().default(false), includeInvitations: z.boolean().default(false) })
      .strict(),
    output: z.object({ eventId: id }),
  },
  'agendaTemplates.list': {
    summary: 'Saved agenda skeletons.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: z.array(agendaTemplate),
  },
  'agendaTemplates.save': {
    summary: "Save an event's agenda skeleton (days, sessions, times, kinds, titles) under a name; `replace` overwrites a template of that name.",
    mutates: true,
    changes: ['agendaTemplates'],
    input: z.object({ eventId: id, name: requiredText(200, 'Name'), replace: z.boolean().default(false) }).strict(),
    output: agendaTemplate,
  },
  'agendaTemplates.apply': {
    summary: 'Start an empty agenda from a template, its days laid on the event’s days in order.',
    mutates: true,
    changes: ['agenda'],
    input: z.object({ templateId: id, eventId: id }).strict(),
    output: agenda,
  },
  'agendaTemplates.delete': {
    summary: 'Delete a template.',
    mutates: true,
    changes: ['agendaTemplates'],
    input: byId.strict(),
    output: deleted,
  },
} as const satisfies Record<string, CallSpec>;
