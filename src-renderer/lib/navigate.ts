import { create } from 'zustand';
import { guarded } from './commands';
import { formatRoute, homeOf, parseRoute, sameRoute, sectionOf, type EventTab, type ProjectTab, type Route, type Section, type SettingsTab } from './route';

/**
 * The one way to move around the app: every screen opens a record, a tab or a section through
 * here, and the address's hash follows, so Back and Forward, a reload and a link all land in
 * the same place. Features never reach into each other's stores to open something.
 */

/** The loopback's `#token=…` is not a place: the client takes it and hides it from the address. */
const fromLocation = (): Route => (window.location.hash.startsWith('#token=') ? { page: 'dashboard' } : parseRoute(window.location.hash));

export const useNavigation = create<{ route: Route }>(() => ({ route: fromLocation() }));

/** Where the user is now. */
export const useRoute = (): Route => useNavigation((s) => s.route);

/** Each history entry the app writes carries its position, so a popped entry tells how far it went. */
const INDEX = 'liaisonIndex';
let position = 0;

function indexOf(state: unknown): number | null {
  if (!state || typeof state !== 'object' || !(INDEX in state)) return null;
  const value = (state as Record<string, unknown>)[INDEX];
  return typeof value === 'number' ? value : null;
}

const stateAt = (index: number): Record<string, unknown> => ({ ...(history.state as object | null), [INDEX]: index });

/** The address of each entry the app wrote this session, by position: tells whether Back would lead to a given place. */
const entries = new Map<number, string>();

/** Where each section was left, for Ctrl+digit. */
const lastRoutes = new Map<Section, Route>();
const homeListeners = new Map<Section, Set<() => void>>();

function show(route: Route): void {
  const section = sectionOf(route);
  if (section) lastRoutes.set(section, route);
  useNavigation.setState({ route });
}

export interface NavigateOptions {
  /** Rewrites this history entry instead of adding one: for errands done on arrival and corrections. */
  replace?: boolean;
  /** Does not ask an open form about unsaved edits: for a form that has just saved, closed or deleted. */
  force?: boolean;
}

/** Goes to `route`, asking first if an open form has unsaved edits. */
export function navigate(route: Route, options: NavigateOptions = {}): void {
  const go = () => {
    const replace = options.replace ?? false;
    if (!replace && sameRoute(route, useNavigation.getState().route)) return;
    const hash = formatRoute(route);
    if (replace) history.replaceState(stateAt(position), '', hash);
    else history.pushState(stateAt(++position), '', hash);
    entries.set(position, hash);
    show(route);
  };
  if (options.force) go();
  else guarded(go);
}

/**
 * Leaves a page or a panel for the place it was opened from (`to`, the list or the calendar):
 * one step back when that is the entry before, so closing what was opened leaves no trace in
 * Back and Forward; otherwise a new entry. The caller has settled any unsaved edits already.
 */
export function leaveTo(to: Route): void {
  if (position > 0 && entries.get(position - 1) === formatRoute(to)) {
    unguardedPops++;
    back();
  } else {
    navigate(to, { force: true });
  }
}

/** Changes the current place without a new history entry (an errand done, a choice kept in the address). */
export const replaceRoute = (route: Route): void => navigate(route, { replace: true, force: true });

/**
 * A click in the sidebar. The calendar and Projects show their main screen (not the event or the
 * project last opened) and say so to whoever listens; the other sections come back as they were left.
 */
export function openSection(section: Section): void {
  if (section !== 'calendar' && section !== 'projects') {
    returnTo(section);
    return;
  }
  guarded(() => {
    navigate(homeOf(section), { force: true });
    for (const listener of homeListeners.get(section) ?? []) listener();
  });
}

/** Ctrl+digit: back to where the section was left. */
export function returnTo(section: Section): void {
  navigate(lastRoutes.get(section) ?? homeOf(section));
}

/** Runs `listener` when the sidebar sends the user to the section's main screen (the calendar closes its editor). */
export function onSectionHome(section: Section, listener: () => void): () => void {
  let set = homeListeners.get(section);
  if (!set) homeListeners.set(section, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export const openEvent = (id: string, tab: EventTab = 'overview'): void => navigate({ page: 'event', id, tab });
export const openPerson = (id: string | 'new'): void => navigate({ page: 'people', id });
export const openOrganisation = (id: string | 'new'): void => navigate({ page: 'organisations', id });
export const openBody = (id: string | 'new'): void => navigate({ page: 'bodies', id });
export const openProject = (id: string, tab: ProjectTab = 'dashboard', indicatorId?: string): void =>
  navigate({ page: 'project', id, tab, indicatorId });
export const openSettings = (tab: SettingsTab): void => navigate({ page: 'settings', tab });
export const goHome = (): void => navigate({ page: 'dashboard' });

export const back = (): void => history.back();
export const forward = (): void => history.forward();

/** Pops that the app caused itself, to put the address back while a form asks about its edits. */
let ownPops = 0;
/** Pops that go ahead without asking the forms (`leaveTo`, whose caller asked already). */
let unguardedPops = 0;

function onPop(event: PopStateEvent): void {
  if (ownPops > 0) {
    ownPops--;
    return;
  }
  const current = useNavigation.getState().route;
  const index = indexOf(event.state);
  if (index === null) {
    // A new entry the app did not write: a typed hash, a link, or the loopback's launcher URL again.
    const target = window.location.hash.startsWith('#token=') ? current : fromLocation();
    const settle = (route: Route) => {
      const hash = formatRoute(route);
      history.replaceState(stateAt(++position), '', hash);
      entries.set(position, hash);
      show(route);
    };
    if (sameRoute(target, current)) {
      settle(current);
      return;
    }
    let decided = false;
    guarded(() => {
      decided = true;
      settle(target);
    });
    if (!decided) settle(current);
    return;
  }
  const delta = index - position;
  const target = fromLocation();
  const ask = unguardedPops > 0 ? (go: () => void) => go() : guarded;
  unguardedPops = Math.max(0, unguardedPops - 1);
  let waiting = false;
  ask(() => {
    if (waiting && delta !== 0) {
      // The user agreed after the address had been put back: go there again.
      ownPops++;
      history.go(delta);
    }
    position = index;
    show(target);
  });
  if (position !== index && delta !== 0) {
    // A form with unsaved edits is asking: the address goes back to where the form is meanwhile.
    waiting = true;
    ownPops++;
    history.go(-delta);
  }
}

/** Back and Forward on the mouse's side buttons (3 and 4), which Electron, unlike a browser, does not act on. */
function onMouseUp(event: MouseEvent): void {
  if (event.button !== 3 && event.button !== 4) return;
  event.preventDefault();
  if (event.button === 3) back();
  else forward();
}

let started = false;

/**
 * Reads the address and follows Back and Forward. Called by the shell each time it mounts (again
 * after every unlock, when the address still holds the place the user was).
 * `mouseButtons`: act on the mouse's Back and Forward buttons (where the window does not already).
 */
export function startNavigation(options: { mouseButtons: boolean }): void {
  const route = fromLocation();
  if (!started) {
    started = true;
    const known = indexOf(history.state);
    position = known ?? 0;
    window.addEventListener('popstate', onPop);
    if (options.mouseButtons) window.addEventListener('mouseup', onMouseUp);
  }
  // One address per place: `#/events/<id>/overview` is written `#/events/<id>`, and an empty one is the dashboard.
  const hash = route.page === 'notFound' ? window.location.hash : formatRoute(route);
  history.replaceState(stateAt(position), '', hash);
  entries.set(position, hash);
  show(route);
}
