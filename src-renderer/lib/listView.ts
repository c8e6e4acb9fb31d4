import { create } from 'zustand';

/** What the side panel of a list screen shows: nothing, a new record, or a row being edited. */
export type PanelState<R> = { mode: 'new' } | { mode: 'edit'; id: string; row: R | null } | null;

interface ListState<S extends string> {
  searchText: string;
  sort: S;
  desc: boolean;
  selectedId: string | null;
}

export type ListView<S extends string, F extends object> = ListState<S> &
  F & {
    set: (patch: Partial<ListState<S> & F>) => void;
    clearFilters: () => void;
  };

/**
 * The state of one list screen, in a store of its own so that it survives visits to other
 * sections. `filters` holds each filter's "any" value, which clearing the filters restores.
 * Which record the side panel shows is in the address (`#/people/<id>`), not here.
 */
export function createListView<S extends string, F extends object>(filters: F, sort: S) {
  return create<ListView<S, F>>()(
    (set) =>
      ({
        searchText: '',
        ...filters,
        sort,
        desc: false,
        selectedId: null,
        set: (patch) => set(patch as Partial<ListView<S, F>>),
        clearFilters: () => set({ searchText: '', ...filters } as Partial<ListView<S, F>>),
      }) as ListView<S, F>,
  );
}
