import { type EventStatus, invitationStatuses, participantRoles } from '../../../src-shared/contract';
import type { EventsRow } from '../events';
import type { Store } from '../store/open';
import type { Invitation, Role } from './fields';

/**
 * What an export reads for a list of event ids, each event's tags, link and participants found
 * by its position in that list. Rows are joined to the ids' JSON array (json_each) so that SQLite
 * hands back positions instead of sorting wide rows or repeating event ids, and most rows come back
 * as arrays, not objects: an export of 15,000 events reads some 85,000 rows.
 */

export type EventRow = Pick<
  EventsRow,
  | 'id' | 'title' | 'kind' | 'starts_at' | 'ends_at' | 'time_zone' | 'all_day' | 'venue_name' | 'venue_city' | 'venue_country_code'
  | 'notes' | 'ical_uid' | 'ical_sequence' | 'updated_at'
> & {
  /** The event's position in the ids asked for. */
  position: number;
  status: EventStatus;
};

/** A person as every ATTENDEE and ORGANIZER line writes them, worked out once per export. */
export interface ExportPerson {
  fullName: string;
  /** Their first email as `mailto:`, else `urn:uuid:<id>`: a calendar address that invents no mailbox. */
  address: string;
}

/**
 * An event's participant as one number, so that 50,000 of them make no garbage and sort as
 * numbers: the rank of the role (organiser, chair, the others), then the person's place among
 * the export's people (by folded name, then id), then the role and the answer (see roleOf, invitationOf).
 */
export type ParticipantKey = number;

const INVITATIONS = invitationStatuses.length;
const CODES = participantRoles.length * INVITATIONS;
/** How many role-and-answer codes there are. */
export const PARTICIPANT_CODES = CODES;
const rank = (role: Role) => (role === 'organiser' ? 0 : role === 'chair' ? 1 : 2);

/** The person's place in `people`. */
export const personAt = (key: ParticipantKey, peopleCount: number): number => Math.floor(key / CODES) % peopleCount;
/** Role and answer together: one of participantRoles.length × invitationStatuses.length values. */
export const codeOf = (key: ParticipantKey): number => key % CODES;
export const roleOf = (code: number): Role => participantRoles[Math.floor(code / INVITATIONS)]!;
export const invitationOf = (code: number): Invitation => invitationStatuses[code % INVITATIONS]!;

export interface ExportRows {
  /** In the order of the ids asked for. */
  events: EventRow[];
  /** By event position: tag names, by name ignoring case. */
  tags: Array<string[] | undefined>;
  /** By event position: the first link's URL. */
  url: Array<string | undefined>;
  /** Everyone taking part in the events, in the order they are listed among equals. */
  people: ExportPerson[];
  /** By event position: participants, organisers first, then the chair, then by name. */
  participants: Array<ParticipantKey[] | undefined>;
}

// Joined from the ids' array: `key` is the position of the event the row belongs to.
const IDS = 'json_each(?) ids';
const EVENT_COLUMNS = `e.id, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.time_zone, e.all_day,
  e.venue_name, e.venue_city, e.venue_country_code, e.notes, e.ical_uid, e.ical_sequence, e.updated_at`;

/**
 * An event's rows come either by position (joined from the ids' array) or, when most of the
 * calendar is exported, from the whole table by event id: one pass in the table's order then
 * costs less than seeking each event's rows, and rows of events not asked for are passed over.
 */
type EventKey = number | string;

export function exportRowsReader(db: Store) {
  const eventCount = db.prepare<[], [count: number]>('SELECT count(*) FROM events').raw();
  const eventRows = db.prepare<[string], EventRow>(`SELECT ids.key AS position, ${EVENT_COLUMNS} FROM ${IDS} JOIN events e ON e.id = ids.value`);
  const allEventRows = db.prepare<[], EventRow>(`SELECT -1 AS position, ${EVENT_COLUMNS} FROM events e`);
  // Tags are ordered by name here, for each event, from their rank among all tags: no sort of every event's tags in SQL.
  const allTags = db.prepare<[], [id: string, name: string]>('SELECT id, name FROM tags ORDER BY name COLLATE NOCASE').raw();
  const tagRows = db.prepare<[string], [event: EventKey, tagId: string]>(`SELECT ids.key, et.tag_id FROM ${IDS} JOIN event_tags et ON et.event_id = ids.value`).raw();
  const allTagRows = db.prepare<[], [event: EventKey, tagId: string]>('SELECT event_id, tag_id FROM event_tags').raw();
  const linkRows = db
    .prepare<[string], [position: number, url: string]>(`SELECT ids.key, l.url FROM ${IDS} JOIN event_links l ON l.event_id = ids.value ORDER BY l.id`)
    .raw();
  // Role and answer as a number: two strings fewer per row, and what ParticipantKey keeps.
  const code = `(CASE p.role ${participantRoles.map((r, i) => `WHEN '${r}' THEN ${i * INVITATIONS}`).join(' ')} END
    + CASE p.invitation ${invitationStatuses.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END)`;
  const participationRows = db
    .prepare<[string], [event: EventKey, code: number, personId: string]>(
      `SELECT ids.key, ${code}, p.person_id FROM ${IDS} JOIN participations p ON p.event_id = ids.value`,
    )
    .raw();
  const allParticipationRows = db.prepare<[], [event: EventKey, code: number, personId: string]>(`SELECT p.event_id, ${code}, p.person_id FROM participations p`).raw();
  // Each person once, however many events they are in; their first email taken by SQLite, not parsed here.
  const personRows = db
    .prepare<[string], [id: string, fullName: string, sortName: string, email: string | null]>(
      `SELECT id, full_name, sort_name, emails ->> '$[0]' FROM people WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .raw();

  function tagsOf(rows: Array<[event: EventKey, tagId: string]>, positionOf: (event: EventKey) => number | undefined, count: number) {
    const byPosition = slots<string[]>(count);
    if (!rows.length) return byPosition;
    const ranked = allTags.all();
    const rankOf = new Map(ranked.map(([id], rank) => [id, rank]));
    const ranks = slots<number[]>(count);
    for (const [event, tagId] of rows) {
      const position = positionOf(event);
      const rank = rankOf.get(tagId);
      if (position === undefined || rank === undefined) continue;
      (ranks[position] ??= []).push(rank);
    }
    for (let i = 0; i < count; i++) {
      const list = ranks[i];
      if (list) byPosition[i] = (list.length > 1 ? list.sort((a, b) => a - b) : list).map((rank) => ranked[rank]![1]);
    }
    return byPosition;
  }

  function participantsOf(
    rows: Array<[event: EventKey, code: number, personId: string]>,
    positionOf: (event: EventKey) => number | undefined,
    count: number,
  ): Pick<ExportRows, 'people' | 'participants'> {
    const positions: Array<number | undefined> = [];
    const ids = new Set<string>();
    for (const row of rows) {
      const position = positionOf(row[0]);
      positions.push(position);
      if (position !== undefined) ids.add(row[2]);
    }
    // Code-unit order on the folded name, then the id: the order does not depend on SQLite's collation.
    const found = personRows.all(JSON.stringify([...ids]));
    found.sort(([idA, , a], [idB, , b]) => (a < b ? -1 : a > b ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0));
    const placeOf = new Map<string, number>();
    const people = found.map(([id, fullName, , email], place): ExportPerson => {
      placeOf.set(id, place);
      return { fullName, address: email ? `mailto:${email}` : `urn:uuid:${id}` };
    });
    const participants = slots<ParticipantKey[]>(count);
    for (let i = 0; i < rows.length; i++) {
      const position = positions[i];
      const [, code, personId] = rows[i]!;
      const place = placeOf.get(personId);
      if (position !== undefined && place !== undefined) (participants[position] ??= []).push((rank(roleOf(code)) * people.length + place) * CODES + code);
    }
    for (const list of participants) if (list && list.length > 1) list.sort((a, b) => a - b);
    return { people, participants };
  }

  return function read(ids: readonly string[]): ExportRows {
    const json = JSON.stringify(ids);
    const whole = ids.length * 2 >= eventCount.get()![0];
    const byId = whole ? new Map(ids.map((id, position) => [id, position])) : null;
    const positionOf = (event: EventKey): number | undefined => (typeof event === 'number' ? event : byId!.get(event));

    const events = slots<EventRow>(ids.length);
    for (const row of whole ? allEventRows.all() : eventRows.all(json)) {
      const position = whole ? byId!.get(row.id) : row.position;
      if (position === undefined) continue;
      row.position = position;
      events[position] = row;
    }
    const url = slots<string>(ids.length);
    for (const [position, link] of linkRows.all(json)) url[position] ??= link;
    return {
      // An id with no event (none, as the ids were just read) would leave a hole.
      events: events.filter((e) => e !== undefined),
      tags: tagsOf(whole ? allTagRows.all() : tagRows.all(json), positionOf, ids.length),
      url,
      ...participantsOf(whole ? allParticipationRows.all() : participationRows.all(json), positionOf, ids.length),
    };
  };
}

/** `count` empty slots, made in order: Array.from is slower, and an array with holes slower still to fill. */
export function slots<T>(count: number): Array<T | undefined> {
  const list: Array<T | undefined> = [];
  for (let i = 0; i < count; i++) list.push(undefined);
  return list;
}
