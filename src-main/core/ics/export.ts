import ICAL from 'ical.js';
import type { CallArgs, CallOutput, EventStatus } from '../../../src-shared/contract';
import { nowIso } from '../ids';
import { buildRangeQuery } from '../events';
import { notFound } from '../errors';
import { statementCache } from '../store/statements';
import type { Store } from '../store/open';
import { type Invitation, type Role, composeLocation, countryNames, guessKind, invitationToIcal, needsOwnRole, roleToIcal, statusToIcal, venueFromLocation } from './fields';
import { type Wall, ianaZone } from './zones';
import { vtimezoneFor } from './vtimezone';
import { contentLine, type Property } from './content-lines';

/**
 * Export: one VEVENT per event, with DTSTART/DTEND in the event's own zone and one generated
 * VTIMEZONE per zone used. People without an email are written as `urn:uuid:<person id>` with
 * their CN: a valid calendar address that names no mailbox (no invented email), which Liaison
 * reads back as the same person and other calendars show by name.
 */

export const PRODID = '-//Liaison//Liaison 0.1//EN';

interface EventRow {
  id: string;
  title: string;
  kind: string;
  status: EventStatus;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  all_day: number;
  venue_name: string;
  venue_city: string;
  venue_country_code: string | null;
  notes: string;
  ical_uid: string | null;
  ical_sequence: number;
  updated_at: string;
}

interface ParticipantRow {
  event_id: string;
  role: Role;
  invitation: Invitation;
  person_id: string;
  full_name: string;
  sort_name: string;
  email: string | null;
}

const IDS = '(SELECT value FROM json_each(?))';

export function icsExporter(db: Store) {
  const countries = countryNames(db);
  const prepared = statementCache(db);
  const eventRows = db.prepare<[string], EventRow>(
    `SELECT id, title, kind, status, starts_at, ends_at, time_zone, all_day, venue_name, venue_city, venue_country_code, notes,
            ical_uid, ical_sequence, updated_at
     FROM events WHERE id IN ${IDS} ORDER BY starts_at, id`,
  );
  const tagRows = db.prepare<[string], { event_id: string; name: string }>(
    `SELECT et.event_id, t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id IN ${IDS} ORDER BY t.name COLLATE NOCASE`,
  );
  const linkRows = db.prepare<[string], { event_id: string; url: string }>(`SELECT event_id, url FROM event_links WHERE event_id IN ${IDS} ORDER BY id`);
  const participationRows = db.prepare<[string], { event_id: string; role: Role; invitation: Invitation; person_id: string }>(
    `SELECT event_id, role, invitation, person_id FROM participations WHERE event_id IN ${IDS}`,
  );
  const personRows = db.prepare<[string], { id: string; full_name: string; sort_name: string; emails: string }>(
    `SELECT id, full_name, sort_name, emails FROM people WHERE id IN ${IDS}`,
  );
  const seriesById = db.prepare<[string], { name: string }>('SELECT name FROM series WHERE id = ?');
  const seriesEvents = db.prepare<[string], { id: string }>('SELECT id FROM events WHERE series_id = ? ORDER BY starts_at, id');
  const existing = db.prepare<[string], { id: string }>(`SELECT id FROM events WHERE id IN ${IDS}`);
  const longest = db.prepare<[], { ms: number | null }>('SELECT max((julianday(ends_at) - julianday(starts_at)) * 86400000) AS ms FROM events');
  /** As the events service bounds a range: no event is longer than this. */
  const longestEventMs = () => Math.max(longest.get()?.ms ?? 0, 86_400_000) + 60_000;

  const group = <T extends { event_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.event_id);
      if (list) list.push(row);
      else map.set(row.event_id, [row]);
    }
    return map;
  };

  /** Each event's participants, organisers first, then the chair, then by name. */
  function participantsOf(eventIds: string): Map<string, ParticipantRow[]> {
    const rows = participationRows.all(eventIds);
    // Each person once, however many events they are in: their first email parsed once.
    const people = new Map<string, { full_name: string; sort_name: string; email: string | null }>();
    for (const p of personRows.all(JSON.stringify([...new Set(rows.map((r) => r.person_id))]))) {
      people.set(p.id, { full_name: p.full_name, sort_name: p.sort_name, email: (JSON.parse(p.emails) as string[])[0] ?? null });
    }
    const rank = (role: Role) => (role === 'organiser' ? 0 : role === 'chair' ? 1 : 2);
    const byEvent = new Map<string, ParticipantRow[]>();
    for (const r of rows) {
      const person = people.get(r.person_id);
      if (!person) continue;
      const row: ParticipantRow = { event_id: r.event_id, role: r.role, invitation: r.invitation, person_id: r.person_id, ...person };
      const list = byEvent.get(r.event_id);
      if (list) list.push(row);
      else byEvent.set(r.event_id, [row]);
    }
    for (const list of byEvent.values()) {
      list.sort((a, b) => rank(a.role) - rank(b.role) || (a.sort_name < b.sort_name ? -1 : a.sort_name > b.sort_name ? 1 : a.person_id < b.person_id ? -1 : 1));
    }
    return byEvent;
  }

  function scopeOf(scope: CallArgs<'ics.export'>): { ids: string[]; name: string | null } {
    if ('eventIds' in scope) {
      const ids = existing.all(JSON.stringify(scope.eventIds)).map((r) => r.id);
      if (!ids.length) throw notFound('Event', scope.eventIds[0]!);
      return { ids, name: null };
    }
    if ('seriesId' in scope) {
      const series = seriesById.get(scope.seriesId);
      if (!series) throw notFound('Series', scope.seriesId);
      return { ids: seriesEvents.all(scope.seriesId).map((r) => r.id), name: series.name };
    }
    // The query behind events.range, keeping only the ids: the calendar's columns are read below, once.
    const q = buildRangeQuery(scope.from ?? '1900-01-01T00:00:00.000Z', scope.to ?? '2200-01-01T00:00:00.000Z', scope.filter, longestEventMs());
    return { ids: (prepared(`SELECT id FROM (${q.sql})`).all(q.params) as Array<{ id: string }>).map((r) => r.id), name: null };
  }

  return function exportIcs(scope: CallArgs<'ics.export'>): CallOutput<'ics.export'> {
    const { ids, name } = scopeOf(scope);
    const json = JSON.stringify(ids);
    const rows = eventRows.all(json);
    const tags = group(tagRows.all(json));
    const links = group(linkRows.all(json));
    const participants = participantsOf(json);

    const out: string[] = [
      'BEGIN:VCALENDAR',
      ...(
        [
          ['prodid', {}, 'text', PRODID],
          ['version', {}, 'text', '2.0'],
          ['calscale', {}, 'text', 'GREGORIAN'],
          ['method', {}, 'text', 'PUBLISH'],
          ['x-wr-calname', {}, 'text', name ?? 'Liaison'],
        ] satisfies Property[]
      ).map(contentLine),
    ];

    // Zones first: calendars read VTIMEZONEs before the events that use them.
    const years = new Map<string, { from: number; to: number }>();
    for (const r of rows) {
      if (r.all_day || r.time_zone === 'UTC') continue;
      const from = Number(r.starts_at.slice(0, 4));
      const to = Number(r.ends_at.slice(0, 4));
      const span = years.get(r.time_zone);
      years.set(r.time_zone, { from: Math.min(span?.from ?? from, from), to: Math.max(span?.to ?? to, to) });
    }
    for (const [zone, span] of [...years].sort(([a], [b]) => a.localeCompare(b))) {
      out.push(foldedText(vtimezoneFor(zone, span.from - 1, span.to + 1)));
    }

    const stamp = utc(nowIso());
    for (const r of rows) {
      out.push('BEGIN:VEVENT');
      for (const prop of vevent(r, stamp, tags.get(r.id) ?? [], links.get(r.id)?.[0]?.url ?? null, participants.get(r.id) ?? [])) out.push(contentLine(prop));
      out.push('END:VEVENT');
    }
    out.push('END:VCALENDAR', '');

    const single = rows.length === 1 ? rows[0]!.title : null;
    const fileName = `${slug(name ?? single ?? '') || `liaison-events-${nowIso().slice(0, 10)}`}.ics`;
    return { fileName, text: out.join('\r\n'), count: rows.length };
  };

  /** One VEVENT's properties, in the order they are written. */
  function vevent(r: EventRow, stamp: string, tags: Array<{ name: string }>, url: string | null, people: ParticipantRow[]): Property[] {
    const props: Property[] = [
      ['uid', {}, 'text', r.ical_uid ?? `${r.id}@liaison`],
      ['dtstamp', {}, 'date-time', stamp],
      ['last-modified', {}, 'date-time', utc(r.updated_at)],
    ];
    if (r.all_day) {
      // The days as the event's own zone sees them (as utcToAllDay in time.ts); DTEND is the day after the last.
      const zone = ianaZone(r.time_zone);
      const start = local(zone.toWall(Date.parse(r.starts_at))).slice(0, 10);
      const end = local(zone.toWall(Date.parse(r.ends_at))).slice(0, 10);
      props.push(['dtstart', {}, 'date', start], ['dtend', {}, 'date', end > start ? end : nextDay(start)], ['x-liaison-tzid', {}, 'unknown', r.time_zone]);
    } else if (r.time_zone === 'UTC') {
      props.push(['dtstart', {}, 'date-time', utc(r.starts_at)], ['dtend', {}, 'date-time', utc(r.ends_at)]);
    } else {
      const zone = ianaZone(r.time_zone);
      const tzid = r.time_zone;
      props.push(['dtstart', { tzid }, 'date-time', local(zone.toWall(Date.parse(r.starts_at)))], ['dtend', { tzid }, 'date-time', local(zone.toWall(Date.parse(r.ends_at)))]);
    }
    props.push(['summary', {}, 'text', r.title]);
    const venue = { venueName: r.venue_name, venueCity: r.venue_city, venueCountryCode: r.venue_country_code };
    const location = composeLocation(venue, countries);
    if (location) props.push(['location', {}, 'text', location]);
    if (r.notes) props.push(['description', {}, 'text', r.notes]);
    props.push(['status', {}, 'text', statusToIcal(r.status)]);
    if (tags.length) props.push(['categories', {}, 'text', ...tags.map((t) => t.name)]);
    props.push(['sequence', {}, 'integer', r.ical_sequence]);
    if (url) props.push(['url', {}, 'uri', url]);
    // Liaison's own properties, only where the standard ones would not bring the value back.
    if (guessKind(r.title, tags.map((t) => t.name), '') !== r.kind) props.push(['x-liaison-kind', {}, 'unknown', r.kind]);
    if (r.status === 'held' || r.status === 'postponed') props.push(['x-liaison-status', {}, 'unknown', r.status]);
    const read = venueFromLocation(location, countries);
    if (read.venueName !== venue.venueName || read.venueCity !== venue.venueCity || read.venueCountryCode !== venue.venueCountryCode) {
      if (r.venue_name) props.push(['x-liaison-venue-name', {}, 'text', r.venue_name]);
      if (r.venue_city) props.push(['x-liaison-venue-city', {}, 'text', r.venue_city]);
      if (r.venue_country_code) props.push(['x-liaison-venue-country', {}, 'unknown', r.venue_country_code]);
    }

    const organiser = people.find((p) => p.role === 'organiser');
    if (organiser) props.push(['organizer', { cn: organiser.full_name }, 'cal-address', addressOf(organiser)]);
    for (const p of people) {
      const params: Record<string, string> = { cn: p.full_name, role: roleToIcal(p.role), partstat: invitationToIcal(p.invitation) };
      if (p.invitation === 'invited') params.rsvp = 'TRUE';
      if (needsOwnRole(p.role)) params['x-liaison-role'] = p.role;
      props.push(['attendee', params, 'cal-address', addressOf(p)]);
    }
    return props;
  }
}

/**
 * A generated VTIMEZONE. RFC 5545 folds at 75 octets including the space that starts a
 * continuation line; ical.js counts 75 octets after that space (and never splits a character), so it is asked for 74.
 */
function foldedText(component: ICAL.Component): string {
  const saved = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return component.toString();
  } finally {
    ICAL.foldLength = saved;
  }
}

const addressOf = (p: ParticipantRow): string => (p.email ? `mailto:${p.email}` : `urn:uuid:${p.person_id}`);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const local = (w: Wall) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
/** `2024-05-21T06:30:00.000Z` → jCal's `2024-05-21T06:30:00Z`. */
const utc = (iso: string) => `${iso.slice(0, 19)}Z`;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A file name from a series or event name, in any script: "9th meeting of the SELEC TF" → "9th-meeting-of-the-selec-tf". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
