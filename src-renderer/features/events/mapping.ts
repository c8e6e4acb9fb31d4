import type { EventApi, EventInput } from '@fullcalendar/core';
import type { CalendarEvent, CallInput } from '../../../src-shared/contract';
import { addDays, allDaySpan } from '../../lib/time';
import type { MoveTarget } from './store';

/**
 * Rows of `events.range` as FullCalendar events. The calendar runs in the user's zone: timed
 * events go as UTC instants; all-day events as plain days, counted in the event's own zone
 * (a meeting on 21 May in Bucharest is on 21 May wherever it is looked at from).
 */
export function toCalendarInput(row: CalendarEvent): EventInput {
  const base = {
    id: row.id,
    title: row.title,
    classNames: ['ev', `ev-${row.kind}`, `ev-status-${row.status}`],
    extendedProps: { row },
  };
  if (row.allDay) {
    const { start, endExclusive } = allDaySpan(row.startsAt, row.endsAt, row.timeZone);
    return { ...base, allDay: true, start, end: endExclusive };
  }
  return { ...base, allDay: false, start: row.startsAt, end: row.endsAt };
}

export const rowOf = (event: EventApi): CalendarEvent => event.extendedProps.row as CalendarEvent;

/** Where a row is now, in the shape `events.move` takes: what an undo sends back. */
export function placeOf(row: CalendarEvent): MoveTarget {
  if (row.allDay) {
    const { start, endExclusive } = allDaySpan(row.startsAt, row.endsAt, row.timeZone);
    return { allDay: true, start, end: addDays(endExclusive, -1) };
  }
  return { allDay: false, startsAt: row.startsAt, endsAt: row.endsAt };
}

const HOUR = 3_600_000;

/** Where the user dropped or stretched an event; all-day ends are inclusive for the service. */
export function moveInputOf(event: EventApi, expectedUpdatedAt: string): CallInput<'events.move'> {
  if (event.allDay) {
    const start = event.startStr.slice(0, 10);
    const end = event.end ? addDays(event.endStr.slice(0, 10), -1) : start;
    return { id: event.id, allDay: true, start, end: end < start ? start : end, expectedUpdatedAt };
  }
  const start = event.start ?? new Date();
  const end = event.end ?? new Date(start.getTime() + HOUR);
  return { id: event.id, allDay: false, startsAt: start.toISOString(), endsAt: end.toISOString(), expectedUpdatedAt };
}
