import type { CallArgs } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { tableWriter } from '../store/table';
import { foldForSort, organisationDisplaySort } from '../text';

export type OrganisationsRow = {
  id: string;
  name: string;
  sort_name: string;
  display_sort: string;
  acronym: string;
  kind: string;
  country_code: string | null;
  parent_id: string | null;
  website: string;
  notes: string;
  created_at: string;
  updated_at: string;
};

const COLUMNS = ['id', 'name', 'sort_name', 'display_sort', 'acronym', 'kind', 'country_code', 'parent_id', 'website', 'notes', 'created_at', 'updated_at'] as const;

/**
 * The one writer of `organisations`; an insert reads nothing back, so a directory import can use it row by row.
 * The sort key in the store's sort language is derived in the INSERT (a trigger keeps it after), never logged.
 */
export function organisationsWriter({ db, onChange }: DomainContext) {
  return tableWriter<OrganisationsRow>(db, onChange, { table: 'organisations', columns: COLUMNS, derived: { collation_key: 'text_collation_key(@name)' } });
}
export type OrganisationsWriter = ReturnType<typeof organisationsWriter>;

/** The columns an organisation's form fills, as stored. */
export function organisationColumns(fields: CallArgs<'organisations.create'>) {
  return {
    name: fields.name,
    sort_name: foldForSort(fields.name),
    display_sort: organisationDisplaySort(fields.name, fields.acronym),
    acronym: fields.acronym,
    kind: fields.kind,
    country_code: fields.countryCode,
    parent_id: fields.parentId,
    website: fields.website,
    notes: fields.notes,
  };
}
