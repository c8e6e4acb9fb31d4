import type { CalendarEvent, CallArgs, CallOutput, EventWhen, LiaisonEvent, Tag } from '../../../src-shared/contract';
import { newId, nowIso } from '../ids';
import { englishOrdinal } from '../ordinal';
import type { Store } from '../store/open';
import { ftsPrefixQuery } from '../text';
import { allDayToUtc, localToUtc, utcToAllDay, utcToLocal } from '../time';
import { invalidField, notFound, staleEdit } from '../errors';
import { references } from '../references';
import { statementCache } from '../store/statements';

type EventArgs = CallArgs<'events.create'>;
type Filter = CallArgs<'events.range'>['filter'];

interface CalendarRow {
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

interface EventRow extends CalendarRow {
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

const toCalendarEvent = (r: CalendarRow): CalendarEvent => ({
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

/** The event's times as its editor shows them: wall clock in its own zone, or inclusive days. */
export function whenOf(startsAt: string, endsAt: string, timeZone: string, allDay: boolean): EventWhen {
  if (allDay) return { allDay: true, timeZone, ...utcToAllDay(startsAt, endsAt, timeZone) };
  return { allDay: false, timeZone, start: utcToLocal(startsAt, timeZone), end: utcToLocal(endsAt, timeZone) };
}

export function instantsOf(when: EventWhen): { startsAt: string; endsAt: string } {
  return when.allDay
    ? allDayToUtc(when.start, when.end, when.timeZone)
    : { startsAt: localToUtc(when.start, when.timeZone), endsAt: localToUtc(when.end, when.timeZone) };
}

const toEvent = (r: EventRow): LiaisonEvent => ({
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

const CALENDAR_COLUMNS = `
  e.id, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.time_zone, e.all_day, e.body_id, b.name AS body_name,
  e.series_id, e.series_number, e.venue_city, e.venue_country_code, e.updated_at,
  (SELECT json_group_array(t.name) FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id) AS tags`;

const EVENT_SQL = `
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
  const match = ftsPrefixQuery(filter.search);
  if (match) {
    where.push('e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @match)');
    params.match = match;
  }
  return {
    sql: `SELECT ${CALENDAR_COLUMNS} FROM events e LEFT JOIN bodies b ON b.id = e.body_id WHERE ${where.join(' AND ')} ORDER BY e.starts_at, e.id`,
    params,
  };
}

export function eventsService(db: Store) {
  const check = references(db);
  const prepared = statementCache(db);
  const byId = db.prepare<[string], EventRow>(EVENT_SQL);
  const longest = db.prepare<[], { ms: number | null }>(
    `SELECT max((julianday(ends_at) - julianday(starts_at)) * 86400000) AS ms FROM events`,
  );
  const seriesById = db.prepare<[string], { id: string; body_id: string; name: string; first_number: number }>(
    'SELECT id, body_id, name, first_number FROM series WHERE id = ?',
  );
  const bodyExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM bodies WHERE id = ?');
  const byIcalUid = db.prepare<[string], { id: string }>('SELECT id FROM events WHERE ical_uid = ?');
  const insert = db.prepare(
    `INSERT INTO events (id, kind, title, body_id, series_id, starts_at, ends_at, time_zone, all_day, venue_name, venue_city,
       venue_country_code, host_org_id, funding_programme, audience, status, notes, ical_uid, ical_sequence, created_at, updated_at)
     VALUES (@id, @kind, @title, @bodyId, @seriesId, @startsAt, @endsAt, @timeZone, @allDay, @venueName, @venueCity,
       @venueCountryCode, @hostOrgId, @fundingProgramme, @audience, @status, @notes, @icalUid, @icalSequence, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE events SET kind = @kind, title = @title, body_id = @bodyId, series_id = @seriesId, starts_at = @startsAt, ends_at = @endsAt,
       time_zone = @timeZone, all_day = @allDay, venue_name = @venueName, venue_city = @venueCity, venue_country_code = @venueCountryCode,
       host_org_id = @hostOrgId, funding_programme = @fundingProgramme, audience = @audience, status = @status, notes = @notes,
       ical_uid = @icalUid, ical_sequence = @icalSequence, updated_at = @now
     WHERE id = @id`,
  );
  const moveStatement = db.prepare(
    `UPDATE events SET starts_at = @startsAt, ends_at = @endsAt, all_day = @allDay, ical_sequence = ical_sequence + 1, updated_at = @now WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM events WHERE id = ?');
  const clearOrganisers = db.prepare<[string]>('DELETE FROM event_organisers WHERE event_id = ?');
  const addOrganiser = db.prepare(
    'INSERT INTO event_organisers (id, event_id, organisation_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const clearLinks = db.prepare<[string]>('DELETE FROM event_links WHERE event_id = ?');
  const addLink = db.prepare('INSERT INTO event_links (id, event_id, label, url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const clearTags = db.prepare<[string]>('DELETE FROM event_tags WHERE event_id = ?');
  const tagByName = db.prepare<[string], { id: string }>('SELECT id FROM tags WHERE name = ?');
  const addTag = db.prepare('INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const addEventTag = db.prepare('INSERT OR IGNORE INTO event_tags (id, event_id, tag_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const dropUnusedTags = db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM event_tags)');
  const allTags = db.prepare<[], { id: string; name: string; event_count: number }>(
    `SELECT t.id, t.name, count(et.id) AS event_count FROM tags t LEFT JOIN event_tags et ON et.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
  );
  const seriesEvents = db.prepare<[string], SeriesMeeting>(
    'SELECT id, status, starts_at, series_number, title FROM events WHERE series_id = ? ORDER BY starts_at, id',
  );
  const seriesOf = db.prepare<[string], { series_id: string | null }>('SELECT series_id FROM events WHERE id = ?');
  const renumber = db.prepare(
    'UPDATE events SET series_number = @number, title = @title, ical_sequence = ical_sequence + 1, updated_at = @now WHERE id = @id',
  );

  // Ended, yet still only planned or confirmed: nobody has said whether it took place.
  const PAST_NOT_HELD = `FROM events e LEFT JOIN bodies b ON b.id = e.body_id WHERE e.status IN ('planned', 'confirmed') AND e.ends_at <= ?`;
  const pastNotHeldCount = db.prepare<[string], { n: number }>(`SELECT count(*) AS n ${PAST_NOT_HELD}`);
  const pastNotHeldRows = db.prepare<[string, number], CalendarRow>(`SELECT ${CALENDAR_COLUMNS} ${PAST_NOT_HELD} ORDER BY e.ends_at DESC, e.id LIMIT ?`);
  const setStatusStatement = db.prepare(
    'UPDATE events SET status = @status, ical_sequence = ical_sequence + 1, updated_at = @now WHERE id = @id',
  );

  // The longest event bounds how far back an overlapping event can start; recomputed after writes.
  let longestMs: number | null = null;
  const longestEventMs = () => (longestMs ??= Math.max(longest.get()?.ms ?? 0, 86_400_000) + 60_000);

  const get = (id: string): LiaisonEvent => {
    const row = byId.get(id);
    if (!row) throw notFound('Event', id);
    return toEvent(row);
  };

  /** Numbers the series' events by date, skipping cancelled ones, and titles them "9th meeting of …". */
  const renumberSeries = (seriesId: string | null) => {
    if (!seriesId) return;
    const series = seriesById.get(seriesId);
    if (!series) return;
    const now = nowIso();
    const meetings = seriesEvents.all(seriesId);
    numberSeries(series, meetings).forEach(({ number, title }, i) => {
      const e = meetings[i]!;
      if (number !== e.series_number || title !== e.title) renumber.run({ id: e.id, number, title, now });
    });
  };

  /**
   * What saving an event would do to the numbers of its series (and of the series it leaves):
   * the number it gets and every other meeting whose number changes. Nothing is written.
   */
  const renumberPreview = (args: CallArgs<'events.renumberPreview'>): RenumberPreview => {
    const startsAt = args.startsAt ?? instants(args.when!).startsAt;
    const self = args.id ?? NEW_EVENT;
    const previous = args.id ? (seriesOf.get(args.id)?.series_id ?? null) : null;
    const result: RenumberPreview = { number: null, renumbered: [] };
    for (const seriesId of new Set([args.seriesId, previous])) {
      const series = seriesId ? seriesById.get(seriesId) : undefined;
      if (!series) continue;
      const meetings = seriesEvents.all(series.id).filter((e) => e.id !== self);
      if (series.id === args.seriesId) {
        meetings.push({ id: self, status: args.status, starts_at: startsAt, series_number: null, title: '' });
        // The same order as the SQL: by start, then by id (a new event's id sorts after every stored one).
        meetings.sort((a, b) => (a.starts_at === b.starts_at ? compare(a.id, b.id) : compare(a.starts_at, b.starts_at)));
      }
      numberSeries(series, meetings).forEach(({ number }, i) => {
        const e = meetings[i]!;
        if (e.id === self) result.number = number;
        else if (number !== e.series_number) {
          result.renumbered.push({ eventId: e.id, title: e.title, startsAt: e.starts_at, from: e.series_number, to: number });
        }
      });
    }
    return result;
  };

  const validate = (fields: EventArgs): { bodyId: string | null } => {
    let bodyId = fields.bodyId;
    if (fields.seriesId) {
      const series = seriesById.get(fields.seriesId);
      if (!series) throw invalidField('seriesId', 'This series does not exist (it may have been deleted)');
      if (bodyId && bodyId !== series.body_id) throw invalidField('seriesId', 'This series belongs to another body');
      bodyId = series.body_id;
    } else if (!fields.title) {
      throw invalidField('title', 'Title is required');
    }
    if (bodyId && !bodyExists.get(bodyId)) throw invalidField('bodyId', 'This body does not exist (it may have been deleted)');
    check.requireCountry(fields.venueCountryCode, 'venueCountryCode');
    check.requireOrganisation(fields.hostOrgId, 'hostOrgId');
    fields.organiserIds.forEach((id, i) => check.requireOrganisation(id, `organiserIds.${i}`));
    return { bodyId };
  };

  const instants = (when: EventWhen) => {
    if (when.end < when.start) throw invalidField('when.end', 'The event ends before it starts');
    let result: { startsAt: string; endsAt: string };
    try {
      result = instantsOf(when);
    } catch {
      throw invalidField('when.start', 'This date or time does not exist');
    }
    if (result.endsAt < result.startsAt) throw invalidField('when.end', 'The event ends before it starts');
    return result;
  };

  const writeChildren = (id: string, fields: EventArgs, now: string) => {
    clearOrganisers.run(id);
    for (const orgId of new Set(fields.organiserIds)) addOrganiser.run(newId(), id, orgId, now, now);
    clearLinks.run(id);
    for (const link of fields.links) addLink.run(newId(), id, link.label, link.url, now, now);
    clearTags.run(id);
    for (const name of fields.tags) {
      let tag = tagByName.get(name);
      if (!tag) {
        tag = { id: newId() };
        addTag.run(tag.id, name, now, now);
      }
      addEventTag.run(newId(), id, tag.id, now, now);
    }
    dropUnusedTags.run();
  };

  const bind = (id: string, fields: EventArgs, bodyId: string | null, extra: { icalUid: string | null; icalSequence: number }, now: string) => ({
    id,
    kind: fields.kind,
    title: fields.title,
    bodyId,
    seriesId: fields.seriesId,
    ...instants(fields.when),
    timeZone: fields.when.timeZone,
    allDay: fields.when.allDay ? 1 : 0,
    venueName: fields.venueName,
    venueCity: fields.venueCity,
    venueCountryCode: fields.venueCountryCode,
    hostOrgId: fields.hostOrgId,
    fundingProgramme: fields.fundingProgramme,
    audience: fields.audience,
    status: fields.status,
    notes: fields.notes,
    icalUid: extra.icalUid,
    icalSequence: extra.icalSequence,
    now,
  });

  const afterWrite = () => {
    longestMs = null;
  };

  const service = {
    range({ from, to, filter }: CallArgs<'events.range'>): CalendarEvent[] {
      const q = buildRangeQuery(from, to, filter, longestEventMs());
      return (prepared(q.sql).all(q.params) as CalendarRow[]).map(toCalendarEvent);
    },
    get,
    /** `icalUid` defaults to one derived from the id, so every event exports with a stable UID. */
    create: db.transaction((fields: EventArgs, extra: { icalUid?: string; icalSequence?: number } = {}): LiaisonEvent => {
      const { bodyId } = validate(fields);
      const id = newId();
      const now = nowIso();
      insert.run(bind(id, fields, bodyId, { icalUid: extra.icalUid ?? `${id}@liaison`, icalSequence: extra.icalSequence ?? 0 }, now));
      writeChildren(id, fields, now);
      renumberSeries(fields.seriesId);
      afterWrite();
      return get(id);
    }),
    update: db.transaction(
      ({ id, expectedUpdatedAt, ...fields }: CallArgs<'events.update'>, extra: { icalSequence?: number } = {}): LiaisonEvent => {
        const current = get(id);
        if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(current.title, current.updatedAt);
        const { bodyId } = validate(fields);
        const now = nowIso();
        const sequence = Math.max(extra.icalSequence ?? 0, current.icalSequence + 1);
        update.run(bind(id, fields, bodyId, { icalUid: current.icalUid, icalSequence: sequence }, now));
        writeChildren(id, fields, now);
        renumberSeries(fields.seriesId);
        if (current.seriesId !== fields.seriesId) renumberSeries(current.seriesId);
        afterWrite();
        return get(id);
      },
    ),
    move: db.transaction((args: CallArgs<'events.move'>): LiaisonEvent => {
      const current = get(args.id);
      if (args.expectedUpdatedAt && args.expectedUpdatedAt !== current.updatedAt) throw staleEdit(current.title, current.updatedAt);
      const times = args.allDay
        ? instants({ allDay: true, start: args.start, end: args.end, timeZone: current.timeZone })
        : { startsAt: new Date(args.startsAt).toISOString(), endsAt: new Date(args.endsAt).toISOString() };
      if (times.endsAt < times.startsAt) throw invalidField('endsAt', 'The event ends before it starts');
      moveStatement.run({ id: args.id, ...times, allDay: args.allDay ? 1 : 0, now: nowIso() });
      renumberSeries(current.seriesId);
      afterWrite();
      return get(args.id);
    }),
    delete: db.transaction((id: string) => {
      const current = get(id);
      remove.run(id);
      dropUnusedTags.run();
      renumberSeries(current.seriesId);
      afterWrite();
      return { id };
    }),
    tags(): Tag[] {
      return allTags.all().map((t) => ({ id: t.id, name: t.name, eventCount: t.event_count }));
    },
    idByIcalUid(uid: string): string | null {
      return byIcalUid.get(uid)?.id ?? null;
    },
    renumberSeries,
    renumberPreview,
    /** Writes made outside this service (demo data, imports) change the longest event. */
    invalidate: afterWrite,
    pastNotHeld({ limit }: CallArgs<'events.pastNotHeld'>, now = nowIso()): { total: number; rows: CalendarEvent[] } {
      const total = pastNotHeldCount.get(now)?.n ?? 0;
      return { total, rows: pastNotHeldRows.all(now, limit).map(toCalendarEvent) };
    },
    setStatus: db.transaction(({ id, status, expectedUpdatedAt }: CallArgs<'events.setStatus'>): LiaisonEvent => {
      const current = get(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(current.title, current.updatedAt);
      if (status === current.status) return current;
      setStatusStatement.run({ id, status, now: nowIso() });
      // A cancelled meeting leaves the numbering of its series, and one no longer cancelled comes back.
      if (status === 'cancelled' || current.status === 'cancelled') renumberSeries(current.seriesId);
      return get(id);
    }),
  };
  return service;
}

export type EventsService = ReturnType<typeof eventsService>;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('en') + text.slice(1);

interface SeriesMeeting {
  id: string;
  status: string;
  starts_at: string;
  series_number: number | null;
  title: string;
}

type RenumberPreview = CallOutput<'events.renumberPreview'>;

/** Stands for an event not saved yet: sorts after every stored id, as a new UUIDv7 would. */
const NEW_EVENT = '~new';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The numbers and titles of a series' meetings, in date order: cancelled ones are not counted. */
export function numberSeries(series: { name: string; first_number: number }, meetings: readonly { status: string }[]) {
  let n = series.first_number - 1;
  return meetings.map((e) => {
    const number = e.status === 'cancelled' ? null : ++n;
    return { number, title: number === null ? `${capitalise(series.name)} (cancelled)` : `${englishOrdinal(number)} ${series.name}` };
  });
}

