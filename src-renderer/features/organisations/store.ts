import { create } from 'zustand';
import type { Organisation, OrganisationKind } from '../../../src-shared/contract';

export type OrganisationSort = 'name' | 'acronym' | 'kind' | 'country' | 'people' | 'updated';

export type OrganisationPanelState = { mode: 'new' } | { mode: 'edit'; id: string; row: Organisation | null } | null;

interface OrganisationsView {
  searchText: string;
  countryCode: string | null;
  kind: OrganisationKind | null;
  sort: OrganisationSort;
  desc: boolean;
  selectedId: string | null;
  panel: OrganisationPanelState;
  set: (patch: Partial<Omit<OrganisationsView, 'set' | 'clearFilters'>>) => void;
  clearFilters: () => void;
}

export const useOrganisationsView = create<OrganisationsView>((set) => ({
  searchText: '',
  countryCode: null,
  kind: null,
  sort: 'name',
  desc: false,
  selectedId: null,
  panel: null,
  set: (patch) => set(patch),
  clearFilters: () => set({ searchText: '', countryCode: null, kind: null }),
}));
