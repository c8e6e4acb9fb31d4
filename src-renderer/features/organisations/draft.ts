import type { CallInput, Organisation, OrganisationKind } from '../../../src-shared/contract';

export interface OrganisationDraft {
  name: string;
  acronym: string;
  kind: OrganisationKind;
  countryCode: string;
  parentId: string;
  website: string;
  notes: string;
}

export const emptyOrganisationDraft: OrganisationDraft = {
  name: '',
  acronym: '',
  kind: 'national_agency',
  countryCode: '',
  parentId: '',
  website: '',
  notes: '',
};

export function organisationToDraft(org: Organisation): OrganisationDraft {
  return {
    name: org.name,
    acronym: org.acronym,
    kind: org.kind,
    countryCode: org.countryCode ?? '',
    parentId: org.parentId ?? '',
    website: org.website,
    notes: org.notes,
  };
}

export function draftToInput(draft: OrganisationDraft): CallInput<'organisations.create'> {
  return {
    name: draft.name,
    acronym: draft.acronym,
    kind: draft.kind,
    countryCode: draft.countryCode || null,
    parentId: draft.parentId || null,
    website: draft.website,
    notes: draft.notes,
  };
}
