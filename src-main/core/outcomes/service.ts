import { Temporal } from 'temporal-polyfill';
import type { ActionItem, CallArgs, Outcome } from '../../../src-shared/contract';
import { newId, nowIso } from '../ids';
import type { ActionItemsRow, OutcomesWriter } from './writer';
import { invalidField, notFound, staleEdit } from '../errors';
import { statementCache } from '../store/statements';
import type { DomainContext } from '../domain';

interface OutcomeDbRow {
  id: string;
  event_id: string;
  agenda_item_id: string | null;
  agenda_item_title: string | null;
  kind: Outcome['kind'];
  text: string;
  updated_at: string;
}

interface ActionDbRow {
  id: string;
  event_id: string;
  event_title: string;
  event_starts_at: string;
  body_id: string | null;
  body_name: string | null;
  agenda_item_id: string | null;
  agenda_item_title: string | null;
  title: string;
  owner_id: string | null;
  owner_name: string | null;
  owner_country_code: string | null;
  owner_organisation: string | null;
  due_on: string | null;
  status: ActionItem['status'];
  overdue: number;
  notes: string;
  updated_at: string;
}

const toOutcome = (r: OutcomeDbRow): Outcome => ({
  id: r.id,
  eventId: r.event_id,
  agendaItemId: r.agenda_item_id,
  agendaItemTitle: r.agenda_item_title,
  kind: r.kind,
  text: r.text,
  updatedAt: r.updated_at,
});

const toAction = (r: ActionDbRow): ActionItem => ({
  id: r.id,
  eventId: r.event_id,
  eventTitle: r.event_title,
  eventStartsAt: r.event_starts_at,
  bodyId: r.body_id,
  bodyName: r.body_name,
  agendaItemId: r.agenda_item_id,
  agendaItemTitle: r.agenda_item_title,
  title: r.title,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  ownerCountryCode: r.owner_country_code,
  ownerOrganisation: r.owner_organisation,
  dueOn: r.due_on,
  status: r.status,
  overdue: r.overdue === 1,
  notes: r.notes,
  updatedAt: r.updated_at,
});

const OUTCOME_SELECT = `
  SELECT oc.id, oc.event_id, oc.agenda_item_id, ai.title AS agenda_item_title, oc.kind, oc.text, oc.updated_at
  FROM outcomes oc
  LEFT JOIN agenda_items ai ON ai.id = oc.agenda_item_id`;

const PENDING = `a.status IN ('open', 'in_progress')`;
const OVERDUE = `(${PENDING} AND a.due_on < @today)`;

const ACTION_SELECT = `
  SELECT a.id, a.event_id, e.title AS event_title, e.starts_at AS event_starts_at, e.body_id, b.name AS body_name,
         a.agenda_item_id, ai.title AS agenda_item_title, a.title, a.owner_person_id AS owner_id, p.full_name AS owner_name,
         p.country_code AS owner_country_code, coalesce(nullif(o.acronym, ''), o.name) AS owner_organisation,
         a.due_on, a.status, ${OVERDUE} AS overdue, a.notes, a.updated_at
  FROM action_items a
  JOIN events e ON e.id = a.event_id
  LEFT JOIN bodies b ON b.id = e.body_id
  LEFT JOIN agenda_items ai ON ai.id = a.agenda_item_id
  LEFT JOIN people p ON p.id = a.owner_person_id
  LEFT JOIN organisations o ON o.id = p.organisation_id`;

/**
 * Overdue first (oldest due first), then the rest still to do by due date with undated ones last,
 * then done, then dropped. Due dates only order what is still to do; finished work follows its meeting.
 */
const ACTION_ORDER = `
  ORDER BY CASE WHEN ${OVERDUE} THEN 0 WHEN ${PENDING} THEN 1 WHEN a.status = 'done' THEN 2 ELSE 3 END,
           CASE WHEN ${PENDING} THEN a.due_on IS NULL END,
           CASE WHEN ${PENDING} THEN a.due_on END,
           e.starts_at, a.title COLLATE NOCASE, a.id`;

/** Today's date where this machine is, for callers that do not say which day it is for them. */
const localToday = (): string => Temporal.Now.plainDateISO().toString();

type ActionFilter = CallArgs<'actions.list'>;

export function outcomesService({ db }: DomainContext, writer: OutcomesWriter) {
  const cached = statementCache(db);
  const eventExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE id = ?');
  const itemEvent = db.prepare<[string], { event_id: string }>(
    'SELECT s.event_id FROM agenda_items i JOIN agenda_sessions s ON s.id = i.session_id WHERE i.id = ?',
  );
  const personExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM people WHERE id = ?');

  const outcomesOf = db.prepare<[string], OutcomeDbRow>(`${OUTCOME_SELECT} WHERE oc.event_id = ? ORDER BY oc.position, oc.created_at, oc.id`);
  const outcomeById = db.prepare<[string], OutcomeDbRow>(`${OUTCOME_SELECT} WHERE oc.id = ?`);
  const nextPosition = db.prepare<[string], { next: number }>('SELECT coalesce(max(position) + 1, 0) AS next FROM outcomes WHERE event_id = ?');

  const actionById = db.prepare<{ id: string; today: string }, ActionDbRow>(`${ACTION_SELECT} WHERE a.id = @id`);

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
  const getAction = (id: string, today = localToday()): ActionItem => {
    const row = actionById.get({ id, today });
    if (!row) throw notFound('Action item', id);
    return toAction(row);
  };

  function listActions({ show, ownerId, countryCode, bodyId, eventId, today = localToday() }: ActionFilter): ActionItem[] {
    const where: string[] = [];
    if (show === 'open') where.push(PENDING);
    if (ownerId !== undefined) where.push('a.owner_person_id = @ownerId');
    if (countryCode !== undefined) where.push('p.country_code = @countryCode');
    if (bodyId !== undefined) where.push('e.body_id = @bodyId');
    if (eventId !== undefined) where.push('a.event_id = @eventId');
    const sql = `${ACTION_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${ACTION_ORDER}`;
    const params: Record<string, unknown> = { today };
    if (ownerId !== undefined) params.ownerId = ownerId;
    if (countryCode !== undefined) params.countryCode = countryCode;
    if (bodyId !== undefined) params.bodyId = bodyId;
    if (eventId !== undefined) params.eventId = eventId;
    return (cached(sql).all(params) as ActionDbRow[]).map(toAction);
  }

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
      return { outcomes: outcomesOf.all(eventId).map(toOutcome), actions: listActions({ show: 'all', eventId }) };
    },
    createOutcome: db.transaction(({ eventId, agendaItemId, kind, text }: CallArgs<'outcomes.create'>): Outcome => {
      requireEvent(eventId);
      requireItemOf(eventId, agendaItemId);
      const id = newId();
      const now = nowIso();
      writer.outcomes.insert({ id, event_id: eventId, agenda_item_id: agendaItemId, kind, text, position: nextPosition.get(eventId)!.next, created_at: now, updated_at: now });
      return getOutcome(id);
    }),
    updateOutcome: db.transaction(({ id, agendaItemId, kind, text }: CallArgs<'outcomes.update'>): Outcome => {
      const current = getOutcome(id);
      requireItemOf(current.eventId, agendaItemId);
      writer.outcomes.update(id, { agenda_item_id: agendaItemId, kind, text, updated_at: nowIso() });
      return getOutcome(id);
    }),
    deleteOutcome: db.transaction((id: string) => {
      getOutcome(id);
      writer.outcomes.delete(id);
      return { id };
    }),
    actions: listActions,
    createAction: db.transaction(({ eventId, ...fields }: CallArgs<'actions.create'>): ActionItem => {
      requireEvent(eventId);
      requireItemOf(eventId, fields.agendaItemId);
      requireOwner(fields.ownerId);
      const id = newId();
      const now = nowIso();
      writer.actions.insert({ id, event_id: eventId, ...actionColumns(fields), created_at: now, updated_at: now });
      return getAction(id);
    }),
    updateAction: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'actions.update'>): ActionItem => {
      const current = getAction(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(`“${current.title}”`, current.updatedAt);
      requireItemOf(current.eventId, fields.agendaItemId);
      requireOwner(fields.ownerId);
      writer.actions.update(id, { ...actionColumns(fields), updated_at: nowIso() });
      return getAction(id);
    }),
    deleteAction: db.transaction((id: string) => {
      if (!writer.actions.delete(id)) throw notFound('Action item', id);
      return { id };
    }),
  };
}

export type OutcomesService = ReturnType<typeof outcomesService>;
