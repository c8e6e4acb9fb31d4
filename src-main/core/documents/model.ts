import type {
  ActionItem,
  ActionStatus,
  Agenda,
  AgendaItem,
  AgendaItemKind,
  AgendaSpeaker,
  DocumentKind,
  LiaisonEvent,
  Outcome,
} from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { clean, type PrintToPdf } from '../files';

/**
 * What an agenda or outcomes document says, built once from the event, its agenda and its
 * outcomes, then written as HTML and as Word. Every string here is plain text: each renderer
 * escapes it its own way. Labels are English like the app's catalogue; dates follow the locale.
 */
export interface DocumentModel {
  kind: DocumentKind;
  /** "9th meeting of the ATTF – agenda": the document's title and its file name, before the extension. */
  name: string;
  header: DocumentHeader;
  days: DocumentDay[];
  outcomeGroups: OutcomeGroup[];
  actions: ActionLine[];
}

export interface DocumentHeader {
  /** "Anti-Terrorism Task Force (ATTF)", or null for an event outside any body. */
  body: string | null;
  title: string;
  /** "Agenda" or "Conclusions, decisions and actions". */
  document: string;
  dates: string;
  venue: string | null;
  timeZone: string;
}

export interface DocumentDay {
  heading: string;
  sessions: DocumentSession[];
}

export interface DocumentSession {
  title: string;
  span: string;
  items: DocumentItem[];
}

export interface DocumentItem {
  time: string;
  /** Empty for the kind "other" and for breaks. */
  kind: string;
  /** Breaks and lunches are set apart in print. */
  pause: boolean;
  title: string;
  description: string;
  speakers: string[];
}

export interface OutcomeGroup {
  /** The agenda item's title; null for what concerns the whole meeting. */
  heading: string | null;
  /** When the item was: "09:15–10:00", with its day when the agenda has several. */
  when: string | null;
  entries: Array<{ number: number; kind: string; text: string }>;
}

export interface ActionLine {
  number: number;
  what: string;
  /** The agenda item it came from. */
  item: string | null;
  owner: string;
  due: string;
  status: string;
  notes: string;
}

export interface DocumentSources {
  event(id: string): LiaisonEvent;
  agenda(eventId: string): Agenda;
  outcomes(eventId: string): { outcomes: Outcome[]; actions: ActionItem[] };
  /** The body's acronym for the header; without it the header names the body alone. */
  body?: (id: string) => { name: string; acronym: string };
  /** Given by the Electron shell, which can print HTML to PDF; absent over loopback. */
  printToPdf?: PrintToPdf | undefined;
}

export const LABELS = {
  agenda: 'Agenda',
  outcomes: 'Conclusions, decisions and actions',
  dates: 'Dates',
  venue: 'Venue',
  time: 'Time',
  item: 'Item',
  speakers: 'Speakers',
  noItems: 'No items yet.',
  noSessions: 'No agenda yet.',
  outcomesHeading: 'Conclusions and decisions',
  general: 'The meeting as a whole',
  noOutcomes: 'No conclusions or decisions recorded.',
  actionsHeading: 'Action list',
  noActions: 'No actions recorded.',
  number: 'No.',
  action: 'Action',
  owner: 'Owner',
  due: 'Due',
  status: 'Status',
  unassigned: 'Not assigned',
  noDueDate: '—',
  overdue: 'overdue',
  fromItem: 'From',
} as const;

const KIND_LABELS: Record<AgendaItemKind, string> = {
  opening: 'Opening',
  presentation: 'Presentation',
  panel: 'Panel',
  discussion: 'Discussion',
  break: 'Break',
  lunch: 'Lunch',
  closing: 'Closing',
  ceremony: 'Ceremony',
  other: '',
};

const OUTCOME_LABELS: Record<Outcome['kind'], string> = { conclusion: 'Conclusion', decision: 'Decision' };

const STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' };


export function resolveLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical) return new Intl.DateTimeFormat(canonical).resolvedOptions().locale;
  } catch {
    // Reported below with the field it came from.
  }
  throw new AppError('invalid_input', `Unknown locale: ${locale}`, { issues: [{ path: 'locale', message: 'Use a language tag such as en-GB' }] });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes from midnight → "09:30"; a time past midnight says it is on the next day. */
export function clock(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}${day > 0 ? ` (+${day})` : ''}`;
}

export const span = (startMin: number, endMin: number) => `${clock(startMin)}–${clock(endMin)}`;

// A plain date of the event's zone, formatted at noon UTC so that no zone shifts it to another day.
const plainDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

function dayFormat(locale: string) {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function previousDay(iso: string): string {
  const date = plainDate(iso);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** First and last day of the event, as people say it: a meeting ending at midnight ended the day before. */
function eventDays(event: LiaisonEvent): { first: string; last: string } {
  const { when } = event;
  if (when.allDay) return { first: when.start, last: when.end };
  const first = when.start.slice(0, 10);
  let last = when.end.slice(0, 10);
  if (last > first && when.end.slice(11) === '00:00') last = previousDay(last);
  return { first, last: last < first ? first : last };
}

function formatDates(event: LiaisonEvent, locale: string): string {
  const { first, last } = eventDays(event);
  const format = dayFormat(locale);
  return first === last ? format.format(plainDate(first)) : format.formatRange(plainDate(first), plainDate(last));
}

function utcOffset(instant: string, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" alone is how ICU writes a zero offset.
  return !name || name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}

/** "Times are in Bucharest time (Europe/Bucharest, UTC+03:00)"; both offsets when the clocks change during the event. */
function timeZoneNote(event: LiaisonEvent): string {
  const zone = event.timeZone;
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'Times are in UTC';
  const place = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  const last = new Date(Math.max(Date.parse(event.startsAt), Date.parse(event.endsAt) - 60_000)).toISOString();
  const offsets = [...new Set([utcOffset(event.startsAt, zone), utcOffset(last, zone)])].join(' / ');
  return `Times are in ${place} time (${zone}, ${offsets})`;
}

export function speakerLine(speaker: AgendaSpeaker): string {
  const organisation = clean(speaker.organisationAcronym) || clean(speaker.organisationName);
  const details = [organisation, clean(speaker.countryName)].filter(Boolean).join(', ');
  return details ? `${clean(speaker.fullName)} (${details})` : clean(speaker.fullName);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

function ownerLine(action: ActionItem): string {
  const name = clean(action.ownerName);
  if (!name) return LABELS.unassigned;
  let country = '';
  if (action.ownerCountryCode) {
    try {
      country = regionNames.of(action.ownerCountryCode) ?? action.ownerCountryCode;
    } catch {
      country = action.ownerCountryCode;
    }
  }
  const details = [clean(action.ownerOrganisation), country].filter(Boolean).join(', ');
  return details ? `${name} (${details})` : name;
}

const pause = (kind: AgendaItemKind) => kind === 'break' || kind === 'lunch';

function itemModel(item: AgendaItem): DocumentItem {
  return {
    time: span(item.startMin, item.endMin),
    // A break says what it is by its title and its shading.
    kind: pause(item.kind) ? '' : KIND_LABELS[item.kind],
    pause: pause(item.kind),
    title: clean(item.title),
    description: clean(item.description),
    speakers: item.speakers.map(speakerLine),
  };
}

function outcomeGroups(outcomes: Outcome[], agenda: Agenda, locale: string): OutcomeGroup[] {
  // Grouped in the agenda's order; the meeting as a whole first, items since removed from the agenda last.
  const days = agenda.days.filter((day) => day.sessions.some((session) => session.items.length > 0));
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const order = new Map<string, { index: number; title: string; when: string }>();
  for (const day of days) {
    for (const session of day.sessions) {
      for (const item of session.items) {
        const time = span(item.startMin, item.endMin);
        order.set(item.id, { index: order.size, title: clean(item.title), when: days.length > 1 ? `${dayLabel.format(plainDate(day.day))}, ${time}` : time });
      }
    }
  }
  const groups = new Map<string, { rank: number; heading: string | null; when: string | null; outcomes: Outcome[] }>();
  for (const outcome of outcomes) {
    const key = outcome.agendaItemId ?? '';
    let group = groups.get(key);
    if (!group) {
      const known = outcome.agendaItemId ? order.get(outcome.agendaItemId) : undefined;
      group = outcome.agendaItemId
        ? { rank: known ? known.index : order.size, heading: known?.title ?? (clean(outcome.agendaItemTitle) || null), when: known?.when ?? null, outcomes: [] }
        : { rank: -1, heading: null, when: null, outcomes: [] };
      groups.set(key, group);
    }
    group.outcomes.push(outcome);
  }
  let number = 0;
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank)
    .map((group) => ({
      heading: group.heading,
      when: group.when,
      entries: group.outcomes.map((o) => ({ number: ++number, kind: OUTCOME_LABELS[o.kind], text: clean(o.text) })),
    }));
}

function actionLines(actions: ActionItem[], locale: string): ActionLine[] {
  const due = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return actions.map((action, index) => ({
    number: index + 1,
    what: clean(action.title),
    item: clean(action.agendaItemTitle) || null,
    owner: ownerLine(action),
    due: action.dueOn ? due.format(plainDate(action.dueOn)) : LABELS.noDueDate,
    status: action.overdue ? `${STATUS_LABELS[action.status]} (${LABELS.overdue})` : STATUS_LABELS[action.status],
    notes: clean(action.notes),
  }));
}

export function buildModel(sources: DocumentSources, input: { eventId: string; document: DocumentKind; locale: string }): DocumentModel {
  const locale = resolveLocale(input.locale);
  const event = sources.event(input.eventId);
  const agenda = sources.agenda(input.eventId);
  const body = event.bodyId && sources.body ? sources.body(event.bodyId) : null;
  const bodyName = clean(body?.name ?? event.bodyName);
  const acronym = clean(body?.acronym);
  const title = clean(event.title) || 'Untitled event';
  const documentLabel = input.document === 'agenda' ? LABELS.agenda : LABELS.outcomes;
  const header: DocumentHeader = {
    body: bodyName ? (acronym && acronym !== bodyName ? `${bodyName} (${acronym})` : bodyName) : null,
    title,
    document: documentLabel,
    dates: formatDates(event, locale),
    venue: [event.venueName, event.venueCity, event.venueCountryName].map(clean).filter(Boolean).join(', ') || null,
    timeZone: timeZoneNote(event),
  };
  const name = `${title} – ${input.document === 'agenda' ? 'agenda' : 'outcomes'}`;

  if (input.document === 'outcomes') {
    const { outcomes, actions } = sources.outcomes(input.eventId);
    return { kind: 'outcomes', name, header, days: [], outcomeGroups: outcomeGroups(outcomes, agenda, locale), actions: actionLines(actions, locale) };
  }

  const format = dayFormat(locale);
  const days = agenda.days
    .filter((day) => day.sessions.length > 0)
    .map((day) => ({
      heading: format.format(plainDate(day.day)),
      sessions: day.sessions.map((session) => ({
        title: clean(session.title),
        span: span(session.startMin, session.endMin),
        items: session.items.map(itemModel),
      })),
    }));
  return { kind: 'agenda', name, header, days, outcomeGroups: [], actions: [] };
}
