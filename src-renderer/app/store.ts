import { create } from 'zustand';
import type { SystemInfo } from '../../src-shared/contract';
import { invoke, toAppError } from '../lib/client';
import type { AppErrorData } from '../../src-shared/errors';

export const sections = ['dashboard', 'calendar', 'people', 'organisations', 'bodies', 'actions', 'projects', 'settings'] as const;
export type Section = (typeof sections)[number];

const SECTION_KEY = 'liaison.section';

function initialSection(): Section {
  try {
    const saved = sessionStorage.getItem(SECTION_KEY);
    if (saved && (sections as readonly string[]).includes(saved)) return saved as Section;
  } catch {
    // No storage: start on the dashboard.
  }
  return 'dashboard';
}

interface AppState {
  section: Section;
  go: (section: Section) => void;
  system: SystemInfo | null;
  systemError: AppErrorData | null;
  loadSystem: () => Promise<void>;
}

/** Where the user is (kept per tab, so a reload stays put) and what the service says about itself. */
export const useApp = create<AppState>((set) => ({
  section: initialSection(),
  go(section) {
    try {
      sessionStorage.setItem(SECTION_KEY, section);
    } catch {
      // Not critical.
    }
    set({ section });
  },
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
