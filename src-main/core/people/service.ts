import type { CallArgs, Person } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { DomainContext } from '../domain';
import { notFound, staleEdit } from '../errors';
import { newId, nowIso } from '../ids';
import { collationPrefixRange, storeSortLocale } from '../collation';
import { crossScriptQuery } from '../latin';
import { references } from '../references';
import { statementCache, type ListQuery } from '../store/statements';
import { foldForSort } from '../text';
import { type PeopleRow, personColumns, type PeopleWriter } from './writer';

/** A stored person with the names of their organisation and country. */
type PersonRow = Omit<PeopleRow, 'sort_name'> & {
  organisation_name: string | null;
  organisation_acronym: string | null;
  country_name: string | null;
};

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  fullName: r.full_name,
  position: r.position,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  organisationAcronym: r.organisation_acronym,
  countryCode: r.country_code,
  countryName: r.country_name,
  emails: JSON.parse(r.emails) as string[],
  phones: JSON.parse(r.phones) as string[],
  languages: JSON.parse(r.languages) as string[],
  isSpoc: r.is_spoc === 1,
  notes: r.notes,
  honorific: r.honorific,
  givenNames: r.given_names,
  familyName: r.family_name,
  postNominals: r.post_nominals,
  otherScriptName: r.other_script_name,
  onHandouts: r.on_handouts === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT p.id, p.full_name, p.position, p.organisation_id, o.name AS organisation_name,
         o.acronym AS organisation_acronym, p.country_code, c.name AS country_name,
         p.emails, p.phones, p.languages, p.is_spoc, p.notes, p.honorific, p.given_names, p.family_name, p.post_nominals, p.other_script_name, p.on_handouts,
         p.created_at, p.updated_at
  FROM people p
  LEFT JOIN organisations o ON o.id = p.organisation_id
  LEFT JOIN countries c ON c.code = p.country_code`;

/** The SQL behind `people.get`, exported for the benchmark. */
export const PERSON_BY_ID_SQL = `${SELECT} WHERE p.id = ?`;

// Every sort key lives on `people` itself, so the page can be chosen from an index alone; names in the interface language's order.
const SORT: Record<CallArgs<'people.list'>['sort'], string[]> = {
  name: ['p.collation_key'],
  family: ['p.family_collation_key'],
  position: ['p.position COLLATE NOCASE', 'p.collation_key'],
  organisation: ['p.organisation_sort', 'p.collation_key'],
  country: ['p.country_sort', 'p.collation_key'],
  updated: ['p.updated_at'],
  relevance: ['p.collation_key'],
};

// Full name and folded name weigh most, then emails and position; the id column weighs nothing.
const RELEVANCE = 'bm25(people_fts, 0.0, 10.0, 10.0, 2.0, 3.0, 1.0)';

/**
 * The SQL behind `people.list`, in the store's sort language; exported so the benchmark can time the raw query against the call.
 * The page's rowids are picked first and only those rows are joined: a deep page then costs
 * an index walk, not a join of every row skipped.
 */
export function buildPeopleListQuery(
  args: CallArgs<'people.list'>,
  also?: { organisationIds: string[]; countryCodes: string[] },
  sortLocale = 'en',
): ListQuery {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: args.limit, offset: args.offset };
  const letter = args.search.trim();
  if ([...letter].length === 1) {
    // One letter matches a third of a large directory through the index; names under it in the alphabet
    // of the sort language are what is meant (in Croatian, C without Č; in Turkish, I without İ).
    Object.assign(params, collationPrefixRange(letter, sortLocale));
    where.push('p.collation_key >= @from AND p.collation_key < @to');
  } else {
    const match = crossScriptQuery(args.search);
    if (match && also && (also.organisationIds.length || also.countryCodes.length)) {
      where.push(
        '(p.rowid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH @match) OR p.organisation_id IN (SELECT value FROM json_each(@alsoOrgs)) OR p.country_code IN (SELECT value FROM json_each(@alsoCountries)))',
      );
      params.match = match;
      params.alsoOrgs = JSON.stringify(also.organisationIds);
      params.alsoCountries = JSON.stringify(also.countryCodes);
    } else if (match) {
      where.push('p.rowid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH @match)');
      params.match = match;
    }
  }
  if (args.countryCode) {
    where.push('p.country_code = @countryCode');
    params.countryCode = args.countryCode;
  }
  if (args.organisationId) {
    where.push('p.organisation_id = @organisationId');
    params.organisationId = args.organisationId;
  }
  if (args.spocOnly) where.push('p.is_spoc = 1');
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const dir = args.dir === 'desc' ? 'DESC' : 'ASC';
  const orderBy = [...SORT[args.sort], 'p.id'].map((key) => `${key} ${dir}`).join(', ');
  if (args.sort === 'relevance' && params.alsoOrgs) {
    // People found by name come first, then those found by their organisation or country.
    return {
      sql:
        `${SELECT} LEFT JOIN (SELECT rowid AS rid, ${RELEVANCE} AS score FROM people_fts WHERE people_fts MATCH @match) r ON r.rid = p.rowid` +
        `${whereSql} ORDER BY r.score IS NULL, r.score, p.collation_key, p.id LIMIT @limit OFFSET @offset`,
      countSql: `SELECT count(*) AS total FROM people p${whereSql}`,
      params,
    };
  }
  if (args.sort === 'relevance' && params.match) {
    const others = where.filter((w) => !w.includes('people_fts'));
    return {
      sql:
        `${SELECT} JOIN (SELECT rowid AS rid, ${RELEVANCE} AS score FROM people_fts WHERE people_fts MATCH @match) r ON r.rid = p.rowid` +
        `${others.length ? ` WHERE ${others.join(' AND ')}` : ''} ORDER BY r.score, p.collation_key, p.id LIMIT @limit OFFSET @offset`,
      countSql: `SELECT count(*) AS total FROM people p${whereSql}`,
      params,
    };
  }
  return {
    sql:
      `${SELECT} WHERE p.rowid IN (SELECT p.rowid FROM people p${whereSql} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset)` +
      ` ORDER BY ${orderBy}`,
    countSql: `SELECT count(*) AS total FROM people p${whereSql}`,
    params,
  };
}

export function peopleService({ db }: DomainContext, writer: PeopleWriter) {
  const check = references(db);
  const prepared = statementCache(db);

  const byId = db.prepare<[string], PersonRow>(PERSON_BY_ID_SQL);
  // The search index narrows 60,000 people to the few whose emails hold the same words; the JSON check is then exact.
  const sameEmail = db.prepare<{ phrase: string; email: string; selfId: string }, { id: string; full_name: string }>(
    `SELECT p.id, p.full_name FROM people p
     WHERE p.rowid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH @phrase)
       AND EXISTS (SELECT 1 FROM json_each(p.emails) e WHERE e.value = @email) AND p.id <> @selfId
     LIMIT 1`,
  );
  const emailPhrase = (email: string) => `emails : "${email.match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? ''}"`;
  const allOrganisations = db.prepare<[], { id: string; name: string; acronym: string }>('SELECT id, name, acronym FROM organisations');
  const allCountries = db.prepare<[], { code: string; name: string; local_name: string }>('SELECT code, name, local_name FROM countries');

  /** Organisations whose name or acronym, and countries whose name or code, the search matches (two letters at least). */
  const organisationsAndCountries = (search: string) => {
    const q = foldForSort(search);
    if ([...q].length < 2) return undefined;
    const wordStart = (text: string) => foldForSort(text).split(/[^\p{L}\p{N}]+/u).some((_, i, words) => words.slice(i).join(' ').startsWith(q));
    return {
      organisationIds: allOrganisations
        .all()
        .filter((o) => (o.acronym && foldForSort(o.acronym).startsWith(q)) || wordStart(o.name))
        .map((o) => o.id),
      countryCodes: allCountries
        .all()
        .filter((c) => c.code.toLowerCase() === q || wordStart(c.name) || (c.local_name !== '' && wordStart(c.local_name)))
        .map((c) => c.code),
    };
  };

  const get = (id: string): Person => {
    const row = byId.get(id);
    if (!row) throw notFound('Person', id);
    return toPerson(row);
  };

  const validate = (fields: CallArgs<'people.create'>, selfId: string) => {
    check.requireCountry(fields.countryCode, 'countryCode');
    check.requireOrganisation(fields.organisationId, 'organisationId');
    const seen = new Set<string>();
    fields.emails.forEach((email, i) => {
      if (seen.has(email)) throw new AppError('invalid_input', `${email} is listed twice`, { issues: [{ path: `emails.${i}`, message: 'Listed twice' }] });
      seen.add(email);
      const other = sameEmail.get({ phrase: emailPhrase(email), email, selfId });
      if (other) {
        const message = `${email} already belongs to ${other.full_name}`;
        throw new AppError('conflict', message, { issues: [{ path: `emails.${i}`, message }], existingId: other.id });
      }
    });
  };

  return {
    list(args: CallArgs<'people.list'>) {
      const q = buildPeopleListQuery(args, args.matchOrganisationAndCountry ? organisationsAndCountries(args.search) : undefined, storeSortLocale(db));
      const rows = prepared(q.sql).all(q.params) as PersonRow[];
      const { total } = prepared(q.countSql).get(q.params) as { total: number };
      return { rows: rows.map(toPerson), total };
    },
    get,
    create: db.transaction((fields: CallArgs<'people.create'>): Person => {
      const id = newId();
      validate(fields, id);
      const now = nowIso();
      writer.insert({ id, ...personColumns(fields), created_at: now, updated_at: now });
      return get(id);
    }),
    update: db.transaction(({ id, expectedUpdatedAt, ...fields }: CallArgs<'people.update'>): Person => {
      const current = get(id);
      if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) throw staleEdit(current.fullName, current.updatedAt);
      validate(fields, id);
      writer.update(id, { ...personColumns(fields), updated_at: nowIso() });
      return get(id);
    }),
    delete: db.transaction((id: string) => {
      if (!writer.delete(id)) throw notFound('Person', id);
      return { id };
    }),
  };
}

export type PeopleService = ReturnType<typeof peopleService>;
