import type { Body, BodySummary, CallArgs, SeriesSummary } from '../../../src-shared/contract';
import type { DomainContext } from '../domain';
import type { EventsService } from '../events';
import { newId, nowIso } from '../ids';
import type { BodiesWriter } from './writer';
import { invalidField, notFound, staleEdit } from '../errors';
import { references } from '../references';

type BodyArgs = CallArgs<'bodies.create'>;

interface SeriesRow {
  id: string;
  body_id: string;
  name: string;
  event_kind: string;
  first_number: number;
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

/** The columns a body's form fills, as stored. */
const bodyColumns = (fields: BodyArgs) => ({
  name: fields.name,
  acronym: fields.acronym,
  kind: fields.kind,
  parent_org_id: fields.parentOrgId,
  founded_on: fields.foundedOn,
  description: fields.description,
});

const HOLDER_NAME = `coalesce(hc.name, ho.name, '')`;

export function bodiesService({ db }: DomainContext, writer: BodiesWriter, events: EventsService) {
  const check = references(db);
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
    `SELECT s.id, s.body_id, s.name, s.event_kind, s.first_number, (SELECT count(*) FROM events e WHERE e.series_id = s.id) AS event_count
     FROM series s WHERE s.body_id = ? ORDER BY s.name`,
  );
  const seriesById = db.prepare<[string], SeriesRow>(
    `SELECT s.id, s.body_id, s.name, s.event_kind, s.first_number, (SELECT count(*) FROM events e WHERE e.series_id = s.id) AS event_count
     FROM series s WHERE s.id = ?`,
  );
  const list = db.prepare<[{ today: string }], { id: string; name: string; acronym: string; kind: BodySummary['kind']; parent_org_name: string | null; member_count: number; current_chair_name: string | null; event_count: number }>(
    `SELECT b.id, b.name, b.acronym, b.kind, o.name AS parent_org_name,
       (SELECT count(*) FROM body_members m WHERE m.body_id = b.id) AS member_count,
       (SELECT ${HOLDER_NAME} FROM chair_terms t LEFT JOIN countries hc ON hc.code = t.holder_country_code
          LEFT JOIN organisations ho ON ho.id = t.holder_org_id
        WHERE t.body_id = b.id AND t.starts_on <= @today AND (t.ends_on IS NULL OR t.ends_on >= @today) ORDER BY t.starts_on DESC LIMIT 1) AS current_chair_name,
       (SELECT count(*) FROM events e WHERE e.body_id = b.id) AS event_count
     FROM bodies b LEFT JOIN organisations o ON o.id = b.parent_org_id ORDER BY b.name COLLATE NOCASE`,
  );

  const toSeries = (s: SeriesRow): SeriesSummary => ({
    id: s.id,
    bodyId: s.body_id,
    name: s.name,
    eventKind: s.event_kind as SeriesSummary['eventKind'],
    firstNumber: s.first_number,
    eventCount: s.event_count,
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
      currentChair: current ? { role: current.role, holderName: current.holderName, startsOn: current.startsOn } : null,
      series: seriesOf.all(id).map(toSeries),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  };

  const validate = (fields: BodyArgs) => {
    check.requireOrganisation(fields.parentOrgId, 'parentOrgId');
    const seen = new Set<string>();
    fields.members.forEach((m, i) => {
      check.requireCountry(m.countryCode, `members.${i}.countryCode`);
      check.requireOrganisation(m.organisationId, `members.${i}.organisationId`);
      const key = m.countryCode ?? m.organisationId!;
      if (seen.has(key)) throw invalidField(`members.${i}`, 'Listed twice');
      seen.add(key);
    });
    fields.chairTerms.forEach((t, i) => {
      check.requireCountry(t.holderCountryCode, `chairTerms.${i}.holderCountryCode`);
      check.requireOrganisation(t.holderOrgId, `chairTerms.${i}.holderOrgId`);
    });
  };

  const requireSeries = (id: string) => {
    const s = seriesById.get(id);
    if (!s) throw notFound('Series', id);
    return s;
  };

  return {
    list(): BodySummary[] {
      return list.all({ today: new Date().toISOString().slice(0, 10) }).map((b) => ({
        id: b.id,
        name: b.name,
        acronym: b.acronym,
        kind: b.kind,
        parentOrgName: b.parent_org_name,
        memberCount: b.member_count,
        currentChairName: b.current_chair_name,
        eventCount: b.event_count,
      }));
    },
    get,
    create: db.transaction((fields: BodyArgs): Body => {
      validate(fields);
      const id = newId();
      const now = nowIso();
      writer.bodies.insert({ id, ...bodyColumns(fields), created_at: now, updated_at: now });
      writer.replaceChildren(id, fields, now);
      return get(id);
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'bodies.update'>): Body => {
      const current = get(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(current.name, current.updatedAt);
      validate(fields);
      const now = nowIso();
      writer.bodies.update(id, { ...bodyColumns(fields), updated_at: now });
      writer.replaceChildren(id, fields, now);
      return get(id);
    }),
    delete: db.transaction((id: string) => {
      get(id);
      for (const s of seriesOf.all(id)) events.leaveSeries(s.id);
      writer.bodies.delete(id);
      events.invalidate();
      return { id };
    }),
    createSeries: db.transaction((fields: CallArgs<'series.create'>): SeriesSummary => {
      if (!byId.get(fields.bodyId)) throw invalidField('bodyId', 'This body does not exist (it may have been deleted)');
      const id = newId();
      const now = nowIso();
      writer.series.insert({ id, body_id: fields.bodyId, name: fields.name, event_kind: fields.eventKind, first_number: fields.firstNumber, created_at: now, updated_at: now });
      return toSeries(requireSeries(id));
    }),
    updateSeries: db.transaction((fields: CallArgs<'series.update'>): SeriesSummary => {
      const current = requireSeries(fields.id);
      if (fields.bodyId !== current.body_id && !byId.get(fields.bodyId)) throw invalidField('bodyId', 'This body does not exist');
      writer.series.update(fields.id, {
        body_id: fields.bodyId,
        name: fields.name,
        event_kind: fields.eventKind,
        first_number: fields.firstNumber ?? current.first_number,
        updated_at: nowIso(),
      });
      events.renumberSeries(fields.id);
      return toSeries(requireSeries(fields.id));
    }),
    deleteSeries: db.transaction((id: string) => {
      requireSeries(id);
      events.leaveSeries(id);
      writer.series.delete(id);
      return { id };
    }),
  };
}

export type BodiesService = ReturnType<typeof bodiesService>;
