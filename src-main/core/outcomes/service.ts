import type { ActionItem, CallArgs, Outcome } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { invalidField, notFound, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { actionList } from './action-list';
import type { ActionItemsRow, OutcomesWriter } from './writer';

interface OutcomeDbRow {
  id: string;
  event_id: string;
  agenda_item_id: string | null;
  agenda_item_title: string | null;
  kind: Outcome['kind'];
  text: string;
  restricted: number;
  updated_at: string;
}

const toOutcome = (r: OutcomeDbRow): Outcome => ({
  id: r.id,
  eventId: r.event_id,
  agendaItemId: r.agenda_item_id,
  agendaItemTitle: r.agenda_item_title,
  kind: r.kind,
  text: r.text,
  restricted: r.restricted === 1,
  updatedAt: r.updated_at,
});

const OUTCOME_SELECT = `
  SELECT oc.id, oc.event_id, oc.agenda_item_id, ai.title AS agenda_item_title, oc.kind, oc.text, oc.restricted, oc.updated_at
  FROM outcomes oc
  LEFT JOIN agenda_items ai ON ai.id = oc.agenda_item_id`;

export function outcomesService({ db }: DomainContext, writer: OutcomesWriter) {
  const actions = actionList(db);
  const eventExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE id = ?');
  const itemEvent = db.prepare<[string], { event_id: string }>(
    'SELECT s.event_id FROM agenda_items i JOIN agenda_sessions s ON s.id = i.session_id WHERE i.id = ?',
  );
  const personExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM people WHERE id = ?');

  const outcomesOf = db.prepare<[string], OutcomeDbRow>(`${OUTCOME_SELECT} WHERE oc.event_id = ? ORDER BY oc.position, oc.created_at, oc.id`);
  const outcomeById = db.prepare<[string], OutcomeDbRow>(`${OUTCOME_SELECT} WHERE oc.id = ?`);
  const nextPosition = db.prepare<[string], { next: number }>('SELECT coalesce(max(position) + 1, 0) AS next FROM outcomes WHERE event_id = ?');
  // The meeting of the same series held before this one (not cancelled).
  const previousInSeries = db.prepare<[string], { id: string; title: string }>(
    `SELECT p.id, p.title FROM events e JOIN events p ON p.series_id = e.series_id AND p.status <> 'cancelled' AND (p.starts_at, p.id) < (e.starts_at, e.id)
     WHERE e.id = ? ORDER BY p.starts_at DESC, p.id DESC LIMIT 1`,
  );

  const requireEvent = (eventId: string): void => {
    if (!eventExists.get(eventId)) throw notFound('Event', eventId);
  };
  const requireItemOf = (eventId: string, agendaItemId: string | null): void => {
    if (agendaItemId === null) return;
    if (itemEvent.get(agendaItemId)?.event_id !== eventId) {
      throw invalidField('agendaItemId', 'This agenda item is not on the agenda of this event (it may have been deleted)');
    }
  };
  const requireOwner = (ownerId: string | null): void => {
    if (ownerId !== null && !personExists.get(ownerId)) {
      throw invalidField('ownerId', 'This person does not exist (they may have been deleted)');
    }
  };

  const getOutcome = (id: string): Outcome => {
    const row = outcomeById.get(id);
    if (!row) throw notFound('Conclusion or decision', id);
    return toOutcome(row);
  };
  type ActionFields = Omit<CallArgs<'actions.create'>, 'eventId'>;
  const actionColumns = (f: ActionFields) =>
    ({
      agenda_item_id: f.agendaItemId,
      title: f.title,
      owner_person_id: f.ownerId,
      due_on: f.dueOn,
      status: f.status,
      notes: f.notes,
    }) satisfies Partial<ActionItemsRow>;

  return {
    /** The event's conclusions and decisions in order of entry, and its action items in the order of the actions list. */
    list(eventId: string): { outcomes: Outcome[]; actions: ActionItem[] } {
      requireEvent(eventId);
      return { outcomes: outcomesOf.all(eventId).map(toOutcome), actions: actions.list({ show: 'all', eventId }) };
    },
    createOutcome: db.transaction(({ eventId, agendaItemId, kind, text, restricted }: CallArgs<'outcomes.create'>): Outcome => {
      requireEvent(eventId);
      requireItemOf(eventId, agendaItemId);
      const id = newId();
      const now = nowIso();
      writer.outcomes.insert({
        id,
        event_id: eventId,
        agenda_item_id: agendaItemId,
        kind,
        text,
        restricted: restricted ? 1 : 0,
        position: nextPosition.get(eventId)!.next,
        created_at: now,
        updated_at: now,
      });
      return getOutcome(id);
    }),
    updateOutcome: db.transaction(({ id, agendaItemId, kind, text, restricted }: CallArgs<'outcomes.update'>): Outcome => {
      const current = getOutcome(id);
      requireItemOf(current.eventId, agendaItemId);
      // Without `restricted` the outcome keeps it.
      writer.outcomes.update(id, { agenda_item_id: agendaItemId, kind, text, restricted: (restricted ?? current.restricted) ? 1 : 0, updated_at: nowIso() });
      return getOutcome(id);
    }),
    deleteOutcome: db.transaction((id: string) => {
      getOutcome(id);
      writer.outcomes.delete(id);
      return { id };
    }),
    actions: actions.list,
    /** The previous meeting of the event's series and its action items, for the report's follow-up; null outside a series. */
    previousMeeting(eventId: string): { title: string; actions: ActionItem[] } | null {
      const previous = previousInSeries.get(eventId);
      return previous ? { title: previous.title, actions: actions.list({ show: 'all', eventId: previous.id }) } : null;
    },
    createAction: db.transaction(({ eventId, ...fields }: CallArgs<'actions.create'>): ActionItem => {
      requireEvent(eventId);
      requireItemOf(eventId, fields.agendaItemId);
      requireOwner(fields.ownerId);
      const id = newId();
      const now = nowIso();
      writer.actions.insert({ id, event_id: eventId, ...actionColumns(fields), created_at: now, updated_at: now });
      return actions.get(id);
    }),
    updateAction: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'actions.update'>): ActionItem => {
      const current = actions.get(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(`“${current.title}”`, current.updatedAt);
      requireItemOf(current.eventId, fields.agendaItemId);
      requireOwner(fields.ownerId);
      writer.actions.update(id, { ...actionColumns(fields), updated_at: nowIso() });
      return actions.get(id);
    }),
    deleteAction: db.transaction((id: string) => {
      if (!writer.actions.delete(id)) throw notFound('Action item', id);
      return { id };
    }),
  };
}

export type OutcomesService = ReturnType<typeof outcomesService>;
