import { Temporal } from 'temporal-polyfill';
import type { ActionItem, CallArgs } from '../../../src-shared/contract';
import { notFound } from '../errors';
import type { Store } from '../store/open';
import { statementCache } from '../store/statements';

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

/** Action items as the Actions section lists them, across every event: overdue and open first. */
export function actionList(db: Store) {
  const cached = statementCache(db);
  const actionById = db.prepare<{ id: string; today: string }, ActionDbRow>(`${ACTION_SELECT} WHERE a.id = @id`);

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

  return { get: getAction, list: listActions };
}
