import { z } from 'zod';
import type { CallSpec } from './domains';
import { byId, countryCode, deleted, id, isoDate, meta, optionalText, requiredText, timestamp } from './common';
import { documentLanguage } from './documents';
import { eventKind } from './events';

export const bodyKinds = ['task_force', 'association', 'committee', 'network', 'working_group', 'other'] as const;
export const bodyKind = z.enum(bodyKinds);
export type BodyKind = z.infer<typeof bodyKind>;

export const membershipKinds = ['member_state', 'observer', 'operational_partner'] as const;
export const membershipKind = z.enum(membershipKinds);

export const chairRoles = ['chair', 'presidency', 'coordinator', 'secretariat'] as const;
export const chairRole = z.enum(chairRoles);

/** A member is a country or an organisation (an operational partner such as US CBP). */
const member = z
  .object({
    countryCode: countryCode.nullable().default(null),
    organisationId: id.nullable().default(null),
    kind: membershipKind.default('member_state'),
    since: isoDate.nullable().default(null),
    until: isoDate.nullable().default(null),
  })
  .refine((m) => (m.countryCode === null) !== (m.organisationId === null), {
    message: 'Choose a country or an organisation',
    path: ['countryCode'],
  });

/** Who held the chair, presidency or coordination, and when: a country or an organisation. */
const chairTerm = z
  .object({
    role: chairRole.default('chair'),
    holderCountryCode: countryCode.nullable().default(null),
    holderOrgId: id.nullable().default(null),
    startsOn: isoDate,
    endsOn: isoDate.nullable().default(null),
    notes: optionalText(2000),
  })
  .refine((t) => (t.holderCountryCode === null) !== (t.holderOrgId === null), {
    message: 'Choose a country or an organisation',
    path: ['holderCountryCode'],
  })
  .refine((t) => t.endsOn === null || t.endsOn >= t.startsOn, { message: 'The term ends before it starts', path: ['endsOn'] });

export const bodyFields = z.object({
  name: requiredText(300, 'Name'),
  acronym: optionalText(40),
  kind: bodyKind.default('task_force'),
  parentOrgId: id.nullable().default(null),
  foundedOn: isoDate.nullable().default(null),
  description: optionalText(10_000),
  members: z.array(member).max(300).default([]),
  chairTerms: z.array(chairTerm).max(200).default([]),
});
export type BodyFields = z.input<typeof bodyFields>;

/** A series' numbered title in a document language: `{n}` where the number goes. */
const seriesTitle = z
  .string()
  .trim()
  .max(300, 'At most 300 characters')
  .refine((title) => title === '' || title.split('{n}').length === 2, 'Put {n} once, where the meeting’s number goes');
export const seriesTitles = z.partialRecord(documentLanguage.exclude(['en']), seriesTitle);

export const seriesSummary = z.object({
  id,
  bodyId: id,
  name: z.string(),
  eventKind,
  firstNumber: z.number().int(),
  eventCount: z.number().int(),
  /** The title in other languages, for documents in them ("a {n}-a reuniune a …"). */
  titles: z.record(z.string(), z.string()),
});
export type SeriesSummary = z.infer<typeof seriesSummary>;

export const body = z.object({
  id,
  name: z.string(),
  acronym: z.string(),
  kind: bodyKind,
  parentOrgId: z.string().nullable(),
  parentOrgName: z.string().nullable(),
  foundedOn: z.string().nullable(),
  description: z.string(),
  members: z.array(
    z.object({
      countryCode: z.string().nullable(),
      countryName: z.string().nullable(),
      organisationId: z.string().nullable(),
      organisationName: z.string().nullable(),
      kind: membershipKind,
      since: z.string().nullable(),
      until: z.string().nullable(),
    }),
  ),
  chairTerms: z.array(
    z.object({
      role: chairRole,
      holderCountryCode: z.string().nullable(),
      holderOrgId: z.string().nullable(),
      holderName: z.string(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      notes: z.string(),
    }),
  ),
  /** The term running today, if any. */
  currentChair: z.object({ role: chairRole, holderName: z.string(), holderCountryCode: z.string().nullable(), startsOn: z.string() }).nullable(),
  series: z.array(seriesSummary),
  ...meta,
});
export type Body = z.infer<typeof body>;

export const bodySummary = z.object({
  id,
  name: z.string(),
  acronym: z.string(),
  kind: bodyKind,
  parentOrgName: z.string().nullable(),
  memberCount: z.number().int(),
  currentChairName: z.string().nullable(),
  /** Where the chair is a country: its name in the interface language comes from the code. */
  currentChairCountryCode: z.string().nullable(),
  eventCount: z.number().int(),
});
export type BodySummary = z.infer<typeof bodySummary>;

export const seriesFields = z.object({
  bodyId: id,
  /** What follows the ordinal: "meeting of the SELEC Anti-Terrorism Task Force" gives "9th meeting of …". */
  name: requiredText(300, 'Name'),
  eventKind: eventKind.default('task_force_meeting'),
  /** The number of the first meeting recorded here, when the series began before Liaison did. */
  firstNumber: z.number().int().min(1, 'Start at 1 or later').max(10_000).default(1),
  titles: seriesTitles.default({}),
});

export const bodyCalls = {
  'bodies.list': {
    summary: 'Every body (task force, association, committee, network) with its current chair.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: z.array(bodySummary),
  },
  'bodies.get': {
    summary: 'One body with its members, chair terms and meeting series.',
    mutates: false,
    input: byId.strict(),
    output: body,
  },
  'bodies.create': {
    summary: 'Create a body with its members and chair terms.',
    mutates: true,
    changes: ['bodies'],
    input: bodyFields.strict(),
    output: body,
  },
  'bodies.update': {
    summary: 'Replace a body, its members and its chair terms. `expectedUpdatedAt` refuses a stale edit.',
    mutates: true,
    changes: ['bodies'],
    input: bodyFields.extend({ id, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: body,
  },
  'bodies.delete': {
    summary: 'Delete a body and its series; its events stay, without a body.',
    mutates: true,
    changes: ['bodies', 'events'],
    input: byId.strict(),
    output: deleted,
  },
  'series.create': {
    summary: 'Create a numbered meeting series of a body.',
    mutates: true,
    changes: ['bodies'],
    input: seriesFields.strict(),
    output: seriesSummary,
  },
  'series.update': {
    summary: 'Rename a series or change where it starts counting; the titles of its events follow.',
    mutates: true,
    changes: ['bodies', 'events'],
    // Without firstNumber the series keeps where it starts counting.
    // Without titles the series keeps its titles in other languages.
    input: seriesFields.extend({ id, firstNumber: seriesFields.shape.firstNumber.unwrap().optional(), titles: seriesTitles.optional() }).strict(),
    output: seriesSummary,
  },
  'series.delete': {
    summary: 'Delete a series; its events stay, unnumbered.',
    mutates: true,
    changes: ['bodies', 'events'],
    input: byId.strict(),
    output: deleted,
  },
} as const satisfies Record<string, CallSpec>;
