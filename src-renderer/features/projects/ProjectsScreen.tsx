import { useRoute } from '../../lib/navigate';
import { Portfolio } from './Portfolio';
import { ProjectPage } from './ProjectPage';
import './projects.css';

/** The portfolio of projects, and one project's dashboard, indicators and entries, as the address says. */
export function ProjectsScreen() {
  const route = useRoute();
  return (
    <div className="screen">
      {route.page === 'project' ? <ProjectPage key={route.id} id={route.id} tab={route.tab} indicatorId={route.indicatorId} /> : <Portfolio />}
    </div>
  );
}
