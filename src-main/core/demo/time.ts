/** Wall-clock times of the demo, written as the seeds give them, turned into the UTC instants the store holds. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** `2024-05-21` + `09:30` in Europe/Bucharest → `2024-05-21T06:30:00.000Z`. */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  // Second pass lands on the right side of a daylight-saving change.
  let instant = wall - zoneOffsetMs(wall, timeZone);
  instant = wall - zoneOffsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The calendar day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

export interface EventTimes {
  startsAt: string;
  endsAt: string;
  allDay: boolean;
}

/**
 * `start`/`end` are either dates (an all-day event, `end` being its last day) or
 * `YYYY-MM-DDTHH:MM` local times. An all-day event is stored from local midnight of its
 * first day to local midnight after its last day, as iCalendar's exclusive DTEND.
 */
export function eventTimes(start: string, end: string, timeZone: string): EventTimes {
  const allDay = !start.includes('T');
  if (allDay !== !end.includes('T')) throw new Error(`Demo event mixes a date and a time: ${start} – ${end}`);
  if (allDay) {
    return { startsAt: zonedToUtc(start, '00:00', timeZone), endsAt: zonedToUtc(nextDay(end), '00:00', timeZone), allDay };
  }
  const [sd, st] = start.split('T') as [string, string];
  const [ed, et] = end.split('T') as [string, string];
  return { startsAt: zonedToUtc(sd, st, timeZone), endsAt: zonedToUtc(ed, et, timeZone), allDay };
}
