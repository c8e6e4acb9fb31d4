/** The sidebar's sections, in its order: Ctrl+1 is the first. */
export const sections = ['dashboard', 'calendar', 'people', 'organisations', 'bodies', 'actions', 'projects', 'settings'] as const;
export type Section = (typeof sections)[number];

export const eventTabs = ['overview', 'participants', 'agenda', 'outcomes'] as const;
export type EventTab = (typeof eventTabs)[number];

export const projectTabs = ['dashboard', 'pivot', 'entries', 'setup', 'export'] as const;
export type ProjectTab = (typeof projectTabs)[number];

export const settingsTabs = ['general', 'data', 'exchange'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

/** The record whose side panel is open in a list screen, or a new one being written. */
export type ListRecord = string | 'new' | null;

/**
 * Where the user is: what the address's hash holds (`#/events/<id>/agenda`). `calendar.action`,
 * `people.spocOnly` and `project.indicatorId` are errands the screen runs once on arrival and
 * then drops from the address, so Back never runs them twice.
 */
export type Route =
  | { page: 'dashboard' }
  | { page: 'calendar'; action?: 'new' | 'import' | undefined }
  | { page: 'event'; id: string; tab: EventTab }
  | { page: 'people'; id: ListRecord; spocOnly?: boolean | undefined }
  | { page: 'organisations' | 'bodies'; id: ListRecord }
  | { page: 'actions' }
  | { page: 'projects' }
  | { page: 'project'; id: string; tab: ProjectTab; indicatorId?: string | undefined }
  | { page: 'settings'; tab: SettingsTab }
  | { page: 'notFound'; path: string };

export type Page = Route['page'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (value: string | undefined): value is string => value !== undefined && UUID.test(value);
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => value !== undefined && (list as readonly string[]).includes(value);

/** The sidebar entry a page belongs to: an event is in the calendar, a project in Projects. */
export function sectionOf(route: Route): Section | null {
  switch (route.page) {
    case 'event':
      return 'calendar';
    case 'project':
      return 'projects';
    case 'notFound':
      return null;
    default:
      return route.page;
  }
}

/** The hash for a route, `#/…`; the default tab is left out, so each place has one address. */
export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'calendar':
      return route.action ? `#/calendar/${route.action}` : '#/calendar';
    case 'event':
      return route.tab === 'overview' ? `#/events/${route.id}` : `#/events/${route.id}/${route.tab}`;
    case 'people':
      return `#/people${route.id ? `/${route.id}` : ''}${route.spocOnly ? '?spoc' : ''}`;
    case 'organisations':
    case 'bodies':
      return `#/${route.page}${route.id ? `/${route.id}` : ''}`;
    case 'project': {
      const path = route.tab === 'dashboard' ? `#/projects/${route.id}` : `#/projects/${route.id}/${route.tab}`;
      return route.indicatorId ? `${path}?indicator=${route.indicatorId}` : path;
    }
    case 'settings':
      return route.tab === 'general' ? '#/settings' : `#/settings/${route.tab}`;
    case 'notFound':
      return `#${route.path}`;
    default:
      return `#/${route.page}`;
  }
}

/** Reads a hash (with or without its `#`); anything that names no place is `notFound`. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const notFound: Route = { page: 'notFound', path: raw.startsWith('/') ? raw : `/${raw}` };
  const [path = '', query = ''] = raw.split('?', 2);
  const decoded = path.split('/').filter(Boolean).map(safeDecode);
  if (decoded.includes(null) || decoded.length > 3) return notFound;
  const [head, id, tab] = decoded as string[];
  const params = new URLSearchParams(query);

  switch (head) {
    case undefined:
      return { page: 'dashboard' };
    case 'dashboard':
    case 'actions':
      return id === undefined ? { page: head } : notFound;
    case 'projects':
      return id === undefined ? { page: 'projects' } : (parseProject(id, tab, params) ?? notFound);
    case 'calendar':
      if (id === undefined) return { page: 'calendar' };
      return tab === undefined && (id === 'new' || id === 'import') ? { page: 'calendar', action: id } : notFound;
    case 'events':
      if (!isId(id)) return notFound;
      if (tab === undefined) return { page: 'event', id, tab: 'overview' };
      return oneOf(eventTabs, tab) ? { page: 'event', id, tab } : notFound;
    case 'people':
    case 'organisations':
    case 'bodies': {
      if (tab !== undefined || (id !== undefined && id !== 'new' && !isId(id))) return notFound;
      const record = id ?? null;
      if (head !== 'people') return { page: head, id: record };
      return params.has('spoc') ? { page: 'people', id: record, spocOnly: true } : { page: 'people', id: record };
    }
    case 'settings':
      if (id === undefined) return { page: 'settings', tab: 'general' };
      return tab === undefined && oneOf(settingsTabs, id) ? { page: 'settings', tab: id } : notFound;
    default:
      return notFound;
  }
}

function parseProject(id: string, tab: string | undefined, params: URLSearchParams): Route | null {
  const chosen = tab ?? 'dashboard';
  if (!isId(id) || !oneOf(projectTabs, chosen)) return null;
  const indicator = params.get('indicator') ?? undefined;
  return { page: 'project', id, tab: chosen, indicatorId: isId(indicator) ? indicator : undefined };
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The first screen of each section: where a click in the sidebar goes. */
export function homeOf(section: Section): Route {
  switch (section) {
    case 'people':
    case 'organisations':
    case 'bodies':
      return { page: section, id: null };
    case 'settings':
      return { page: 'settings', tab: 'general' };
    default:
      return { page: section };
  }
}

export const sameRoute = (a: Route, b: Route): boolean => formatRoute(a) === formatRoute(b);
