import type { CallInput, EventKind, EventStatus, LiaisonEvent } from '../../../src-shared/contract';
import type { FieldIssue } from '../../../src-shared/errors';
import { addDays, localDay, userTimeZone } from '../../lib/time';

export interface LinkDraft {
  label: string;
  url: string;
}

/** The event form as typed: dates as the inputs hold them, lists with their blank rows. */
export interface EventDraft {
  kind: EventKind;
  title: string;
  bodyId: string;
  seriesId: string;
  allDay: boolean;
  /** `2024-05-21` when all day, else `2024-05-21T09:30`, wall clock in `timeZone`. */
  start: string;
  /** The last day (inclusive) when all day, else the end's wall clock. */
  end: string;
  timeZone: string;
  venueName: string;
  venueCity: string;
  venueCountryCode: string;
  hostOrgId: string;
  organiserIds: string[];
  fundingProgramme: string;
  audience: string;
  status: EventStatus;
  tags: string[];
  links: LinkDraft[];
  notes: string;
  /**
   * The event's length (days when all day, else milliseconds) while the first day is being retyped:
   * kept from the last moment both ends were complete, so a half-typed year never moves the end.
   */
  keptLength?: number | null;
}

/** What a new event can start with: the range selected in the calendar, the body it was created from. */
export type EventPrefill = Partial<Pick<EventDraft, 'allDay' | 'start' | 'end' | 'timeZone' | 'bodyId' | 'seriesId' | 'kind' | 'title'>>;

export function emptyEventDraft(prefill: EventPrefill = {}): EventDraft {
  const today = localDay(new Date());
  return {
    kind: 'task_force_meeting',
    title: '',
    bodyId: '',
    seriesId: '',
    allDay: true,
    start: today,
    end: today,
    timeZone: userTimeZone(),
    venueName: '',
    venueCity: '',
    venueCountryCode: '',
    hostOrgId: '',
    organiserIds: [],
    fundingProgramme: '',
    audience: '',
    status: 'planned',
    tags: [],
    links: [{ label: '', url: '' }],
    notes: '',
    ...prefill,
  };
}

export function eventToDraft(event: LiaisonEvent): EventDraft {
  return {
    kind: event.kind,
    title: event.title,
    bodyId: event.bodyId ?? '',
    seriesId: event.seriesId ?? '',
    allDay: event.when.allDay,
    start: event.when.start,
    end: event.when.end,
    timeZone: event.when.timeZone,
    venueName: event.venueName,
    venueCity: event.venueCity,
    venueCountryCode: event.venueCountryCode ?? '',
    hostOrgId: event.hostOrgId ?? '',
    organiserIds: event.organisers.map((o) => o.id),
    fundingProgramme: event.fundingProgramme,
    audience: event.audience,
    status: event.status,
    tags: [...event.tags],
    links: event.links.length ? event.links.map((l) => ({ ...l })) : [{ label: '', url: '' }],
    notes: event.notes,
  };
}

/** Switching "all day" keeps the days and gives a working day's hours to a timed event. */
export function withAllDay(draft: EventDraft, allDay: boolean): EventDraft {
  if (allDay === draft.allDay) return draft;
  if (allDay) {
    const start = draft.start.slice(0, 10);
    const end = draft.end.slice(0, 10) || start;
    return { ...draft, allDay, start, end: end < start ? start : end, keptLength: null };
  }
  const start = draft.start || localDay(new Date());
  return { ...draft, allDay, start: `${start}T09:00`, end: `${draft.end || start}T17:00`, keptLength: null };
}

/** The years an event may fall in; a year being typed digit by digit (0002, 0020, 0202) is not one yet. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** Whether `2024-05-21` is a whole, real day within the years events may have. Never throws. */
export function isCompleteDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `2024-05-21T09:30` is a whole, real wall-clock time within the years events may have. */
export function isCompleteWallClock(value: string): boolean {
  const m = WALL.exec(value);
  return m !== null && isCompleteDay(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60;
}

const isComplete = (value: string, allDay: boolean) => (allDay ? isCompleteDay(value) : isCompleteWallClock(value));

// Parsed only once checked: the engine's lenient Date.parse reads ':00Z' as 1 January 2000.
const asUtc = (wall: string) => Date.parse(wall.length === 10 ? `${wall}T00:00:00Z` : `${wall}:00Z`);

/** Days (all day) or milliseconds (timed) from start to end, when both are complete and in order. */
function lengthOf(draft: EventDraft): number | null {
  if (!isComplete(draft.start, draft.allDay) || !isComplete(draft.end, draft.allDay)) return null;
  const length = asUtc(draft.end) - asUtc(draft.start);
  if (length < 0) return null;
  return draft.allDay ? Math.round(length / 86_400_000) : length;
}

/**
 * Moves the end along with the start, so the event keeps its length (as calendar apps do) — but
 * only once the new start is complete and valid: while a date is typed digit by digit, the end stays.
 */
export function withStart(draft: EventDraft, start: string): EventDraft {
  const kept = draft.keptLength ?? lengthOf(draft);
  if (kept === null || !isComplete(start, draft.allDay)) return { ...draft, start, keptLength: kept };
  if (draft.allDay) return { ...draft, start, end: addDays(start, kept), keptLength: kept };
  const end = new Date(asUtc(start) + kept);
  // A length that would carry the end past the years events may have leaves the end for the user to fix.
  if (!isCompleteWallClock(end.toISOString().slice(0, 16))) return { ...draft, start, keptLength: kept };
  return { ...draft, start, end: end.toISOString().slice(0, 16), keptLength: kept };
}

/** A new end sets the length the start carries along from now on. */
export function withEnd(draft: EventDraft, end: string): EventDraft {
  const next = { ...draft, end, keptLength: null };
  return { ...next, keptLength: lengthOf(next) ?? draft.keptLength ?? null };
}

export function draftToInput(draft: EventDraft): { input: CallInput<'events.create'>; linkPositions: number[] } {
  const linkPositions: number[] = [];
  const links: LinkDraft[] = [];
  draft.links.forEach((link, index) => {
    if (link.label.trim() || link.url.trim()) {
      links.push({ label: link.label, url: link.url.trim() });
      linkPositions.push(index);
    }
  });
  const input: CallInput<'events.create'> = {
    kind: draft.kind,
    title: draft.title,
    bodyId: draft.bodyId || null,
    seriesId: draft.seriesId || null,
    when: draft.allDay
      ? { allDay: true, start: draft.start, end: draft.end, timeZone: draft.timeZone }
      : { allDay: false, start: draft.start, end: draft.end, timeZone: draft.timeZone },
    venueName: draft.venueName,
    venueCity: draft.venueCity,
    venueCountryCode: draft.venueCountryCode || null,
    hostOrgId: draft.hostOrgId || null,
    organiserIds: draft.organiserIds,
    fundingProgramme: draft.fundingProgramme,
    audience: draft.audience,
    status: draft.status,
    tags: draft.tags,
    links,
    notes: draft.notes,
  };
  return { input, linkPositions };
}

/** What the service checks beyond the schema, said before anything is sent. */
export function eventRules(input: CallInput<'events.create'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!input.seriesId && !input.title?.trim()) issues.push({ path: 'title', message: 'Title is required' });
  const { start, end } = input.when;
  if (start && end && end < start) issues.push({ path: 'when.end', message: 'The event ends before it starts' });
  return issues;
}
