import type { Body, BodySummary, SeriesSummary } from '../../../src-shared/contract';
import { notFound } from '../errors';
import type { Store } from '../store/open';

export interface SeriesRow {
  id: string;
  body_id: string;
  name: string;
  event_kind: string;
  first_number: number;
  titles: string;
  event_count: number;
}

interface BodyRow {
  id: string;
  name: string;
  acronym: string;
  kind: Body['kind'];
  parent_org_id: string | null;
  parent_org_name: string | null;
  founded_on: string | null;
  description: string;
  created_at: string;
  updated_at: string;
}


const HOLDER_NAME = `coalesce(hc.name, ho.name, '')`;

/** Bodies as their screen shows them: members, chair terms with the current chair, and meeting series. */
export function bodiesReader(db: Store) {
  const byId = db.prepare<[string], BodyRow>(
    `SELECT b.id, b.name, b.acronym, b.kind, b.parent_org_id, o.name AS parent_org_name, b.founded_on, b.description, b.created_at, b.updated_at
     FROM bodies b LEFT JOIN organisations o ON o.id = b.parent_org_id WHERE b.id = ?`,
  );
  const members = db.prepare<[string], Record<string, string | null>>(
    `SELECT m.country_code, c.name AS country_name, m.organisation_id, o.name AS organisation_name, m.kind, m.since, m.until
     FROM body_members m LEFT JOIN countries c ON c.code = m.country_code LEFT JOIN organisations o ON o.id = m.organisation_id
     WHERE m.body_id = ? ORDER BY m.kind, coalesce(c.name, o.name)`,
  );
  const terms = db.prepare<[string], Record<string, string | null>>(
    `SELECT t.role, t.holder_country_code, t.holder_org_id, ${HOLDER_NAME} AS holder_name, t.starts_on, t.ends_on, t.notes
     FROM chair_terms t LEFT JOIN countries hc ON hc.code = t.holder_country_code LEFT JOIN organisations ho ON ho.id = t.holder_org_id
     WHERE t.body_id = ? ORDER BY t.starts_on`,
  );
  const seriesOf = db.prepare<[string], SeriesRow>(
    `SELECT s.id, s.body_id, s.name, s.event_kind, s.first_number, s.titles, (SELECT count(*) FROM events e WHERE e.series_id = s.id) AS event_count
     FROM series s WHERE s.body_id = ? ORDER BY s.name`,
  );
  const seriesById = db.prepare<[string], SeriesRow>(
    `SELECT s.id, s.body_id, s.name, s.event_kind, s.first_number, s.titles, (SELECT count(*) FROM events e WHERE e.series_id = s.id) AS event_count
     FROM series s WHERE s.id = ?`,
  );
  const list = db.prepare<
    [{ today: string }],
    { id: string; name: string; acronym: string; kind: BodySummary['kind']; parent_org_name: string | null; member_count: number; current_chair_name: string | null; current_chair_country_code: string | null; event_count: number }
  >(
    `SELECT b.id, b.name, b.acronym, b.kind, o.name AS parent_org_name,
       (SELECT count(*) FROM body_members m WHERE m.body_id = b.id) AS member_count,
       CASE WHEN t.id IS NULL THEN NULL ELSE ${HOLDER_NAME} END AS current_chair_name, t.holder_country_code AS current_chair_country_code,
       (SELECT count(*) FROM events e WHERE e.body_id = b.id) AS event_count
     FROM bodies b LEFT JOIN organisations o ON o.id = b.parent_org_id
       LEFT JOIN chair_terms t ON t.id = (SELECT c.id FROM chair_terms c WHERE c.body_id = b.id AND c.starts_on <= @today AND (c.ends_on IS NULL OR c.ends_on >= @today) ORDER BY c.starts_on DESC LIMIT 1)
       LEFT JOIN countries hc ON hc.code = t.holder_country_code
       LEFT JOIN organisations ho ON ho.id = t.holder_org_id
     ORDER BY b.name COLLATE NOCASE`,
  );

  const toSeries = (s: SeriesRow): SeriesSummary => ({
    id: s.id,
    bodyId: s.body_id,
    name: s.name,
    eventKind: s.event_kind as SeriesSummary['eventKind'],
    firstNumber: s.first_number,
    eventCount: s.event_count,
    titles: JSON.parse(s.titles) as Record<string, string>,
  });

  const get = (id: string): Body => {
    const row = byId.get(id);
    if (!row) throw notFound('Body', id);
    const chairTerms = terms.all(id).map((t) => ({
      role: t.role as Body['chairTerms'][number]['role'],
      holderCountryCode: t.holder_country_code ?? null,
      holderOrgId: t.holder_org_id ?? null,
      holderName: t.holder_name ?? '',
      startsOn: t.starts_on!,
      endsOn: t.ends_on ?? null,
      notes: t.notes ?? '',
    }));
    const today = new Date().toISOString().slice(0, 10);
    const current = [...chairTerms].reverse().find((t) => t.startsOn <= today && (t.endsOn === null || t.endsOn >= today));
    return {
      id: row.id,
      name: row.name,
      acronym: row.acronym,
      kind: row.kind,
      parentOrgId: row.parent_org_id,
      parentOrgName: row.parent_org_name,
      foundedOn: row.founded_on,
      description: row.description,
      members: members.all(id).map((m) => ({
        countryCode: m.country_code ?? null,
        countryName: m.country_name ?? null,
        organisationId: m.organisation_id ?? null,
        organisationName: m.organisation_name ?? null,
        kind: m.kind as Body['members'][number]['kind'],
        since: m.since ?? null,
        until: m.until ?? null,
      })),
      chairTerms,
      currentChair: current ? { role: current.role, holderName: current.holderName, holderCountryCode: current.holderCountryCode, startsOn: current.startsOn } : null,
      series: seriesOf.all(id).map(toSeries),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  };

  const requireSeries = (id: string) => {
    const s = seriesById.get(id);
    if (!s) throw notFound('Series', id);
    return s;
  };

  return {
    exists: (id: string) => byId.get(id) !== undefined,
    seriesOf: (bodyId: string) => seriesOf.all(bodyId),
    requireSeries,
    toSeries,
    list(): BodySummary[] {
      return list.all({ today: new Date().toISOString().slice(0, 10) }).map((b) => ({
        id: b.id,
        name: b.name,
        acronym: b.acronym,
        kind: b.kind,
        parentOrgName: b.parent_org_name,
        memberCount: b.member_count,
        currentChairName: b.current_chair_name,
        currentChairCountryCode: b.current_chair_country_code,
        eventCount: b.event_count,
      }));
    },
    get,
  };
}

export type BodiesReader = ReturnType<typeof bodiesReader>;
