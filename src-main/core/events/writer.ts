import type { CallArgs } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { foldNocase, newId } from '../ids';
import { tableWriter } from '../store/table';

export type EventsRow = {
  id: string;
  kind: string;
  title: string;
  body_id: string | null;
  series_id: string | null;
  series_number: number | null;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  all_day: number;
  venue_name: string;
  venue_city: string;
  venue_country_code: string | null;
  host_org_id: string | null;
  funding_programme: string;
  audience: string;
  status: string;
  notes: string;
  ical_uid: string | null;
  ical_sequence: number;
  created_at: string;
  updated_at: string;
};
export type EventOrganisersRow = { id: string; event_id: string; organisation_id: string; created_at: string; updated_at: string };
export type EventLinksRow = { id: string; event_id: string; label: string; url: string; created_at: string; updated_at: string };
export type TagsRow = { id: string; name: string; created_at: string; updated_at: string };
export type EventTagsRow = { id: string; event_id: string; tag_id: string; created_at: string; updated_at: string };

const EVENT_COLUMNS = [
  'id', 'kind', 'title', 'body_id', 'series_id', 'series_number', 'starts_at', 'ends_at', 'time_zone', 'all_day', 'venue_name', 'venue_city',
  'venue_country_code', 'host_org_id', 'funding_programme', 'audience', 'status', 'notes', 'ical_uid', 'ical_sequence', 'created_at', 'updated_at',
] as const;
const STAMPS = ['created_at', 'updated_at'] as const;

type EventArgs = CallArgs<'events.create'>;
type Instants = { startsAt: string; endsAt: string };
type Children = Pick<EventArgs, 'organiserIds' | 'links' | 'tags'>;

/** The columns an event's form fills, as stored; its body is the series' when it has one. */
export function eventColumns(fields: EventArgs, bodyId: string | null, { startsAt, endsAt }: Instants) {
  return {
    kind: fields.kind,
    title: fields.title,
    body_id: bodyId,
    series_id: fields.seriesId,
    starts_at: startsAt,
    ends_at: endsAt,
    time_zone: fields.when.timeZone,
    all_day: fields.when.allDay ? 1 : 0,
    venue_name: fields.venueName,
    venue_city: fields.venueCity,
    venue_country_code: fields.venueCountryCode,
    host_org_id: fields.hostOrgId,
    funding_programme: fields.fundingProgramme,
    audience: fields.audience,
    status: fields.status,
    notes: fields.notes,
  } satisfies Partial<EventsRow>;
}

/** What a new event is stored as besides its form: unnumbered until its series is renumbered, and a UID derived from its id unless it came with one. */
export interface NewEvent {
  id: string;
  bodyId: string | null;
  instants: Instants;
  icalUid?: string | undefined;
  icalSequence?: number | undefined;
}

/**
 * The one writer of events and what hangs on them: organisers, links, tags. Every statement is
 * prepared once and an insert reads nothing back, so an import of thousands of events can use it.
 */
export function eventsWriter({ db, onChange }: DomainContext) {
  // The search index is kept by triggers; bulk writes (a first iCalendar import, a large exchange) catch it up once at the end.
  const events = tableWriter<EventsRow>(db, onChange, { table: 'events', columns: EVENT_COLUMNS, deferrable: ['events_fts_insert', 'events_fts_update'] });
  const organisers = tableWriter<EventOrganisersRow>(db, onChange, {
    table: 'event_organisers',
    columns: ['id', 'event_id', 'organisation_id', ...STAMPS],
    natural: (r) => [r.event_id, r.organisation_id],
  });
  const links = tableWriter<EventLinksRow>(db, onChange, { table: 'event_links', columns: ['id', 'event_id', 'label', 'url', ...STAMPS] });
  const tags = tableWriter<TagsRow>(db, onChange, { table: 'tags', columns: ['id', 'name', ...STAMPS], natural: (r) => [foldNocase(r.name)] });
  const eventTags = tableWriter<EventTagsRow>(db, onChange, {
    table: 'event_tags',
    columns: ['id', 'event_id', 'tag_id', ...STAMPS],
    natural: (r) => [r.event_id, r.tag_id],
    onConflict: 'ignore',
  });
  const tagByName = db.prepare<[string], { id: string }>('SELECT id FROM tags WHERE name = ?');

  /** Tags are found by name whatever the case, and created the first time. */
  const addTags = (eventId: string, names: readonly string[], now: string) => {
    for (const name of names) {
      let tag = tagByName.get(name);
      if (!tag) {
        const row = { id: newId(), name, created_at: now, updated_at: now };
        tags.insert(row); // the writer gives the row the tag's natural id
        tag = { id: row.id };
      }
      eventTags.insert({ id: newId(), event_id: eventId, tag_id: tag.id, created_at: now, updated_at: now });
    }
  };

  const addChildren = (eventId: string, children: Children, now: string) => {
    for (const organisationId of new Set(children.organiserIds)) {
      organisers.insert({ id: newId(), event_id: eventId, organisation_id: organisationId, created_at: now, updated_at: now });
    }
    for (const link of children.links) links.insert({ id: newId(), event_id: eventId, label: link.label, url: link.url, created_at: now, updated_at: now });
    addTags(eventId, children.tags, now);
  };

  return {
    events,
    organisers,
    links,
    tags,
    eventTags,
    addTags,
    /** A new event with its organisers, links and tags, as `events.create` and the iCalendar import write it. */
    insertEvent(fields: EventArgs, event: NewEvent, now: string) {
      events.insert({
        id: event.id,
        ...eventColumns(fields, event.bodyId, event.instants),
        series_number: null,
        ical_uid: event.icalUid ?? `${event.id}@liaison`,
        ical_sequence: event.icalSequence ?? 0,
        created_at: now,
        updated_at: now,
      });
      addChildren(event.id, fields, now);
    },
    /** Replaces the organisers, links and tags of an event. */
    replaceChildren(eventId: string, children: Children, now: string) {
      organisers.deleteWhere({ event_id: eventId });
      links.deleteWhere({ event_id: eventId });
      eventTags.deleteWhere({ event_id: eventId });
      addChildren(eventId, children, now);
    },
    /** A tag no event carries any more goes away. */
    dropUnusedTags: () => tags.deleteMatching('id NOT IN (SELECT tag_id FROM event_tags)'),
  };
}
export type EventsWriter = ReturnType<typeof eventsWriter>;
