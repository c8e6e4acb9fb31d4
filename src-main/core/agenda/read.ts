import { Temporal } from 'temporal-polyfill';
import type { Agenda, AgendaDay, AgendaItem, AgendaSpeaker } from '../../../src-shared/contract';
import { notFound } from '../errors';
import type { Store } from '../store/open';
import { utcToAllDay, utcToLocal } from '../time';
import { type EventRow, otherEventWarnings } from './clashes';
import { dayWarnings, scheduleDay, type ScheduleSession, type SpeakerFacts, type Timed } from './schedule';

interface SessionRow {
  id: string;
  day: string;
  position: number;
  title: string;
  starts_at: string | null;
  updated_at: string;
}

interface ItemRow {
  id: string;
  session_id: string;
  position: number;
  kind: AgendaItem['kind'];
  title: string;
  description: string;
  notes: string;
  starts_at: string | null;
  duration_min: number | null;
  updated_at: string;
}

interface SpeakerRow {
  item_id: string;
  person_id: string;
  full_name: string;
  organisation_name: string | null;
  organisation_acronym: string | null;
  country_code: string | null;
  country_name: string | null;
  invitation: AgendaSpeaker['invitation'];
}

/** An agenda longer than a month is a mistake or a project, not a meeting: only days holding sessions show past it. */
const MAX_EVENT_DAYS = 31;
const DEFAULT_DAY = { startsAt: '09:00', endsAt: '18:00' };

/** The local days an event covers; a timed event ending at midnight does not cover the day after. */
export function eventDays(e: Pick<EventRow, 'starts_at' | 'ends_at' | 'time_zone' | 'all_day'>): string[] {
  let first: string;
  let last: string;
  if (e.all_day) {
    ({ start: first, end: last } = utcToAllDay(e.starts_at, e.ends_at, e.time_zone));
  } else {
    const start = utcToLocal(e.starts_at, e.time_zone);
    const end = utcToLocal(e.ends_at, e.time_zone);
    first = start.slice(0, 10);
    last = end.slice(0, 10);
    if (last > first && end.slice(11) === '00:00') last = Temporal.PlainDate.from(last).subtract({ days: 1 }).toString();
  }
  const days: string[] = [];
  for (let d = Temporal.PlainDate.from(first); days.length < MAX_EVENT_DAYS && Temporal.PlainDate.compare(d, Temporal.PlainDate.from(last)) <= 0; d = d.add({ days: 1 })) {
    days.push(d.toString());
  }
  return days;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** Planned hours of a day: its own, else (for a timed event's first and last day) the event's times, else a working day. */
function plannedHours(event: EventRow, own: ReadonlyMap<string, { startsAt: string; endsAt: string }>) {
  const localStart = event.all_day ? null : utcToLocal(event.starts_at, event.time_zone);
  const localEnd = event.all_day ? null : utcToLocal(event.ends_at, event.time_zone);
  return (day: string) => {
    const hours = own.get(day);
    if (hours) return hours;
    const startsAt = localStart && localStart.startsWith(day) ? localStart.slice(11) : DEFAULT_DAY.startsAt;
    const endsAt = localEnd && localEnd.startsWith(day) && localEnd.slice(11) > startsAt ? localEnd.slice(11) : DEFAULT_DAY.endsAt;
    return { startsAt, endsAt };
  };
}

const toSpeaker = (s: SpeakerRow): AgendaSpeaker => ({
  personId: s.person_id,
  fullName: s.full_name,
  organisationName: s.organisation_name,
  organisationAcronym: s.organisation_acronym,
  countryCode: s.country_code,
  countryName: s.country_name,
  invitation: s.invitation,
});

const toItem = (i: ItemRow, sessionId: string, time: Timed, speakers: AgendaSpeaker[], warnings: AgendaItem['warnings']): AgendaItem => ({
  id: i.id,
  sessionId,
  kind: i.kind,
  title: i.title,
  description: i.description,
  notes: i.notes,
  fixedStart: i.starts_at,
  durationMin: i.duration_min ?? 0,
  ...time,
  speakers,
  warnings,
  updatedAt: i.updated_at,
});

/** The agenda of an event as its tab shows it: days, sessions and items with their times flowing, and every warning where it applies. */
export function agendaReader(db: Store) {
  const addOtherEventWarnings = otherEventWarnings(db);
  const eventById = db.prepare<[string], EventRow>('SELECT id, title, time_zone, starts_at, ends_at, all_day, series_id FROM events WHERE id = ?');
  const dayRows = db.prepare<[string], { day: string; starts_at: string; ends_at: string }>('SELECT day, starts_at, ends_at FROM agenda_days WHERE event_id = ?');
  const sessionRows = db.prepare<[string], SessionRow>(
    'SELECT id, day, position, title, starts_at, updated_at FROM agenda_sessions WHERE event_id = ? ORDER BY day, position, id',
  );
  const itemRows = db.prepare<[string], ItemRow>(
    `SELECT i.id, i.session_id, i.position, i.kind, i.title, i.description, i.notes, i.starts_at, i.duration_min, i.updated_at
     FROM agenda_items i JOIN agenda_sessions s ON s.id = i.session_id WHERE s.event_id = ? ORDER BY i.session_id, i.position, i.id`,
  );
  // Country and organisation as the roster has them for this event, else the person's own.
  const speakerRows = db.prepare<[string, string], SpeakerRow>(
    `SELECT sp.item_id, sp.person_id, p.full_name, o.name AS organisation_name, nullif(o.acronym, '') AS organisation_acronym,
       coalesce(pa.representing_country_code, p.country_code) AS country_code, c.name AS country_name, pa.invitation
     FROM agenda_item_speakers sp
     JOIN agenda_items i ON i.id = sp.item_id
     JOIN agenda_sessions s ON s.id = i.session_id
     JOIN people p ON p.id = sp.person_id
     LEFT JOIN participations pa ON pa.event_id = ? AND pa.person_id = sp.person_id
     LEFT JOIN organisations o ON o.id = p.organisation_id
     LEFT JOIN countries c ON c.code = coalesce(pa.representing_country_code, p.country_code)
     WHERE s.event_id = ?
     ORDER BY sp.item_id, sp.position`,
  );
  const requireEvent = (id: string): EventRow => {
    const row = eventById.get(id);
    if (!row) throw notFound('Event', id);
    return row;
  };

  function get(eventId: string): Agenda {
    const event = requireEvent(eventId);
    const hoursOf = plannedHours(event, new Map(dayRows.all(eventId).map((d) => [d.day, { startsAt: d.starts_at, endsAt: d.ends_at }])));
    const inEvent = eventDays(event);
    const itemsBySession = groupBy(itemRows.all(eventId), (i) => i.session_id);
    const speakerList = speakerRows.all(eventId, eventId);
    const speakersByItem = new Map([...groupBy(speakerList, (s) => s.item_id)].map(([item, rows]) => [item, rows.map(toSpeaker)]));
    const facts = new Map<string, SpeakerFacts>(speakerList.map((s) => [s.person_id, { fullName: s.full_name, invitation: s.invitation }]));
    const sessionsByDay = groupBy(sessionRows.all(eventId), (s) => s.day);

    const timedItems: Array<{ item: AgendaItem; day: string }> = [];
    const days = [...new Set([...inEvent, ...sessionsByDay.keys()])].sort().map((day): AgendaDay => {
      const planned = hoursOf(day);
      const sessions = sessionsByDay.get(day) ?? [];
      const shapes: ScheduleSession[] = sessions.map((s) => ({
        id: s.id,
        fixedStart: s.starts_at,
        items: (itemsBySession.get(s.id) ?? []).map((i) => ({
          id: i.id,
          title: i.title,
          fixedStart: i.starts_at,
          durationMin: i.duration_min ?? 0,
          speakerIds: (speakersByItem.get(i.id) ?? []).map((sp) => sp.personId),
        })),
      }));
      const schedule = scheduleDay(planned.startsAt, shapes);
      const warnings = dayWarnings(planned, shapes, schedule, facts);
      return {
        day,
        ...planned,
        inEvent: inEvent.includes(day),
        sessions: sessions.map((s) => ({
          id: s.id,
          day: s.day,
          title: s.title,
          fixedStart: s.starts_at,
          ...schedule.sessions.get(s.id)!,
          updatedAt: s.updated_at,
          items: (itemsBySession.get(s.id) ?? []).map((i) => {
            const item = toItem(i, s.id, schedule.items.get(i.id)!, speakersByItem.get(i.id) ?? [], warnings.get(i.id) ?? []);
            if (item.speakers.length) timedItems.push({ item, day });
            return item;
          }),
        })),
      };
    });

    addOtherEventWarnings(event, timedItems);
    const items = days.flatMap((d) => d.sessions.flatMap((s) => s.items));
    const warningCount = items.reduce((n, i) => n + i.warnings.length, 0);
    return { eventId, eventTitle: event.title, timeZone: event.time_zone, seriesId: event.series_id, days, itemCount: items.length, warningCount };
  }

  return { get, requireEvent };
}

export type AgendaReader = ReturnType<typeof agendaReader>;
