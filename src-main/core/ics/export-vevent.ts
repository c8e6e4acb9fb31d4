import { type CountryNames, composeLocation, guessKind, invitationToIcal, needsOwnRole, roleToIcal, statusToIcal, venueFromLocation } from './fields';
import { ianaZone } from './zones';
import { escapeText, fold, paramValue } from './content-lines';
import { type EventRow, type ExportPerson, PARTICIPANT_CODES, type ParticipantKey, codeOf, invitationOf, personAt, roleOf, slots } from './export-rows';

/**
 * One VEVENT's content lines, written straight into the file's list of lines: the same lines
 * as contentLine() would write from jCal-like properties, without the arrays, parameter objects
 * and Date objects per property that made most of an export's garbage. Whatever repeats across
 * events (a venue's LOCATION, a zone's DTSTART prefix, a person's ATTENDEE line for a role and
 * an answer) is written once and the same string used again.
 */
export function veventWriter(countries: CountryNames, stamp: string, people: readonly ExportPerson[]) {
  const stampLine = `DTSTAMP:${utcValue(stamp)}`;
  const venues = new Map<string, VenueLines>();
  const zonePrefixes = new Map<string, [start: string, end: string]>();

  /** LOCATION, and Liaison's venue parts where LOCATION would not bring them back. */
  function venueLines(r: EventRow): VenueLines {
    // JSON keeps the parts apart whatever they hold, and a missing country apart from an empty one.
    const key = JSON.stringify([r.venue_name, r.venue_city, r.venue_country_code]);
    let lines = venues.get(key);
    if (lines) return lines;
    const venue = { venueName: r.venue_name, venueCity: r.venue_city, venueCountryCode: r.venue_country_code };
    const location = composeLocation(venue, countries);
    lines = { location: location ? fold(`LOCATION:${escapeText(location)}`) : null, own: [] };
    const read = venueFromLocation(location, countries);
    if (read.venueName !== venue.venueName || read.venueCity !== venue.venueCity || read.venueCountryCode !== venue.venueCountryCode) {
      if (r.venue_name) lines.own.push(fold(`X-LIAISON-VENUE-NAME;VALUE=TEXT:${escapeText(r.venue_name)}`));
      if (r.venue_city) lines.own.push(fold(`X-LIAISON-VENUE-CITY;VALUE=TEXT:${escapeText(r.venue_city)}`));
      if (r.venue_country_code) lines.own.push(fold(`X-LIAISON-VENUE-COUNTRY:${r.venue_country_code}`));
    }
    venues.set(key, lines);
    return lines;
  }

  function zonePrefix(tzid: string): [string, string] {
    let prefixes = zonePrefixes.get(tzid);
    if (!prefixes) zonePrefixes.set(tzid, (prefixes = [`DTSTART;TZID=${paramValue(tzid)}:`, `DTEND;TZID=${paramValue(tzid)}:`]));
    return prefixes;
  }

  // By person and code (role and answer): a participant's key modulo their count is that place.
  const attendeeLines = slots<string>(people.length * PARTICIPANT_CODES);
  const organizerLines = slots<string>(people.length);
  const codeParams = slots<string>(PARTICIPANT_CODES);

  /** ROLE, PARTSTAT, RSVP and Liaison's own role, in that order. */
  function paramsOf(code: number): string {
    let params = codeParams[code];
    if (params === undefined) {
      const role = roleOf(code);
      const invitation = invitationOf(code);
      params = `;ROLE=${roleToIcal(role)};PARTSTAT=${invitationToIcal(invitation)}`;
      if (invitation === 'invited') params += ';RSVP=TRUE';
      if (needsOwnRole(role)) params += `;X-LIAISON-ROLE=${paramValue(role)}`;
      codeParams[code] = params;
    }
    return params;
  }

  function attendeeLine(key: ParticipantKey): string {
    const slot = key % attendeeLines.length;
    let line = attendeeLines[slot];
    if (line === undefined) {
      const person = people[personAt(key, people.length)]!;
      attendeeLines[slot] = line = fold(`ATTENDEE;CN=${paramValue(person.fullName)}${paramsOf(codeOf(key))}:${person.address}`);
    }
    return line;
  }

  function organizerLine(place: number): string {
    let line = organizerLines[place];
    if (line === undefined) {
      const person = people[place]!;
      organizerLines[place] = line = fold(`ORGANIZER;CN=${paramValue(person.fullName)}:${person.address}`);
    }
    return line;
  }

  return function write(out: string[], r: EventRow, tags: string[] | undefined, url: string | undefined, participants: ParticipantKey[] | undefined): void {
    out.push('BEGIN:VEVENT', fold(`UID:${escapeText(r.ical_uid ?? `${r.id}@liaison`)}`), stampLine, `LAST-MODIFIED:${utcValue(r.updated_at)}`);
    if (r.all_day) {
      // The days as the event's own zone sees them (as utcToAllDay in time.ts); DTEND is the day after the last.
      const zone = ianaZone(r.time_zone);
      const start = localValue(zone.toWall(Date.parse(r.starts_at))).slice(0, 8);
      const end = localValue(zone.toWall(Date.parse(r.ends_at))).slice(0, 8);
      out.push(`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end > start ? end : nextDay(start)}`, fold(`X-LIAISON-TZID:${r.time_zone}`));
    } else if (r.time_zone === 'UTC') {
      out.push(`DTSTART:${utcValue(r.starts_at)}`, `DTEND:${utcValue(r.ends_at)}`);
    } else {
      const zone = ianaZone(r.time_zone);
      const [start, end] = zonePrefix(r.time_zone);
      out.push(fold(start + localValue(zone.toWall(Date.parse(r.starts_at)))), fold(end + localValue(zone.toWall(Date.parse(r.ends_at)))));
    }
    out.push(fold(`SUMMARY:${escapeText(r.title)}`));
    const venue = venueLines(r);
    if (venue.location) out.push(venue.location);
    if (r.notes) out.push(fold(`DESCRIPTION:${escapeText(r.notes)}`));
    out.push(`STATUS:${statusToIcal(r.status)}`);
    if (tags) {
      let categories = `CATEGORIES:${escapeText(tags[0]!)}`;
      for (let i = 1; i < tags.length; i++) categories += `,${escapeText(tags[i]!)}`;
      out.push(fold(categories));
    }
    out.push(`SEQUENCE:${r.ical_sequence}`);
    if (url) out.push(fold(`URL:${url}`));
    // Liaison's own properties, only where the standard ones would not bring the value back.
    if (guessKind(r.title, tags ?? NO_TAGS, '') !== r.kind) out.push(fold(`X-LIAISON-KIND:${r.kind}`));
    if (r.status === 'held' || r.status === 'postponed') out.push(`X-LIAISON-STATUS:${r.status}`);
    for (const line of venue.own) out.push(line);

    if (participants) {
      // Organisers sort first: the first participant is the organiser when there is one.
      if (roleOf(codeOf(participants[0]!)) === 'organiser') out.push(organizerLine(personAt(participants[0]!, people.length)));
      for (const key of participants) out.push(attendeeLine(key));
    }
    out.push('END:VEVENT');
  };
}

const NO_TAGS: readonly string[] = [];

/** A venue's LOCATION line (none when it has no parts) and Liaison's own lines for its parts. */
interface VenueLines {
  location: string | null;
  own: string[];
}

const PAD2 = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
// An export's times fall on a few thousand days and a few dozen times of day: each is written once.
const dates = new Map<number, string>();
const times = new Map<number, string>();

/** A wall-clock reading as a DATE-TIME without zone, `20240521T093000`. */
function localValue(w: { year: number; month: number; day: number; hour: number; minute: number; second: number }): string {
  const dayKey = (w.year * 100 + w.month) * 100 + w.day;
  let date = dates.get(dayKey);
  if (date === undefined) {
    const year = w.year >= 1000 && w.year <= 9999 ? String(w.year) : String(w.year).padStart(4, '0').replace(/-/g, '');
    if (dates.size >= 100_000) dates.clear();
    dates.set(dayKey, (date = `${year}${PAD2[w.month]}${PAD2[w.day]}`));
  }
  const timeKey = (w.hour * 60 + w.minute) * 60 + w.second;
  let time = times.get(timeKey);
  if (time === undefined) times.set(timeKey, (time = `T${PAD2[w.hour]}${PAD2[w.minute]}${PAD2[w.second]}`));
  return date + time;
}

/** `2024-05-21T06:30:00.000Z` → `20240521T063000Z`: the stored instant's digits, without a Date. */
function utcValue(iso: string): string {
  if (iso[4] === '-' && iso[7] === '-' && iso[13] === ':' && iso[16] === ':' && iso.length >= 19) {
    return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  }
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `20240612` → `20240613`. */
function nextDay(date: string): string {
  const next = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))) + 86_400_000).toISOString();
  return `${next.slice(0, 4)}${next.slice(5, 7)}${next.slice(8, 10)}`;
}
