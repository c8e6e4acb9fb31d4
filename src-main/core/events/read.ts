import type { CalendarEvent, CallArgs, LiaisonEvent, Tag } from '../../../src-shared/contract';
import { notFound } from '../errors';
import { nowIso } from '../ids';
import { crossScriptQuery } from '../latin';
import type { Store } from '../store/open';
import { statementCache } from '../store/statements';
import { whenOf } from './when';

type Filter = CallArgs<'events.range'>['filter'];

export interface CalendarRow {
  id: string;
  title: string;
  kind: CalendarEvent['kind'];
  status: CalendarEvent['status'];
  starts_at: string;
  ends_at: string;
  time_zone: string;
  all_day: number;
  body_id: string | null;
  body_name: string | null;
  series_id: string | null;
  series_number: number | null;
  venue_city: string;
  venue_country_code: string | null;
  tags: string;
  updated_at: string;
}

export interface EventRow extends CalendarRow {
  venue_name: string;
  venue_country_name: string | null;
  host_org_id: string | null;
  host_org_name: string | null;
  series_name: string | null;
  funding_programme: string;
  audience: string;
  notes: string;
  ical_uid: string | null;
  ical_sequence: number;
  participant_count: number;
  organisers: string;
  links: string;
  created_at: string;
}

export const toCalendarEvent = (r: CalendarRow): CalendarEvent => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  status: r.status,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  timeZone: r.time_zone,
  allDay: r.all_day === 1,
  bodyId: r.body_id,
  bodyName: r.body_name,
  seriesId: r.series_id,
  seriesNumber: r.series_number,
  venueCity: r.venue_city,
  venueCountryCode: r.venue_country_code,
  tags: JSON.parse(r.tags) as string[],
  updatedAt: r.updated_at,
});

export const toEvent = (r: EventRow): LiaisonEvent => ({
  ...toCalendarEvent(r),
  when: whenOf(r.starts_at, r.ends_at, r.time_zone, r.all_day === 1),
  venueName: r.venue_name,
  venueCountryName: r.venue_country_name,
  hostOrgId: r.host_org_id,
  hostOrgName: r.host_org_name,
  organisers: JSON.parse(r.organisers) as LiaisonEvent['organisers'],
  seriesName: r.series_name,
  fundingProgramme: r.funding_programme,
  audience: r.audience,
  links: JSON.parse(r.links) as LiaisonEvent['links'],
  notes: r.notes,
  icalUid: r.ical_uid,
  icalSequence: r.ical_sequence,
  participantCount: r.participant_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const CALENDAR_COLUMNS = `
  e.id, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.time_zone, e.all_day, e.body_id, b.name AS body_name,
  e.series_id, e.series_number, e.venue_city, e.venue_country_code, e.updated_at,
  (SELECT json_group_array(t.name) FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id) AS tags`;

export const EVENT_SQL = `
  SELECT ${CALENDAR_COLUMNS},
    e.venue_name, vc.name AS venue_country_name, e.host_org_id, host.name AS host_org_name, s.name AS series_name,
    e.funding_programme, e.audience, e.notes, e.ical_uid, e.ical_sequence, e.created_at,
    (SELECT count(*) FROM participations p WHERE p.event_id = e.id) AS participant_count,
    (SELECT json_group_array(json_object('id', o.id, 'name', o.name, 'acronym', o.acronym))
       FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_id = e.id) AS organisers,
    (SELECT json_group_array(json_object('label', l.label, 'url', l.url)) FROM event_links l WHERE l.event_id = e.id) AS links
  FROM events e
  LEFT JOIN bodies b ON b.id = e.body_id
  LEFT JOIN series s ON s.id = e.series_id
  LEFT JOIN countries vc ON vc.code = e.venue_country_code
  LEFT JOIN organisations host ON host.id = e.host_org_id
  WHERE e.id = ?`;

export interface RangeQuery {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The SQL behind `events.range`. Events overlap [from, to) when they start before `to` and end after
 * `from`; bounding the start from below by the longest event lets the index on starts_at do the work.
 */
export function buildRangeQuery(from: string, to: string, filter: Filter, longestMs: number): RangeQuery {
  const where = ['e.starts_at >= @earliest', 'e.starts_at < @to', 'e.ends_at > @from'];
  const params: Record<string, unknown> = { from, to, earliest: new Date(Date.parse(from) - longestMs).toISOString() };
  const list = (name: string, values: readonly string[]) => {
    params[name] = JSON.stringify(values);
    return `(SELECT value FROM json_each(@${name}))`;
  };
  if (filter.bodyIds.length) where.push(`e.body_id IN ${list('bodyIds', filter.bodyIds)}`);
  if (filter.kinds.length) where.push(`e.kind IN ${list('kinds', filter.kinds)}`);
  if (filter.statuses.length) where.push(`e.status IN ${list('statuses', filter.statuses)}`);
  if (filter.countryCodes.length) {
    const countries = list('countryCodes', filter.countryCodes);
    where.push(
      `(e.venue_country_code IN ${countries} OR EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id AND p.representing_country_code IN ${countries}))`,
    );
  }
  if (filter.tags.length) {
    where.push(
      `EXISTS (SELECT 1 FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id AND t.name IN ${list('tags', filter.tags)})`,
    );
  }
  const match = crossScriptQuery(filter.search);
  if (match) {
    where.push('e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @match)');
    params.match = match;
  }
  return {
    sql: `SELECT ${CALENDAR_COLUMNS} FROM events e LEFT JOIN bodies b ON b.id = e.body_id WHERE ${where.join(' AND ')} ORDER BY e.starts_at, e.id`,
    params,
  };
}

/** The calendar as it reads: events in a range (filtered), one event, tags, and past events nobody said took place. */
export function eventsReader(db: Store) {
  const prepared = statementCache(db);
  const byId = db.prepare<[string], EventRow>(EVENT_SQL);
  const longest = db.prepare<[], { ms: number | null }>(
    `SELECT max((julianday(ends_at) - julianday(starts_at)) * 86400000) AS ms FROM events`,
  );
  const byIcalUid = db.prepare<[string], { id: string }>('SELECT id FROM events WHERE ical_uid = ?');
  const allTags = db.prepare<[], { id: string; name: string; event_count: number }>(
    `SELECT t.id, t.name, count(et.id) AS event_count FROM tags t LEFT JOIN event_tags et ON et.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
  );

  // Ended, yet still only planned or confirmed: nobody has said whether it took place.
  const PAST_NOT_HELD = `FROM events e LEFT JOIN bodies b ON b.id = e.body_id WHERE e.status IN ('planned', 'confirmed') AND e.ends_at <= ?`;
  const pastNotHeldCount = db.prepare<[string], { n: number }>(`SELECT count(*) AS n ${PAST_NOT_HELD}`);
  const pastNotHeldRows = db.prepare<[string, number], CalendarRow>(`SELECT ${CALENDAR_COLUMNS} ${PAST_NOT_HELD} ORDER BY e.ends_at DESC, e.id LIMIT ?`);

  // The longest event bounds how far back an overlapping event can start; recomputed after writes.
  let longestMs: number | null = null;
  const longestEventMs = () => (longestMs ??= Math.max(longest.get()?.ms ?? 0, 86_400_000) + 60_000);
  const afterWrite = () => {
    longestMs = null;
  };

  const get = (id: string): LiaisonEvent => {
    const row = byId.get(id);
    if (!row) throw notFound('Event', id);
    return toEvent(row);
  };

  return {
    range({ from, to, filter }: CallArgs<'events.range'>): CalendarEvent[] {
      const q = buildRangeQuery(from, to, filter, longestEventMs());
      return (prepared(q.sql).all(q.params) as CalendarRow[]).map(toCalendarEvent);
    },
    get,
    tags(): Tag[] {
      return allTags.all().map((t) => ({ id: t.id, name: t.name, eventCount: t.event_count }));
    },
    idByIcalUid(uid: string): string | null {
      return byIcalUid.get(uid)?.id ?? null;
    },
    /** Writes change the longest event, including those made around this domain (demo data, imports). */
    invalidate: afterWrite,
    pastNotHeld({ limit }: CallArgs<'events.pastNotHeld'>, now = nowIso()): { total: number; rows: CalendarEvent[] } {
      const total = pastNotHeldCount.get(now)?.n ?? 0;
      return { total, rows: pastNotHeldRows.all(now, limit).map(toCalendarEvent) };
    },
  };
}

export type EventsReader = ReturnType<typeof eventsReader>;
