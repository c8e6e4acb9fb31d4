import { create } from 'zustand';
import type { Person } from '../../../src-shared/contract';

export type PersonSort = 'name' | 'position' | 'organisation' | 'country' | 'updated';

export type PersonPanelState = { mode: 'new' } | { mode: 'edit'; id: string; row: Person | null } | null;

interface PeopleView {
  searchText: string;
  countryCode: string | null;
  organisationId: string | null;
  spocOnly: boolean;
  sort: PersonSort;
  desc: boolean;
  selectedId: string | null;
  panel: PersonPanelState;
  set: (patch: Partial<Omit<PeopleView, 'set' | 'clearFilters'>>) => void;
  clearFilters: () => void;
}

/** What the People screen shows; kept while the user visits other sections. */
export const usePeopleView = create<PeopleView>((set) => ({
  searchText: '',
  countryCode: null,
  organisationId: null,
  spocOnly: false,
  sort: 'name',
  desc: false,
  selectedId: null,
  panel: null,
  set: (patch) => set(patch),
  clearFilters: () => set({ searchText: '', countryCode: null, organisationId: null, spocOnly: false }),
}));
