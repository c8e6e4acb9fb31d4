import type { CallArgs } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { tableWriter } from '../store/table';
import { sortNameOf } from './names';

export type PeopleRow = {
  id: string;
  full_name: string;
  sort_name: string;
  position: string;
  organisation_id: string | null;
  country_code: string | null;
  emails: string;
  phones: string;
  languages: string;
  is_spoc: number;
  notes: string;
  honorific: string;
  given_names: string;
  family_name: string;
  post_nominals: string;
  other_script_name: string;
  on_handouts: number;
  created_at: string;
  updated_at: string;
};

const COLUMNS = [
  'id', 'full_name', 'sort_name', 'position', 'organisation_id', 'country_code', 'emails', 'phones', 'languages', 'is_spoc', 'notes',
  'honorific', 'given_names', 'family_name', 'post_nominals', 'other_script_name', 'on_handouts', 'created_at', 'updated_at',
] as const;

/**
 * The one writer of `people`. The sort keys (by name, organisation and country) are derived in the INSERT
 * (triggers keep them after), so they are never bound nor logged; an insert reads nothing back.
 * The search index is kept by triggers; a bulk insert (a directory import) fills it once at the end.
 */
export function peopleWriter({ db, onChange }: DomainContext) {
  return tableWriter<PeopleRow>(db, onChange, {
    table: 'people',
    columns: COLUMNS,
    derived: {
      organisation_sort: '(SELECT display_sort FROM organisations WHERE id = @organisation_id)',
      country_sort: 'country_collation_key(@country_code, (SELECT name FROM countries WHERE code = @country_code))',
      collation_key: 'person_collation_key(@full_name, @honorific)',
      family_collation_key: 'family_collation_key(@full_name, @honorific, @given_names, @family_name)',
    },
    deferrable: ['people_fts_insert', 'people_fts_update'],
  });
}
export type PeopleWriter = ReturnType<typeof peopleWriter>;

/** The columns a person's form fills, as stored. */
export function personColumns(fields: CallArgs<'people.create'>) {
  return {
    full_name: fields.fullName,
    sort_name: sortNameOf(fields.fullName, fields.honorific),
    position: fields.position,
    organisation_id: fields.organisationId,
    country_code: fields.countryCode,
    emails: JSON.stringify(fields.emails),
    phones: JSON.stringify(fields.phones),
    languages: JSON.stringify(fields.languages),
    is_spoc: fields.isSpoc ? 1 : 0,
    notes: fields.notes,
    honorific: fields.honorific,
    given_names: fields.givenNames,
    family_name: fields.familyName,
    post_nominals: fields.postNominals,
    other_script_name: fields.otherScriptName,
    on_handouts: fields.onHandouts ? 1 : 0,
  };
}
