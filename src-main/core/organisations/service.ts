import type { CallArgs, Organisation, OrganisationOption } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { DomainContext } from '../domain';
import { invalidField, notFound, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { crossScriptQuery } from '../latin';
import { references } from '../references';
import { statementCache, type ListQuery } from '../store/statements';
import { foldForSort } from '../text';
import { organisationColumns, organisationsWriter } from './writer';

interface OrganisationRow {
  id: string;
  name: string;
  acronym: string;
  kind: Organisation['kind'];
  country_code: string | null;
  country_name: string | null;
  parent_id: string | null;
  parent_name: string | null;
  website: string;
  notes: string;
  people_count: number;
  created_at: string;
  updated_at: string;
}

const toOrganisation = (r: OrganisationRow): Organisation => ({
  id: r.id,
  name: r.name,
  acronym: r.acronym,
  kind: r.kind,
  countryCode: r.country_code,
  countryName: r.country_name,
  parentId: r.parent_id,
  parentName: r.parent_name,
  website: r.website,
  notes: r.notes,
  peopleCount: r.people_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT o.id, o.name, o.acronym, o.kind, o.country_code, c.name AS country_name, o.parent_id,
         parent.name AS parent_name, o.website, o.notes,
         (SELECT count(*) FROM people p WHERE p.organisation_id = o.id) AS people_count,
         o.created_at, o.updated_at
  FROM organisations o
  LEFT JOIN countries c ON c.code = o.country_code
  LEFT JOIN organisations parent ON parent.id = o.parent_id`;

const SORT: Record<CallArgs<'organisations.list'>['sort'], string> = {
  name: 'o.collation_key',
  acronym: 'o.acronym COLLATE NOCASE',
  kind: 'o.kind',
  country: 'country_collation_key(o.country_code, c.name)',
  people: 'people_count',
  updated: 'o.updated_at',
};

/** The SQL behind `organisations.list`; exported so the benchmark can time the raw query against the call. */
export function buildOrganisationListQuery(args: CallArgs<'organisations.list'>): ListQuery {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: args.limit, offset: args.offset };
  const match = crossScriptQuery(args.search);
  if (match) {
    where.push('o.rowid IN (SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH @match)');
    params.match = match;
  }
  if (args.countryCode) {
    where.push('o.country_code = @countryCode');
    params.countryCode = args.countryCode;
  }
  if (args.kind) {
    where.push('o.kind = @kind');
    params.kind = args.kind;
  }
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const dir = args.dir === 'desc' ? 'DESC' : 'ASC';
  return {
    sql: `${SELECT}${whereSql} ORDER BY ${SORT[args.sort]} ${dir}, o.id ${dir} LIMIT @limit OFFSET @offset`,
    countSql: `SELECT count(*) AS total FROM organisations o${whereSql}`,
    params,
  };
}

export function organisationsService(context: DomainContext) {
  const { db } = context;
  const check = references(db);
  const writer = organisationsWriter(context);
  const prepared = statementCache(db);

  const byId = db.prepare<[string], OrganisationRow>(`${SELECT} WHERE o.id = ?`);
  const options = db.prepare<[], { id: string; name: string; acronym: string; country_code: string | null }>(
    'SELECT id, name, acronym, country_code FROM organisations ORDER BY collation_key, id',
  );
  const sameName = db.prepare<[string, string, string], { id: string }>(
    `SELECT id FROM organisations WHERE sort_name = ? AND ifnull(country_code, '') = ? AND id <> ? LIMIT 1`,
  );
  // Walks up from the proposed parent: meeting the organisation itself would make a cycle.
  const ancestors = db.prepare<[string], { id: string }>(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT ?, 0
       UNION ALL
       SELECT o.parent_id, up.depth + 1 FROM organisations o JOIN up ON o.id = up.id
       WHERE o.parent_id IS NOT NULL AND up.depth < 100
     ) SELECT id FROM up`,
  );

  const get = (id: string): Organisation => {
    const row = byId.get(id);
    if (!row) throw notFound('Organisation', id);
    return toOrganisation(row);
  };

  const validate = (fields: CallArgs<'organisations.create'>, selfId: string) => {
    check.requireCountry(fields.countryCode, 'countryCode');
    check.requireOrganisation(fields.parentId, 'parentId');
    if (fields.parentId && ancestors.all(fields.parentId).some((a) => a.id === selfId)) {
      throw invalidField('parentId', 'An organisation cannot be its own parent or the parent of its parent');
    }
    const twin = sameName.get(foldForSort(fields.name), fields.countryCode ?? '', selfId);
    if (twin) {
      const message = 'An organisation with this name already exists in this country';
      throw new AppError('conflict', message, { issues: [{ path: 'name', message }], existingId: twin.id });
    }
  };

  return {
    writer,
    list(args: CallArgs<'organisations.list'>) {
      const q = buildOrganisationListQuery(args);
      const rows = prepared(q.sql).all(q.params) as OrganisationRow[];
      const { total } = prepared(q.countSql).get(q.params) as { total: number };
      return { rows: rows.map(toOrganisation), total };
    },
    options(): OrganisationOption[] {
      return options.all().map((r) => ({ id: r.id, name: r.name, acronym: r.acronym, countryCode: r.country_code }));
    },
    get,
    create: db.transaction((fields: CallArgs<'organisations.create'>): Organisation => {
      const id = newId();
      validate(fields, id);
      const now = nowIso();
      writer.insert({ id, ...organisationColumns(fields), created_at: now, updated_at: now });
      return get(id);
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'organisations.update'>): Organisation => {
      const current = get(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(current.name, current.updatedAt);
      validate(fields, id);
      writer.update(id, { ...organisationColumns(fields), updated_at: nowIso() });
      return get(id);
    }),
    delete: db.transaction((id: string) => {
      if (!writer.delete(id)) throw notFound('Organisation', id);
      return { id };
    }),
  };
}
