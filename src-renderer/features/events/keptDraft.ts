import { create } from 'zustand';
import type { EventDraft } from './draft';

/**
 * The event form's draft, held outside the form: when the form fails and its error boundary
 * mounts it again ("Try again"), or the whole section does, nothing typed is lost.
 */
interface KeptDraft {
  /** Which form the draft belongs to: `edit:<id>` or `new:<prefill>`. */
  key: string | null;
  draft: EventDraft | null;
  keep: (key: string, draft: EventDraft) => void;
  forget: (key: string) => void;
}

export const useKeptDraft = create<KeptDraft>((set, get) => ({
  key: null,
  draft: null,
  keep: (key, draft) => set({ key, draft }),
  forget: (key) => {
    if (get().key === key) set({ key: null, draft: null });
  },
}));

/** The draft kept for this form, if its last mount left one. */
export const keptDraftFor = (key: string): EventDraft | undefined => {
  const kept = useKeptDraft.getState();
  return kept.key === key && kept.draft ? kept.draft : undefined;
};
