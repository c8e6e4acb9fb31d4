import { Temporal } from 'temporal-polyfill';

/**
 * Events keep UTC instants plus their own IANA zone. These turn the wall-clock times people
 * type (in the event's zone) into instants and back, across daylight-saving changes.
 */

const toIso = (instant: Temporal.Instant): string => instant.toString({ fractionalSecondDigits: 3 });

/** `2024-05-21T09:30` in Europe/Bucharest → `2024-05-21T06:30:00.000Z`. A time skipped by DST moves forward, as calendars do. */
export function localToUtc(local: string, timeZone: string): string {
  return toIso(Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant());
}

/** `2024-05-21T06:30:00.000Z` in Europe/Bucharest → `2024-05-21T09:30`. */
export function utcToLocal(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/** The instant a day starts in a zone (not always 00:00 where DST changes at midnight). */
export function dayStartUtc(date: string, timeZone: string): string {
  return toIso(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).toInstant());
}

/** First and last day (inclusive) → [start of first day, start of the day after the last), as iCalendar stores all-day events. */
export function allDayToUtc(start: string, end: string, timeZone: string): { startsAt: string; endsAt: string } {
  const after = Temporal.PlainDate.from(end).add({ days: 1 }).toString();
  return { startsAt: dayStartUtc(start, timeZone), endsAt: dayStartUtc(after, timeZone) };
}

/** The inverse of {@link allDayToUtc}: the days an all-day event covers, last day inclusive. */
export function utcToAllDay(startsAt: string, endsAt: string, timeZone: string): { start: string; end: string } {
  const start = Temporal.Instant.from(startsAt).toZonedDateTimeISO(timeZone).toPlainDate();
  const endExclusive = Temporal.Instant.from(endsAt).toZonedDateTimeISO(timeZone).toPlainDate();
  const end = Temporal.PlainDate.compare(endExclusive, start) > 0 ? endExclusive.subtract({ days: 1 }) : start;
  return { start: start.toString(), end: end.toString() };
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(timeZone);
    return true;
  } catch {
    return false;
  }
}
