import type { OrganisationKind } from '../../../src-shared/contract';
import { createListView } from '../../lib/listView';

export type OrganisationSort = 'name' | 'acronym' | 'kind' | 'country' | 'people' | 'updated';

interface OrganisationFilters {
  countryCode: string | null;
  kind: OrganisationKind | null;
}

export const useOrganisationsView = createListView<OrganisationSort, OrganisationFilters>({ countryCode: null, kind: null }, 'name');
