import { create } from 'zustand';
import type { ProjectStatus } from '../../../src-shared/contract';

interface ProjectsView {
  status: ProjectStatus | null;
  /** The project whose indicator is chosen below. */
  projectId: string | null;
  /** The indicator the burn-up chart draws and the pivot shows, kept across tabs. */
  indicatorId: string | null;
  /** A project's page opens: the chosen indicator is kept only if it is the same project. */
  enter: (projectId: string) => void;
  setStatus: (status: ProjectStatus | null) => void;
  setIndicator: (id: string | null) => void;
}

/** What the Projects section shows besides the address (which project, which tab): the filter and the chosen indicator. */
export const useProjectsView = create<ProjectsView>((set, get) => ({
  status: null,
  projectId: null,
  indicatorId: null,
  enter(projectId) {
    if (get().projectId !== projectId) set({ projectId, indicatorId: null });
  },
  setStatus: (status) => set({ status }),
  setIndicator: (indicatorId) => set({ indicatorId }),
}));
