import { z } from 'zod';
import type { CallSpec } from './domains';
import { byId, countryCode, deleted, id, meta, optionalText, page, pageInput, requiredText, searchText, sortDir, timestamp } from './common';
import { eventStatus } from './events';
import { attendanceStatus, invitationStatus, participantRole } from './roster';

// 254 characters is the longest address SMTP can deliver (RFC 5321 path limit).
const email = z.string().trim().max(254, 'At most 254 characters').toLowerCase().pipe(z.email({ message: 'Not a valid email address' }));
const phone = z
  .string()
  .trim()
  .max(40, 'At most 40 characters')
  .regex(/^\+?[0-9 ()./-]{4,40}$/, 'Use digits, spaces and an optional leading +');
const language = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'Use a language code such as en, ro or sr');

export const personFields = z.object({
  fullName: requiredText(200, 'Full name'),
  position: optionalText(300),
  organisationId: id.nullable().default(null),
  countryCode: countryCode.nullable().default(null),
  emails: z.array(email).max(10).default([]),
  phones: z.array(phone).max(10).default([]),
  languages: z.array(language).max(20).default([]),
  /** Single point of contact for operational cooperation. */
  isSpoc: z.boolean().default(false),
  notes: optionalText(10_000),
  /** The name in parts, all optional: "Col." "Marko" "Petrović" "PhD", and "Марко Петровић" in the other script. */
  honorific: optionalText(60),
  givenNames: optionalText(200),
  familyName: optionalText(200),
  postNominals: optionalText(60),
  otherScriptName: optionalText(200),
  /** False keeps the person off the lists handed out; the internal list still shows them. */
  onHandouts: z.boolean().default(true),
});
export type PersonFields = z.input<typeof personFields>;

export const person = z.object({
  id,
  fullName: z.string(),
  position: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  organisationAcronym: z.string().nullable(),
  countryCode: z.string().nullable(),
  countryName: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  languages: z.array(z.string()),
  isSpoc: z.boolean(),
  notes: z.string(),
  honorific: z.string(),
  givenNames: z.string(),
  familyName: z.string(),
  postNominals: z.string(),
  otherScriptName: z.string(),
  onHandouts: z.boolean(),
  ...meta,
});
export type Person = z.infer<typeof person>;

/** `relevance` orders search results by how well they match (names weigh most); without a search it is by name. */
/** `family`: by family name then given names where they are known ("PETROVIĆ, Marko"), else by the name as written. */
export const personSort = z.enum(['name', 'family', 'position', 'organisation', 'country', 'updated', 'relevance']);

export const personListInput = z
  .object({
    search: searchText,
    countryCode: countryCode.nullable().default(null),
    organisationId: id.nullable().default(null),
    spocOnly: z.boolean().default(false),
    /** The search also finds everyone of an organisation (name or acronym) or a country (name or code) it matches. */
    matchOrganisationAndCountry: z.boolean().default(false),
    sort: personSort.default('name'),
    dir: sortDir,
    ...pageInput,
  })
  .strict();
export type PersonListInput = z.input<typeof personListInput>;

export const participationHistoryRow = z.object({
  participationId: id,
  eventId: id,
  title: z.string(),
  startsAt: timestamp,
  status: eventStatus,
  role: participantRole,
  representingCountryCode: z.string().nullable(),
  invitation: invitationStatus,
  attendance: attendanceStatus.nullable(),
});
export type ParticipationHistoryRow = z.infer<typeof participationHistoryRow>;

export const peopleCalls = {
  'people.list': {
    summary: 'A page of people, filtered by country and organisation, searched (full text, accent-insensitive) and sorted.',
    mutates: false,
    input: personListInput,
    output: page(person),
  },
  'people.get': {
    summary: 'One person.',
    mutates: false,
    input: byId.strict(),
    output: person,
  },
  'people.create': {
    summary: 'Create a person.',
    mutates: true,
    changes: ['people'],
    input: personFields.strict(),
    output: person,
  },
  'people.update': {
    summary: 'Replace the fields of a person. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    // Rosters show the person's name.
    changes: ['people', 'roster'],
    input: personFields.extend({ id, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: person,
  },
  'people.delete': {
    summary: 'Delete a person.',
    mutates: true,
    changes: ['people', 'roster'],
    input: byId.strict(),
    output: deleted,
  },
  'people.history': {
    summary: "A person's participation in events, newest first.",
    mutates: false,
    input: byId.strict(),
    output: z.array(participationHistoryRow),
  },
  'people.merge': {
    summary: 'Merge a duplicate into the person kept: every participation, speaker slot and action item moves over; contacts are joined; empty fields are filled.',
    mutates: true,
    changes: ['people', 'roster', 'events'],
    input: z
      .object({ keepId: id, mergeId: id })
      .strict()
      .refine((m) => m.keepId !== m.mergeId, { message: 'Choose two different people', path: ['mergeId'] }),
    output: person,
  },
} as const satisfies Record<string, CallSpec>;
