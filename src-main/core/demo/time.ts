import { allDayToUtc, localToUtc } from '../time';

/** Wall-clock times of the demo, written as the seeds give them, turned into the UTC instants the store holds. */

/** `2024-05-21` + `09:30` in Europe/Bucharest → `2024-05-21T06:30:00.000Z`. */
export const zonedToUtc = (date: string, time: string, timeZone: string): string => localToUtc(`${date}T${time}`, timeZone);

export interface EventTimes {
  startsAt: string;
  endsAt: string;
  allDay: boolean;
}

/** `start`/`end` are either dates (an all-day event, `end` its last day) or `YYYY-MM-DDTHH:MM` local times. */
export function eventTimes(start: string, end: string, timeZone: string): EventTimes {
  const allDay = !start.includes('T');
  if (allDay !== !end.includes('T')) throw new Error(`Demo event mixes a date and a time: ${start} – ${end}`);
  if (allDay) return { ...allDayToUtc(start, end, timeZone), allDay };
  return { startsAt: localToUtc(start, timeZone), endsAt: localToUtc(end, timeZone), allDay };
}
