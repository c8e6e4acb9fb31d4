import type { Body, ParticipantRole, Person, RosterRow } from '../../../src-shared/contract';
import { clean } from '../files';
import { countryNameIn, type DocumentLabels } from './labels';

export interface ParticipantLine {
  name: string;
  position: string;
  organisation: string;
  email: string;
  phone: string;
}

/** A group of the list: member states, then observers, partners, international organisations, organisers; each by country or organisation. */
export interface ParticipantGroup {
  heading: string;
  parts: Array<{ heading: string | null; people: ParticipantLine[] }>;
}

export interface ParticipantFacts {
  roster: readonly RosterRow[];
  body: Pick<Body, 'members'> | null;
  organisationKind: (id: string) => string | null;
  /** Each person's phones and whether they may appear on a list handed out (the internal list, with contacts, shows everyone). */
  person?: (personId: string) => PersonFacts;
  locale: string;
  labels: DocumentLabels;
  contacts: boolean;
}

export type PersonFacts = Pick<Person, 'phones' | 'onHandouts' | 'givenNames' | 'familyName'>;

type Grouped<T> = Array<{ heading: string; parts: Array<{ heading: string; people: T[] }> }>;

// Within a delegation, the head first, as protocol reads a delegation.
const ROLE_ORDER: readonly ParticipantRole[] = ['chair', 'head_of_delegation', 'speaker', 'delegate', 'observer', 'operational_partner', 'organiser', 'interpreter'];

/**
 * Who is on the list handed out: those who attended once attendance is recorded, else those who
 * confirmed, else everyone invited who has not declined.
 */
export function listed(roster: readonly RosterRow[]): RosterRow[] {
  const notDeclined = roster.filter((r) => r.invitation !== 'declined');
  if (roster.some((r) => r.attendance !== null)) return roster.filter((r) => r.attendance === 'attended');
  const confirmed = notDeclined.filter((r) => r.invitation === 'confirmed');
  return confirmed.length ? confirmed : notDeclined;
}

/** The list of participants grouped as protocol wants it. */
export function participantGroups(f: ParticipantFacts): ParticipantGroup[] {
  const line = (r: RosterRow): ParticipantLine => ({
    name: clean(r.fullName),
    position: clean(r.position),
    organisation: clean(r.organisationAcronym) || clean(r.organisationName),
    email: f.contacts ? r.emails.join(', ') : '',
    phone: f.contacts ? (f.person?.(r.personId).phones ?? []).join(', ') : '',
  });
  return protocolOrder(f).map((g) => ({ heading: g.heading, parts: g.parts.map((p) => ({ heading: p.heading, people: p.people.map(line) })) }));
}

/** Who is listed, in protocol's groups and order: by group, then country or organisation, heads first. */
export function protocolOrder(f: Omit<ParticipantFacts, 'contacts'> & { contacts?: boolean }): Grouped<RosterRow> {
  const kindOf = new Map<string, string>();
  for (const m of f.body?.members ?? []) {
    if (m.countryCode) kindOf.set(`c:${m.countryCode}`, m.kind);
    if (m.organisationId) kindOf.set(`o:${m.organisationId}`, m.kind);
  }
  const collator = new Intl.Collator(f.locale, { sensitivity: 'base' });
  const buckets = { member: new Map<string, RosterRow[]>(), observer: new Map<string, RosterRow[]>(), partner: new Map<string, RosterRow[]>(), io: new Map<string, RosterRow[]>(), organiser: new Map<string, RosterRow[]>(), other: new Map<string, RosterRow[]>() };
  const put = (bucket: Map<string, RosterRow[]>, key: string, row: RosterRow) => bucket.set(key, [...(bucket.get(key) ?? []), row]);
  const countryName = (r: RosterRow) => countryNameIn(f.locale, r.representingCountryCode, r.representingCountryName) || clean(r.representingCountryName);
  const orgName = (r: RosterRow) => clean(r.representingOrgName ?? r.organisationName) || f.labels.lopNoOrganisation;
  const handout = !('contacts' in f && f.contacts);
  for (const r of listed(f.roster)) {
    if (handout && f.person && !f.person(r.personId).onHandouts) continue;
    const org = r.representingOrgId ?? r.organisationId;
    const country = r.representingCountryCode;
    if (r.role === 'organiser') put(buckets.organiser, orgName(r), r);
    else if (r.role === 'operational_partner' || (org && kindOf.get(`o:${org}`) === 'operational_partner')) put(buckets.partner, orgName(r), r);
    else if (country && kindOf.get(`c:${country}`) === 'observer') put(buckets.observer, countryName(r), r);
    else if (country && (kindOf.get(`c:${country}`) === 'member_state' || !f.body)) put(buckets.member, countryName(r), r);
    else if (org && f.organisationKind(org) === 'international_organisation') put(buckets.io, orgName(r), r);
    else if (country) put(buckets.other, countryName(r), r);
    else put(buckets.other, orgName(r), r);
  }
  const byRoleThenName = (a: RosterRow, b: RosterRow) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || collator.compare(a.fullName, b.fullName);
  const group = (heading: string, bucket: Map<string, RosterRow[]>): Grouped<RosterRow> =>
    bucket.size
      ? [
          {
            heading,
            parts: [...bucket]
              .sort(([a], [b]) => collator.compare(a, b))
              .map(([name, rows]) => ({ heading: name, people: [...rows].sort(byRoleThenName) })),
          },
        ]
      : [];
  const L = f.labels;
  return [
    ...group(f.body ? L.lopMemberStates : L.lopCountries, buckets.member),
    ...group(L.lopObservers, buckets.observer),
    ...group(L.lopPartners, buckets.partner),
    ...group(L.lopInternational, buckets.io),
    ...group(L.lopOthers, buckets.other),
    ...group(L.lopOrganisers, buckets.organiser),
  ];
}
