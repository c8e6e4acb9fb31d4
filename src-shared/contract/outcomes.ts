import { z } from 'zod';
import type { CallSpec } from './domains';
import { byId, countryCode, deleted, fileToSave, id, isoDate, optionalText, requiredText, timestamp } from './common';
import { timeZone } from './events';
import { csvSeparator, rosterExportFormat } from './roster';

export const outcomeKinds = ['conclusion', 'decision'] as const;
export const outcomeKind = z.enum(outcomeKinds);
export const outcome = z.object({
  id,
  eventId: id,
  agendaItemId: z.string().nullable(),
  agendaItemTitle: z.string().nullable(),
  kind: outcomeKind,
  text: z.string(),
  /** Kept out of the report after the meeting and of the outcomes document sent out. */
  restricted: z.boolean(),
  updatedAt: timestamp,
});
export type Outcome = z.infer<typeof outcome>;

export const actionStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export const actionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatus>;

export const actionItem = z.object({
  id,
  eventId: id,
  eventTitle: z.string(),
  eventStartsAt: timestamp,
  bodyId: z.string().nullable(),
  bodyName: z.string().nullable(),
  agendaItemId: z.string().nullable(),
  agendaItemTitle: z.string().nullable(),
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerCountryCode: z.string().nullable(),
  ownerOrganisation: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: actionStatus,
  /** Open or in progress with a due date before today. */
  overdue: z.boolean(),
  notes: z.string(),
  updatedAt: timestamp,
});
export type ActionItem = z.infer<typeof actionItem>;

const actionFields = {
  agendaItemId: id.nullable().default(null),
  title: requiredText(500, 'What must be done'),
  ownerId: id.nullable().default(null),
  dueOn: isoDate.nullable().default(null),
  status: actionStatus.default('open'),
  notes: optionalText(5000),
};

export const outcomeCalls = {
  'outcomes.list': {
    summary: 'Conclusions and decisions of an event, and its action items.',
    mutates: false,
    input: z.object({ eventId: id }).strict(),
    output: z.object({ outcomes: z.array(outcome), actions: z.array(actionItem) }),
  },
  'outcomes.create': {
    summary: 'Record a conclusion or decision, for the whole event or one agenda item.',
    mutates: true,
    changes: ['outcomes'],
    input: z
      .object({ eventId: id, agendaItemId: id.nullable().default(null), kind: outcomeKind.default('conclusion'), text: requiredText(10_000, 'Text'), restricted: z.boolean().default(false) })
      .strict(),
    output: outcome,
  },
  'outcomes.update': {
    summary: 'Change a conclusion or decision.',
    mutates: true,
    changes: ['outcomes'],
    input: z.object({ id, agendaItemId: id.nullable(), kind: outcomeKind, text: requiredText(10_000, 'Text'), restricted: z.boolean().optional() }).strict(),
    output: outcome,
  },
  'outcomes.delete': {
    summary: 'Delete a conclusion or decision.',
    mutates: true,
    changes: ['outcomes'],
    input: byId.strict(),
    output: deleted,
  },
  'actions.list': {
    summary: 'Action items across events, overdue and open first; filtered by status, owner, owner’s country, body or event.',
    mutates: false,
    input: z
      .object({
        show: z.enum(['open', 'all']).default('open'),
        ownerId: id.optional(),
        countryCode: countryCode.optional(),
        bodyId: id.optional(),
        eventId: id.optional(),
        /** Today in the user's zone, for what is overdue. */
        today: isoDate.optional(),
      })
      .strict()
      .default({ show: 'open' }),
    output: z.array(actionItem),
  },
  'actions.export': {
    summary:
      'The action items of `actions.list` (same filter) as a CSV or Excel file, in English, formula-like cells neutralised; event dates in `timeZone` (UTC unless given), CSV fields separated by `separator`.',
    mutates: false,
    input: z
      .object({
        show: z.enum(['open', 'all']).default('open'),
        ownerId: id.optional(),
        countryCode: countryCode.optional(),
        bodyId: id.optional(),
        eventId: id.optional(),
        today: isoDate.optional(),
        timeZone: timeZone.optional(),
        format: rosterExportFormat,
        separator: csvSeparator.optional(),
      })
      .strict(),
    output: fileToSave,
  },
  'actions.create': {
    summary: 'Record who must do what by when, from an event (or one of its agenda items).',
    mutates: true,
    changes: ['actions', 'outcomes'],
    input: z.object({ eventId: id, ...actionFields }).strict(),
    output: actionItem,
  },
  'actions.update': {
    summary: 'Replace the fields of an action item. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    changes: ['actions', 'outcomes'],
    input: z.object({ id, ...actionFields, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: actionItem,
  },
  'actions.delete': {
    summary: 'Delete an action item.',
    mutates: true,
    changes: ['actions', 'outcomes'],
    input: byId.strict(),
    output: deleted,
  },
} as const satisfies Record<string, CallSpec>;
