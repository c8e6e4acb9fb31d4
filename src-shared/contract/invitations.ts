import { z } from 'zod';
import type { CallSpec } from './domains';
import { fileToSave, freeText, id, isoDate, localeTag } from './common';
import { documentLanguage } from './documents';
import { membershipKind } from './bodies';

/** What a letter template may say between double braces; anything else is refused when it is saved. */
export const INVITATION_PLACEHOLDERS = ['delegation', 'title', 'dates', 'times', 'venue', 'deadline', 'body', 'sender'] as const;
export type InvitationPlaceholder = (typeof INVITATION_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders of a text that are not Liaison's, in the order they appear. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(INVITATION_PLACEHOLDERS as readonly string[]).includes(name));
}

const templateText = (max: number) =>
  freeText(max).superRefine((text, ctx) => {
    for (const name of unknownPlaceholders(text)) {
      ctx.addIssue({ code: 'custom', message: `Unknown placeholder “${name}”: a template can use delegation, title, dates, times, venue, deadline, body, sender` });
    }
  });

export const invitationTemplate = z.object({
  subject: templateText(300),
  letter: templateText(10_000),
  /** The short text of the email that carries the pack. */
  email: templateText(5_000),
  signature: templateText(500),
  senderName: freeText(200),
  /** The ORGANIZER of the calendar invitation and the From of the drafts; empty leaves both out. */
  senderEmail: z.union([z.literal(''), z.string().trim().max(254, 'At most 254 characters').toLowerCase().pipe(z.email({ message: 'Not a valid email address' }))]),
});
export type InvitationTemplate = z.infer<typeof invitationTemplate>;

export const invitationGroups = [...membershipKind.options, 'international_organisation'] as const;
export const invitationGroup = z.enum(invitationGroups);
export type InvitationGroup = z.infer<typeof invitationGroup>;

/** `country:RO` or `org:<organisation id>`: who a pack is for. */
export const delegationKey = z.string().regex(/^(?:country:[A-Z]{2}|org:[0-9a-f-]{36})$/, 'Must be a country or an organisation of the body');

export const invitationDelegation = z.object({
  key: delegationKey,
  group: invitationGroup,
  name: z.string(),
  countryCode: z.string().nullable(),
  organisationId: z.string().nullable(),
  contacts: z.array(z.object({ personId: id, fullName: z.string(), emails: z.array(z.string()) })),
});
export type InvitationDelegation = z.infer<typeof invitationDelegation>;

export const invitationPlan = z.object({
  eventId: id,
  title: z.string(),
  bodyId: z.string().nullable(),
  bodyName: z.string().nullable(),
  cancelled: z.boolean(),
  /** Three weeks before the event, or today when that has passed. */
  defaultDeadline: isoDate,
  delegations: z.array(invitationDelegation),
  /** The SEQUENCE of the last pack issued; null when none was. */
  issuedSequence: z.number().int().nullable(),
});
export type InvitationPlan = z.infer<typeof invitationPlan>;

export const packFormat = z.enum(['zip', 'eml']);
export type PackFormat = z.infer<typeof packFormat>;

const buildInput = z
  .object({
    eventId: id,
    format: packFormat,
    deadline: isoDate,
    /** Dates of an English letter follow it (en-GB, en-US). */
    locale: localeTag,
    delegations: z
      .array(z.object({ key: delegationKey, language: documentLanguage.default('en') }).strict())
      .min(1, 'Choose at least one delegation')
      .max(200, 'At most 200 delegations at once'),
  })
  .strict();

export const invitationCalls = {
  'invitations.plan': {
    summary: 'Who an event’s invitation packs can go to: the body’s member states, observers and partners, each with its contact points.',
    mutates: false,
    input: z.object({ eventId: id }).strict(),
    output: invitationPlan,
  },
  'invitations.template': {
    summary: 'The letter template of a body’s invitations: the one saved, else the default.',
    mutates: false,
    input: z.object({ bodyId: id }).strict(),
    output: invitationTemplate.extend({ saved: z.boolean() }),
  },
  'invitations.saveTemplate': {
    summary: 'Save a body’s letter template; a placeholder Liaison does not know is refused.',
    mutates: true,
    changes: ['bodies'],
    input: invitationTemplate.extend({ bodyId: id }).strict(),
    output: invitationTemplate.extend({ saved: z.boolean() }),
  },
  'invitations.build': {
    summary:
      'The invitation packs (letter, calendar invitation, nomination form) of the delegations chosen, as one ZIP or one email draft each; records the SEQUENCE issued.',
    mutates: true,
    // A pack marks its delegations invited, which the Participants tab shows.
    changes: ['events', 'roster'],
    input: buildInput,
    output: z.object({
      files: z.array(fileToSave),
      sequence: z.number().int(),
      method: z.enum(['REQUEST', 'CANCEL']),
      /** Delegations whose draft has no address: no contact point with an email. */
      noAddress: z.array(z.string()),
    }),
  },
} as const satisfies Record<string, CallSpec>;
