import type { CallOutput, Project } from '../../../src-shared/contract';

export type Dashboard = CallOutput<'projects.dashboard'>;

/** What a project's page reads once and hands to its tabs. */
export interface ProjectData {
  project: Project;
  dashboard: Dashboard;
}
