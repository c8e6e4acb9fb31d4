import { create } from 'zustand';

/** What the side panel of a list screen shows: nothing, a new record, or a row being edited. */
export type PanelState<R> = { mode: 'new' } | { mode: 'edit'; id: string; row: R | null } | null;

interface ListState<R, S extends string> {
  searchText: string;
  sort: S;
  desc: boolean;
  selectedId: string | null;
  panel: PanelState<R>;
}

export type ListView<R, S extends string, F extends object> = ListState<R, S> &
  F & {
    set: (patch: Partial<ListState<R, S> & F>) => void;
    clearFilters: () => void;
  };

/**
 * The state of one list screen, in a store of its own so that it survives visits to other
 * sections. `filters` holds each filter's "any" value, which clearing the filters restores.
 */
export function createListView<R, S extends string, F extends object>(filters: F, sort: S) {
  return create<ListView<R, S, F>>()(
    (set) =>
      ({
        searchText: '',
        ...filters,
        sort,
        desc: false,
        selectedId: null,
        panel: null,
        set: (patch) => set(patch as Partial<ListView<R, S, F>>),
        clearFilters: () => set({ searchText: '', ...filters } as Partial<ListView<R, S, F>>),
      }) as ListView<R, S, F>,
  );
}
