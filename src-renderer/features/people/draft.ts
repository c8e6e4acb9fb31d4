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
  };
  return { input, emailPositions: emails.positions, phonePositions: phones.positions };
}
