import { create } from 'zustand';
import type { PushEvents, VaultState } from '../../src-shared/contract';
import type { AppErrorData } from '../../src-shared/errors';
import { invoke, on, onLockedAnswer, toAppError } from './client';

export type VaultTask = PushEvents['vault.progress']['task'];
export interface Progress {
  done: number;
  total: number;
}

interface VaultStore {
  state: VaultState | null;
  loadError: AppErrorData | null;
  /** The last step reported for each long task (convert, rotate, restore, backup). */
  progress: Partial<Record<VaultTask, Progress>>;
  /** A recovery code just issued, shown until the user says it is stored; never written anywhere. */
  pendingCode: string | null;
  /**
   * A create or recover is under way: the store opens (and says so by push) before the answer
   * brings the recovery code, so the gate keeps that screen until then.
   */
  holding: 'create' | 'recover' | null;
  refresh: () => Promise<void>;
  apply: (state: VaultState) => void;
  startTask: (task: VaultTask) => void;
  showCode: (code: string | null) => void;
  hold: (flow: 'create' | 'recover' | null) => void;
}

/** Whether the store is new, locked or open, as the service last said; the gate shows the app only when open. */
export const useVault = create<VaultStore>((set) => ({
  state: null,
  loadError: null,
  progress: {},
  pendingCode: null,
  holding: null,
  async refresh() {
    try {
      set({ state: await invoke('vault.state', {}), loadError: null });
    } catch (error) {
      set({ loadError: toAppError(error) });
    }
  },
  apply: (state) => set({ state, loadError: null }),
  startTask: (task) => set((s) => ({ progress: { ...s.progress, [task]: undefined } })),
  showCode: (pendingCode) => set({ pendingCode }),
  hold: (holding) => set({ holding }),
}));

let started = false;

/** Follows the service's pushes: lock and unlock from anywhere (the idle lock, another window), and progress. */
export function startVault(): void {
  if (started) return;
  started = true;
  on('vault.changed', (state) => useVault.getState().apply(state));
  on('vault.progress', ({ task, done, total }) => useVault.setState((s) => ({ progress: { ...s.progress, [task]: { done, total } } })));
  onLockedAnswer(() => {
    // Hide the data at once; the service's own answer follows.
    const { state, apply, refresh } = useVault.getState();
    if (state && state.status === 'unlocked') apply({ ...state, status: 'locked' });
    void refresh();
  });
}

/** Closes the store now; the gate hides everything as soon as the answer (or the push) arrives. */
export async function lockNow(): Promise<void> {
  const { state, apply } = useVault.getState();
  // Hide first: a slow answer must not leave the data on screen.
  if (state) apply({ ...state, status: 'locked' });
  try {
    apply(await invoke('vault.lock', {}));
  } catch {
    await useVault.getState().refresh();
  }
}

/** Tells the service the user is at work, at most once a minute, so the idle lock waits. */
const ACTIVITY_EVERY_MS = 60_000;
let lastActivity = 0;

export function reportActivity(now = Date.now()): void {
  const state = useVault.getState().state;
  if (!state || state.status !== 'unlocked' || state.idleLockMinutes === 0) return;
  if (now - lastActivity < ACTIVITY_EVERY_MS) return;
  lastActivity = now;
  invoke('vault.activity', {})
    .then((next) => useVault.getState().apply(next))
    .catch(() => {
      // A locked answer already shows the lock screen; anything else is tried again a minute later.
    });
}

/** The unlock itself counts as activity: the first report waits a minute from here. */
export function markActive(now = Date.now()): void {
  lastActivity = now;
}

/** A percentage for a progress bar, or null when the task has not reported yet. */
export function percent(progress: Progress | undefined): number | null {
  if (!progress || progress.total <= 0) return null;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}
