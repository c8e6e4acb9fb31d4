/** The portfolio of projects, and one project's dashboard, indicators and entries. */
export function ProjectsScreen() {
  return null;
}
