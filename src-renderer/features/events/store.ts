import { create } from 'zustand';
import { calendarFilter, type CallInput, type EventKind, type EventStatus, type LiaisonEvent } from '../../../src-shared/contract';
import { invoke } from '../../lib/client';
import { onSectionHome } from '../../lib/navigate';
import type { EventPrefill } from './draft';

export const viewTypes = ['dayGridMonth', 'timeGridWeek', 'timeGridDay', 'listMonth', 'multiMonthYear'] as const;
export type ViewType = (typeof viewTypes)[number];

export interface Filter {
  bodyIds: string[];
  kinds: EventKind[];
  countryCodes: string[];
  statuses: EventStatus[];
  tags: string[];
  search: string;
}

export const emptyFilter: Filter = { bodyIds: [], kinds: [], countryCodes: [], statuses: [], tags: [], search: '' };

export const isFiltered = (filter: Filter): boolean =>
  Boolean(filter.search) || filter.bodyIds.length + filter.kinds.length + filter.countryCodes.length + filter.statuses.length + filter.tags.length > 0;

/** The event editor beside the calendar or the event page: a new event (maybe prefilled) or a stored one. */
export type EventPanelState = { mode: 'new'; prefill: EventPrefill } | { mode: 'edit'; id: string; row: LiaisonEvent | null } | null;

type MoveInput = CallInput<'events.move'>;
/** Where `events.move` puts an event, without the event and version. */
export type MoveTarget = MoveInput extends infer T ? (T extends unknown ? Omit<T, 'id' | 'expectedUpdatedAt'> : never) : never;

/** One drag in the calendar, remembered so Ctrl+Z can put the event back. */
export interface UndoEntry {
  id: string;
  title: string;
  before: MoveTarget;
  /** The event's version after the move: an undo refuses to overwrite a later edit. */
  updatedAt: string;
}

interface CalendarState {
  /** The saved view and filter have been read. */
  loaded: boolean;
  view: ViewType;
  /** A day inside the period on screen, kept while the user looks at an event. */
  date: string | null;
  filter: Filter;
  /** What is typed in the search box; it reaches `filter.search` after a pause. */
  searchText: string;
  /** How many events the visible period shows, once fetched for this filter. */
  visible: { count: number; key: string } | null;
  panel: EventPanelState;
  undo: UndoEntry[];
  load: () => Promise<void>;
  setView: (view: ViewType) => void;
  setDate: (date: string) => void;
  setFilter: (patch: Partial<Filter>) => void;
  setSearchText: (text: string) => void;
  clearFilters: () => void;
  setVisible: (visible: { count: number; key: string }) => void;
  setPanel: (panel: EventPanelState) => void;
  pushUndo: (entry: UndoEntry) => void;
  popUndo: () => UndoEntry | undefined;
}

const UNDO_LIMIT = 20;

/** A stored filter from an older version or another hand is checked, never trusted. */
function readFilter(value: unknown): Filter {
  const parsed = calendarFilter.safeParse(value ?? {});
  return parsed.success ? { ...emptyFilter, ...parsed.data } : emptyFilter;
}

function readView(value: unknown): ViewType {
  const type = value && typeof value === 'object' && 'type' in value ? value.type : value;
  return (viewTypes as readonly unknown[]).includes(type) ? (type as ViewType) : 'dayGridMonth';
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Saved in the store, not localStorage: the loopback's origin changes every run. */
function saveFilter(filter: Filter): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    invoke('settings.set', { key: 'calendar.filter', value: filter }).catch((error: unknown) => console.error(error));
  }, 300);
}

/** The calendar's view, filter, event editor and undo history: kept while the user visits other sections. */
export const useCalendar = create<CalendarState>((set, get) => ({
  loaded: false,
  view: 'dayGridMonth',
  date: null,
  filter: emptyFilter,
  searchText: '',
  visible: null,
  panel: null,
  undo: [],
  async load() {
    if (get().loaded) return;
    try {
      const [view, filter] = await Promise.all([invoke('settings.get', { key: 'calendar.view' }), invoke('settings.get', { key: 'calendar.filter' })]);
      const saved = readFilter(filter.value);
      set({ view: readView(view.value), filter: saved, searchText: saved.search, loaded: true });
    } catch (error) {
      // The calendar still works with the defaults.
      console.error(error);
      set({ loaded: true });
    }
  },
  setView(view) {
    if (view === get().view) return;
    set({ view });
    invoke('settings.set', { key: 'calendar.view', value: { type: view } }).catch((error: unknown) => console.error(error));
  },
  setDate: (date) => set({ date }),
  setFilter(patch) {
    const filter = { ...get().filter, ...patch };
    set({ filter });
    saveFilter(filter);
  },
  setSearchText: (searchText) => set({ searchText }),
  clearFilters() {
    set({ filter: emptyFilter, searchText: '' });
    saveFilter(emptyFilter);
  },
  setVisible: (visible) => set({ visible }),
  setPanel: (panel) => set({ panel }),
  pushUndo: (entry) => set((s) => ({ undo: [...s.undo.slice(1 - UNDO_LIMIT), entry] })),
  popUndo() {
    const entry = get().undo.at(-1);
    if (entry) set((s) => ({ undo: s.undo.slice(0, -1) }));
    return entry;
  },
}));

// The sidebar's Calendar shows the calendar itself, without the editor last left open.
onSectionHome('calendar', () => useCalendar.getState().setPanel(null));
