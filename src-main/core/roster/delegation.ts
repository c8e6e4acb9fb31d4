import type { CallArgs, DelegationCandidate } from '../../../src-shared/contract';
import { invalidField } from '../errors';
import { references } from '../references';
import type { Store } from '../store/open';

/** What a new participation copies from the person: whom they represent by default. */
export interface PersonRef {
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

/** Everyone of a country or an organisation a delegation could bring, saying who it leaves out by default. */
export function delegationCandidates(db: Store) {
  const check = references(db);
  const eventExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE id = ?');
  // An interpreter is known by the position or by having interpreted at an event before.
  const CANDIDATE = `
    SELECT p.id, p.country_code, p.organisation_id, p.full_name, p.position, o.name AS organisation_name,
           EXISTS (SELECT 1 FROM participations x WHERE x.event_id = @eventId AND x.person_id = p.id) AS on_roster,
           ifnull(o.kind = 'international_organisation', 0) AS is_international,
           (p.position LIKE '%interpret%' OR EXISTS (SELECT 1 FROM participations x WHERE x.person_id = p.id AND x.role = 'interpreter')) AS is_interpreter
    FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`;
  const candidatesOfCountry = db.prepare<{ eventId: string; key: string }, CandidateDbRow>(
    `${CANDIDATE} WHERE p.country_code = @key ORDER BY p.collation_key, p.id`,
  );
  const candidatesOfOrganisation = db.prepare<{ eventId: string; key: string }, CandidateDbRow>(
    `${CANDIDATE} WHERE p.organisation_id = @key ORDER BY p.collation_key, p.id`,
  );

  const toCandidate = (r: CandidateDbRow, leaveOutInternational: boolean): DelegationCandidate => ({
    personId: r.id,
    fullName: r.full_name,
    position: r.position,
    organisationName: r.organisation_name,
    onRoster: r.on_roster === 1,
    leftOut: r.is_interpreter ? 'interpreter' : leaveOutInternational && r.is_international ? 'international_organisation' : null,
  });

  const candidates = ({ eventId, countryCode, organisationId }: CallArgs<'roster.delegationCandidates'>): Array<DelegationCandidate & PersonRef> => {
    if (!eventExists.get(eventId)) throw invalidField('eventId', 'This event does not exist (it may have been deleted)');
    if (countryCode !== undefined) {
      check.requireCountry(countryCode, 'countryCode');
      return candidatesOfCountry.all({ eventId, key: countryCode }).map((r) => ({ ...r, ...toCandidate(r, true) }));
    }
    check.requireOrganisation(organisationId ?? null, 'organisationId');
    // Staff of an international organisation are its delegation when the organisation is the one invited.
    return candidatesOfOrganisation.all({ eventId, key: organisationId! }).map((r) => ({ ...r, ...toCandidate(r, false) }));
  };

  return candidates;
}
