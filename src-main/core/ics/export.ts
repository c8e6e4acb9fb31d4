import ICAL from 'ical.js';
import type { CallArgs, CallOutput } from '../../../src-shared/contract';
import { nowIso } from '../ids';
import { buildRangeQuery } from '../events';
import { notFound } from '../errors';
import { statementCache } from '../store/statements';
import type { Store } from '../store/open';
import { countryNames } from './fields';
import { vtimezoneFor } from './vtimezone';
import { contentLine, type Property } from './content-lines';
import { exportRowsReader } from './export-rows';
import { veventWriter } from './export-vevent';
import { ExportText } from './export-text';

/**
 * Export: one VEVENT per event, with DTSTART/DTEND in the event's own zone and one generated
 * VTIMEZONE per zone used. People without an email are written as `urn:uuid:<person id>` with
 * their CN: a valid calendar address that names no mailbox (no invented email), which Liaison
 * reads back as the same person and other calendars show by name.
 */

export const PRODID = '-//Liaison//Liaison 0.1//EN';

const IDS = '(SELECT value FROM json_each(?))';
/** Room made for an event before it is written; the buffer grows when events are longer. */
const BYTES_PER_EVENT = 1_024;

export function icsExporter(db: Store) {
  const countries = countryNames(db);
  const prepared = statementCache(db);
  const readRows = exportRowsReader(db);
  const seriesById = db.prepare<[string], { name: string }>('SELECT name FROM series WHERE id = ?');
  const seriesEvents = db.prepare<[string], { id: string }>('SELECT id FROM events WHERE series_id = ? ORDER BY starts_at, id');
  // In the order of the file, as the other scopes' queries give them.
  const existing = db.prepare<[string], { id: string }>(`SELECT id FROM events WHERE id IN ${IDS} ORDER BY starts_at, id`);
  const longest = db.prepare<[], { ms: number | null }>('SELECT max((julianday(ends_at) - julianday(starts_at)) * 86400000) AS ms FROM events');
  /** As the events service bounds a range: no event is longer than this. */
  const longestEventMs = () => Math.max(longest.get()?.ms ?? 0, 86_400_000) + 60_000;

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
    const { events, tags, url, people, participants } = readRows(ids);

    const head: string[] = [
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
    for (const r of events) {
      if (r.all_day || r.time_zone === 'UTC') continue;
      const from = Number(r.starts_at.slice(0, 4));
      const to = Number(r.ends_at.slice(0, 4));
      const span = years.get(r.time_zone);
      if (!span) years.set(r.time_zone, { from, to });
      else {
        if (from < span.from) span.from = from;
        if (to > span.to) span.to = to;
      }
    }
    for (const [zone, span] of [...years].sort(([a], [b]) => a.localeCompare(b))) head.push(vtimezoneText(zone, span.from - 1, span.to + 1));

    // Every line ends with CRLF: each group of lines is joined with a last empty one.
    const text = new ExportText(events.length * BYTES_PER_EVENT);
    head.push('');
    text.push(head.join('\r\n'));
    const write = veventWriter(countries, nowIso(), people);
    const lines: string[] = [];
    for (const r of events) {
      write(lines, r, tags[r.position], url[r.position], participants[r.position]);
      lines.push('');
      text.push(lines.join('\r\n'));
      lines.length = 0;
    }
    text.push('END:VCALENDAR\r\n');

    const single = events.length === 1 ? events[0]!.title : null;
    const fileName = `${slug(name ?? single ?? '') || `liaison-events-${nowIso().slice(0, 10)}`}.ics`;
    return { fileName, text: text.text(), count: events.length };
  };
}

// A zone's VTIMEZONE for a span of years depends on the tz database alone: built once per process.
const vtimezones = new Map<string, string>();
function vtimezoneText(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone}|${fromYear}|${toYear}`;
  let text = vtimezones.get(key);
  if (text === undefined) {
    if (vtimezones.size >= 1_000) vtimezones.clear();
    vtimezones.set(key, (text = foldedText(vtimezoneFor(zone, fromYear, toYear))));
  }
  return text;
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
