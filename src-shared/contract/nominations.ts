import { z } from 'zod';
import type { CallSpec } from './domains';
import { fileToSave, id, isoDate, timestamp } from './common';
import { IMPORT_MAX_BYTES } from './imports';
import { delegationKey, invitationGroup } from './invitations';
import { participantRole } from './roster';

/** Where a delegation stands: `invited` once a pack went to it, `nominated` once its form came back; the rest the coordinator records. */
export const answerStatuses = ['invited', 'acknowledged', 'nominated', 'confirmed', 'declined'] as const;
export const answerStatus = z.enum(answerStatuses);
export type AnswerStatus = z.infer<typeof answerStatus>;

/** What the coordinator records by hand; `invited` and `nominated` follow from packs and forms. */
export const settableAnswer = z.enum(['acknowledged', 'confirmed', 'declined']);

const formFile = z.object({
  fileName: z.string().trim().min(1, 'The file name is required').max(300),
  base64: z.string().min(1, 'The file is empty').max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4, 'The file is larger than 20 MB'),
});

/** For a row in review or in the way: this directory person, a new person, or leave the row out. */
const choice = z.object({
  file: z.number().int().min(0).max(49),
  row: z.number().int().min(1).max(100_000),
  use: z.union([id, z.literal('new'), z.literal('skip')]),
});

const importInput = z
  .object({
    eventId: id,
    files: z.array(formFile).min(1, 'The file is empty').max(50, 'At most 50 files at once'),
    choices: z.array(choice).max(2000).default([]),
  })
  .strict();

export const nominationProblem = z.object({
  file: z.number().int(),
  fileName: z.string(),
  /** Null for a problem of the whole file. */
  row: z.number().int().nullable(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type NominationProblem = z.infer<typeof nominationProblem>;

const candidate = z.object({ personId: id, fullName: z.string(), organisationName: z.string().nullable(), email: z.string() });

export const nominationAction = z.enum(['add', 'update', 'unchanged', 'substitute', 'review', 'skip', 'error']);
export type NominationAction = z.infer<typeof nominationAction>;

export const nominationPreviewRow = z.object({
  file: z.number().int(),
  row: z.number().int(),
  fullName: z.string(),
  email: z.string(),
  organisationName: z.string().nullable(),
  role: participantRole.nullable(),
  action: nominationAction,
  /** The directory person the row is; null for a person to create. */
  match: z.object({ personId: id, fullName: z.string(), by: z.enum(['email', 'name+organisation', 'chosen']) }).nullable(),
  /** Several directory people could be this row: the coordinator picks one or a new person. */
  candidates: z.array(candidate),
  /** The nominee of the same role this row replaces (the form sent again with someone else). */
  replaces: z.object({ personId: id, fullName: z.string() }).nullable(),
  problems: z.array(z.object({ severity: z.enum(['error', 'warning']), message: z.string() })),
});
export type NominationPreviewRow = z.infer<typeof nominationPreviewRow>;

export const nominationPreview = z.object({
  files: z.array(
    z.object({
      file: z.number().int(),
      fileName: z.string(),
      delegationKey: z.string().nullable(),
      delegationName: z.string().nullable(),
      /** The pack's return date, when a pack went to the delegation. */
      deadline: isoDate.nullable(),
      refused: z.boolean(),
    }),
  ),
  rows: z.array(nominationPreviewRow),
  problems: z.array(nominationProblem),
  counts: z.object({ add: z.number().int(), update: z.number().int(), unchanged: z.number().int(), substitute: z.number().int(), review: z.number().int(), skip: z.number().int(), error: z.number().int(), created: z.number().int() }),
});
export type NominationPreview = z.infer<typeof nominationPreview>;

export const delegationAnswer = z.object({
  key: delegationKey,
  name: z.string(),
  group: invitationGroup,
  /** Null while no pack went to the delegation and it answered nothing. */
  status: answerStatus.nullable(),
  deadline: isoDate.nullable(),
  /** Invited or acknowledged, and the deadline passed without a form. */
  overdue: z.boolean(),
  nominees: z.number().int(),
  hasAddress: z.boolean(),
});
export type DelegationAnswer = z.infer<typeof delegationAnswer>;

export const substitution = z.object({
  id,
  replacedPersonId: z.string().nullable(),
  replacedName: z.string(),
  replacementPersonId: z.string().nullable(),
  replacementName: z.string(),
  role: participantRole,
  source: z.enum(['form', 'manual']),
  substitutedAt: timestamp,
});
export type Substitution = z.infer<typeof substitution>;

export const nominationCalls = {
  'nominations.preview': {
    summary:
      'Read filled nomination forms: per delegation who would go on the roster, matched to the directory, with every problem by file and row. Writes nothing.',
    mutates: false,
    input: importInput,
    output: nominationPreview,
  },
  'nominations.commit': {
    summary: 'Put the nominees of the forms on the roster, creating the people the directory lacks, all in one transaction or nothing.',
    mutates: true,
    changes: ['roster', 'people', 'organisations', 'events'],
    input: importInput,
    output: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), substituted: z.number().int(), created: z.number().int() }),
  },
  'nominations.answers': {
    summary: 'Where each delegation of the event stands (invited, acknowledged, nominated, confirmed, declined), and who is past the deadline.',
    mutates: false,
    input: z.object({ eventId: id }).strict(),
    output: z.object({
      delegations: z.array(delegationAnswer),
      /** Who each delegation nominated, for the roster to mark them. */
      nominated: z.array(z.object({ personId: id, delegationKey })),
      substitutions: z.array(substitution),
      today: isoDate,
    }),
  },
  'nominations.setAnswer': {
    summary: 'Record a delegation’s answer: acknowledged, confirmed or declined.',
    mutates: true,
    changes: ['roster'],
    input: z.object({ eventId: id, delegationKey, status: settableAnswer }).strict(),
    output: z.object({ status: answerStatus }),
  },
  'nominations.reminders': {
    summary: 'Reminder email drafts for the delegations chosen, to their contact points, with the nomination form attached again.',
    mutates: false,
    input: z
      .object({
        eventId: id,
        delegations: z.array(delegationKey).min(1, 'Choose at least one delegation').max(200, 'At most 200 delegations at once'),
      })
      .strict(),
    output: z.object({ files: z.array(fileToSave), noAddress: z.array(z.string()) }),
  },
  'nominations.replace': {
    summary: 'Replace a participant by another person in the same role and delegation, keeping who replaced whom and when.',
    mutates: true,
    changes: ['roster', 'events'],
    input: z.object({ participationId: id, personId: id }).strict(),
    output: substitution,
  },
} as const satisfies Record<string, CallSpec>;
