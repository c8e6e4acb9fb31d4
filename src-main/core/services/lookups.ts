import { AppError } from '../../../src-shared/errors';
import type { Store } from '../store/open';

/** Checks that referenced rows exist, so a wrong id is reported on its field instead of as a constraint failure. */
export function lookups(db: Store) {
  const countryExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM countries WHERE code = ?');
  const organisationExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM organisations WHERE id = ?');
  return {
    requireCountry(code: string | null, path: string): void {
      if (code !== null && !countryExists.get(code)) {
        throw invalidField(path, `Unknown country code ${code}`);
      }
    },
    requireOrganisation(id: string | null, path: string): void {
      if (id !== null && !organisationExists.get(id)) {
        throw invalidField(path, 'This organisation does not exist (it may have been deleted)');
      }
    },
  };
}

export function invalidField(path: string, message: string): AppError {
  return new AppError('invalid_input', message, { issues: [{ path, message }] });
}

export function notFound(what: string, id: string): AppError {
  return new AppError('not_found', `${what} not found`, { id });
}

export function staleEdit(what: string, current: string): AppError {
  return new AppError('conflict', `${what} was changed elsewhere after you opened it. Reload to see the latest version.`, {
    currentUpdatedAt: current,
  });
}

export interface ListQuery {
  sql: string;
  countSql: string;
  params: Record<string, unknown>;
}

/** List queries vary only by which filters are present, so each shape is prepared once and kept. */
export function statementCache(db: Store) {
  const statements = new Map<string, ReturnType<Store['prepare']>>();
  return (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
