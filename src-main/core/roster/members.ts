import type { CallArgs, MemberInvitePlan } from '../../../src-shared/contract';
import { invalidField } from '../errors';
import type { Store } from '../store/open';

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
export type MemberPick = PlannedPerson & { organisationId: string | null };

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

/** Whom "Invite the members of <body>" adds: per member state, its heads of delegation at the latest earlier meeting that had one, else its contact points. */
export function memberInvitePlanner(db: Store) {
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
     ORDER BY p.collation_key, p.id`,
  );

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

  return memberPlan;
}
