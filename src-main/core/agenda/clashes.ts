import { Temporal } from 'temporal-polyfill';
import type { AgendaItem } from '../../../src-shared/contract';
import type { Store } from '../store/open';
import { utcToLocal } from '../time';

/** An event as the agenda reads it. */
export interface EventRow {
  id: string;
  title: string;
  time_zone: string;
  starts_at: string;
  ends_at: string;
  all_day: number;
  series_id: string | null;
}

/** The instant a number of minutes after midnight of a local day in a zone. */
function instantAt(day: string, minutes: number, timeZone: string): string {
  return Temporal.PlainDateTime.from(`${day}T00:00`).add({ minutes }).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant().toString();
}

/** Warns on each item whose speaker is on the roster of another event at the time of the item. */
export function otherEventWarnings(db: Store) {
  const otherEvents = db.prepare<[string, string, string, string], { person_id: string; title: string; starts_at: string; ends_at: string }>(
    `SELECT pa.person_id, e.title, e.starts_at, e.ends_at
     FROM participations pa JOIN events e ON e.id = pa.event_id
     WHERE pa.person_id IN (SELECT value FROM json_each(?)) AND e.id <> ? AND pa.invitation <> 'declined' AND e.status <> 'cancelled'
       AND e.starts_at < ? AND e.ends_at > ?`,
  );

  /** A speaker on the roster of another event at the time of their item. */
  function addOtherEventWarnings(event: EventRow, timed: Array<{ item: AgendaItem; day: string }>) {
    if (!timed.length) return;
    // One query over the agenda's whole span first: most agendas clash with nothing, and then no
    // item's instants need computing.
    const days = timed.map((t) => t.day).sort();
    const lastEnd = Math.max(...timed.filter((t) => t.day === days.at(-1)).map((t) => t.item.endMin));
    const personIds = [...new Set(timed.flatMap(({ item }) => item.speakers.map((s) => s.personId)))];
    const others = otherEvents.all(
      JSON.stringify(personIds),
      event.id,
      instantAt(days.at(-1)!, lastEnd, event.time_zone),
      instantAt(days[0]!, 0, event.time_zone),
    );
    if (!others.length) return;
    const busy = new Set(others.map((o) => o.person_id));
    for (const { item, day } of timed) {
      if (!item.speakers.some((s) => busy.has(s.personId))) continue;
      const start = instantAt(day, item.startMin, event.time_zone);
      const end = instantAt(day, Math.max(item.endMin, item.startMin + 1), event.time_zone);
      for (const speaker of item.speakers) {
        for (const other of others) {
          if (other.person_id !== speaker.personId || !(other.starts_at < end && other.ends_at > start)) continue;
          const when = utcToLocal(other.starts_at, event.time_zone).replace('T', ' ');
          item.warnings.push({
            code: 'speaker_other_event',
            personId: speaker.personId,
            message: `${speaker.fullName} is on the roster of “${other.title}” (from ${when}) at the same time`,
          });
        }
      }
    }
  }

  return addOtherEventWarnings;
}
