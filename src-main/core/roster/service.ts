import {
  type CallArgs,
  participantRoles,
  type ParticipantRole,
  type RosterAddResult,
  type RosterCounts,
  type RosterList,
  type RosterRow,
} from '../../../src-shared/contract';
import { newId, nowIso } from '../ids';
import { invalidField, lookups, notFound, staleEdit } from '../services/lookups';
import type { Store } from '../store/open';

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

export function rosterService(db: Store) {
  const check = lookups(db);
  const eventTitle = db.prepare<[string], { title: string }>('SELECT title FROM events WHERE id = ?');
  const listRows = db.prepare<[string], RosterDbRow>(`${SELECT} WHERE pa.event_id = ? ${ORDER}`);
  const rowById = db.prepare<[string], RosterDbRow>(`${SELECT} WHERE pa.id = ?`);
  const personById = db.prepare<[string], PersonRef>(
    'SELECT id, country_code, organisation_id FROM people WHERE id = ?',
  );
  const peopleOfCountry = db.prepare<[string], PersonRef>(
    'SELECT id, country_code, organisation_id FROM people WHERE country_code = ? ORDER BY sort_name, id',
  );
  const peopleOfOrganisation = db.prepare<[string], PersonRef>(
    'SELECT id, country_code, organisation_id FROM people WHERE organisation_id = ? ORDER BY sort_name, id',
  );
  const insert = db.prepare(
    `INSERT INTO participations (id, event_id, person_id, role, representing_country_code, representing_org_id, invitation, created_at, updated_at)
     VALUES (@id, @eventId, @personId, @role, @countryCode, @orgId, @invitation, @now, @now)
     ON CONFLICT (event_id, person_id) DO NOTHING`,
  );
  const update = db.prepare(
    `UPDATE participations SET role = @role, representing_country_code = @representingCountryCode, representing_org_id = @representingOrgId,
       invitation = @invitation, attendance = @attendance, notes = @notes, updated_at = @now
     WHERE id = @id`,
  );
  // One statement for every combination: a field is left alone unless its flag is set, so attendance can be cleared to null.
  const bulkUpdate = db.prepare(
    `UPDATE participations SET
       invitation = CASE WHEN @setInvitation THEN @invitation ELSE invitation END,
       attendance = CASE WHEN @setAttendance THEN @attendance ELSE attendance END,
       role = CASE WHEN @setRole THEN @role ELSE role END,
       updated_at = @now
     WHERE id IN (SELECT value FROM json_each(@ids))`,
  );
  const remove = db.prepare<{ ids: string }>('DELETE FROM participations WHERE id IN (SELECT value FROM json_each(@ids))');

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
      added += insert.run({
        id: newId(),
        eventId,
        personId: person.id,
        role,
        countryCode: person.country_code,
        orgId: person.organisation_id,
        invitation,
        now,
      }).changes;
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
    addDelegation: db.transaction(({ eventId, countryCode, organisationId, role, invitation }: CallArgs<'roster.addDelegation'>) => {
      requireEvent(eventId, 'eventId');
      if (countryCode !== undefined) {
        check.requireCountry(countryCode, 'countryCode');
        return addPeople(eventId, peopleOfCountry.all(countryCode), role, invitation);
      }
      check.requireOrganisation(organisationId ?? null, 'organisationId');
      return addPeople(eventId, peopleOfOrganisation.all(organisationId!), role, invitation);
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'roster.update'>): RosterRow => {
      const current = get(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(`${current.fullName}'s participation`, current.updatedAt);
      check.requireCountry(fields.representingCountryCode, 'representingCountryCode');
      check.requireOrganisation(fields.representingOrgId, 'representingOrgId');
      update.run({ id, ...fields, now: nowIso() });
      return get(id);
    }),
    bulkUpdate: db.transaction(({ ids, invitation, attendance, role }: CallArgs<'roster.bulkUpdate'>) => {
      const { changes } = bulkUpdate.run({
        ids: JSON.stringify(ids),
        setInvitation: invitation === undefined ? 0 : 1,
        invitation: invitation ?? null,
        setAttendance: attendance === undefined ? 0 : 1,
        attendance: attendance ?? null,
        setRole: role === undefined ? 0 : 1,
        role: role ?? null,
        now: nowIso(),
      });
      return { updated: changes };
    }),
    remove: db.transaction(({ ids }: CallArgs<'roster.remove'>) => ({ removed: remove.run({ ids: JSON.stringify(ids) }).changes })),
  };
}

export type RosterService = ReturnType<typeof rosterService>;
