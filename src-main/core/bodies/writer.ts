import type { CallArgs } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import { newId } from '../ids';
import { tableWriter } from '../store/table';

export type BodiesRow = {
  id: string;
  name: string;
  acronym: string;
  kind: string;
  parent_org_id: string | null;
  founded_on: string | null;
  description: string;
  created_at: string;
  updated_at: string;
};
export type BodyMembersRow = {
  id: string;
  body_id: string;
  country_code: string | null;
  organisation_id: string | null;
  kind: string;
  since: string | null;
  until: string | null;
  created_at: string;
  updated_at: string;
};
export type ChairTermsRow = {
  id: string;
  body_id: string;
  role: string;
  holder_country_code: string | null;
  holder_org_id: string | null;
  starts_on: string;
  ends_on: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
};
export type SeriesRow = { id: string; body_id: string; name: string; event_kind: string; first_number: number; titles: string; created_at: string; updated_at: string };

const STAMPS = ['created_at', 'updated_at'] as const;

/** The one writer of bodies, their members, chair terms and meeting series. */
export function bodiesWriter({ db, onChange }: DomainContext) {
  const bodies = tableWriter<BodiesRow>(db, onChange, {
    table: 'bodies',
    columns: ['id', 'name', 'acronym', 'kind', 'parent_org_id', 'founded_on', 'description', ...STAMPS],
  });
  const members = tableWriter<BodyMembersRow>(db, onChange, {
    table: 'body_members',
    columns: ['id', 'body_id', 'country_code', 'organisation_id', 'kind', 'since', 'until', ...STAMPS],
    natural: (r) => [r.body_id, r.country_code, r.organisation_id],
  });
  const terms = tableWriter<ChairTermsRow>(db, onChange, {
    table: 'chair_terms',
    columns: ['id', 'body_id', 'role', 'holder_country_code', 'holder_org_id', 'starts_on', 'ends_on', 'notes', ...STAMPS],
  });
  const series = tableWriter<SeriesRow>(db, onChange, { table: 'series', columns: ['id', 'body_id', 'name', 'event_kind', 'first_number', 'titles', ...STAMPS] });
  return {
    bodies,
    members,
    terms,
    series,
    /** Replaces a body's members and chair terms by those of its form. */
    replaceChildren(bodyId: string, fields: Pick<CallArgs<'bodies.create'>, 'members' | 'chairTerms'>, now: string) {
      members.deleteWhere({ body_id: bodyId });
      for (const m of fields.members) {
        members.insert({
          id: newId(),
          body_id: bodyId,
          country_code: m.countryCode,
          organisation_id: m.organisationId,
          kind: m.kind,
          since: m.since,
          until: m.until,
          created_at: now,
          updated_at: now,
        });
      }
      terms.deleteWhere({ body_id: bodyId });
      for (const t of fields.chairTerms) {
        terms.insert({
          id: newId(),
          body_id: bodyId,
          role: t.role,
          holder_country_code: t.holderCountryCode,
          holder_org_id: t.holderOrgId,
          starts_on: t.startsOn,
          ends_on: t.endsOn,
          notes: t.notes,
          created_at: now,
          updated_at: now,
        });
      }
    },
  };
}
export type BodiesWriter = ReturnType<typeof bodiesWriter>;
