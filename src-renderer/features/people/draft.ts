import type { CallInput, Person } from '../../../src-shared/contract';

/** The person form as typed: every list keeps its blank rows until saved. */
export interface PersonDraft {
  fullName: string;
  position: string;
  organisationId: string;
  countryCode: string;
  emails: string[];
  phones: string[];
  languages: string;
  isSpoc: boolean;
  notes: string;
  honorific: string;
  givenNames: string;
  familyName: string;
  postNominals: string;
  otherScriptName: string;
  onHandouts: boolean;
}

export const emptyPersonDraft: PersonDraft = {
  fullName: '',
  position: '',
  organisationId: '',
  countryCode: '',
  emails: [''],
  phones: [''],
  languages: '',
  isSpoc: false,
  notes: '',
  honorific: '',
  givenNames: '',
  familyName: '',
  postNominals: '',
  otherScriptName: '',
  onHandouts: true,
};

export function personToDraft(person: Person): PersonDraft {
  return {
    fullName: person.fullName,
    position: person.position,
    organisationId: person.organisationId ?? '',
    countryCode: person.countryCode ?? '',
    emails: person.emails.length ? [...person.emails] : [''],
    phones: person.phones.length ? [...person.phones] : [''],
    languages: person.languages.join(', '),
    isSpoc: person.isSpoc,
    notes: person.notes,
    honorific: person.honorific,
    givenNames: person.givenNames,
    familyName: person.familyName,
    postNominals: person.postNominals,
    otherScriptName: person.otherScriptName,
    onHandouts: person.onHandouts,
  };
}

export const splitLanguages = (text: string): string[] => text.split(/[\s,;]+/).filter(Boolean);

/** Non-blank entries and, for each, the form row it came from (to place messages like `emails.1`). */
function compact(values: string[]): { values: string[]; positions: number[] } {
  const positions: number[] = [];
  const kept: string[] = [];
  values.forEach((value, index) => {
    if (value.trim()) {
      kept.push(value);
      positions.push(index);
    }
  });
  return { values: kept, positions };
}

export function draftToInput(draft: PersonDraft) {
  const emails = compact(draft.emails);
  const phones = compact(draft.phones);
  const input: CallInput<'people.create'> = {
    fullName: draft.fullName,
    position: draft.position,
    organisationId: draft.organisationId || null,
    countryCode: draft.countryCode || null,
    emails: emails.values,
    phones: phones.values,
    languages: splitLanguages(draft.languages),
    isSpoc: draft.isSpoc,
    notes: draft.notes,
    honorific: draft.honorific,
    givenNames: draft.givenNames,
    familyName: draft.familyName,
    postNominals: draft.postNominals,
    otherScriptName: draft.otherScriptName,
    onHandouts: draft.onHandouts,
  };
  return { input, emailPositions: emails.positions, phonePositions: phones.positions };
}
