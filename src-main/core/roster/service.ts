import {
  type CallArgs,
  type DelegationCandidate,
  type MemberInvitePlan,
  participantRoles,
  type ParticipantRole,
  type RosterAddResult,
  type RosterCounts,
  type RosterList,
  type RosterRow,
} from '../../../src-shared/contract';
import { newId, nowIso } from '../ids';
import { invited, type ParticipationsWriter } from './writer';
import { invalidField, notFound, staleEdit } from '../errors';
import { references } from '../references';
import type { DomainContext } from '../domain';

interface RosterDbRow {
  id: string;
  person_id: string;
  full_name: string;
  position: string;
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_acronym: string | null;
  person_country_code: string | null;
  role: RosterRow['role'];
  representing_country_code: string | null;
  representing_country_name: string | null;
  representing_org_id: string | null;
  representing_org_name: string | null;
  invitation: RosterRow['invitation'];
  attendance: RosterRow['attendance'];
  notes: string;
  emails: string;
  updated_at: string;
}

/** What a new participation copies from the person: whom they represent by default. */
interface PersonRef {
  id: string;
  country_code: string | null;
  organisation_id: string | null;
}

interface CandidateDbRow extends PersonRef {
  full_name: string;
  position: string;
  organisation_name: string | null;
  on_roster: number;
  is_international: number;
  is_interpreter: number;
}

interface MemberPickDbRow {
  person_id: string;
  full_name: string;
  position: string;
  organisation_id: string | null;
  organisation_name: string | null;
  country_code: string;
  source_event_title: string | null;
  source_starts_at: string | null;
  on_roster: number;
}

type PlannedPerson = MemberInvitePlan['states'][number]['people'][number];
type MemberPick = PlannedPerson & { organisationId: string | null };

const withoutOrganisationId = (p: MemberPick): PlannedPerson => ({
  personId: p.personId,
  fullName: p.fullName,
  position: p.position,
  organisationName: p.organisationName,
  role: p.role,
  source: p.source,
  sourceEventTitle: p.sourceEventTitle,
  onRoster: p.onRoster,
});

const toRow = (r: RosterDbRow): RosterRow => ({
  id: r.id,
  personId: r.person_id,
  fullName: r.full_name,
  position: r.position,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  organisationAcronym: r.organisation_acronym,
  personCountryCode: r.person_country_code,
  role: r.role,
  representingCountryCode: r.representing_country_code,
  representingCountryName: r.representing_country_name,
  representingOrgId: r.representing_org_id,
  representingOrgName: r.representing_org_name,
  invitation: r.invitation,
  attendance: r.attendance,
  notes: r.notes,
  emails: JSON.parse(r.emails) as string[],
  updatedAt: r.updated_at,
});

const ROLE_ORDER = `CASE pa.role ${participantRoles.map((role, i) => `WHEN '${role}' THEN ${i}`).join(' ')} END`;

const SELECT = `
  SELECT pa.id, pa.person_id, p.full_name, p.position, p.organisation_id, o.name AS organisation_name,
         o.acronym AS organisation_acronym, p.country_code AS person_country_code, pa.role,
         pa.representing_country_code, rc.name AS representing_country_name,
         pa.representing_org_id, ro.name AS representing_org_name,
         pa.invitation, pa.attendance, pa.notes, p.emails, pa.updated_at
  FROM participations pa
  JOIN people p ON p.id = pa.person_id
  LEFT JOIN organisations o ON o.id = p.organisation_id
  LEFT JOIN countries rc ON rc.code = pa.representing_country_code
  LEFT JOIN organisations ro ON ro.id = pa.representing_org_id`;

/** Rows with no representing country come last. */
const ORDER = `ORDER BY rc.name IS NULL, rc.name COLLATE NOCASE, ${ROLE_ORDER}, p.sort_name, pa.id`;

/** Tallies computed from the rows themselves, so they always agree with what the roster shows. */
export function countRoster(rows: readonly RosterRow[]): RosterCounts {
  const byCountry = new Map<string, RosterCounts['byCountry'][number]>();
  const byRole = new Map<ParticipantRole, number>();
  const byInvitation = { invited: 0, confirmed: 0, declined: 0 };
  const byAttendance = { attended: 0, excused: 0, no_show: 0, unknown: 0 };
  for (const row of rows) {
    const key = row.representingCountryCode ?? '';
    let country = byCountry.get(key);
    if (!country) {
      country = { countryCode: row.representingCountryCode, countryName: row.representingCountryName, total: 0, confirmed: 0, attended: 0 };
      byCountry.set(key, country);
    }
    country.total++;
    if (row.invitation === 'confirmed') country.confirmed++;
    if (row.attendance === 'attended') country.attended++;
    byRole.set(row.role, (byRole.get(row.role) ?? 0) + 1);
    byInvitation[row.invitation]++;
    byAttendance[row.attendance ?? 'unknown']++;
  }
  return {
    total: rows.length,
    byCountry: [...byCountry.values()],
    byRole: participantRoles.filter((role) => byRole.has(role)).map((role) => ({ role, total: byRole.get(role)! })),
    byInvitation,
    byAttendance,
  };
}

export function rosterService({ db }: DomainContext, writer: ParticipationsWriter) {
  const check = references(db);
  const eventTitle = db.prepare<[string], { title: string }>('SELECT title FROM events WHERE id = ?');
  const listRows = db.prepare<[string], RosterDbRow>(`${SELECT} WHERE pa.event_id = ? ${ORDER}`);
  const rowById = db.prepare<[string], RosterDbRow>(`${SELECT} WHERE pa.id = ?`);
  const personById = db.prepare<[string], PersonRef>(
    'SELECT id, country_code, organisation_id FROM people WHERE id = ?',
  );
  // An interpreter is known by the position or by having interpreted at an event before.
  const CANDIDATE = `
    SELECT p.id, p.country_code, p.organisation_id, p.full_name, p.position, o.name AS organisation_name,
           EXISTS (SELECT 1 FROM participations x WHERE x.event_id = @eventId AND x.person_id = p.id) AS on_roster,
           ifnull(o.kind = 'international_organisation', 0) AS is_international,
           (p.position LIKE '%interpret%' OR EXISTS (SELECT 1 FROM participations x WHERE x.person_id = p.id AND x.role = 'interpreter')) AS is_interpreter
    FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`;
  const candidatesOfCountry = db.prepare<{ eventId: string; key: string }, CandidateDbRow>(
    `${CANDIDATE} WHERE p.country_code = @key ORDER BY p.sort_name, p.id`,
  );
  const candidatesOfOrganisation = db.prepare<{ eventId: string; key: string }, CandidateDbRow>(
    `${CANDIDATE} WHERE p.organisation_id = @key ORDER BY p.sort_name, p.id`,
  );
  const eventRef = db.prepare<[string], { starts_at: string }>('SELECT starts_at FROM events WHERE id = ?');
  const bodyName = db.prepare<[string], { name: string }>('SELECT name FROM bodies WHERE id = ?');
  // Member states at the event's date, by name.
  const memberStates = db.prepare<{ bodyId: string; day: string }, { code: string; name: string }>(
    `SELECT c.code, c.name FROM body_members m JOIN countries c ON c.code = m.country_code
     WHERE m.body_id = @bodyId AND m.kind = 'member_state' AND (m.until IS NULL OR m.until >= @day) AND (m.since IS NULL OR m.since <= @day)
     ORDER BY c.name COLLATE NOCASE`,
  );
  const earlierHeads = db.prepare<{ bodyId: string; eventId: string; before: string }, MemberPickDbRow>(
    `SELECT p.id AS person_id, p.full_name, p.position, p.organisation_id, o.name AS organisation_name,
            pa.representing_country_code AS country_code, e.title AS source_event_title, e.starts_at AS source_starts_at,
            EXISTS (SELECT 1 FROM participations x WHERE x.event_id = @eventId AND x.person_id = p.id) AS on_roster
     FROM participations pa
     JOIN events e ON e.id = pa.event_id
     JOIN people p ON p.id = pa.person_id
     LEFT JOIN organisations o ON o.id = p.organisation_id
     WHERE e.body_id = @bodyId AND e.id <> @eventId AND e.starts_at < @before AND e.status <> 'cancelled'
       AND pa.role = 'head_of_delegation' AND pa.representing_country_code IS NOT NULL
     ORDER BY e.starts_at DESC, p.sort_name, p.id`,
  );
  // A contact point on the staff of an international organisation does not speak for the country.
  const spocs = db.prepare<{ eventId: string }, MemberPickDbRow>(
    `SELECT p.id AS person_id, p.full_name, p.position, p.organisation_id, o.name AS organisation_name,
            p.country_code, NULL AS source_event_title, NULL AS source_starts_at,
            EXISTS (SELECT 1 FROM participations x WHERE x.event_id = @eventId AND x.person_id = p.id) AS on_roster
     FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
     WHERE p.is_spoc = 1 AND p.country_code IS NOT NULL AND ifnull(o.kind, '') <> 'international_organisation'
     ORDER BY p.sort_name, p.id`,
  );

  const requireEvent = (eventId: string, path: string): string => {
    const event = eventTitle.get(eventId);
    if (!event) throw invalidField(path, 'This event does not exist (it may have been deleted)');
    return event.title;
  };

  const get = (id: string): RosterRow => {
    const row = rowById.get(id);
    if (!row) throw notFound('Participant', id);
    return toRow(row);
  };

  /** The event's title and its rows in roster order; not_found for an unknown event. */
  const rowsOf = (eventId: string): { title: string; rows: RosterRow[] } => {
    const event = eventTitle.get(eventId);
    if (!event) throw notFound('Event', eventId);
    return { title: event.title, rows: listRows.all(eventId).map(toRow) };
  };

  const toCandidate = (r: CandidateDbRow, leaveOutInternational: boolean): DelegationCandidate => ({
    personId: r.id,
    fullName: r.full_name,
    position: r.position,
    organisationName: r.organisation_name,
    onRoster: r.on_roster === 1,
    leftOut: r.is_interpreter ? 'interpreter' : leaveOutInternational && r.is_international ? 'international_organisation' : null,
  });

  const candidates = ({ eventId, countryCode, organisationId }: CallArgs<'roster.delegationCandidates'>): Array<DelegationCandidate & PersonRef> => {
    requireEvent(eventId, 'eventId');
    if (countryCode !== undefined) {
      check.requireCountry(countryCode, 'countryCode');
      return candidatesOfCountry.all({ eventId, key: countryCode }).map((r) => ({ ...r, ...toCandidate(r, true) }));
    }
    check.requireOrganisation(organisationId ?? null, 'organisationId');
    // Staff of an international organisation are its delegation when the organisation is the one invited.
    return candidatesOfOrganisation.all({ eventId, key: organisationId! }).map((r) => ({ ...r, ...toCandidate(r, false) }));
  };

  /** For each member state: its heads of delegation at the latest earlier meeting that had one, else its contact points. */
  const memberPlan = ({ eventId, bodyId, pick }: CallArgs<'roster.inviteMembersPreview'>): { plan: MemberInvitePlan; picks: Array<MemberPick & { countryCode: string }> } => {
    const event = eventRef.get(eventId);
    if (!event) throw invalidField('eventId', 'This event does not exist (it may have been deleted)');
    const body = bodyName.get(bodyId);
    if (!body) throw invalidField('bodyId', 'This body does not exist (it may have been deleted)');
    const toPick = (r: MemberPickDbRow, source: MemberPick['source']): MemberPick => ({
      personId: r.person_id,
      fullName: r.full_name,
      position: r.position,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      role: source === 'earlier_head' ? 'head_of_delegation' : 'delegate',
      source,
      sourceEventTitle: r.source_event_title,
      onRoster: r.on_roster === 1,
    });
    const spocsByCountry = new Map<string, MemberPickDbRow[]>();
    for (const r of spocs.all({ eventId })) spocsByCountry.set(r.country_code, [...(spocsByCountry.get(r.country_code) ?? []), r]);
    const headsByCountry = new Map<string, MemberPickDbRow[]>();
    if (pick === 'heads') {
      for (const r of earlierHeads.all({ bodyId, eventId, before: event.starts_at })) {
        const heads = headsByCountry.get(r.country_code);
        // Only the latest meeting at which the country had a head of delegation counts.
        if (!heads) headsByCountry.set(r.country_code, [r]);
        else if (heads[0]!.source_starts_at === r.source_starts_at && !heads.some((h) => h.person_id === r.person_id)) heads.push(r);
      }
    }
    const taken = new Set<string>();
    const states = memberStates.all({ bodyId, day: event.starts_at.slice(0, 10) }).map((state) => {
      const heads = headsByCountry.get(state.code);
      const found = heads ? heads.map((r) => toPick(r, 'earlier_head')) : (spocsByCountry.get(state.code) ?? []).map((r) => toPick(r, 'spoc'));
      // A person listed for two states is added once, for the first.
      const people = found.filter((p) => !taken.has(p.personId));
      for (const p of people) taken.add(p.personId);
      return { countryCode: state.code, countryName: state.name, people };
    });
    const picks = states.flatMap((s) => s.people.map((p) => ({ ...p, countryCode: s.countryCode })));
    return {
      plan: {
        bodyId,
        bodyName: body.name,
        pick,
        states: states.map((s) => ({ ...s, people: s.people.map((p) => withoutOrganisationId(p)) })),
        toAdd: picks.filter((p) => !p.onRoster).length,
        onRoster: picks.filter((p) => p.onRoster).length,
      },
      picks,
    };
  };

  const addPeople = (
    eventId: string,
    people: ReadonlyArray<PersonRef>,
    role: ParticipantRole,
    invitation: CallArgs<'roster.add'>['invitation'],
  ): RosterAddResult => {
    const now = nowIso();
    let added = 0;
    for (const person of people) {
      const row = { id: newId(), event_id: eventId, person_id: person.id, role, representing_country_code: person.country_code, representing_org_id: person.organisation_id, invitation };
      if (writer.insert(invited(row, now))) added++;
    }
    return { added, skipped: people.length - added };
  };

  return {
    rows: rowsOf,
    list(eventId: string): RosterList {
      const { rows } = rowsOf(eventId);
      return { rows, counts: countRoster(rows) };
    },
    get,
    add: db.transaction(({ eventId, personIds, role, invitation }: CallArgs<'roster.add'>): RosterAddResult => {
      requireEvent(eventId, 'eventId');
      const people = personIds.map((personId, i) => {
        const person = personById.get(personId);
        if (!person) throw invalidField(`personIds.${i}`, 'This person does not exist (they may have been deleted)');
        return person;
      });
      return addPeople(eventId, people, role, invitation);
    }),
    delegationCandidates: (args: CallArgs<'roster.delegationCandidates'>): DelegationCandidate[] =>
      candidates(args).map(({ personId, fullName, position, organisationName, onRoster, leftOut }) => ({ personId, fullName, position, organisationName, onRoster, leftOut })),
    addDelegation: db.transaction(({ role, invitation, ...scope }: CallArgs<'roster.addDelegation'>) => {
      const people = candidates(scope).filter((c) => c.leftOut === null);
      return addPeople(scope.eventId, people, role, invitation);
    }),
    inviteMembersPreview: (args: CallArgs<'roster.inviteMembersPreview'>): MemberInvitePlan => memberPlan(args).plan,
    inviteMembers: db.transaction((args: CallArgs<'roster.inviteMembers'>): RosterAddResult => {
      const { picks } = memberPlan(args);
      const now = nowIso();
      let added = 0;
      for (const person of picks) {
        const row = {
          id: newId(),
          event_id: args.eventId,
          person_id: person.personId,
          role: person.role,
          representing_country_code: person.countryCode,
          representing_org_id: person.organisationId,
          invitation: args.invitation,
        };
        if (writer.insert(invited(row, now))) added++;
      }
      return { added, skipped: picks.length - added };
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'roster.update'>): RosterRow => {
      const current = get(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(`${current.fullName}'s participation`, current.updatedAt);
      check.requireCountry(fields.representingCountryCode, 'representingCountryCode');
      check.requireOrganisation(fields.representingOrgId, 'representingOrgId');
      writer.update(id, {
        role: fields.role,
        representing_country_code: fields.representingCountryCode,
        representing_org_id: fields.representingOrgId,
        invitation: fields.invitation,
        attendance: fields.attendance,
        notes: fields.notes,
        updated_at: nowIso(),
      });
      return get(id);
    }),
    // A field left out stays as it is; attendance given as null is cleared.
    bulkUpdate: db.transaction(({ ids, invitation, attendance, role }: CallArgs<'roster.bulkUpdate'>) => ({
      updated: writer.updateMany(ids, { invitation, attendance, role, updated_at: nowIso() }).length,
    })),
    remove: db.transaction(({ ids }: CallArgs<'roster.remove'>) => ({ removed: writer.deleteMany(ids).length })),
  };
}

export type RosterService = ReturnType<typeof rosterService>;
