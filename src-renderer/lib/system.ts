import { create } from 'zustand';
import type { SystemInfo } from '../../src-shared/contract';
import type { AppErrorData } from '../../src-shared/errors';
import { invoke, toAppError } from './client';

interface SystemState {
  system: SystemInfo | null;
  systemError: AppErrorData | null;
  loadSystem: () => Promise<void>;
}

/** What the service says about itself: version, data folder, transport, and whether the store is still empty. */
export const useSystem = create<SystemState>((set) => ({
  system: null,
  systemError: null,
  async loadSystem() {
    try {
      set({ system: await invoke('system.info', {}), systemError: null });
    } catch (error) {
      set({ systemError: toAppError(error) });
    }
  },
}));
