import { z } from 'zod';
import type { CallSpec } from './domains';
import { byId, countryCode, deleted, id, meta, optionalText, page, pageInput, requiredText, searchText, sortDir, timestamp } from './common';

export const organisationKinds = [
  'national_agency',
  'ministry',
  'international_organisation',
  'ngo',
  'academic',
  'private',
  'other',
] as const;
export const organisationKind = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKind>;

export const organisationFields = z.object({
  name: requiredText(300, 'Name'),
  acronym: optionalText(40),
  kind: organisationKind.default('national_agency'),
  countryCode: countryCode.nullable().default(null),
  parentId: id.nullable().default(null),
  website: optionalText(500),
  notes: optionalText(10_000),
});
export type OrganisationFields = z.input<typeof organisationFields>;

export const organisation = z.object({
  id,
  name: z.string(),
  acronym: z.string(),
  kind: organisationKind,
  countryCode: z.string().nullable(),
  countryName: z.string().nullable(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  website: z.string(),
  notes: z.string(),
  peopleCount: z.number().int(),
  ...meta,
});
export type Organisation = z.infer<typeof organisation>;

export const organisationOption = z.object({ id, name: z.string(), acronym: z.string(), countryCode: z.string().nullable() });
export type OrganisationOption = z.infer<typeof organisationOption>;

export const organisationSort = z.enum(['name', 'acronym', 'kind', 'country', 'people', 'updated']);

export const organisationListInput = z
  .object({
    search: searchText,
    countryCode: countryCode.nullable().default(null),
    kind: organisationKind.nullable().default(null),
    sort: organisationSort.default('name'),
    dir: sortDir,
    ...pageInput,
  })
  .strict();
export type OrganisationListInput = z.input<typeof organisationListInput>;

export const organisationCalls = {
  'organisations.list': {
    summary: 'A page of organisations, filtered, searched (full text) and sorted.',
    mutates: false,
    input: organisationListInput,
    output: page(organisation),
  },
  'organisations.options': {
    summary: 'Every organisation as a short option for pickers.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: z.array(organisationOption),
  },
  'organisations.get': {
    summary: 'One organisation.',
    mutates: false,
    input: byId.strict(),
    output: organisation,
  },
  'organisations.create': {
    summary: 'Create an organisation.',
    mutates: true,
    changes: ['organisations'],
    input: organisationFields.strict(),
    output: organisation,
  },
  'organisations.update': {
    summary: 'Replace the fields of an organisation. `expectedUpdatedAt` refuses a stale edit with `conflict`.',
    mutates: true,
    // People and rosters show the organisation's name.
    changes: ['organisations', 'people', 'roster'],
    input: organisationFields.extend({ id, expectedUpdatedAt: timestamp.optional() }).strict(),
    output: organisation,
  },
  'organisations.delete': {
    summary: 'Delete an organisation; its people stay, without an organisation.',
    mutates: true,
    changes: ['organisations', 'people', 'roster'],
    input: byId.strict(),
    output: deleted,
  },
} as const satisfies Record<string, CallSpec>;
