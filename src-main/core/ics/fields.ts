import type ICAL from 'ical.js';
import type { Store } from '../store/open';
import type { EventKind, EventStatus } from '../../../src-shared/contract';
import { eventKinds, eventStatuses } from '../../../src-shared/contract';
import { type JcalProperty, allProperties, firstProperty, parameterOf } from './read-jcal';

/**
 * How VEVENT properties map to Liaison's fields, both ways. Liaison's own X-LIAISON-* properties
 * carry what iCalendar cannot say (the kind, held/postponed, the venue's parts, a participant's
 * exact role); they are honoured on import only while they agree with the standard property,
 * so an event edited in another calendar is read from what that calendar shows.
 */

export type Role = 'head_of_delegation' | 'delegate' | 'speaker' | 'chair' | 'observer' | 'operational_partner' | 'organiser' | 'interpreter';
export type Invitation = 'invited' | 'confirmed' | 'declined';
const ROLES: readonly Role[] = ['head_of_delegation', 'delegate', 'speaker', 'chair', 'observer', 'operational_partner', 'organiser', 'interpreter'];

export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 60;

/** The first text value of a property, or ''. */
export function text(component: ICAL.Component, name: string): string {
  const prop = firstProperty(component, name);
  if (!prop) return '';
  const value = prop[3];
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

export const clip = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value);

// ── status ───────────────────────────────────────────────────────────────────────────────

export function statusToIcal(status: EventStatus): 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED' {
  if (status === 'cancelled') return 'CANCELLED';
  return status === 'confirmed' || status === 'held' ? 'CONFIRMED' : 'TENTATIVE';
}

/** STATUS as Liaison reads it, or null when the file says nothing (a new event is then planned). */
export function statusFromIcal(status: string, liaisonStatus: string, cancelledCalendar: boolean): EventStatus | null {
  if (cancelledCalendar) return 'cancelled';
  const upper = status.trim().toUpperCase();
  const own = (eventStatuses as readonly string[]).includes(liaisonStatus) ? (liaisonStatus as EventStatus) : null;
  if (own && statusToIcal(own) === upper) return own;
  if (upper === 'CANCELLED') return 'cancelled';
  if (upper === 'CONFIRMED') return 'confirmed';
  if (upper === 'TENTATIVE') return 'planned';
  return null;
}

// ── kind ─────────────────────────────────────────────────────────────────────────────────

const KIND_RULES: Array<[RegExp, EventKind]> = [
  [/general\s+assembl|adunarea\s+general|генерална\s+скупштин|генеральн\p{L}*\s+ассамбле/iu, 'general_assembly'],
  [/bilateral|билатерал|διμερ/iu, 'bilateral_meeting'],
  [/round[\s-]?table|округл\p{L}*\s+сто|кругл\p{L}*\s+стол|στρογγυλ/iu, 'roundtable'],
  [/workshop|atelier|радионица|семинар|seminar|εργαστήρ/iu, 'workshop'],
  [/training|course|curs\b|обука|тренинг|обучени|εκπαίδευσ/iu, 'training'],
  [/\bcall\b|webinar|video\s*conf|videoconf|teams\s+meeting|zoom|online\s+meeting/iu, 'call'],
  [/conference|summit|symposium|conferin|конференц|συνέδρι/iu, 'conference'],
  [/task[\s-]?force|\bmeeting\b|sastanak|sestanek|întâlnire|reuniune|састанак|встреча|συνάντηση/iu, 'task_force_meeting'],
];

/** X-LIAISON-KIND, when it names a kind. */
export const liaisonKindOf = (value: string): EventKind | null =>
  (eventKinds as readonly string[]).includes(value) ? (value as EventKind) : null;

/** X-LIAISON-KIND, else a guess from the title and the categories; 'other' when nothing says what it is. */
export function guessKind(title: string, categories: readonly string[], liaisonKind: string): EventKind {
  const own = liaisonKindOf(liaisonKind);
  if (own) return own;
  const haystack = [title, ...categories].join(' | ');
  let kind = guessed.get(haystack);
  if (kind === undefined) {
    kind = KIND_RULES.find(([pattern]) => pattern.test(haystack))?.[1] ?? 'other';
    // A calendar repeats its titles: the rules run once per title, with the memory bounded.
    if (guessed.size >= 10_000) guessed.clear();
    guessed.set(haystack, kind);
  }
  return kind;
}
const guessed = new Map<string, EventKind>();

// ── tags ─────────────────────────────────────────────────────────────────────────────────

/** CATEGORIES of every CATEGORIES property, split on commas, trimmed, deduplicated (ignoring case), at most 30 of at most 60 characters. */
export function tagsOf(component: ICAL.Component): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const prop of allProperties(component, 'categories')) {
    for (const value of prop.slice(3)) {
      for (const part of String(value).split(',')) {
        const tag = part.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH).trim();
        const key = tag.toLocaleLowerCase('en');
        if (!tag || seen.has(key)) continue;
        seen.add(key);
        tags.push(tag);
      }
    }
  }
  return tags.slice(0, MAX_TAGS);
}

// ── venue ────────────────────────────────────────────────────────────────────────────────

export interface Venue {
  venueName: string;
  venueCity: string;
  venueCountryCode: string | null;
}

export interface CountryNames {
  nameOf(code: string): string | null;
  codeOf(name: string): string | null;
}

/** Country names both ways; the country's own name (or each of its names) is recognised too. */
export function countryNames(db: Store): CountryNames {
  const rows = db.prepare<[], { code: string; name: string; local_name: string }>('SELECT code, name, local_name FROM countries').all();
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('en').trim();
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const codes = new Map<string, string>();
  for (const r of rows) {
    for (const name of [r.name, ...r.local_name.split('/')]) if (name.trim()) codes.set(fold(name), r.code);
  }
  return { nameOf: (code) => names.get(code) ?? null, codeOf: (name) => codes.get(fold(name)) ?? null };
}

export const composeLocation = (venue: Venue, countries: CountryNames): string =>
  [venue.venueName, venue.venueCity, venue.venueCountryCode ? (countries.nameOf(venue.venueCountryCode) ?? '') : '']
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');

/**
 * LOCATION → venue. Liaison's own parts when they still compose the same LOCATION; otherwise
 * "Venue, City, Country" when the last part names a country, and the whole text as the venue's name.
 */
export function venueOf(component: ICAL.Component, countries: CountryNames): Venue {
  const location = text(component, 'location').replace(/\s*\n\s*/g, ', ').trim();
  const code = text(component, 'x-liaison-venue-country').trim().toUpperCase();
  const own: Venue = {
    venueName: clip(text(component, 'x-liaison-venue-name').trim(), 300),
    venueCity: clip(text(component, 'x-liaison-venue-city').trim(), 120),
    venueCountryCode: code && countries.nameOf(code) ? code : null,
  };
  if ((own.venueName || own.venueCity || own.venueCountryCode) && composeLocation(own, countries) === location) {
    return own;
  }
  return venueFromLocation(location, countries);
}

/** "Venue, City, Country" when the last part names a country; otherwise the whole text is the venue's name. */
export function venueFromLocation(location: string, countries: CountryNames): Venue {
  const parts = location.split(',').map((p) => p.trim()).filter(Boolean);
  const country = parts.length >= 2 ? countries.codeOf(parts[parts.length - 1]!) : null;
  if (country && parts.length >= 3) {
    return { venueName: clip(parts.slice(0, -2).join(', '), 300), venueCity: clip(parts[parts.length - 2]!, 120), venueCountryCode: country };
  }
  if (country) return { venueName: clip(parts[0]!, 300), venueCity: '', venueCountryCode: country };
  return { venueName: clip(location, 300), venueCity: '', venueCountryCode: null };
}

// ── links ────────────────────────────────────────────────────────────────────────────────

/** URL, when it is a web address the contract accepts. */
export function urlOf(component: ICAL.Component): string | null {
  const raw = text(component, 'url').trim();
  if (!raw || raw.length > 2000) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? raw : null;
  } catch {
    return null;
  }
}

// ── participants ─────────────────────────────────────────────────────────────────────────

export interface Attendee {
  name: string;
  email: string | null;
  /** From a `urn:uuid:` address, as Liaison writes people without an email. */
  personId: string | null;
  role: Role;
  /** The iCalendar ROLE the role was read from, to keep a finer role already in Liaison. */
  icalRole: string;
  /** Null when PARTSTAT is absent. */
  invitation: Invitation | null;
  line: number;
}

export function roleToIcal(role: Role): 'CHAIR' | 'OPT-PARTICIPANT' | 'REQ-PARTICIPANT' {
  if (role === 'chair') return 'CHAIR';
  return role === 'observer' ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT';
}

/** Roles the ROLE parameter alone cannot bring back. */
export const needsOwnRole = (role: Role): boolean => !['delegate', 'chair', 'observer'].includes(role);

export function invitationToIcal(invitation: Invitation): 'ACCEPTED' | 'DECLINED' | 'NEEDS-ACTION' {
  if (invitation === 'confirmed') return 'ACCEPTED';
  return invitation === 'declined' ? 'DECLINED' : 'NEEDS-ACTION';
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const param = (prop: JcalProperty, name: string): string => {
  const value = parameterOf(prop, name) as string | string[] | undefined;
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
};

const safeDecode = (value: string): string => {
  // Without a % there is nothing to decode (most addresses).
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** "john.smith@example.org" → "John Smith", for an attendee known only by address. */
const nameFromEmail = (email: string): string =>
  email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('en') + w.slice(1))
    .join(' ');

function readAddress(prop: JcalProperty, line: number): Omit<Attendee, 'role' | 'icalRole' | 'invitation'> | null {
  const address = String(prop[3] ?? '').trim();
  const lower = address.toLowerCase();
  let email: string | null = null;
  let personId: string | null = null;
  if (lower.startsWith('mailto:')) {
    const candidate = safeDecode(address.slice(7).trim()).toLowerCase();
    if (EMAIL.test(candidate) && candidate.length <= 254) email = candidate;
  } else if (lower.startsWith('urn:uuid:') && UUID.test(address.slice(9))) {
    personId = address.slice(9).toLowerCase();
  } else if (EMAIL.test(lower)) {
    email = lower;
  }
  let name = param(prop, 'cn').replace(/\s+/g, ' ');
  if (name && name.includes('@') && EMAIL.test(name.toLowerCase())) {
    email ??= name.toLowerCase();
    name = '';
  }
  if (!name && email) name = nameFromEmail(email);
  if (!name && !email && !personId) return null;
  return { name: name.slice(0, 200).trim(), email, personId, line };
}

const identity = (a: { email: string | null; personId: string | null; name: string }) =>
  a.email ? `email:${a.email}` : a.personId ? `id:${a.personId}` : `name:${a.name.toLocaleLowerCase('en')}`;

/**
 * ORGANIZER and ATTENDEE as participants, one per person: the organiser is 'organiser',
 * CHAIR 'chair', REQ-PARTICIPANT 'delegate', OPT-/NON-PARTICIPANT 'observer'; PARTSTAT gives the invitation.
 */
export function attendeesOf(component: ICAL.Component, lineOf: (name: string) => number): Attendee[] {
  const byIdentity = new Map<string, Attendee>();
  const organiser = firstProperty(component, 'organizer');
  if (organiser) {
    const address = readAddress(organiser, lineOf('ORGANIZER'));
    if (address) byIdentity.set(identity(address), { ...address, role: 'organiser', icalRole: 'ORGANIZER', invitation: 'confirmed' });
  }
  for (const prop of allProperties(component, 'attendee')) {
    const address = readAddress(prop, lineOf('ATTENDEE'));
    if (!address) continue;
    const icalRole = param(prop, 'role').toUpperCase() || 'REQ-PARTICIPANT';
    const partstat = param(prop, 'partstat').toUpperCase();
    const invitation: Invitation | null =
      partstat === 'ACCEPTED' ? 'confirmed' : partstat === 'DECLINED' ? 'declined' : partstat ? 'invited' : null;
    const own = param(prop, 'x-liaison-role').toLowerCase() as Role;
    const mapped: Role = icalRole === 'CHAIR' ? 'chair' : icalRole === 'OPT-PARTICIPANT' || icalRole === 'NON-PARTICIPANT' ? 'observer' : 'delegate';
    const key = identity(address);
    const seen = byIdentity.get(key);
    const ownFits = ROLES.includes(own) && roleToIcal(own) === (icalRole === 'NON-PARTICIPANT' ? 'OPT-PARTICIPANT' : icalRole);
    if (seen?.role === 'organiser') {
      // The organiser listed again as an attendee: still the organiser, with the attendee's answer.
      seen.invitation = invitation ?? seen.invitation;
      if (ownFits) seen.role = own;
      continue;
    }
    byIdentity.set(key, { ...address, role: ownFits ? own : mapped, icalRole, invitation, line: address.line });
  }
  return [...byIdentity.values()];
}
