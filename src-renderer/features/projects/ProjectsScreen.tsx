import { Portfolio } from './Portfolio';
import { ProjectPage } from './ProjectPage';
import { useProjectsView } from './store';
import './projects.css';

/** The portfolio of projects, and one project's dashboard, indicators and entries. */
export function ProjectsScreen() {
  const projectId = useProjectsView((s) => s.projectId);
  return <div className="screen">{projectId ? <ProjectPage key={projectId} id={projectId} /> : <Portfolio />}</div>;
}
