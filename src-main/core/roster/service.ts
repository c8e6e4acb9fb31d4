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
import type { DomainContext } from '../domain';
import { invalidField, notFound, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { references } from '../references';
import { delegationCandidates, type PersonRef } from './delegation';
import { memberInvitePlanner } from './members';
import { invited, type ParticipationsWriter } from './writer';

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
const ORDER = `ORDER BY rc.name IS NULL, country_collation_key(pa.representing_country_code, rc.name), ${ROLE_ORDER}, p.collation_key, pa.id`;

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
  const candidates = delegationCandidates(db);
  const memberPlan = memberInvitePlanner(db);
  const personById = db.prepare<[string], PersonRef>(
    'SELECT id, country_code, organisation_id FROM people WHERE id = ?',
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
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(`The participation of ${current.fullName}`, current.updatedAt);
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
