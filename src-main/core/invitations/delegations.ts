import type { Body, InvitationDelegation, InvitationGroup, LiaisonEvent } from '../../../src-shared/contract';
import type { Store } from '../store/open';

interface ContactRow {
  id: string;
  full_name: string;
  emails: string;
}

const GROUP_ORDER: readonly InvitationGroup[] = ['member_state', 'observer', 'operational_partner', 'international_organisation'];

/** Who an event's packs can go to: the body's members on the event's day, each with its contact points. */
export function delegationsReader(db: Store, organisationKind: (id: string) => string | null) {
  // As "Invite the members" picks them: a contact point on the staff of an international organisation does not speak for the country.
  const countryContacts = db.prepare<[string], ContactRow>(
    `SELECT p.id, p.full_name, p.emails FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
     WHERE p.is_spoc = 1 AND p.country_code = ? AND ifnull(o.kind, '') <> 'international_organisation'
     ORDER BY p.sort_name, p.id`,
  );
  const organisationContacts = db.prepare<[string], ContactRow>(
    'SELECT p.id, p.full_name, p.emails FROM people p WHERE p.is_spoc = 1 AND p.organisation_id = ? ORDER BY p.sort_name, p.id',
  );
  const contactsOf = (rows: ContactRow[]) =>
    rows.map((r) => ({ personId: r.id, fullName: r.full_name, emails: (JSON.parse(r.emails) as string[]).filter(Boolean) }));

  return function delegationsOf(event: LiaisonEvent, body: Body | null): InvitationDelegation[] {
    if (!body) return [];
    const day = event.startsAt.slice(0, 10);
    const seen = new Set<string>();
    const list: InvitationDelegation[] = [];
    for (const member of body.members) {
      if ((member.since && member.since > day) || (member.until && member.until < day)) continue;
      if (member.countryCode) {
        const key = `country:${member.countryCode}`;
        if (seen.has(key)) continue;
        seen.add(key);
        list.push({
          key,
          group: member.kind,
          name: member.countryName ?? member.countryCode,
          countryCode: member.countryCode,
          organisationId: null,
          contacts: contactsOf(countryContacts.all(member.countryCode)),
        });
      } else if (member.organisationId) {
        const key = `org:${member.organisationId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const international = organisationKind(member.organisationId) === 'international_organisation';
        list.push({
          key,
          group: international && member.kind !== 'member_state' ? 'international_organisation' : member.kind,
          name: member.organisationName ?? '',
          countryCode: null,
          organisationId: member.organisationId,
          contacts: contactsOf(organisationContacts.all(member.organisationId)),
        });
      }
    }
    return list.sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || a.name.localeCompare(b.name, 'en'));
  };
}
