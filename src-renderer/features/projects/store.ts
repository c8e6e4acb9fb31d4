import { create } from 'zustand';
import type { ProjectStatus } from '../../../src-shared/contract';

export const projectTabs = ['dashboard', 'pivot', 'entries', 'setup', 'export'] as const;
export type ProjectTab = (typeof projectTabs)[number];

interface ProjectsView {
  /** The project whose page is open instead of the portfolio. */
  projectId: string | null;
  tab: ProjectTab;
  status: ProjectStatus | null;
  /** The indicator the burn-up chart draws and the pivot shows, kept across tabs. */
  indicatorId: string | null;
  open: (id: string, tab?: ProjectTab) => void;
  close: () => void;
  setTab: (tab: ProjectTab) => void;
  setStatus: (status: ProjectStatus | null) => void;
  setIndicator: (id: string | null) => void;
}

const PROJECT_KEY = 'liaison.projects.open';

function remembered(): string | null {
  try {
    return sessionStorage.getItem(PROJECT_KEY);
  } catch {
    return null;
  }
}

function remember(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(PROJECT_KEY, id);
    else sessionStorage.removeItem(PROJECT_KEY);
  } catch {
    // Without storage a reload starts on the portfolio.
  }
}

/** Where the user is in the Projects section; a reload keeps the open project. */
export const useProjectsView = create<ProjectsView>((set, get) => ({
  projectId: remembered(),
  tab: 'dashboard',
  status: null,
  indicatorId: null,
  open(id, tab = 'dashboard') {
    remember(id);
    set({ projectId: id, tab, indicatorId: get().projectId === id ? get().indicatorId : null });
  },
  close() {
    remember(null);
    set({ projectId: null });
  },
  setTab: (tab) => set({ tab }),
  setStatus: (status) => set({ status }),
  setIndicator: (indicatorId) => set({ indicatorId }),
}));
