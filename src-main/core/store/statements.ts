import type { Store } from './open';

export interface ListQuery {
  sql: string;
  countSql: string;
  params: Record<string, unknown>;
}

/** Queries vary only by which filters are present, so each shape is prepared once and kept. */
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
