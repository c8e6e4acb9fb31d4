import type { Body, BodyKind, CallInput } from '../../../src-shared/contract';

type MembershipKind = Body['members'][number]['kind'];
type ChairRole = Body['chairTerms'][number]['role'];

/** A member or a term holder as the form's one select holds it: `country:RO` or `org:<id>`. */
export type HolderValue = string;

export interface MemberDraft {
  holder: HolderValue;
  kind: MembershipKind;
  since: string;
  until: string;
}

export interface TermDraft {
  role: ChairRole;
  holder: HolderValue;
  startsOn: string;
  endsOn: string;
  notes: string;
}

export interface BodyDraft {
  name: string;
  acronym: string;
  kind: BodyKind;
  parentOrgId: string;
  foundedOn: string;
  description: string;
  members: MemberDraft[];
  chairTerms: TermDraft[];
}

export const emptyBodyDraft: BodyDraft = {
  name: '',
  acronym: '',
  kind: 'task_force',
  parentOrgId: '',
  foundedOn: '',
  description: '',
  members: [],
  chairTerms: [],
};

export const holderOf = (countryCode: string | null, orgId: string | null): HolderValue =>
  countryCode ? `country:${countryCode}` : orgId ? `org:${orgId}` : '';

function splitHolder(holder: HolderValue): { countryCode: string | null; orgId: string | null } {
  if (holder.startsWith('country:')) return { countryCode: holder.slice(8), orgId: null };
  if (holder.startsWith('org:')) return { countryCode: null, orgId: holder.slice(4) };
  return { countryCode: null, orgId: null };
}

export function bodyToDraft(body: Body): BodyDraft {
  return {
    name: body.name,
    acronym: body.acronym,
    kind: body.kind,
    parentOrgId: body.parentOrgId ?? '',
    foundedOn: body.foundedOn ?? '',
    description: body.description,
    members: body.members.map((m) => ({ holder: holderOf(m.countryCode, m.organisationId), kind: m.kind, since: m.since ?? '', until: m.until ?? '' })),
    chairTerms: body.chairTerms.map((term) => ({
      role: term.role,
      holder: holderOf(term.holderCountryCode, term.holderOrgId),
      startsOn: term.startsOn,
      endsOn: term.endsOn ?? '',
      notes: term.notes,
    })),
  };
}

const blankMember = (m: MemberDraft) => !m.holder && !m.since && !m.until;
const blankTerm = (term: TermDraft) => !term.holder && !term.startsOn && !term.endsOn && !term.notes.trim();

/** Rows left entirely blank are not sent; `*Positions` map each sent row back to the form's row. */
export function draftToInput(draft: BodyDraft) {
  const memberPositions: number[] = [];
  const termPositions: number[] = [];
  const members: NonNullable<CallInput<'bodies.create'>['members']> = [];
  draft.members.forEach((m, index) => {
    if (blankMember(m)) return;
    const { countryCode, orgId } = splitHolder(m.holder);
    members.push({ countryCode, organisationId: orgId, kind: m.kind, since: m.since || null, until: m.until || null });
    memberPositions.push(index);
  });
  const chairTerms: NonNullable<CallInput<'bodies.create'>['chairTerms']> = [];
  draft.chairTerms.forEach((term, index) => {
    if (blankTerm(term)) return;
    const { countryCode, orgId } = splitHolder(term.holder);
    chairTerms.push({
      role: term.role,
      holderCountryCode: countryCode,
      holderOrgId: orgId,
      startsOn: term.startsOn,
      endsOn: term.endsOn || null,
      notes: term.notes,
    });
    termPositions.push(index);
  });
  const input: CallInput<'bodies.create'> = {
    name: draft.name,
    acronym: draft.acronym,
    kind: draft.kind,
    parentOrgId: draft.parentOrgId || null,
    foundedOn: draft.foundedOn || null,
    description: draft.description,
    members,
    chairTerms,
  };
  return { input, memberPositions, termPositions };
}
