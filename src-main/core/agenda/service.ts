import { Temporal } from 'temporal-polyfill';
import type { Agenda, AgendaDay, AgendaItem, AgendaSpeaker, CallArgs } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { newId, nowIso } from '../ids';
import { invalidField, notFound, staleEdit } from '../errors';
import type { Store } from '../store/open';
import { utcToAllDay, utcToLocal } from '../time';
import { dayWarnings, scheduleDay, type ScheduleSession, type SpeakerFacts } from './schedule';

interface EventRow {
  id: string;
  title: string;
  time_zone: string;
  starts_at: string;
  ends_at: string;
  all_day: number;
  series_id: string | null;
}

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

type ItemFields = Omit<CallArgs<'agenda.addItem'>, 'sessionId' | 'afterItemId'>;

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

/** The instant a number of minutes after midnight of a local day in a zone. */
function instantAt(day: string, minutes: number, timeZone: string): string {
  return Temporal.PlainDateTime.from(`${day}T00:00`).add({ minutes }).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant().toString();
}

export function agendaService(db: Store) {
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
  const otherEvents = db.prepare<[string, string, string, string], { person_id: string; title: string; starts_at: string; ends_at: string }>(
    `SELECT pa.person_id, e.title, e.starts_at, e.ends_at
     FROM participations pa JOIN events e ON e.id = pa.event_id
     WHERE pa.person_id IN (SELECT value FROM json_each(?)) AND e.id <> ? AND pa.invitation <> 'declined' AND e.status <> 'cancelled'
       AND e.starts_at < ? AND e.ends_at > ?`,
  );

  const sessionById = db.prepare<[string], SessionRow & { event_id: string }>(
    'SELECT id, event_id, day, position, title, starts_at, updated_at FROM agenda_sessions WHERE id = ?',
  );
  const itemById = db.prepare<[string], ItemRow & { event_id: string }>(
    `SELECT i.id, i.session_id, i.position, i.kind, i.title, i.description, i.notes, i.starts_at, i.duration_min, i.updated_at, s.event_id
     FROM agenda_items i JOIN agenda_sessions s ON s.id = i.session_id WHERE i.id = ?`,
  );
  const upsertDay = db.prepare(
    `INSERT INTO agenda_days (id, event_id, day, starts_at, ends_at, created_at, updated_at) VALUES (@id, @eventId, @day, @startsAt, @endsAt, @now, @now)
     ON CONFLICT (event_id, day) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, updated_at = excluded.updated_at`,
  );
  const sessionsOfDay = db.prepare<[string, string], { id: string }>('SELECT id FROM agenda_sessions WHERE event_id = ? AND day = ? ORDER BY position, id');
  const insertSession = db.prepare(
    `INSERT INTO agenda_sessions (id, event_id, day, position, title, starts_at, created_at, updated_at)
     VALUES (@id, @eventId, @day, 0, @title, @fixedStart, @now, @now)`,
  );
  const setSessionPosition = db.prepare<[number, string]>('UPDATE agenda_sessions SET position = ? WHERE id = ?');
  const updateSession = db.prepare('UPDATE agenda_sessions SET title = @title, starts_at = @fixedStart, updated_at = @now WHERE id = @id');
  const deleteSession = db.prepare<[string]>('DELETE FROM agenda_sessions WHERE id = ?');
  const itemsOfSession = db.prepare<[string], { id: string }>('SELECT id FROM agenda_items WHERE session_id = ? ORDER BY position, id');
  const insertItem = db.prepare(
    `INSERT INTO agenda_items (id, session_id, position, kind, title, description, starts_at, duration_min, notes, created_at, updated_at)
     VALUES (@id, @sessionId, 0, @kind, @title, @description, @fixedStart, @durationMin, @notes, @now, @now)`,
  );
  const updateItem = db.prepare(
    `UPDATE agenda_items SET kind = @kind, title = @title, description = @description, starts_at = @fixedStart, duration_min = @durationMin,
       notes = @notes, updated_at = @now WHERE id = @id`,
  );
  const placeItem = db.prepare<[string, number, string]>('UPDATE agenda_items SET session_id = ?, position = ? WHERE id = ?');
  const deleteItem = db.prepare<[string]>('DELETE FROM agenda_items WHERE id = ?');
  const clearSpeakers = db.prepare<[string]>('DELETE FROM agenda_item_speakers WHERE item_id = ?');
  const addSpeaker = db.prepare(
    'INSERT INTO agenda_item_speakers (id, item_id, person_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const personById = db.prepare<[string], { id: string; full_name: string; country_code: string | null; organisation_id: string | null }>(
    'SELECT id, full_name, country_code, organisation_id FROM people WHERE id = ?',
  );
  const onRoster = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM participations WHERE event_id = ? AND person_id = ?');
  const addToRoster = db.prepare(
    `INSERT INTO participations (id, event_id, person_id, role, representing_country_code, representing_org_id, invitation, created_at, updated_at)
     VALUES (@id, @eventId, @personId, 'speaker', @countryCode, @organisationId, 'invited', @now, @now)`,
  );

  const requireEvent = (id: string): EventRow => {
    const row = eventById.get(id);
    if (!row) throw notFound('Event', id);
    return row;
  };
  const requireSession = (id: string) => {
    const row = sessionById.get(id);
    if (!row) throw notFound('Session', id);
    return row;
  };
  const requireItem = (id: string) => {
    const row = itemById.get(id);
    if (!row) throw notFound('Agenda item', id);
    return row;
  };

  function get(eventId: string): Agenda {
    const event = requireEvent(eventId);
    const hours = new Map(dayRows.all(eventId).map((d) => [d.day, { startsAt: d.starts_at, endsAt: d.ends_at }]));
    const inEvent = eventDays(event);
    const localStart = event.all_day ? null : utcToLocal(event.starts_at, event.time_zone);
    const localEnd = event.all_day ? null : utcToLocal(event.ends_at, event.time_zone);
    // Without planned hours of its own, a timed event's first and last day keep the event's times.
    const hoursOf = (day: string) => {
      const own = hours.get(day);
      if (own) return own;
      const startsAt = localStart && localStart.startsWith(day) ? localStart.slice(11) : DEFAULT_DAY.startsAt;
      const endsAt = localEnd && localEnd.startsWith(day) && localEnd.slice(11) > startsAt ? localEnd.slice(11) : DEFAULT_DAY.endsAt;
      return { startsAt, endsAt };
    };

    const itemsBySession = new Map<string, ItemRow[]>();
    for (const item of itemRows.all(eventId)) {
      const list = itemsBySession.get(item.session_id);
      if (list) list.push(item);
      else itemsBySession.set(item.session_id, [item]);
    }
    const speakersByItem = new Map<string, AgendaSpeaker[]>();
    const facts = new Map<string, SpeakerFacts>();
    for (const s of speakerRows.all(eventId, eventId)) {
      const speaker: AgendaSpeaker = {
        personId: s.person_id,
        fullName: s.full_name,
        organisationName: s.organisation_name,
        organisationAcronym: s.organisation_acronym,
        countryCode: s.country_code,
        countryName: s.country_name,
        invitation: s.invitation,
      };
      const list = speakersByItem.get(s.item_id);
      if (list) list.push(speaker);
      else speakersByItem.set(s.item_id, [speaker]);
      facts.set(s.person_id, { fullName: s.full_name, invitation: s.invitation });
    }

    const sessionsByDay = new Map<string, SessionRow[]>();
    for (const s of sessionRows.all(eventId)) {
      const list = sessionsByDay.get(s.day);
      if (list) list.push(s);
      else sessionsByDay.set(s.day, [s]);
    }
    const allDays = [...new Set([...inEvent, ...sessionsByDay.keys()])].sort();

    let itemCount = 0;
    let warningCount = 0;
    const timedItems: Array<{ item: AgendaItem; day: string }> = [];
    const days: AgendaDay[] = allDays.map((day) => {
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
          items: (itemsBySession.get(s.id) ?? []).map((i): AgendaItem => {
            itemCount++;
            const item: AgendaItem = {
              id: i.id,
              sessionId: s.id,
              kind: i.kind,
              title: i.title,
              description: i.description,
              notes: i.notes,
              fixedStart: i.starts_at,
              durationMin: i.duration_min ?? 0,
              ...schedule.items.get(i.id)!,
              speakers: speakersByItem.get(i.id) ?? [],
              warnings: warnings.get(i.id) ?? [],
              updatedAt: i.updated_at,
            };
            if (item.speakers.length) timedItems.push({ item, day });
            return item;
          }),
        })),
      };
    });

    addOtherEventWarnings(event, timedItems);
    for (const day of days) for (const s of day.sessions) for (const i of s.items) warningCount += i.warnings.length;
    return { eventId, eventTitle: event.title, timeZone: event.time_zone, seriesId: event.series_id, days, itemCount, warningCount };
  }

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

  const renumberSessions = (ids: string[]) => ids.forEach((id, i) => setSessionPosition.run(i, id));
  const renumberItems = (sessionId: string, ids: string[]) => ids.forEach((id, i) => placeItem.run(sessionId, i, id));
  const insertAfter = (ids: string[], newIdValue: string, afterId: string | null | undefined, field: string) => {
    if (afterId === undefined) return [...ids, newIdValue];
    if (afterId === null) return [newIdValue, ...ids];
    const at = ids.indexOf(afterId);
    if (at < 0) throw invalidField(field, 'That is not in this part of the agenda');
    return [...ids.slice(0, at + 1), newIdValue, ...ids.slice(at + 1)];
  };

  /** Speakers must be on the roster, or be added to it when the user agreed to. */
  function writeSpeakers(eventId: string, itemId: string, fields: ItemFields, now: string) {
    clearSpeakers.run(itemId);
    const ids = [...new Set(fields.speakerIds)];
    ids.forEach((personId, i) => {
      const person = personById.get(personId);
      if (!person) throw invalidField(`speakerIds.${i}`, 'This person does not exist (they may have been deleted)');
      if (!onRoster.get(eventId, personId)) {
        if (!fields.addSpeakersToRoster) {
          throw new AppError('invalid_input', `${person.full_name} is not on the roster of this event`, {
            issues: [{ path: `speakerIds.${i}`, message: `${person.full_name} is not on the roster: add them to it first` }],
            notOnRoster: [personId],
          });
        }
        addToRoster.run({ id: newId(), eventId, personId, countryCode: person.country_code, organisationId: person.organisation_id, now });
      }
      addSpeaker.run(newId(), itemId, personId, i, now, now);
    });
  }

  const itemBinding = (id: string, fields: ItemFields, now: string) => ({
    id,
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    notes: fields.notes,
    fixedStart: fields.fixedStart,
    durationMin: fields.durationMin,
    now,
  });

  const service = {
    get,
    setDayHours: db.transaction(({ eventId, day, startsAt, endsAt }: CallArgs<'agenda.setDayHours'>) => {
      requireEvent(eventId);
      upsertDay.run({ id: newId(), eventId, day, startsAt, endsAt, now: nowIso() });
      return get(eventId);
    }),
    addSession: db.transaction(({ eventId, day, title, fixedStart, afterSessionId }: CallArgs<'agenda.addSession'>) => {
      requireEvent(eventId);
      const id = newId();
      insertSession.run({ id, eventId, day, title, fixedStart, now: nowIso() });
      const others = sessionsOfDay.all(eventId, day).map((s) => s.id).filter((s) => s !== id);
      renumberSessions(insertAfter(others, id, afterSessionId ?? undefined, 'afterSessionId'));
      return get(eventId);
    }),
    updateSession: db.transaction(({ id, title, fixedStart }: CallArgs<'agenda.updateSession'>) => {
      const session = requireSession(id);
      updateSession.run({ id, title, fixedStart, now: nowIso() });
      return get(session.event_id);
    }),
    deleteSession: db.transaction((id: string) => {
      const session = requireSession(id);
      deleteSession.run(id);
      renumberSessions(sessionsOfDay.all(session.event_id, session.day).map((s) => s.id));
      return get(session.event_id);
    }),
    splitSession: db.transaction(({ itemId, title }: CallArgs<'agenda.splitSession'>) => {
      const item = requireItem(itemId);
      const session = requireSession(item.session_id);
      const items = itemsOfSession.all(session.id).map((i) => i.id);
      const at = items.indexOf(itemId);
      if (at === 0) throw invalidField('itemId', 'This is already the first item of its session');
      const id = newId();
      insertSession.run({ id, eventId: session.event_id, day: session.day, title, fixedStart: null, now: nowIso() });
      const others = sessionsOfDay.all(session.event_id, session.day).map((s) => s.id).filter((s) => s !== id);
      renumberSessions(insertAfter(others, id, session.id, 'itemId'));
      renumberItems(id, items.slice(at));
      return get(session.event_id);
    }),
    addItem: db.transaction(({ sessionId, afterItemId, ...fields }: CallArgs<'agenda.addItem'>) => {
      const session = requireSession(sessionId);
      const id = newId();
      const now = nowIso();
      insertItem.run({ ...itemBinding(id, fields, now), sessionId });
      writeSpeakers(session.event_id, id, fields, now);
      const others = itemsOfSession.all(sessionId).map((i) => i.id).filter((i) => i !== id);
      renumberItems(sessionId, insertAfter(others, id, afterItemId, 'afterItemId'));
      return get(session.event_id);
    }),
    updateItem: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'agenda.updateItem'>) => {
      const item = requireItem(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== item.updated_at) throw staleEdit(`“${item.title}”`, item.updated_at);
      const now = nowIso();
      updateItem.run(itemBinding(id, fields, now));
      writeSpeakers(item.event_id, id, fields, now);
      return get(item.event_id);
    }),
    deleteItem: db.transaction((id: string) => {
      const item = requireItem(id);
      deleteItem.run(id);
      renumberItems(item.session_id, itemsOfSession.all(item.session_id).map((i) => i.id));
      return get(item.event_id);
    }),
    moveItem: db.transaction(({ id, sessionId, index }: CallArgs<'agenda.moveItem'>) => {
      const item = requireItem(id);
      const target = requireSession(sessionId);
      if (target.event_id !== item.event_id) throw invalidField('sessionId', 'An item can move only within its own event');
      const remaining = itemsOfSession.all(item.session_id).map((i) => i.id).filter((i) => i !== id);
      if (item.session_id !== sessionId) renumberItems(item.session_id, remaining);
      const targetIds = item.session_id === sessionId ? remaining : itemsOfSession.all(sessionId).map((i) => i.id);
      const at = Math.min(index, targetIds.length);
      renumberItems(sessionId, [...targetIds.slice(0, at), id, ...targetIds.slice(at)]);
      return get(item.event_id);
    }),
  };
  return service;
}

export type AgendaService = ReturnType<typeof agendaService>;
