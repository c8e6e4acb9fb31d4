import type { Person } from '../../../src-shared/contract';
import { createListView } from '../../lib/listView';

export type PersonSort = 'name' | 'position' | 'organisation' | 'country' | 'updated';

interface PeopleFilters {
  countryCode: string | null;
  organisationId: string | null;
  spocOnly: boolean;
}

/** What the People screen shows; kept while the user visits other sections. */
export const usePeopleView = createListView<Person, PersonSort, PeopleFilters>({ countryCode: null, organisationId: null, spocOnly: false }, 'name');
