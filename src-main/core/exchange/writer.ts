import type { Store } from '../store/open';
import { type OnChange, type RowValues, specOf, tableWriter, type TableWriter } from '../store/table';

/** One message of the log: a cell of a row set to a value at a stamp. */
export interface MessageRow {
  timestamp: string;
  dataset: string;
  row: string;
  column: string;
  /** JSON of the value; null once erased. */
  value: string | null;
}

export interface ConflictRow {
  id: string;
  dataset: string;
  row: string;
  column: string;
  kept_value: string | null;
  kept_stamp: string;
  other_value: string | null;
  other_stamp: string;
  resolved_at: string | null;
  created_at: string;
}

/**
 * The one writer of the exchange tables. The log is written per message in bulk, so it binds
 * prepared statements directly instead of telling a change log about itself.
 */
export function exchangeWriter(db: Store) {
  // Bound by position with the stamp and row already packed (compact.ts): binding objects by name
  // took a fifth of seeding 527,000 messages.
  const insertMessage = db.prepare<[number, Buffer | string, number, Buffer, string | null]>(
    'INSERT INTO exchange_log (dataset, row, column, stamp, value) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const heldFrom = db.prepare<[string, Buffer]>(
    'INSERT INTO exchange_nodes (node, newest) VALUES (?, ?) ON CONFLICT (node) DO UPDATE SET newest = max(newest, excluded.newest)',
  );
  const addName = db.prepare<[string]>('INSERT INTO exchange_names (name) VALUES (?) ON CONFLICT DO NOTHING');
  // SQLite has no XOR operator: (a | b) - (a & b) is one.
  const addMinute = db.prepare<{ minute: number; hash: number }>(
    `INSERT INTO exchange_minutes (minute, hash) VALUES (@minute, @hash)
     ON CONFLICT (minute) DO UPDATE SET hash = (hash | excluded.hash) - (hash & excluded.hash)`,
  );
  const erase = db.prepare<[number, Buffer | string, number], { stamp: Buffer; dataset: number; row: Buffer | string; column: number }>(
    'UPDATE exchange_log SET value = NULL WHERE dataset = ? AND row = ? AND column <> ? AND value IS NOT NULL RETURNING stamp, dataset, row, column',
  );
  const queueErased = db.prepare<{ stamp: Buffer; dataset: number; row: Buffer | string; column: number }>(
    'INSERT INTO exchange_erased (stamp, dataset, row, column) VALUES (@stamp, @dataset, @row, @column) ON CONFLICT DO NOTHING',
  );
  const erasedBatch = db.prepare<[number], { stamp: Buffer; dataset: number; row: Buffer | string; column: number }>(
    'SELECT stamp, dataset, row, column FROM exchange_erased ORDER BY stamp LIMIT ?',
  );
  const unqueueErased = db.prepare<[Buffer]>('DELETE FROM exchange_erased WHERE stamp = ?');
  let drain: (() => { gone: Array<{ dataset: string; row: string }>; nulled: Array<{ dataset: string; row: string; column: string }> }) | null = null;
  const wait = db.prepare<MessageRow & { reason: string }>(
    `INSERT INTO exchange_waiting (timestamp, dataset, row, column, value, reason) VALUES (@timestamp, @dataset, @row, @column, @value, @reason)
     ON CONFLICT DO NOTHING`,
  );
  const unwait = db.prepare<[string]>('DELETE FROM exchange_waiting WHERE timestamp = ?');
  const pend = db.prepare<[string, string]>('INSERT INTO exchange_pending_rows (dataset, row) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const unpend = db.prepare<[string, string]>('DELETE FROM exchange_pending_rows WHERE dataset = ? AND row = ?');
  const setState = db.prepare<[string, string]>('INSERT INTO exchange_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const dropState = db.prepare<[string]>('DELETE FROM exchange_state WHERE key = ?');
  const heard = db.prepare<{ node: string; name: string | null; stamp: string | null; at: string | null; holds: string | null }>(
    `INSERT INTO exchange_laptops (node, name, last_stamp, last_exchange, holds) VALUES (@node, coalesce(@name, ''), @stamp, @at, @holds)
     ON CONFLICT (node) DO UPDATE SET name = coalesce(@name, name), last_stamp = max(coalesce(last_stamp, ''), coalesce(@stamp, '')),
       last_exchange = coalesce(@at, last_exchange), holds = coalesce(@holds, holds)`,
  );
  const removeLaptop = db.prepare<[string]>('UPDATE exchange_laptops SET removed = 1 WHERE node = ?');
  const insertConflict = db.prepare<ConflictRow>(
    `INSERT INTO exchange_conflicts (id, dataset, row, column, kept_value, kept_stamp, other_value, other_stamp, resolved_at, created_at)
     VALUES (@id, @dataset, @row, @column, @kept_value, @kept_stamp, @other_value, @other_stamp, @resolved_at, @created_at)`,
  );
  const resolveConflict = db.prepare<[string, string]>('UPDATE exchange_conflicts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL');
  const resolveCell = db.prepare<[string, string, string, string]>(
    'UPDATE exchange_conflicts SET resolved_at = ? WHERE dataset = ? AND row = ? AND column = ? AND resolved_at IS NULL',
  );

  const BATCH = 100;
  const insertMany = db.prepare(
    `INSERT INTO exchange_log (dataset, row, column, stamp, value) VALUES ${Array(BATCH).fill('(?, ?, ?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
  );

  return {
    /**
     * Messages into the log a hundred at a time: one statement per hundred took half the time of one
     * each (600,000 messages). It does not tell which were there already, so it is for a log that
     * cannot hold them (joining a group, a first exchange). `flush` writes what is left.
     */
    messageBatch() {
      const stamps = Buffer.alloc(BATCH * 16);
      const slots = Array.from({ length: BATCH }, (_, k) => stamps.subarray(k * 16, k * 16 + 16));
      const params: Array<number | Buffer | string | null> = Array.from({ length: BATCH * 5 }, () => null);
      let n = 0;
      return {
        add(dataset: number, row: Buffer | string, column: number, stamp: Buffer, value: string | null): void {
          // The stamp is copied: callers reuse theirs, and the batch binds it later.
          stamp.copy(slots[n]!);
          const at = n * 5;
          params[at] = dataset;
          params[at + 1] = row;
          params[at + 2] = column;
          params[at + 3] = slots[n]!;
          params[at + 4] = value;
          if (++n === BATCH) {
            insertMany.run(params);
            n = 0;
          }
        },
        flush(): void {
          for (let k = 0; k < n; k++) {
            insertMessage.run(params[k * 5] as number, params[k * 5 + 1] as Buffer | string, params[k * 5 + 2] as number, slots[k]!, params[k * 5 + 4] as string | null);
          }
          n = 0;
        },
      };
    },
    /**
     * Rows a foreign key deletes or sets to NULL are not told by any writer: triggers of this connection
     * note them, so the log can write them out as changes of their own.
     */
    captureCascades(keys: ReadonlyMap<string, ReadonlyArray<{ column: string; onDelete: string }>>) {
      if (drain) return;
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS exchange_gone (dataset TEXT NOT NULL, row TEXT NOT NULL);
               CREATE TEMP TABLE IF NOT EXISTS exchange_nulled (dataset TEXT NOT NULL, row TEXT NOT NULL, column TEXT NOT NULL);`);
      const gone = db.prepare<[], { dataset: string; row: string }>('DELETE FROM temp.exchange_gone RETURNING dataset, row');
      const nulled = db.prepare<[], { dataset: string; row: string; column: string }>('DELETE FROM temp.exchange_nulled RETURNING dataset, row, column');
      drain = () => ({ gone: gone.all(), nulled: nulled.all() });
      for (const [table, list] of keys) {
        if (list.some((k) => k.onDelete === 'CASCADE')) {
          db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS exchange_gone_${table} AFTER DELETE ON main.${table}
                   BEGIN INSERT INTO temp.exchange_gone (dataset, row) VALUES ('${table}', old.id); END`);
        }
        for (const k of list.filter((k) => k.onDelete === 'SET NULL')) {
          db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS exchange_nulled_${table}_${k.column} AFTER UPDATE OF ${k.column} ON main.${table}
                   WHEN old.${k.column} IS NOT NULL AND new.${k.column} IS NULL
                   BEGIN INSERT INTO temp.exchange_nulled (dataset, row, column) VALUES ('${table}', old.id, '${k.column}'); END`);
        }
      }
    },
    drainCascades: () => drain?.() ?? { gone: [], nulled: [] },
    /** False when the message is already in the log (a bundle imported twice). */
    message: (dataset: number, row: Buffer | string, column: number, stamp: Buffer, value: string | null): boolean =>
      insertMessage.run(dataset, row, column, stamp, value).changes > 0,
    /** The newest stamp held from a laptop, when it may have grown. */
    heldFrom: (node: string, stamp: Buffer) => heldFrom.run(node, stamp),
    name: (name: string) => addName.run(name),
    minute: (minute: number, hash: number) => addMinute.run({ minute, hash }),
    /**
     * A deleted row's values leave the log; the stamps stay, so laptops still agree on what they hold.
     * With `forRelay`, the cells erased wait to be erased on the sync server too.
     */
    erase: (dataset: number, row: Buffer | string, deleted: number, forRelay: boolean) => {
      for (const cell of erase.all(dataset, row, deleted)) if (forRelay) queueErased.run(cell);
    },
    /** Erased cells the sync server has not been told of, oldest first. */
    erasedCells: (limit: number) => erasedBatch.all(limit),
    /** Cells the sync server has erased, or needs no more (another server, no group). */
    erasedSent: (stamps: readonly Buffer[]) => stamps.forEach((stamp) => unqueueErased.run(stamp)),
    forgetErased: () => db.exec('DELETE FROM exchange_erased'),
    wait: (m: MessageRow, reason: 'column' | 'clock') => wait.run({ ...m, reason }),
    unwait: (timestamp: string) => unwait.run(timestamp),
    pending: (dataset: string, row: string, waiting: boolean) => (waiting ? pend.run(dataset, row) : unpend.run(dataset, row)),
    state: (key: string, value: string | null) => (value === null ? dropState.run(key) : setState.run(key, value)),
    laptop: (l: { node: string; name?: string | null; stamp?: string | null; at?: string | null; holds?: string | null }) =>
      heard.run({ node: l.node, name: l.name ?? null, stamp: l.stamp ?? null, at: l.at ?? null, holds: l.holds ?? null }),
    removeLaptop: (node: string) => removeLaptop.run(node),
    conflict: (c: ConflictRow) => insertConflict.run(c),
    resolve: (id: string, at: string) => resolveConflict.run(at, id).changes > 0,
    /** A new edit of a cell settles what was open about it. */
    resolveCell: (dataset: string, row: string, column: string, at: string) => resolveCell.run(at, dataset, row, column),
    /** Leaving a group forgets its log and laptops; the tables keep every row. */
    forget: () =>
      db.exec(`DELETE FROM exchange_log; DELETE FROM exchange_erased; DELETE FROM exchange_nodes; DELETE FROM exchange_minutes; DELETE FROM exchange_waiting; DELETE FROM exchange_pending_rows;
               DELETE FROM exchange_laptops; DELETE FROM exchange_conflicts; DELETE FROM exchange_state WHERE key <> 'node';`),
  };
}
export type ExchangeWriter = ReturnType<typeof exchangeWriter>;

/**
 * A table's writer for changes from another laptop: the spec its domain's writer was built with
 * (same columns, derived sort keys, natural ids), so a received row is written as a local one is.
 */
export function replicaWriter(db: Store, onChange: OnChange, table: string): TableWriter<RowValues> {
  const spec = specOf(table);
  if (!spec) throw new Error(`No writer knows the table ${table}`);
  return tableWriter(db, onChange, spec);
}
