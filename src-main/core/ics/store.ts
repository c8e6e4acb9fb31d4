import type { CallArgs, EventKind, EventStatus, EventWhen } from '../../../src-shared/contract';
import { newId } from '../ids';
import type { EventsRow, EventsWriter } from '../events';
import { personColumns, type PeopleWriter } from '../people';
import { invited, type ParticipationsWriter } from '../roster';
import type { Store } from '../store/open';
import type { Invitation, Role } from './fields';
import { fieldsToCreate, type NewPerson } from './match-people';
import { ianaZone } from './zones';

/**
 * What an import reads and writes in bulk. Reads: the events a file already has, by UID, with their
 * tags, links and participants, in one query each instead of one `events.get` per occurrence.
 * Writes, through the writers of the events and the roster: a new event, as `events.create` writes
 * one outside any series (the same row, tags and links) but without validating or reading it back:
 * `events.create` costs ~0.7 ms, too much for files of thousands of meetings; and participants.
 * Updates of known events go through `events.update`.
 */

type EventArgs = CallArgs<'events.create'>;

export interface StoredEvent {
  id: string;
  icalUid: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  allDay: boolean;
  venueName: string;
  venueCity: string;
  venueCountryCode: string | null;
  notes: string;
  icalSequence: number;
  seriesId: string | null;
  bodyId: string | null;
  hostOrgId: string | null;
  fundingProgramme: string;
  audience: string;
  tags: string[];
  links: Array<{ label: string; url: string }>;
  organiserIds: string[];
}

export interface ParticipationRow {
  id: string;
  event_id: string;
  person_id: string;
  role: Role;
  invitation: Invitation;
}

type StoredRow = Pick<
  EventsRow,
  | 'id' | 'title' | 'starts_at' | 'ends_at' | 'time_zone' | 'all_day' | 'venue_name' | 'venue_city' | 'venue_country_code' | 'notes'
  | 'ical_sequence' | 'series_id' | 'body_id' | 'host_org_id' | 'funding_programme' | 'audience'
> & {
  ical_uid: string;
  kind: EventKind;
  status: EventStatus;
  /** JSON arrays, gathered by the query. */
  tags: string;
  links: string;
  organisers: string;
};

const IDS = '(SELECT value FROM json_each(?))';
const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

/** The UTC instants of an event's times, as `instantsOf` in the events service computes them. */
export function instantsFor(when: EventWhen): { startsAt: string; endsAt: string } {
  const zone = ianaZone(when.timeZone);
  const wall = (value: string, plusDays = 0) => {
    const d = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) + plusDays * DAY);
    const timed = value.length > 10;
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: timed ? Number(value.slice(11, 13)) : 0,
      minute: timed ? Number(value.slice(14, 16)) : 0,
      second: 0,
    };
  };
  return when.allDay
    ? { startsAt: iso(zone.toEpoch(wall(when.start))), endsAt: iso(zone.toEpoch(wall(when.end, 1))) }
    : { startsAt: iso(zone.toEpoch(wall(when.start))), endsAt: iso(zone.toEpoch(wall(when.end))) };
}

export function importStore(db: Store, writers: { events: EventsWriter; participations: ParticipationsWriter; people: PeopleWriter }) {
  const byUids = db.prepare<[string], StoredRow>(
    `SELECT e.id, e.ical_uid, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.time_zone, e.all_day, e.venue_name, e.venue_city,
       e.venue_country_code, e.notes, e.ical_sequence, e.series_id, e.body_id, e.host_org_id, e.funding_programme, e.audience,
       (SELECT json_group_array(t.name) FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id) AS tags,
       (SELECT json_group_array(json_object('label', l.label, 'url', l.url)) FROM (SELECT label, url FROM event_links WHERE event_id = e.id ORDER BY id) l) AS links,
       (SELECT json_group_array(eo.organisation_id) FROM event_organisers eo WHERE eo.event_id = e.id) AS organisers
     FROM events e WHERE e.ical_uid IN ${IDS}`,
  );
  const participations = db.prepare<[string], ParticipationRow>(
    `SELECT id, event_id, person_id, role, invitation FROM participations WHERE event_id IN ${IDS}`,
  );
  return {
    existing(uids: string[]): Map<string, StoredEvent> {
      const map = new Map<string, StoredEvent>();
      for (const r of byUids.all(JSON.stringify(uids))) {
        map.set(r.ical_uid, {
          id: r.id,
          icalUid: r.ical_uid,
          title: r.title,
          kind: r.kind,
          status: r.status,
          startsAt: r.starts_at,
          endsAt: r.ends_at,
          timeZone: r.time_zone,
          allDay: r.all_day === 1,
          venueName: r.venue_name,
          venueCity: r.venue_city,
          venueCountryCode: r.venue_country_code,
          notes: r.notes,
          icalSequence: r.ical_sequence,
          seriesId: r.series_id,
          bodyId: r.body_id,
          hostOrgId: r.host_org_id,
          fundingProgramme: r.funding_programme,
          audience: r.audience,
          tags: JSON.parse(r.tags) as string[],
          links: JSON.parse(r.links) as StoredEvent['links'],
          organiserIds: JSON.parse(r.organisers) as string[],
        });
      }
      return map;
    },
    participations(eventIds: string[]): Map<string, ParticipationRow[]> {
      const map = new Map<string, ParticipationRow[]>();
      for (const row of participations.all(JSON.stringify(eventIds))) {
        const list = map.get(row.event_id);
        if (list) list.push(row);
        else map.set(row.event_id, [row]);
      }
      return map;
    },
    /**
     * A new event outside any series; the caller runs it in a transaction and then calls `events.invalidate()`.
     * `instants` are those `instantsFor(fields.when)` gives, already computed by the reading.
     */
    createEvent(fields: EventArgs, extra: { icalUid: string; icalSequence: number; instants: { startsAt: string; endsAt: string } }, now: string): string {
      const id = newId();
      writers.events.insertEvent(fields, { id, bodyId: null, instants: extra.instants, icalUid: extra.icalUid, icalSequence: extra.icalSequence }, now);
      return id;
    },
    /** A participant; one already on the event (read before this import) gets the file's role and answer instead. */
    addParticipation(eventId: string, personId: string, role: Role, invitation: Invitation, now: string) {
      const row = invited({ event_id: eventId, person_id: personId, role, representing_country_code: null, representing_org_id: null, invitation }, now);
      writers.participations.upsert(row, { role, invitation, updated_at: now });
    },
    updateParticipation(id: string, role: Role, invitation: Invitation, now: string) {
      writers.participations.update(id, { role, invitation, updated_at: now });
    },
    /** The people matching planned, as `people.create` writes them but without its checks (every email was looked up first); sets their ids. */
    createPeople(people: readonly NewPerson[], now: string) {
      writers.people.bulk(people.length, () => {
        for (const person of people) {
          person.id = newId();
          writers.people.insert({ id: person.id, ...personColumns(fieldsToCreate(person)), created_at: now, updated_at: now });
        }
      });
    },
    /**
     * Runs the inserts of `count` new events (with `tags` tags in all), or of `count` participations,
     * each table in bulk when they outnumber its rows (see `bulk` in store/table.ts): a first import of
     * thousands of meetings and their attendees then builds the indexes and the search index once.
     */
    newEvents<T>(count: number, tags: number, insert: () => T): T {
      return writers.events.events.bulk(count, () => writers.events.eventTags.bulk(tags, insert));
    },
    newParticipations<T>(count: number, insert: () => T): T {
      return writers.participations.bulk(count, insert);
    },
  };
}
