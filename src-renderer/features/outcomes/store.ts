import { create } from 'zustand';

export interface ActionsFilter {
  show: 'open' | 'all';
  ownerId: string | null;
  countryCode: string | null;
  bodyId: string | null;
}

export const noFilter: ActionsFilter = { show: 'open', ownerId: null, countryCode: null, bodyId: null };

/** What the Actions screen shows; kept while the user visits an event and comes back. */
export const useActionsView = create<ActionsFilter & { set: (patch: Partial<ActionsFilter>) => void; clear: () => void }>((set) => ({
  ...noFilter,
  set: (patch) => set(patch),
  clear: () => set({ ownerId: null, countryCode: null, bodyId: null }),
}));
