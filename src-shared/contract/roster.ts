import { z } from 'zod';
import type { CallSpec } from './domains';
import { countryCode, fileToSave, type FileToSave, id, optionalText, timestamp } from './common';
import { documentLanguage } from './documents';

/** In the order a roster lists them within a country. */
export const participantRoles = [
  'chair',
  'head_of_delegation',
  'speaker',
  'delegate',
  'observer',
  'operational_partner',
  'organiser',
  'interpreter',
] as const;
export const participantRole = z.enum(participantRoles);
export type ParticipantRole = z.infer<typeof participantRole>;

export const invitationStatuses = ['invited', 'confirmed', 'declined'] as const;
export const invitationStatus = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof invitationStatus>;

export const attendanceStatuses = ['attended', 'excused', 'no_show'] as const;
export const attendanceStatus = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof attendanceStatus>;

export const rosterRow = z.object({
  /** The participation's id. */
  id,
  personId: id,
  fullName: z.string(),
  position: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  organisationAcronym: z.string().nullable(),
  personCountryCode: z.string().nullable(),
  role: participantRole,
  representingCountryCode: z.string().nullable(),
  representingCountryName: z.string().nullable(),
  representingOrgId: z.string().nullable(),
  representingOrgName: z.string().nullable(),
  invitation: invitationStatus,
  /** Null until the event has been held and someone recorded it. */
  attendance: attendanceStatus.nullable(),
  notes: z.string(),
  emails: z.array(z.string()),
  updatedAt: timestamp,
});
export type RosterRow = z.infer<typeof rosterRow>;

const count = z.number().int();

export const rosterCounts = z.object({
  total: count,
  /** One line per representing country, in roster order; people representing no country have a null code. */
  byCountry: z.array(
    z.object({ countryCode: z.string().nullable(), countryName: z.string().nullable(), total: count, confirmed: count, attended: count }),
  ),
  /** Roles present on the roster, in role order. */
  byRole: z.array(z.object({ role: participantRole, total: count })),
  byInvitation: z.object({ invited: count, confirmed: count, declined: count }),
  byAttendance: z.object({ attended: count, excused: count, no_show: count, unknown: count }),
});
export type RosterCounts = z.infer<typeof rosterCounts>;

export const rosterList = z.object({ rows: z.array(rosterRow), counts: rosterCounts });
export type RosterList = z.infer<typeof rosterList>;

const addedSkipped = z.object({ added: count, skipped: count });
export type RosterAddResult = z.infer<typeof addedSkipped>;

const participationIds = z.array(id).min(1, 'Select at least one participant').max(1000, 'At most 1,000 participants at once');

export const rosterExportFormat = z.enum(['csv', 'xlsx']);
export type RosterExportFormat = z.infer<typeof rosterExportFormat>;

/** The list separator of a CSV file: Excel in a locale whose decimal mark is a comma expects a semicolon. */
export const csvSeparator = z.enum([',', ';']);
export type CsvSeparator = z.infer<typeof csvSeparator>;

/** Whom "Invite the members of <body>" picks for each member state. */
export const memberInvitePicks = ['heads', 'spocs'] as const;
export const memberInvitePick = z.enum(memberInvitePicks);
export type MemberInvitePick = z.infer<typeof memberInvitePick>;

const memberInviteInput = z
  .object({
    eventId: id,
    bodyId: id,
    pick: memberInvitePick.default('heads'),
    invitation: invitationStatus.default('invited'),
  })
  .strict();

/** Who a member-state invitation adds, state by state, before anything is written. */
export const memberInvitePlan = z.object({
  bodyId: id,
  bodyName: z.string(),
  pick: memberInvitePick,
  states: z.array(
    z.object({
      countryCode: z.string(),
      countryName: z.string(),
      people: z.array(
        z.object({
          personId: id,
          fullName: z.string(),
          position: z.string(),
          organisationName: z.string().nullable(),
          role: participantRole,
          /** Why this person: head of delegation at an earlier meeting (its title), or the country's contact point. */
          source: z.enum(['earlier_head', 'spoc']),
          sourceEventTitle: z.string().nullable(),
          onRoster: z.boolean(),
        }),
      ),
    }),
  ),
  /** People the commit adds (not on the roster yet). */
  toAdd: count,
  /** People picked who are on the roster already; the commit skips them. */
  onRoster: count,
});
export type MemberInvitePlan = z.infer<typeof memberInvitePlan>;

/** One person a delegation could bring, with the reason they are left out by default. */
export const delegationCandidate = z.object({
  personId: id,
  fullName: z.string(),
  position: z.string(),
  organisationName: z.string().nullable(),
  onRoster: z.boolean(),
  /** Interpreters and staff of international organisations do not represent the country; they are unticked. */
  leftOut: z.enum(['international_organisation', 'interpreter']).nullable(),
});
export type DelegationCandidate = z.infer<typeof delegationCandidate>;

/** The name existing callers know the roster export by. */
export type RosterFile = FileToSave;

export const rosterCalls = {
  'roster.list': {
    summary: 'Everyone on the roster of an event, by representing country, role and name, with counts.',
    mutates: false,
    input: z.object({ eventId: id }).strict(),
    output: rosterList,
  },
  'roster.add': {
    summary: 'Add people to an event; each represents their own country and organisation. People already on it are skipped.',
    mutates: true,
    // Events show their participant count, and the calendar's country filter reads the roster.
    changes: ['roster', 'events'],
    input: z
      .object({
        eventId: id,
        personIds: z.array(id).min(1, 'Choose at least one person').max(500, 'At most 500 people at once'),
        role: participantRole.default('delegate'),
        invitation: invitationStatus.default('invited'),
      })
      .strict(),
    output: addedSkipped,
  },
  'roster.delegationCandidates': {
    summary: 'Everyone of one country or one organisation, saying who is on the roster and who a delegation leaves out (interpreters, staff of international organisations).',
    mutates: false,
    input: z
      .object({ eventId: id, countryCode: countryCode.optional(), organisationId: id.optional() })
      .strict()
      .refine((d) => (d.countryCode === undefined) !== (d.organisationId === undefined), {
        message: 'Give either a country or an organisation',
        path: ['countryCode'],
      }),
    output: z.array(delegationCandidate),
  },
  'roster.addDelegation': {
    summary:
      'Add a delegation of one country or one organisation to an event: everyone of it but interpreters and, for a country, staff of international organisations. People already on it are skipped.',
    mutates: true,
    changes: ['roster', 'events'],
    input: z
      .object({
        eventId: id,
        countryCode: countryCode.optional(),
        organisationId: id.optional(),
        role: participantRole.default('delegate'),
        invitation: invitationStatus.default('invited'),
      })
      .strict()
      .refine((d) => (d.countryCode === undefined) !== (d.organisationId === undefined), {
        message: 'Give either a country or an organisation',
        path: ['countryCode'],
      }),
    output: addedSkipped,
  },
  'roster.inviteMembersPreview': {
    summary: 'Who "Invite the members of <body>" would add, member state by member state: earlier heads of delegation or contact points. Writes nothing.',
    mutates: false,
    input: memberInviteInput,
    output: memberInvitePlan,
  },
  'roster.inviteMembers': {
    summary: 'Add the plan of `roster.inviteMembersPreview` in one transaction, each person representing their member state; people already on the roster are skipped.',
    mutates: true,
    changes: ['roster', 'events'],
    input: memberInviteInput,
    output: addedSkipped,
  },
  'roster.update': {
    summary: 'Replace the fields of one participation. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    changes: ['roster', 'events'],
    input: z
      .object({
        id,
        role: participantRole,
        representingCountryCode: countryCode.nullable(),
        representingOrgId: id.nullable(),
        invitation: invitationStatus,
        attendance: attendanceStatus.nullable(),
        notes: optionalText(5000),
        expectedUpdatedAt: timestamp.optional(),
      })
      .strict(),
    output: rosterRow,
  },
  'roster.bulkUpdate': {
    summary: 'Set the invitation, attendance (null clears it) or role of several participations at once.',
    mutates: true,
    changes: ['roster', 'events'],
    input: z
      .object({
        ids: participationIds,
        invitation: invitationStatus.optional(),
        attendance: attendanceStatus.nullable().optional(),
        role: participantRole.optional(),
      })
      .strict()
      .refine((d) => d.invitation !== undefined || d.attendance !== undefined || d.role !== undefined, {
        message: 'Choose what to change: invitation, attendance or role',
      }),
    output: z.object({ updated: count }),
  },
  'roster.remove': {
    summary: 'Take participations off their roster.',
    mutates: true,
    changes: ['roster', 'events'],
    input: z.object({ ids: participationIds }).strict(),
    output: z.object({ removed: count }),
  },
  'roster.export': {
    summary:
      'The roster as a CSV or Excel file, its headers, roles, statuses and countries in `language` (English unless given), with formula-like cells neutralised; CSV fields are separated by `separator` (a comma unless given).',
    mutates: false,
    input: z.object({ eventId: id, format: rosterExportFormat, separator: csvSeparator.optional(), language: documentLanguage.default('en') }).strict(),
    output: fileToSave,
  },
} as const satisfies Record<string, CallSpec>;
