import type ICAL from 'ical.js';
import { type CallArgs, type CallOutput, EVENT_NOTES_MAX, type EventStatus, type IcsPreview, type IcsPreviewRow } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { DomainContext } from '../domain';
import { nowIso } from '../ids';
import { type EventsService, eventsWriter } from '../events';
import { peopleWriter } from '../people';
import { participationsWriter } from '../roster';
import {
  type Attendee,
  type Invitation,
  type Role,
  type Venue,
  attendeesOf,
  clip,
  composeLocation,
  countryNames,
  guessKind,
  liaisonKindOf,
  roleToIcal,
  statusFromIcal,
  statusToIcal,
  tagsOf,
  text,
  urlOf,
  venueOf,
} from './fields';
import { type Match, type NewPerson, peopleMatcher } from './match-people';
import { CalendarZones, type Occurrence, occurrencesOf } from './occurrences';
import { icsError, parseIcs, type VeventSource } from './parse';
import { importStore, instantsFor, type ParticipationRow, type StoredEvent } from './store';

/**
 * Preview and import share one pass over the file: preview resolves everything and writes
 * nothing; import runs the same pass inside one transaction and writes as it goes.
 *
 * On an event already imported (same UID), a property the file includes replaces Liaison's
 * value; a property it leaves out (no CATEGORIES, DESCRIPTION, LOCATION or URL, as Google writes)
 * keeps Liaison's. What iCalendar cannot say (body, series, host, organisers, kind without
 * X-LIAISON-KIND) is never touched, and participants are added or updated, never removed.
 */

type EventArgs = CallArgs<'events.create'>;
/** The file as `ics.preview` and `ics.import` take it. */
export type IcsInput = Pick<CallArgs<'ics.preview'>, 'base64' | 'text'> & { zoneFor?: Readonly<Record<string, string>> };

interface Draft {
  title: string;
  /** What was changed in reading the text (a title too long for a title…), for the preview. */
  adjusted: string[];
  liaisonKind: string;
  categories: string[] | null;
  status: string;
  liaisonStatus: string;
  location: string | null;
  venue: Venue;
  url: string | null;
  notes: string | null;
  sequence: number;
  attendees: Attendee[];
}

type ParticipationWrite =
  | { op: 'insert'; person: Match; role: Role; invitation: Invitation }
  | { op: 'update'; id: string; role: Role; invitation: Invitation };

/** One event of the file that the import writes. */
interface EventWrite {
  /** The event the UID already has; null for a new one. */
  current: StoredEvent | null;
  fields: EventArgs;
  icalUid: string;
  icalSequence: number;
  instants: { startsAt: string; endsAt: string };
  line: number;
  /** For a known event: whether more than its participants changed. */
  changed: boolean;
  participants: ParticipationWrite[];
}

/** What an import of the file would do, decided without writing: the preview shows it, the import writes it. */
interface Plan {
  preview: IcsPreview;
  events: EventWrite[];
  people: readonly NewPerson[];
}

const MAX_WARNINGS = 200;
const TITLE_MAX = 300;
/** Files up to this size stay parsed between a preview and the import that follows it. */
const CACHE_MAX_CHARS = 20_000_000;
const EPOCH = '1970-01-01T00:00:00.000Z';

const sameTags = (a: readonly string[], b: readonly string[]) => {
  const key = (tags: readonly string[]) => tags.map((t) => t.toLocaleLowerCase('en')).sort().join('\u0000');
  return key(a) === key(b);
};

export function icsImporter(context: DomainContext, deps: { events: EventsService }) {
  const { db } = context;
  const { events } = deps;
  const matchSession = peopleMatcher(db);
  const countries = countryNames(db);
  const store = importStore(db, { events: eventsWriter(context), participations: participationsWriter(context), people: peopleWriter(context) });

  const draftOf = (component: ICAL.Component, source: VeventSource): Draft => {
    const lineOf = (name: string) => source.props.get(name) ?? source.line;
    const summary = text(component, 'summary').replace(/\s+/g, ' ').trim();
    const sequence = Number(component.getFirstProperty('sequence')?.jCal[3] ?? 0);
    const adjusted: string[] = [];
    const description = component.hasProperty('description') ? text(component, 'description').replace(/\r\n?/g, '\n').trim() : null;
    let notes = description;
    if (summary.length > TITLE_MAX) {
      // Nothing is cut silently: the whole title opens the notes.
      notes = `${summary}${description ? `\n\n${description}` : ''}`;
      adjusted.push(`the title has ${summary.length} characters: shortened to ${TITLE_MAX}, the whole title is at the top of the notes`);
    }
    if (notes !== null && notes.length > EVENT_NOTES_MAX) {
      adjusted.push(`the description has ${notes.length} characters: only the first ${EVENT_NOTES_MAX} are kept`);
      notes = clip(notes, EVENT_NOTES_MAX);
    }
    return {
      adjusted,
      title: clip(summary || '(no title)', TITLE_MAX),
      liaisonKind: text(component, 'x-liaison-kind').trim().toLowerCase(),
      categories: component.hasProperty('categories') ? tagsOf(component) : null,
      status: text(component, 'status').trim().toUpperCase(),
      liaisonStatus: text(component, 'x-liaison-status').trim().toLowerCase(),
      location: component.hasProperty('location') ? text(component, 'location').replace(/\s*\n\s*/g, ', ').trim() : null,
      venue: venueOf(component, countries),
      url: urlOf(component),
      notes,
      sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
      attendees: attendeesOf(component, lineOf),
    };
  };

  /** The fields to write: everything from the file for a new event; for a known one, the file's values over Liaison's. */
  const fieldsFor = (d: Draft, occ: Occurrence, cancelled: boolean, current: StoredEvent | null): EventArgs => {
    const fileStatus = statusFromIcal(d.status, d.liaisonStatus, cancelled);
    if (!current) {
      return {
        kind: guessKind(d.title, d.categories ?? [], d.liaisonKind),
        title: d.title,
        bodyId: null,
        seriesId: null,
        when: occ.when,
        ...d.venue,
        hostOrgId: null,
        organiserIds: [],
        fundingProgramme: '',
        audience: '',
        status: fileStatus ?? 'planned',
        tags: d.categories ?? [],
        links: d.url ? [{ label: '', url: d.url }] : [],
        notes: d.notes ?? '',
      };
    }
    // Held and postponed are written as CONFIRMED and TENTATIVE: while the file still says so, Liaison's status stands.
    const keepsStatus = !cancelled && !d.liaisonStatus && statusToIcal(current.status) === d.status;
    const currentVenue: Venue = { venueName: current.venueName, venueCity: current.venueCity, venueCountryCode: current.venueCountryCode };
    const venue = d.location === null || d.location === composeLocation(currentVenue, countries) ? currentVenue : d.venue;
    const links = d.url
      ? [{ label: current.links.find((l) => l.url === d.url)?.label ?? '', url: d.url }, ...current.links.filter((l) => l.url !== d.url)].slice(0, 30)
      : current.links;
    return {
      kind: liaisonKindOf(d.liaisonKind) ?? current.kind,
      title: current.seriesId ? current.title : d.title,
      bodyId: current.bodyId,
      seriesId: current.seriesId,
      when: occ.when,
      ...venue,
      hostOrgId: current.hostOrgId,
      organiserIds: current.organiserIds,
      fundingProgramme: current.fundingProgramme,
      audience: current.audience,
      status: keepsStatus ? current.status : (fileStatus ?? current.status),
      tags: d.categories && !sameTags(d.categories, current.tags) ? d.categories : current.tags,
      links,
      notes: d.notes ?? current.notes,
    };
  };

  const changesOf = (fields: EventArgs, instants: { startsAt: string; endsAt: string }, current: StoredEvent, d: Draft): string[] => {
    const changes: string[] = [];
    if (!current.seriesId && fields.title !== current.title) changes.push('title');
    if (fields.kind !== current.kind) changes.push('kind');
    if (instants.startsAt !== current.startsAt || instants.endsAt !== current.endsAt || fields.when.allDay !== current.allDay) changes.push('time');
    if (fields.when.timeZone !== current.timeZone) changes.push('time zone');
    if (fields.venueName !== current.venueName || fields.venueCity !== current.venueCity || fields.venueCountryCode !== current.venueCountryCode) {
      changes.push('venue');
    }
    if (fields.status !== current.status) changes.push('status');
    if (!sameTags(fields.tags, current.tags)) changes.push('tags');
    if (fields.links.map((l) => l.url).join(' ') !== current.links.map((l) => l.url).join(' ')) changes.push('links');
    if (fields.notes !== current.notes) changes.push('notes');
    if (d.sequence > current.icalSequence) changes.push(`sequence ${current.icalSequence} → ${d.sequence}`);
    return changes;
  };

  /** What to write for the participants; a new person is always a change. */
  const participationWrites = (matches: Array<{ a: Attendee; match: Match }>, current: ParticipationRow[]) => {
    // Keyed by person: the id of someone in the directory, or the planned person itself.
    const byPerson = new Map<string | NewPerson, Pick<ParticipationRow, 'id' | 'role' | 'invitation'>>(current.map((p) => [p.person_id, p]));
    const writes: ParticipationWrite[] = [];
    for (const { a, match } of matches) {
      const person = 'person' in match ? match.person : match.personId;
      const existing = byPerson.get(person);
      if (!existing) {
        const invitation = a.invitation ?? 'invited';
        writes.push({ op: 'insert', person: match, role: a.role, invitation });
        // An attendee named twice: the second finds this row (not in the store yet), so it changes nothing.
        byPerson.set(person, { id: '', role: a.role, invitation });
        continue;
      }
      // A finer role kept in Liaison (head of delegation, speaker…) stays while the file's ROLE agrees with it.
      const coarse = a.role === 'delegate' || a.role === 'observer' || a.role === 'chair';
      const role = coarse && roleToIcal(existing.role) === roleToIcal(a.role) ? existing.role : a.role;
      const invitation = a.invitation ?? existing.invitation;
      if (role !== existing.role || invitation !== existing.invitation) writes.push({ op: 'update', id: existing.id, role, invitation });
    }
    return writes;
  };

  interface Read {
    /** Rows decided by the file alone: VEVENTs without a start, a UID used twice. */
    skipped: IcsPreviewRow[];
    found: Array<{ occ: Occurrence; draft: Draft; cancelled: boolean; instants: { startsAt: string; endsAt: string } }>;
    warnings: IcsPreview['warnings'];
    firstLine: number;
    unknownZones: IcsPreview['unknownZones'];
    encoding: string;
  }

  /** What the file says, independent of the database: parsed, expanded, mapped to Liaison's fields. */
  function read(input: Uint8Array | string, zoneFor: Readonly<Record<string, string>>): Read {
    const file = parseIcs(input);
    const warnings: IcsPreview['warnings'] = [];
    const unknownZones: IcsPreview['unknownZones'] = [];
    let dropped = 0;
    const warn = (line: number, message: string) => {
      if (warnings.length < MAX_WARNINGS) warnings.push({ line, message });
      else dropped++;
    };
    for (const w of file.warnings) warn(w.line, w.message);
    const skipped: IcsPreviewRow[] = [];
    const found: Read['found'] = [];
    for (const calendar of file.calendars) {
      const zones = new CalendarZones(calendar, warn, zoneFor);
      const cancelled = text(calendar.calendar, 'method').trim().toUpperCase() === 'CANCEL';
      for (const [name, { line, count }] of calendar.ignored) {
        warn(line, count === 1 ? `A ${name} is not an event and was not imported` : `${count} ${name} components are not events and were not imported`);
      }
      const { occurrences, skipped: without } = occurrencesOf(calendar, zones, file.lineText, warn);
      zones.flush();
      for (const u of zones.unknownZones()) unknownZones.push(u);
      for (const s of without) {
        skipped.push({ uid: s.uid, title: s.title || '(no title)', startsAt: EPOCH, endsAt: EPOCH, allDay: false, timeZone: zones.fallback.iana, status: 'planned', action: 'skip', reason: s.reason, attendees: 0, line: s.line });
      }
      const drafts = new Map<ICAL.Component, Draft>();
      for (const occ of occurrences) {
        let draft = drafts.get(occ.component);
        if (!draft) {
          draft = draftOf(occ.component, occ.source);
          drafts.set(occ.component, draft);
        }
        found.push({ occ, draft, cancelled, instants: instantsFor(occ.when) });
      }
    }
    if (dropped) warnings.push({ line: warnings[warnings.length - 1]!.line, message: `…and ${dropped} more warnings` });
    return { skipped, found, warnings, firstLine: file.calendars[0]?.line ?? 1, unknownZones, encoding: file.encoding };
  }

  // The renderer previews a file, then imports the same bytes: the second call reuses what the first read.
  // What is read depends on the bytes and the zones chosen alone, never on the store, so it stays valid after the import.
  // The content is compared apart from the rest: joined to it, megabytes of base64 would be copied at every call.
  let last: { key: string; content: string; read: Read } | null = null;
  const readOnce = (input: IcsInput): Read => {
    const content = input.base64 ?? input.text ?? '';
    const key = `${input.base64 === undefined ? 't' : 'b'}${JSON.stringify(input.zoneFor ?? {})}`;
    if (last?.key === key && last.content === content) return last.read;
    const result = read(input.base64 === undefined ? content : Buffer.from(content, 'base64'), input.zoneFor ?? {});
    last = content.length <= CACHE_MAX_CHARS ? { key, content, read: result } : null;
    return result;
  };

  // The import of the file just previewed takes the preview's plan, if nothing was written since:
  // what a plan decides depends on the file and the store alone. `total_changes()` counts this
  // connection's writes, `data_version` another connection's; the plan is taken once.
  const storeVersion = db.prepare<[], { changes: number }>('SELECT total_changes() AS changes');
  const version = () => `${storeVersion.get()!.changes}/${db.pragma('data_version', { simple: true })}`;
  let previewed: { read: Read; version: string; plan: Plan } | null = null;

  /** Decides everything and writes nothing; `forImport` refuses a file with a zone still unanswered. */
  function plan(input: IcsInput, forImport: boolean): Plan {
    const file = readOnce(input);
    const unanswered = file.unknownZones.find((u) => u.zone === null);
    if (forImport && unanswered) {
      throw icsError(unanswered.line, `Time zone “${unanswered.tzid}” is not known and the file does not define it: choose which zone it is before importing`, {
        tzid: unanswered.tzid,
      });
    }
    const now = version();
    const made = previewed?.read === file && previewed.version === now ? previewed.plan : planFor(file);
    previewed = forImport ? null : { read: file, version: now, plan: made };
    return made;
  }

  function planFor({ skipped, found, warnings: fileWarnings, firstLine, unknownZones, encoding }: Read): Plan {
    const warnings = [...fileWarnings];
    const rows: IcsPreviewRow[] = [];
    const counts = { create: 0, update: 0, skip: 0 };
    const add = (row: IcsPreviewRow) => {
      rows.push(row);
      counts[row.action]++;
    };
    skipped.forEach(add);
    const anchors = new Map<IcsPreviewRow, number>(skipped.map((r) => [r, r.line]));

    const existing = store.existing([...new Set(found.map((f) => f.occ.key))]);
    const participations = store.participations([...existing.values()].map((e) => e.id));

    const people = matchSession();
    const seen = new Map<string, number>();
    const writes: EventWrite[] = [];
    for (const { occ, draft: d, cancelled, instants } of found) {
      const line = occ.source.line;
      const row = (action: IcsPreviewRow['action'], reason: string, title: string, status: EventStatus): IcsPreviewRow => {
        const noted = d.adjusted.length && action !== 'skip' ? `${reason}; ${d.adjusted.join('; ')}` : reason;
        const r: IcsPreviewRow = { uid: occ.key, title, ...instants, allDay: occ.when.allDay, timeZone: occ.when.timeZone, status, action, reason: noted, attendees: d.attendees.length, line };
        anchors.set(r, occ.anchor);
        return r;
      };

      const earlier = seen.get(occ.key);
      if (earlier !== undefined) {
        add(row('skip', `This event is in the file twice (first on line ${earlier}); only the first is read`, d.title, 'planned'));
        continue;
      }
      seen.set(occ.key, line);

      const current = existing.get(occ.key) ?? null;
      const fields = fieldsFor(d, occ, cancelled, current);
      const matches = d.attendees.flatMap((a) => {
        const match = people.resolve(a);
        return match ? [{ a, match }] : [];
      });
      const participants = participationWrites(matches, current ? (participations.get(current.id) ?? []) : []);
      const write = (changed: boolean) => writes.push({ current, fields, icalUid: occ.key, icalSequence: d.sequence, instants, line, changed, participants });

      if (!current) {
        add(row('create', occ.repeating ? 'New (an occurrence of a repeating event)' : 'New event', fields.title, fields.status));
        write(true);
        continue;
      }
      const changes = changesOf(fields, instants, current, d);
      const changed = changes.length > 0;
      if (participants.length) changes.push('participants');
      if (!changes.length) {
        add(row('skip', 'Unchanged since the last import', current.title, current.status));
        continue;
      }
      add(row('update', `Changed: ${changes.join(', ')}`, fields.title, fields.status));
      write(changed);
    }
    if (!rows.length) warnings.push({ line: firstLine, message: 'The file holds no events' });
    // In the order of the file; the occurrences of a repeating event together, by date.
    rows.sort((a, b) => anchors.get(a)! - anchors.get(b)!);
    return { preview: { rows, counts, newPeople: people.planned.length, warnings, unknownZones, encoding }, events: writes, people: people.planned };
  }

  /**
   * Writes a plan, in the caller's transaction. New people first (participants need their ids),
   * then the known events in the order of the file, while their indexes are all there for the
   * events service's checks; then the new events and every participant, each in bulk.
   */
  function apply(p: Plan, now: string) {
    store.createPeople(p.people, now);
    const created = p.events.filter((w) => !w.current);
    for (const w of p.events) {
      if (w.current && w.changed) guard(w.line, () => events.update({ id: w.current!.id, ...w.fields }, { icalSequence: w.icalSequence }));
    }
    const ids = store.newEvents(created.length, created.reduce((n, w) => n + w.fields.tags.length, 0), () =>
      new Map(created.map((w) => [w, store.createEvent(w.fields, { icalUid: w.icalUid, icalSequence: w.icalSequence, instants: w.instants }, now)])),
    );
    const inserts = p.events.reduce((n, w) => n + w.participants.filter((x) => x.op === 'insert').length, 0);
    store.newParticipations(inserts, () => {
      for (const w of p.events) {
        const eventId = w.current?.id ?? ids.get(w)!;
        for (const x of w.participants) {
          if (x.op === 'update') store.updateParticipation(x.id, x.role, x.invitation, now);
          else store.addParticipation(eventId, 'person' in x.person ? x.person.person.id! : x.person.personId, x.role, x.invitation, now);
        }
      }
    });
    if (created.length) events.invalidate();
  }

  return {
    preview(input: IcsInput): IcsPreview {
      return plan(input, false).preview;
    },
    /** What an import of the file would write; nothing when `writes` is false. */
    plan(input: IcsInput): { writes: boolean; result: CallOutput<'ics.import'>; plan: Plan } {
      const p = plan(input, true);
      const { counts, newPeople } = p.preview;
      return {
        writes: p.events.length > 0 || p.people.length > 0,
        result: { created: counts.create, updated: counts.update, skipped: counts.skip, peopleCreated: newPeople },
        plan: p,
      };
    },
    /** Call inside a transaction, right after `plan`: any error leaves nothing written. */
    apply(planned: Plan): void {
      apply(planned, nowIso());
    },
  };
}

/** An error of the events service, told with the line of the VEVENT it came from. */
function guard<T>(line: number, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input' && !error.message.startsWith('Line ')) {
      throw icsError(line, `This event cannot be imported: ${error.message}`);
    }
    throw error;
  }
}
