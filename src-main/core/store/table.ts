import { naturalId } from '../ids';
import type { Store } from './open';
import { statementCache } from './statements';

/** A row as its writer binds and the change log sees it: column names to SQLite values. */
export type RowValues = Record<string, string | number | null>;

/**
 * One row changed by a writer, told inside the transaction that changes it: `old` is null for an
 * insert, `new` for a delete. This is the seam through which exchanging changes between laptops
 * will pass. Rows a foreign key cascades to are not told: the parent's delete implies them.
 */
export interface RowChange<R extends RowValues = RowValues> {
  table: string;
  id: string;
  old: R | null;
  new: R | null;
}

/** Told of every row change synchronously, inside its transaction: what it writes commits or rolls back with it. */
export type OnChange = (change: RowChange) => void;

export const ignoreChanges: OnChange = () => {};

export interface TableSpec<R extends RowValues> {
  table: string;
  /** Every column the writer binds and the change log sees, the key first. */
  columns: readonly (keyof R & string)[];
  /** Columns an INSERT derives from others, as SQL over the row's parameters (sort keys): kept out of the log. */
  derived?: Readonly<Record<string, string>>;
  /** `ignore`: an insert clashing with a unique key is skipped and returns false. */
  onConflict?: 'fail' | 'ignore';
  /** The primary key when it is not `id`. */
  key?: keyof R & string;
  /**
   * Triggers that only keep derived data (the search index): AFTER INSERT with one `INSERT … VALUES (new.…)`,
   * AFTER UPDATE with one `UPDATE … SET … WHERE rowid = old.rowid`. `bulk` sets them aside and runs each
   * once over all the rows it inserted or updated.
   */
  deferrable?: readonly string[];
  /**
   * A join row's natural key (a participation's event and person): its id is a UUIDv5 of the table
   * and these values, whatever id the caller made, so laptops adding the same row agree on its id.
   */
  natural?: (row: R) => ReadonlyArray<string | number | null>;
}

const specs = new Map<string, TableSpec<RowValues>>();

/** The spec of a table some writer was built for: how changes from another laptop are written with the same columns and rules. */
export function specOf(table: string): TableSpec<RowValues> | undefined {
  return specs.get(table);
}

export type Patch<R> = Partial<R>;

/** The one way rows of a table are inserted, updated and deleted. */
export interface TableWriter<R extends RowValues> {
  readonly table: string;
  /** Binds every column of the row with a statement prepared once and reads nothing back, so bulk inserts stay cheap. */
  insert(row: R): boolean;
  get(key: string): R | undefined;
  /** Rows whose columns equal these values (null matches NULL). */
  select(where: Patch<R>): R[];
  /** Changes some columns of one row; the patch may be computed from the old row. Undefined when there is no such row. */
  update(key: string, patch: Patch<R> | ((old: R) => Patch<R>)): R | undefined;
  /** The same change to many rows in one read and one write (a roster's selection). */
  updateMany(keys: readonly string[], patch: Patch<R>): R[];
  /** The same change to every row matching `where`; with `ignore`, rows that would clash with a unique key are left as they are. */
  updateWhere(where: Patch<R>, patch: Patch<R>, options?: { onConflict: 'ignore' }): R[];
  delete(key: string): R | undefined;
  deleteMany(keys: readonly string[]): R[];
  deleteWhere(where: Patch<R>): R[];
  /** Deletes the rows an SQL condition picks, for what no equality says (tags no event uses). */
  deleteMatching(condition: string): R[];
  /** Computes some derived columns of every row again, from the row itself (their meaning changed: the sort language); never told. */
  rederive(columns: readonly string[]): void;
  /**
   * Runs about `rows` inserts and updates inside the caller's transaction. When they are many, the
   * deferrable update triggers are set aside and run once over the rows updated; when they also
   * outnumber the rows already there, the indexes and insert triggers too. Every row is still told
   * as it is written; only derived data waits.
   */
  bulk<T>(rows: number, writes: () => T): T;
}

const KEYS = '(SELECT value FROM json_each(@keys))';

// Below this many new rows, keeping the indexes up to date row by row is cheaper than rebuilding them.
const BULK_MIN_ROWS = 2000;
// An FTS5 table writes its pending terms out at every statement that updates it: 5,000 updates of
// people one by one took 1.6 s where one statement over the same rows takes 30 ms.
const BULK_MIN_UPDATES = 500;

/**
 * A deferrable trigger as one statement over many rows: an insert trigger's over every row inserted
 * after `@after`, an update trigger's over the rows whose keys `@keys` lists.
 */
function catchUpOf(table: string, key: string, trigger: { name: string; sql: string }): { on: 'insert' | 'update'; sql: string } {
  const sql = trigger.sql.trim();
  const insert = /^CREATE\s+TRIGGER\s+\S+\s+AFTER\s+INSERT\s+ON\s+\S+\s+BEGIN\s+(INSERT\s+INTO\s+[^;]+?)\s+VALUES\s*\(([^;]+)\)\s*;\s*END$/i.exec(sql);
  if (insert) return { on: 'insert', sql: `${insert[1]} SELECT ${insert[2]} FROM ${table} AS new WHERE new.rowid > @after ORDER BY new.rowid` };
  const update = /^CREATE\s+TRIGGER\s+\S+\s+AFTER\s+UPDATE\s+OF\s+[^;]+?\s+ON\s+\S+\s+BEGIN\s+UPDATE\s+(\w+)\s+SET\s+([^;]+?)\s+WHERE\s+rowid\s*=\s*old\.rowid\s*;\s*END$/i.exec(sql);
  if (update) {
    const [, target, set] = update;
    return { on: 'update', sql: `UPDATE ${target} SET ${set} FROM ${table} AS new WHERE ${target}.rowid = new.rowid AND new.${key} IN ${KEYS}` };
  }
  throw new Error(`Trigger ${trigger.name} on ${table} is neither one INSERT … VALUES nor one UPDATE … WHERE rowid = old.rowid: it cannot be deferred`);
}

/** The columns a patch sets: undefined means "leave it", and the key never changes. */
const definedColumns = (patch: object, key: string) =>
  Object.entries(patch).filter(([column, value]) => value !== undefined && column !== key) as Array<[string, string | number | null]>;

/** An equality condition; its parameters are prefixed, so a patch may set the very column it selects by. */
function whereOf(where: object): { sql: string; params: Record<string, unknown> } {
  const entries = Object.entries(where).filter(([, value]) => value !== undefined);
  return {
    sql: entries.map(([column, value]) => (value === null ? `${column} IS NULL` : `${column} = @w_${column}`)).join(' AND ') || '1',
    params: Object.fromEntries(entries.filter(([, value]) => value !== null).map(([column, value]) => [`w_${column}`, value])),
  };
}

export function tableWriter<R extends RowValues>(db: Store, onChange: OnChange, spec: TableSpec<R>): TableWriter<R> {
  const { table, columns } = spec;
  const key = spec.key ?? 'id';
  specs.set(table, spec as unknown as TableSpec<RowValues>);
  const cached = statementCache(db);
  const derived = Object.entries(spec.derived ?? {});
  // Bound by position: binding an object by names took about 40% of inserting 15,000 participations
  // (an iCalendar import). A derived column's `@column` becomes one more `?`, given that column's value.
  const bound: string[] = [...columns];
  const derivedSql = derived.map(([, sql]) =>
    sql.replace(/@(\w+)/g, (_, column: string) => {
      bound.push(column);
      return '?';
    }),
  );
  const insertStatement = db.prepare(
    `INSERT INTO ${table} (${[...columns, ...derived.map(([c]) => c)].join(', ')})
     VALUES (${[...columns.map(() => '?'), ...derivedSql].join(', ')})${spec.onConflict === 'ignore' ? ' ON CONFLICT DO NOTHING' : ''}`,
  );
  const valuesOf = (row: R) => bound.map((column) => row[column]);
  const list = columns.join(', ');
  const byKey = db.prepare<[string], R>(`SELECT ${list} FROM ${table} WHERE ${key} = ?`);
  const deleteByKey = db.prepare<[string]>(`DELETE FROM ${table} WHERE ${key} = ?`);
  const byKeys = db.prepare<{ keys: string }, R>(`SELECT ${list} FROM ${table} WHERE ${key} IN ${KEYS}`);
  const deleteByKeys = db.prepare<{ keys: string }>(`DELETE FROM ${table} WHERE ${key} IN ${KEYS}`);

  // While `bulk` holds the update triggers aside: the rows their catch-up must reach.
  let updated: Set<string> | null = null;
  const record = (id: string, old: R | null, next: R | null) => {
    if (updated && old && next) updated.add(id);
    onChange({ table, id, old, new: next });
  };
  const defined = (patch: Patch<R>) => definedColumns(patch, key);
  const setClause = (patch: Patch<R>) => defined(patch).map(([column]) => `${column} = @${column}`).join(', ');
  const merged = (old: R, patch: Patch<R>) => ({ ...old, ...Object.fromEntries(defined(patch)) }) as R;

  const writer: TableWriter<R> = {
    table,
    insert(row) {
      // The caller's row object takes the id, so what it does next with row.id is about the stored row.
      if (spec.natural) (row as RowValues)[key] = naturalId(table, spec.natural(row));
      const inserted = insertStatement.run(valuesOf(row)).changes > 0;
      if (inserted) record(String(row[key]), null, row);
      return inserted;
    },
    get: (id) => byKey.get(id),
    select(where) {
      const w = whereOf(where);
      return cached(`SELECT ${list} FROM ${table} WHERE ${w.sql}`).all(w.params) as R[];
    },
    update(id, patch) {
      const old = byKey.get(id);
      if (!old) return undefined;
      const values = typeof patch === 'function' ? patch(old) : patch;
      // Nothing to write, and nothing for the log: a renumbering that leaves a position as it was.
      if (defined(values).every(([column, value]) => old[column] === value)) return old;
      cached(`UPDATE ${table} SET ${setClause(values)} WHERE ${key} = @key`).run({ ...Object.fromEntries(defined(values)), key: id });
      const next = merged(old, values);
      record(id, old, next);
      return next;
    },
    updateMany(ids, patch) {
      const params = { keys: JSON.stringify(ids) };
      const olds = byKeys.all(params);
      if (!olds.length || !defined(patch).length) return olds;
      cached(`UPDATE ${table} SET ${setClause(patch)} WHERE ${key} IN ${KEYS}`).run({ ...Object.fromEntries(defined(patch)), ...params });
      return olds.map((old) => {
        const next = merged(old, patch);
        record(String(old[key]), old, next);
        return next;
      });
    },
    updateWhere(where, patch, options) {
      const olds = writer.select(where);
      if (!olds.length || !defined(patch).length) return olds;
      const values = Object.fromEntries(defined(patch));
      if (options?.onConflict === 'ignore') {
        const one = cached(`UPDATE OR IGNORE ${table} SET ${setClause(patch)} WHERE ${key} = @key`);
        return olds.flatMap((old) => {
          if (!one.run({ ...values, key: old[key] }).changes) return [];
          const next = merged(old, patch);
          record(String(old[key]), old, next);
          return [next];
        });
      }
      const w = whereOf(where);
      cached(`UPDATE ${table} SET ${setClause(patch)} WHERE ${w.sql}`).run({ ...values, ...w.params });
      return olds.map((old) => {
        const next = merged(old, patch);
        record(String(old[key]), old, next);
        return next;
      });
    },
    delete(id) {
      const old = byKey.get(id);
      if (!old) return undefined;
      deleteByKey.run(id);
      record(id, old, null);
      return old;
    },
    deleteMany(ids) {
      const params = { keys: JSON.stringify(ids) };
      const olds = byKeys.all(params);
      if (olds.length) deleteByKeys.run(params);
      for (const old of olds) record(String(old[key]), old, null);
      return olds;
    },
    deleteWhere(where) {
      const w = whereOf(where);
      const olds = cached(`SELECT ${list} FROM ${table} WHERE ${w.sql}`).all(w.params) as R[];
      if (olds.length) cached(`DELETE FROM ${table} WHERE ${w.sql}`).run(w.params);
      for (const old of olds) record(String(old[key]), old, null);
      return olds;
    },
    deleteMatching(condition) {
      const olds = cached(`SELECT ${list} FROM ${table} WHERE ${condition}`).all({}) as R[];
      if (olds.length) cached(`DELETE FROM ${table} WHERE ${condition}`).run({});
      for (const old of olds) record(String(old[key]), old, null);
      return olds;
    },
    rederive(names) {
      if (!db.inTransaction) throw new Error(`Rederiving ${table} must run inside a transaction`);
      const sets = names.map((name) => {
        const sql = spec.derived?.[name];
        if (!sql) throw new Error(`${table}.${name} is not derived`);
        return `${name} = ${sql.replace(/@(\w+)/g, '$1')}`;
      });
      // Every key changes: building the indexes over them again is cheaper than moving each entry.
      const indexes = (cached(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL`).all({ table }) as Array<{ name: string; sql: string }>)
        .filter((index) => names.some((name) => new RegExp(`\\b${name}\\b`).test(index.sql)));
      for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
      db.prepare(`UPDATE ${table} SET ${sets.join(', ')}`).run();
      for (const index of indexes) db.exec(index.sql);
    },
    bulk(rows, writes) {
      if (!db.inTransaction) throw new Error(`Bulk writes to ${table} must run inside a transaction`);
      if (rows < BULK_MIN_UPDATES || updated) return writes();
      const { n } = cached(`SELECT count(*) AS n FROM ${table}`).get({}) as { n: number };
      const inserting = rows >= BULK_MIN_ROWS && rows >= n;
      // Maintaining nine indexes and the search index row by row cost three quarters of a large import.
      // It all happens inside the transaction, so a failure leaves them exactly as they were; their
      // definitions are read back from the schema, not repeated.
      const { after } = cached(`SELECT coalesce(max(rowid), 0) AS after FROM ${table}`).get({}) as { after: number };
      const triggers = cached(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = @table AND name IN (SELECT value FROM json_each(@names))`)
        .all({ table, names: JSON.stringify(spec.deferrable ?? []) }) as Array<{ name: string; sql: string }>;
      if (triggers.length !== (spec.deferrable?.length ?? 0)) throw new Error(`${table} lacks a trigger of ${spec.deferrable!.join(', ')}`);
      const deferred = triggers.map((t) => ({ ...t, catchUp: catchUpOf(table, key, t) })).filter((t) => inserting || t.catchUp.on === 'update');
      const indexes = inserting
        ? (cached(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL`).all({ table }) as Array<{ name: string; sql: string }>)
        : [];
      if (!deferred.length && !indexes.length) return writes();
      for (const d of deferred) db.exec(`DROP TRIGGER "${d.name}"`);
      for (const d of indexes) db.exec(`DROP INDEX "${d.name}"`);
      const keys = (updated = new Set());
      let result: ReturnType<typeof writes>;
      try {
        result = writes();
      } finally {
        // Put back even when the writes failed: a caller that goes on in the same transaction keeps its schema.
        updated = null;
        for (const d of [...indexes, ...deferred]) db.exec(d.sql);
      }
      for (const d of deferred) {
        if (d.catchUp.on === 'insert') db.prepare(d.catchUp.sql).run({ after });
        else if (keys.size) db.prepare(d.catchUp.sql).run({ keys: JSON.stringify([...keys]) });
      }
      return result;
    },
  };
  return writer;
}
