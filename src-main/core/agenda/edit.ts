import type { CallArgs } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { DomainContext } from '../domain';
import { invalidField, notFound, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { invited, type ParticipationsWriter } from '../roster';
import type { AgendaReader } from './read';
import type { AgendaItemsRow, AgendaWriter } from './writer';

type ItemFields = Omit<CallArgs<'agenda.addItem'>, 'sessionId' | 'afterItemId'>;

/** The columns an item's form fills, as stored. */
const itemColumns = (fields: ItemFields) =>
  ({
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    notes: fields.notes,
    starts_at: fields.fixedStart,
    duration_min: fields.durationMin,
  }) satisfies Partial<AgendaItemsRow>;

/** `ids` with `newId` placed after `afterId`: at the end when undefined, first when null. */
function insertAfter(ids: string[], newIdValue: string, afterId: string | null | undefined, field: string) {
  if (afterId === undefined) return [...ids, newIdValue];
  if (afterId === null) return [newIdValue, ...ids];
  const at = ids.indexOf(afterId);
  if (at < 0) throw invalidField(field, 'That is not in this part of the agenda');
  return [...ids.slice(0, at + 1), newIdValue, ...ids.slice(at + 1)];
}

/** Building an agenda: days' hours, sessions and items, in order, with speakers from the roster. Each call answers the agenda as it now is. */
export function agendaEditor({ db }: DomainContext, reader: AgendaReader, writer: AgendaWriter, participations: ParticipationsWriter) {
  const sessionById = db.prepare<[string], { id: string; event_id: string; day: string }>('SELECT id, event_id, day FROM agenda_sessions WHERE id = ?');
  const itemById = db.prepare<[string], { id: string; session_id: string; title: string; updated_at: string; event_id: string }>(
    `SELECT i.id, i.session_id, i.title, i.updated_at, s.event_id FROM agenda_items i JOIN agenda_sessions s ON s.id = i.session_id WHERE i.id = ?`,
  );
  const sessionsOfDay = db.prepare<[string, string], { id: string }>('SELECT id FROM agenda_sessions WHERE event_id = ? AND day = ? ORDER BY position, id');
  const itemsOfSession = db.prepare<[string], { id: string }>('SELECT id FROM agenda_items WHERE session_id = ? ORDER BY position, id');
  const personById = db.prepare<[string], { id: string; full_name: string; country_code: string | null; organisation_id: string | null }>(
    'SELECT id, full_name, country_code, organisation_id FROM people WHERE id = ?',
  );
  const onRoster = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM participations WHERE event_id = ? AND person_id = ?');

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
  const sessionIds = (eventId: string, day: string) => sessionsOfDay.all(eventId, day).map((s) => s.id);
  const itemIds = (sessionId: string) => itemsOfSession.all(sessionId).map((i) => i.id);
  // Positions are an order, not data anyone edits: their updated_at stays.
  const renumberSessions = (ids: string[]) => ids.forEach((id, i) => writer.sessions.update(id, { position: i }));
  const renumberItems = (sessionId: string, ids: string[]) => ids.forEach((id, i) => writer.items.update(id, { session_id: sessionId, position: i }));

  const addSession = (eventId: string, day: string, title: string, fixedStart: string | null) => {
    const id = newId();
    const now = nowIso();
    writer.sessions.insert({ id, event_id: eventId, day, position: 0, title, starts_at: fixedStart, ends_at: null, created_at: now, updated_at: now });
    return id;
  };

  /** Speakers must be on the roster, or be added to it when the user agreed to. */
  function writeSpeakers(eventId: string, itemId: string, fields: ItemFields, now: string) {
    writer.speakers.deleteWhere({ item_id: itemId });
    [...new Set(fields.speakerIds)].forEach((personId, i) => {
      const person = personById.get(personId);
      if (!person) throw invalidField(`speakerIds.${i}`, 'This person does not exist (they may have been deleted)');
      if (!onRoster.get(eventId, personId)) {
        if (!fields.addSpeakersToRoster) {
          throw new AppError('invalid_input', `${person.full_name} is not on the roster of this event`, {
            issues: [{ path: `speakerIds.${i}`, message: `${person.full_name} is not on the roster: add them to it first` }],
            notOnRoster: [personId],
          });
        }
        participations.insert(
          invited({ event_id: eventId, person_id: personId, role: 'speaker', representing_country_code: person.country_code, representing_org_id: person.organisation_id }, now),
        );
      }
      writer.speakers.insert({ id: newId(), item_id: itemId, person_id: personId, position: i, created_at: now, updated_at: now });
    });
  }

  return {
    setDayHours: db.transaction(({ eventId, day, startsAt, endsAt }: CallArgs<'agenda.setDayHours'>) => {
      reader.requireEvent(eventId);
      writer.setDayHours(eventId, day, { startsAt, endsAt }, nowIso());
      return reader.get(eventId);
    }),
    addSession: db.transaction(({ eventId, day, title, fixedStart, afterSessionId }: CallArgs<'agenda.addSession'>) => {
      reader.requireEvent(eventId);
      const id = addSession(eventId, day, title, fixedStart);
      const others = sessionIds(eventId, day).filter((s) => s !== id);
      renumberSessions(insertAfter(others, id, afterSessionId ?? undefined, 'afterSessionId'));
      return reader.get(eventId);
    }),
    updateSession: db.transaction(({ id, title, fixedStart }: CallArgs<'agenda.updateSession'>) => {
      const session = requireSession(id);
      writer.sessions.update(id, { title, starts_at: fixedStart, updated_at: nowIso() });
      return reader.get(session.event_id);
    }),
    deleteSession: db.transaction((id: string) => {
      const session = requireSession(id);
      writer.sessions.delete(id);
      renumberSessions(sessionIds(session.event_id, session.day));
      return reader.get(session.event_id);
    }),
    splitSession: db.transaction(({ itemId, title }: CallArgs<'agenda.splitSession'>) => {
      const item = requireItem(itemId);
      const session = requireSession(item.session_id);
      const items = itemIds(session.id);
      const at = items.indexOf(itemId);
      if (at === 0) throw invalidField('itemId', 'This is already the first item of its session');
      const id = addSession(session.event_id, session.day, title, null);
      const others = sessionIds(session.event_id, session.day).filter((s) => s !== id);
      renumberSessions(insertAfter(others, id, session.id, 'itemId'));
      renumberItems(id, items.slice(at));
      return reader.get(session.event_id);
    }),
    addItem: db.transaction(({ sessionId, afterItemId, ...fields }: CallArgs<'agenda.addItem'>) => {
      const session = requireSession(sessionId);
      const id = newId();
      const now = nowIso();
      writer.items.insert({ id, session_id: sessionId, position: 0, ...itemColumns(fields), ends_at: null, created_at: now, updated_at: now });
      writeSpeakers(session.event_id, id, fields, now);
      const others = itemIds(sessionId).filter((i) => i !== id);
      renumberItems(sessionId, insertAfter(others, id, afterItemId, 'afterItemId'));
      return reader.get(session.event_id);
    }),
    updateItem: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'agenda.updateItem'>) => {
      const item = requireItem(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== item.updated_at) throw staleEdit(`“${item.title}”`, item.updated_at);
      const now = nowIso();
      writer.items.update(id, { ...itemColumns(fields), updated_at: now });
      writeSpeakers(item.event_id, id, fields, now);
      return reader.get(item.event_id);
    }),
    deleteItem: db.transaction((id: string) => {
      const item = requireItem(id);
      writer.items.delete(id);
      renumberItems(item.session_id, itemIds(item.session_id));
      return reader.get(item.event_id);
    }),
    moveItem: db.transaction(({ id, sessionId, index }: CallArgs<'agenda.moveItem'>) => {
      const item = requireItem(id);
      const target = requireSession(sessionId);
      if (target.event_id !== item.event_id) throw invalidField('sessionId', 'An item can move only within its own event');
      const remaining = itemIds(item.session_id).filter((i) => i !== id);
      if (item.session_id !== sessionId) renumberItems(item.session_id, remaining);
      const targetIds = item.session_id === sessionId ? remaining : itemIds(sessionId);
      const at = Math.min(index, targetIds.length);
      renumberItems(sessionId, [...targetIds.slice(0, at), id, ...targetIds.slice(at)]);
      return reader.get(item.event_id);
    }),
  };
}
