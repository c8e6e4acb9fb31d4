import type { LiaisonEvent } from '../../../src-shared/contract';

// A plain date of the event's zone, formatted at noon UTC so that no zone shifts it to another day.
export const plainDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

function previousDay(iso: string): string {
  const date = plainDate(iso);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** First and last day of the event, as people say it: a meeting ending at midnight ended the day before. */
export function eventDays(event: LiaisonEvent): { first: string; last: string } {
  const { when } = event;
  if (when.allDay) return { first: when.start, last: when.end };
  const first = when.start.slice(0, 10);
  let last = when.end.slice(0, 10);
  if (last > first && when.end.slice(11) === '00:00') last = previousDay(last);
  return { first, last: last < first ? first : last };
}
