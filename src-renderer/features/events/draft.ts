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
    return { ...draft, allDay, start, end: end < start ? start : end };
  }
  const start = draft.start || localDay(new Date());
  return { ...draft, allDay, start: `${start}T09:00`, end: `${draft.end || start}T17:00` };
}

const asUtc = (wall: string) => Date.parse(wall.length === 10 ? `${wall}T00:00:00Z` : `${wall}:00Z`);

/** Moves the end along with the start, so the event keeps its length (as calendar apps do). */
export function withStart(draft: EventDraft, start: string): EventDraft {
  const before = asUtc(draft.start);
  const after = asUtc(start);
  const end = asUtc(draft.end);
  if ([before, after, end].some(Number.isNaN) || end < before) return { ...draft, start };
  if (draft.allDay) return { ...draft, start, end: addDays(start, Math.round((end - before) / 86_400_000)) };
  return { ...draft, start, end: new Date(after + (end - before)).toISOString().slice(0, 16) };
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
