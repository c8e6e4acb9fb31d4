import type { Database } from 'better-sqlite3';
import type { DemoSummary } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { agendaWriter, type AgendaWriter } from '../agenda';
import { bodiesWriter, type BodiesWriter } from '../bodies';
import type { DomainContext } from '../domain';
import { eventsWriter, type EventsWriter } from '../events';
import { newId, nowIso } from '../ids';
import { organisationsWriter, type OrganisationsWriter } from '../organisations';
import { outcomesWriter, type OutcomesWriter } from '../outcomes';
import { peopleWriter, type PeopleWriter } from '../people';
import { projectsWriter, type ProjectsWriter } from '../projects';
import { participationsWriter, type ParticipationsWriter } from '../roster';
import { ignoreChanges, type RowValues, type TableWriter } from '../store/table';
import { foldForSort, organisationDisplaySort } from '../text';
import { AGENDAS, type DemoAgenda } from './agenda';
import { BODIES, type DemoBody, type DemoSeries, type Holder, SERIES } from './bodies';
import { type DemoEvent, EVENTS } from './events';
import { type DemoOrganisation, ORGANISATIONS } from './organisations';
import { type DemoParticipation, PARTICIPATIONS } from './participations';
import { type DemoPerson, FICTIONAL_NOTE, PEOPLE } from './people';
import { type DemoProject, PROJECTS } from './projects';
import { eventTimes } from './time';
import { certainParts, sortNameOf } from '../people/names';

/** The demo modules keep literal keys so references are checked by the compiler; here they are read as plain records. */
const organisations: Readonly<Record<string, DemoOrganisation>> = ORGANISATIONS;
const people: Readonly<Record<string, DemoPerson>> = PEOPLE;
const bodies: Readonly<Record<string, DemoBody>> = BODIES;
const series: Readonly<Record<string, DemoSeries>> = SERIES;
const events: Readonly<Record<string, DemoEvent>> = EVENTS;
const participations: Readonly<Record<string, DemoParticipation[] | undefined>> = PARTICIPATIONS;
const agendas: Readonly<Record<string, DemoAgenda | undefined>> = AGENDAS;
const projects: Readonly<Record<string, DemoProject>> = PROJECTS;

/** The writers of every table the demo fills: demo rows go in as any other. */
export interface DemoWriters {
  organisations: OrganisationsWriter;
  people: PeopleWriter;
  bodies: BodiesWriter;
  events: EventsWriter;
  participations: ParticipationsWriter;
  agenda: AgendaWriter;
  outcomes: OutcomesWriter;
  projects: ProjectsWriter;
}

/** Writers on a store, telling `onChange` of each row; tests load the demo without a listener. */
export function demoWriters(context: DomainContext): DemoWriters {
  return {
    organisations: organisationsWriter(context),
    people: peopleWriter(context),
    bodies: bodiesWriter(context),
    events: eventsWriter(context),
    participations: participationsWriter(context),
    agenda: agendaWriter(context),
    outcomes: outcomesWriter(context),
    projects: projectsWriter(context),
  };
}

type Stamped = { id: string; created_at: string; updated_at: string };

/** Inserts through a table's writer: `id`, `created_at` and `updated_at` are filled in, every other column is typed. */
function inserter(now: string) {
  return <R extends RowValues & Stamped>(table: TableWriter<R>) =>
    (row: Omit<R, keyof Stamped>): string => {
      const stored = { ...row, id: newId(), created_at: now, updated_at: now } as R;
      table.insert(stored); // a join row takes its natural id here
      return stored.id as string;
    };
}

/** Looks up the id of a key inserted earlier; a wrong key in the demo modules is a bug, not user input. */
function idOf(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo data refers to an unknown ${what}: ${key}`);
  return id;
}

/**
 * Fills an empty store with demo data built from the seed documents, in one transaction.
 * Refused with `conflict` as soon as people, organisations or events hold rows.
 */
export function loadDemo(db: Database, writers = demoWriters({ db, onChange: ignoreChanges })): DemoSummary {
  const hasData = db.prepare(
    'SELECT EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM organisations) OR EXISTS (SELECT 1 FROM events) AS has_data',
  );
  const load = db.transaction((): DemoSummary => {
    if ((hasData.get() as { has_data: number }).has_data) {
      throw new AppError('conflict', 'Demo data can only be loaded into an empty database');
    }
    return insertDemo(writers);
  });
  return load.immediate();
}

function insertDemo(w: DemoWriters): DemoSummary {
  const insert = inserter(nowIso());
  const holder = (h: Holder, orgIds: Map<string, string>) =>
    'country' in h ? { country_code: h.country, organisation_id: null } : { country_code: null, organisation_id: idOf(orgIds, h.org, 'organisation') };

  // Organisations: parents are listed before their children.
  const orgIds = new Map<string, string>();
  const insertOrganisation = insert(w.organisations);
  for (const [key, org] of Object.entries(organisations)) {
    orgIds.set(
      key,
      insertOrganisation({
        name: org.name,
        sort_name: foldForSort(org.name),
        display_sort: organisationDisplaySort(org.name, org.acronym ?? ''),
        acronym: org.acronym ?? '',
        kind: org.kind,
        country_code: org.country,
        parent_id: org.parent ? idOf(orgIds, org.parent, 'parent organisation (list it first)') : null,
        website: org.website ?? '',
        notes: org.notes ?? '',
      }),
    );
  }

  // People
  const personIds = new Map<string, string>();
  const insertPerson = insert(w.people);
  for (const [key, person] of Object.entries(people)) {
    personIds.set(
      key,
      insertPerson({
        full_name: person.fullName,
        sort_name: sortNameOf(person.fullName),
        honorific: '',
        given_names: certainParts(person.fullName)?.givenNames ?? '',
        family_name: certainParts(person.fullName)?.familyName ?? '',
        post_nominals: '',
        other_script_name: '',
        on_handouts: 1,
        position: person.position,
        organisation_id: person.org ? idOf(orgIds, person.org, 'organisation') : null,
        country_code: person.country,
        emails: JSON.stringify([person.email]),
        phones: JSON.stringify(person.phone ? [person.phone] : []),
        languages: JSON.stringify(person.languages),
        is_spoc: person.spoc ? 1 : 0,
        notes: person.notes ? `${FICTIONAL_NOTE} ${person.notes}` : FICTIONAL_NOTE,
      }),
    );
  }

  // Bodies, their members and their chair, presidency or coordination terms
  const bodyIds = new Map<string, string>();
  const insertBody = insert(w.bodies.bodies);
  const insertMember = insert(w.bodies.members);
  const insertTerm = insert(w.bodies.terms);
  for (const [key, body] of Object.entries(bodies)) {
    const bodyId = insertBody({
      name: body.name,
      acronym: body.acronym ?? '',
      kind: body.kind,
      parent_org_id: body.parent ? idOf(orgIds, body.parent, 'organisation') : null,
      founded_on: body.foundedOn ?? null,
      description: body.description,
    });
    bodyIds.set(key, bodyId);
    for (const m of body.members) {
      insertMember({ body_id: bodyId, ...holder(m, orgIds), kind: m.kind, since: m.since ?? null, until: null });
    }
    for (const t of body.terms) {
      const h = holder(t, orgIds);
      insertTerm({
        body_id: bodyId,
        role: t.role,
        holder_country_code: h.country_code,
        holder_org_id: h.organisation_id,
        starts_on: t.startsOn,
        ends_on: t.endsOn ?? null,
        notes: t.notes ?? '',
      });
    }
  }

  const seriesIds = new Map<string, string>();
  const insertSeries = insert(w.bodies.series);
  for (const [key, s] of Object.entries(series)) {
    seriesIds.set(key, insertSeries({ body_id: idOf(bodyIds, s.body, 'body'), name: s.name, event_kind: s.eventKind, first_number: s.firstNumber, titles: '{}' }));
  }

  // Events with their organisers, tags and links
  const eventIds = new Map<string, string>();
  const tagIds = new Map<string, string>();
  const insertEvent = insert(w.events.events);
  const insertOrganiser = insert(w.events.organisers);
  const insertTag = insert(w.events.tags);
  const insertEventTag = insert(w.events.eventTags);
  const insertLink = insert(w.events.links);
  for (const [key, event] of Object.entries(events)) {
    const times = eventTimes(event.start, event.end, event.timeZone);
    const eventId = insertEvent({
      kind: event.kind,
      title: event.title,
      body_id: event.body ? idOf(bodyIds, event.body, 'body') : null,
      series_id: event.series ? idOf(seriesIds, event.series, 'series') : null,
      series_number: event.seriesNumber ?? null,
      starts_at: times.startsAt,
      ends_at: times.endsAt,
      time_zone: event.timeZone,
      all_day: times.allDay ? 1 : 0,
      venue_name: event.venue ?? '',
      venue_city: event.city ?? '',
      venue_country_code: event.country ?? null,
      host_org_id: event.host ? idOf(orgIds, event.host, 'organisation') : null,
      funding_programme: event.funding ?? '',
      audience: event.audience ?? '',
      status: event.status,
      notes: event.notes ?? '',
      ical_uid: null,
      ical_sequence: 0,
    });
    eventIds.set(key, eventId);
    for (const org of new Set(event.organisers ?? [])) {
      insertOrganiser({ event_id: eventId, organisation_id: idOf(orgIds, org, 'organisation') });
    }
    for (const name of new Set(event.tags ?? [])) {
      let tagId = tagIds.get(name.toLowerCase());
      if (!tagId) {
        tagId = insertTag({ name });
        tagIds.set(name.toLowerCase(), tagId);
      }
      insertEventTag({ event_id: eventId, tag_id: tagId });
    }
    for (const link of event.links ?? []) insertLink({ event_id: eventId, label: link.label, url: link.url });
  }

  // Who takes part
  const insertParticipation = insert(w.participations);
  for (const [eventKey, list] of Object.entries(participations)) {
    for (const p of list ?? []) {
      const person = people[p.person];
      if (!person) throw new Error(`Demo data refers to an unknown person: ${p.person}`);
      const representingOrg = p.representingOrg === undefined ? person.org : p.representingOrg;
      insertParticipation({
        event_id: idOf(eventIds, eventKey, 'event'),
        person_id: idOf(personIds, p.person, 'person'),
        role: p.role,
        representing_country_code: p.representingCountry === undefined ? person.country : p.representingCountry,
        representing_org_id: representingOrg ? idOf(orgIds, representingOrg, 'organisation') : null,
        invitation: p.invitation,
        attendance: p.attendance,
        notes: p.notes ?? '',
      });
    }
  }

  // Agendas, outcomes and action items
  const insertSession = insert(w.agenda.sessions);
  const insertItem = insert(w.agenda.items);
  const insertSpeaker = insert(w.agenda.speakers);
  const insertOutcome = insert(w.outcomes.outcomes);
  const insertAction = insert(w.outcomes.actions);
  for (const [eventKey, agenda] of Object.entries(agendas)) {
    const event = events[eventKey];
    if (!agenda || !event) throw new Error(`Demo agenda refers to an unknown event: ${eventKey}`);
    const eventId = idOf(eventIds, eventKey, 'event');
    const itemIds = new Map<string, string>();
    const positionInDay = new Map<string, number>();
    for (const session of agenda.sessions ?? []) {
      const position = positionInDay.get(session.day) ?? 0;
      positionInDay.set(session.day, position + 1);
      // Agenda times are wall clock in the event's zone; an item that starts when the one before it
      // ends is stored as following it, so that moving things keeps the times flowing.
      const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
      const sessionId = insertSession({
        event_id: eventId,
        day: session.day,
        position,
        title: session.title,
        starts_at: session.items[0]?.start ?? null,
        ends_at: null,
      });
      session.items.forEach((item, i) => {
        const previous = session.items[i - 1];
        const itemId = insertItem({
          session_id: sessionId,
          position: i,
          kind: item.kind,
          title: item.title,
          description: item.description ?? '',
          starts_at: previous && previous.end === item.start ? null : item.start,
          ends_at: null,
          duration_min: minutes(item.end) - minutes(item.start),
          notes: item.notes ?? '',
        });
        if (item.ref) itemIds.set(item.ref, itemId);
        (item.speakers ?? []).forEach((speaker, position) => {
          insertSpeaker({ item_id: itemId, person_id: idOf(personIds, speaker, 'person'), position });
        });
      });
    }
    (agenda.outcomes ?? []).forEach((o, position) => {
      insertOutcome({
        event_id: eventId,
        agenda_item_id: o.item ? idOf(itemIds, o.item, 'agenda item') : null,
        restricted: 0,
        kind: o.kind,
        text: o.text,
        position,
      });
    });
    for (const a of agenda.actions ?? []) {
      insertAction({
        event_id: eventId,
        agenda_item_id: a.item ? idOf(itemIds, a.item, 'agenda item') : null,
        title: a.title,
        owner_person_id: a.owner ? idOf(personIds, a.owner, 'person') : null,
        due_on: a.dueOn ?? null,
        status: a.status,
        notes: a.notes ?? '',
      });
    }
  }

  // Projects with partners, linked events, activities, indicators and entries
  const insertProject = insert(w.projects.projects);
  const insertPartner = insert(w.projects.partners);
  const insertEventProject = insert(w.projects.eventLinks);
  const insertActivity = insert(w.projects.activities);
  const insertIndicator = insert(w.projects.indicators);
  const insertTarget = insert(w.projects.targets);
  const insertEntry = insert(w.projects.entries);
  const insertEntryCountry = insert(w.projects.entryCountries);
  for (const project of Object.values(projects)) {
    const projectId = insertProject({
      acronym: project.acronym,
      title: project.title,
      funding_programme: project.funding,
      starts_on: project.startsOn,
      ends_on: project.endsOn,
      lead_org_id: idOf(orgIds, project.lead, 'organisation'),
      status: project.status,
      description: project.description,
    });
    for (const partner of project.partners) insertPartner({ project_id: projectId, ...holder(partner, orgIds), role: partner.role });
    for (const eventKey of project.events) insertEventProject({ event_id: idOf(eventIds, eventKey, 'event'), project_id: projectId });
    project.activities.forEach((a, position) => {
      insertActivity({
        project_id: projectId,
        title: a.title,
        planned_start: a.plannedStart ?? null,
        planned_end: a.plannedEnd ?? null,
        event_id: a.event ? idOf(eventIds, a.event, 'event') : null,
        description: a.description ?? '',
        position,
      });
    });
    project.indicators.forEach((indicator, position) => {
      const indicatorId = insertIndicator({
        project_id: projectId,
        name: indicator.name,
        unit: indicator.unit,
        target: indicator.target,
        baseline: 0,
        cumulative: 1,
        decreasing: 0,
        period: indicator.period ?? 'quarter',
        feed_event_kind: indicator.feed?.kind ?? null,
        feed_measure: indicator.feed?.measure ?? null,
        feed_officers: indicator.feedOfficers ? 'project' : null,
        feed_officers_indicator_id: null,
        position,
      });
      for (const [country, target] of Object.entries(indicator.targetsByCountry ?? {})) {
        insertTarget({ indicator_id: indicatorId, country_code: country, period_key: null, target });
      }
      for (const entry of indicator.entries ?? []) {
        const entryId = insertEntry({
          indicator_id: indicatorId,
          occurred_on: entry.occurredOn,
          count: entry.count,
          officers: entry.officers ?? null,
          event_id: entry.event ? idOf(eventIds, entry.event, 'event') : null,
          activity_id: null,
          note: entry.note ?? '',
          evidence: entry.evidence ?? '',
        });
        for (const country of new Set(entry.countries ?? [])) insertEntryCountry({ entry_id: entryId, country_code: country });
      }
    });
  }

  return {
    organisations: orgIds.size,
    people: personIds.size,
    bodies: bodyIds.size,
    events: eventIds.size,
    projects: Object.keys(projects).length,
  };
}
