import type { CallArgs } from '../../../src-shared/contract';
import { createListView } from '../../lib/listView';

/** `relevance` is chosen while searching (no column header shows it); `family` while names show family name first. */
export type PersonSort = CallArgs<'people.list'>['sort'];

interface PeopleFilters {
  countryCode: string | null;
  organisationId: string | null;
  spocOnly: boolean;
}

/** What the People screen shows; kept while the user visits other sections. */
export const usePeopleView = createListView<PersonSort, PeopleFilters>({ countryCode: null, organisationId: null, spocOnly: false }, 'name');
