import type { DomainContext } from '../domain';
import { newId } from '../ids';
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

/**
 * The one writer of events and what hangs on them: organisers, links, tags. Every statement is
 * prepared once and an insert reads nothing back, so an import of thousands of events can use it.
 */
export function eventsWriter({ db, onChange }: DomainContext) {
  const events = tableWriter<EventsRow>(db, onChange, { table: 'events', columns: EVENT_COLUMNS });
  const organisers = tableWriter<EventOrganisersRow>(db, onChange, {
    table: 'event_organisers',
    columns: ['id', 'event_id', 'organisation_id', ...STAMPS],
  });
  const links = tableWriter<EventLinksRow>(db, onChange, { table: 'event_links', columns: ['id', 'event_id', 'label', 'url', ...STAMPS] });
  const tags = tableWriter<TagsRow>(db, onChange, { table: 'tags', columns: ['id', 'name', ...STAMPS] });
  const eventTags = tableWriter<EventTagsRow>(db, onChange, {
    table: 'event_tags',
    columns: ['id', 'event_id', 'tag_id', ...STAMPS],
    onConflict: 'ignore',
  });
  const tagByName = db.prepare<[string], { id: string }>('SELECT id FROM tags WHERE name = ?');

  /** Tags are found by name whatever the case, and created the first time. */
  const addTags = (eventId: string, names: readonly string[], now: string) => {
    for (const name of names) {
      let tag = tagByName.get(name);
      if (!tag) {
        tag = { id: newId() };
        tags.insert({ id: tag.id, name, created_at: now, updated_at: now });
      }
      eventTags.insert({ id: newId(), event_id: eventId, tag_id: tag.id, created_at: now, updated_at: now });
    }
  };

  return {
    events,
    organisers,
    links,
    tags,
    eventTags,
    addTags,
    /** Replaces the organisers, links and tags of an event. */
    replaceChildren(eventId: string, children: { organiserIds: readonly string[]; links: ReadonlyArray<{ label: string; url: string }>; tags: readonly string[] }, now: string) {
      organisers.deleteWhere({ event_id: eventId });
      for (const organisationId of new Set(children.organiserIds)) {
        organisers.insert({ id: newId(), event_id: eventId, organisation_id: organisationId, created_at: now, updated_at: now });
      }
      links.deleteWhere({ event_id: eventId });
      for (const link of children.links) links.insert({ id: newId(), event_id: eventId, label: link.label, url: link.url, created_at: now, updated_at: now });
      eventTags.deleteWhere({ event_id: eventId });
      addTags(eventId, children.tags, now);
    },
    /** A tag no event carries any more goes away. */
    dropUnusedTags: () => tags.deleteMatching('id NOT IN (SELECT tag_id FROM event_tags)'),
  };
}
export type EventsWriter = ReturnType<typeof eventsWriter>;
