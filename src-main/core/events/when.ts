import type { EventWhen } from '../../../src-shared/contract';
import { invalidField } from '../errors';
import { allDayToUtc, localToUtc, utcToAllDay, utcToLocal } from '../time';

/** The event's times as its editor shows them: wall clock in its own zone, or inclusive days. */
export function whenOf(startsAt: string, endsAt: string, timeZone: string, allDay: boolean): EventWhen {
  if (allDay) return { allDay: true, timeZone, ...utcToAllDay(startsAt, endsAt, timeZone) };
  return { allDay: false, timeZone, start: utcToLocal(startsAt, timeZone), end: utcToLocal(endsAt, timeZone) };
}

export function instantsOf(when: EventWhen): { startsAt: string; endsAt: string } {
  return when.allDay
    ? allDayToUtc(when.start, when.end, when.timeZone)
    : { startsAt: localToUtc(when.start, when.timeZone), endsAt: localToUtc(when.end, when.timeZone) };
}

/** The instants of an event's times, refused on the field the form shows when they cannot be. */
export function checkedInstants(when: EventWhen): { startsAt: string; endsAt: string } {
  if (when.end < when.start) throw invalidField('when.end', 'The event ends before it starts');
  let result: { startsAt: string; endsAt: string };
  try {
    result = instantsOf(when);
  } catch {
    throw invalidField('when.start', 'This date or time does not exist');
  }
  if (result.endsAt < result.startsAt) throw invalidField('when.end', 'The event ends before it starts');
  return result;
}
