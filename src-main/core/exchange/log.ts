import { hostname, userInfo } from 'node:os';
import { specOf, type OnChange, type RowChange } from '../store/table';
import type { Store } from '../store/open';
import { minuteOf, newNodeId, StoreClock, type TrieNode, trieOfMinutes } from './clock';
import { hexStampText, packParts, packRow, packStamp, partsText, rowText, stampHash, stampText } from './compact';
import { DELETED, foreignKeys, isReplicated, REPLICATED } from './tables';
import { MessageEncoder } from './wire';
import { exchangeWriter, type MessageRow } from './writer';

/** What a cell's value becomes in a message: JSON, so a number stays a number and NULL stays NULL. */
export const encodeValue = (value: string | number | null | undefined): string => JSON.stringify(value ?? null);

export interface Cell {
  timestamp: string;
  value: string | null;
}

/**
 * This laptop's side of the exchange: its node id and clock, the log of messages, and the recorder
 * that turns every row a writer changes into one message per changed cell, in the same transaction.
 * Nothing is recorded until the store joins an exchange group; joining writes the rows already
 * there into the log once.
 */
export class ExchangeLog {
  readonly writer;
  node: string;
  clock: StoreClock;
  enabled: boolean;
  /** Set while changes from another laptop are written: their messages are in the log already. */
  applying = false;
  /** Rows this laptop stamped while applying (a cascade, a cleared duplicate): their cells are read again. */
  restamped = new Set<string>();
  private readonly keys;
  private readonly latestCell;
  private readonly rowMessages;
  private readonly minutes;
  private readonly codes = new Map<string, number>();
  private readonly names = new Map<number, string>();
  private readonly scratch = Buffer.alloc(16);
  private nodeBytes: Buffer;

  constructor(
    private readonly db: Store,
    machine = `${hostname()}\u0000${userInfo().username}\u0000${db.name}`,
  ) {
    this.writer = exchangeWriter(db);
    this.keys = foreignKeys(db);
    db.function('exchange_stamp', { deterministic: true }, (stamp: unknown) => (Buffer.isBuffer(stamp) ? stampText(stamp) : null));
    const state = (key: string) => (db.prepare('SELECT value FROM exchange_state WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
    // A store file copied to another machine must not stamp as the laptop it came from: two laptops
    // with one node id would each take the other's changes for their own.
    let node = state('node');
    if (!node || state('machine') !== machine) {
      node = newNodeId();
      if (!db.readonly) db.transaction(() => {
        this.writer.state('node', node);
        this.writer.state('machine', machine);
      })();
    }
    this.node = node;
    this.nodeBytes = Buffer.from(node, 'hex');
    // Every name the log may hold gets its code now, outside any transaction a preview rolls back.
    if (!db.readonly) {
      db.transaction(() => {
        this.writer.name(DELETED);
        for (const table of REPLICATED) {
          this.writer.name(table);
          for (const c of db.pragma(`table_info(${table})`) as Array<{ name: string }>) this.writer.name(c.name);
        }
      })();
    }
    this.enabled = state('group') !== null;
    this.latestCell = db.prepare<[number, Buffer | string, number], { stamp: Buffer; value: string | null }>(
      'SELECT stamp, value FROM exchange_log WHERE dataset = ? AND row = ? AND column = ? ORDER BY stamp DESC LIMIT 1',
    );
    this.rowMessages = db.prepare<[number, Buffer | string], { column: number; stamp: Buffer; value: string | null }>(
      'SELECT column, stamp, value FROM exchange_log WHERE dataset = ? AND row = ? ORDER BY column, stamp',
    );
    this.minutes = db.prepare<[], { minute: number; hash: number }>('SELECT minute, hash FROM exchange_minutes ORDER BY minute');
    const latest = db.prepare('SELECT max(newest) AS t FROM exchange_nodes').get() as { t: Buffer | null };
    this.clock = new StoreClock(node, latest.t && stampText(latest.t), this.trie());
    if (this.enabled && !db.readonly) this.writer.captureCascades(this.keys);
  }

  state(key: string): string | null {
    return (this.db.prepare('SELECT value FROM exchange_state WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  trie(): TrieNode {
    return trieOfMinutes(this.minutes.iterate());
  }

  foreignKeys(table: string) {
    return this.keys.get(table) ?? [];
  }

  /** The code of a dataset's or column's name in the log. */
  code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      const find = () => (this.db.prepare('SELECT code FROM exchange_names WHERE name = ?').get(name) as { code: number } | undefined)?.code;
      code = find();
      if (code === undefined) {
        this.writer.name(name);
        code = find()!;
        return code; // not cached: a transaction rolled back would take it away
      }
      this.codes.set(name, code);
    }
    return code;
  }

  nameOf(code: number): string {
    let name = this.names.get(code);
    if (name === undefined) {
      name = (this.db.prepare('SELECT name FROM exchange_names WHERE code = ?').get(code) as { name: string } | undefined)?.name;
      if (name === undefined) throw new Error(`The exchange log holds an unknown name code ${code}`);
      this.names.set(code, name);
    }
    return name;
  }

  /** The newest message of a cell. */
  cell(dataset: string, row: string, column: string): Cell | undefined {
    const found = this.latestCell.get(this.code(dataset), packRow(row), this.code(column));
    return found && { timestamp: stampText(found.stamp), value: found.value };
  }

  /** Each column's newest message for a row, and whether the row is deleted. */
  row(dataset: string, row: string): Map<string, Cell> {
    const cells = new Map<string, Cell>();
    for (const m of this.rowMessages.iterate(this.code(dataset), packRow(row))) cells.set(this.nameOf(m.column), { timestamp: stampText(m.stamp), value: m.value });
    return cells;
  }

  isDeleted(dataset: string, row: string): boolean {
    return this.cell(dataset, row, DELETED)?.value === '1';
  }

  /** How many messages the log holds; with `madeHereAfter`, only this laptop's stamped after it (what a server has not been sent). */
  count(madeHereAfter?: string): number {
    // The log's own table, not the exchange_messages view: turning 1.3 million stamps into text took 0.4 s a status.
    if (madeHereAfter === undefined) return (this.db.prepare('SELECT count(*) AS n FROM exchange_log').get() as { n: number }).n;
    const after = madeHereAfter ? (packStamp(madeHereAfter) ?? Buffer.alloc(0)) : Buffer.alloc(0);
    return (this.db.prepare('SELECT count(*) AS n FROM exchange_log WHERE stamp > ? AND substr(stamp, 9) = ?').get(after, this.nodeBytes) as { n: number }).n;
  }

  /** The newest stamp this laptop holds from each laptop (its own included). */
  holds(): Record<string, string> {
    const rows = this.db.prepare('SELECT node, newest FROM exchange_nodes').all() as Array<{ node: string; newest: Buffer }>;
    return Object.fromEntries(rows.map((r) => [r.node, stampText(r.newest)]));
  }

  /**
   * The messages stamped after `since`, in stamp order. The log is kept in cell order, so this reads
   * it whole (a quarter of a second for a 60,000-person store); the relay only asks when some laptop
   * lacks something.
   */
  messagesAfter(since: string): MessageRow[] {
    // Stamps and ids come out as hex text: a Buffer per blob, and sorting them in JS, took 20 µs a message.
    const found = this.db
      .prepare<[Buffer], { dataset: number; row: string; uuid: number; column: number; stamp: string; value: string | null }>(
        `SELECT dataset, CASE typeof(row) WHEN 'blob' THEN lower(hex(row)) ELSE row END AS row, typeof(row) = 'blob' AS uuid, column,
                hex(stamp) AS stamp, value
         FROM exchange_log WHERE stamp > ? ORDER BY stamp`,
      )
      .all(sinceBytes(since));
    return found.map((m) => ({
      timestamp: hexStampText(m.stamp),
      dataset: this.nameOf(m.dataset),
      row: m.uuid ? `${m.row.slice(0, 8)}-${m.row.slice(8, 12)}-${m.row.slice(12, 16)}-${m.row.slice(16, 20)}-${m.row.slice(20)}` : m.row,
      column: this.nameOf(m.column),
      value: m.value,
    }));
  }

  /**
   * What a bundle carries for a laptop that holds `known` (the newest stamp it has of each laptop):
   * every message stamped after `since` and after what it holds of the laptop that stamped it, encoded
   * as they are read, in the log's own order (the recipient orders each row's messages itself).
   */
  encodeAfter(since: string, known: Readonly<Record<string, string>>): { bytes: Buffer; count: number } {
    // Compared as SQLite writes the stamps' hex: the same order as their text.
    const after = new Map(Object.entries(known).map(([node, stamp]) => [node, packStamp(stamp)?.toString('hex').toUpperCase() ?? '']));
    const names = new Map<number, Buffer>();
    const nameBytes = (code: number) => {
      let bytes = names.get(code);
      if (!bytes) names.set(code, (bytes = Buffer.from(this.nameOf(code), 'utf8')));
      return bytes;
    };
    const encoder = new MessageEncoder();
    // A UUID comes out as its 32 hex digits and gets its dashes as it is written: in SQL they cost a second a first exchange.
    const rows = this.db
      .prepare<[Buffer]>(
        `SELECT dataset, CASE typeof(row) WHEN 'blob' THEN lower(hex(row)) ELSE row END, typeof(row) = 'blob', column, hex(stamp), value
         FROM exchange_log WHERE stamp > ?`,
      )
      .raw();
    for (const [dataset, row, uuid, column, stamp, value] of rows.iterate(sinceBytes(since)) as IterableIterator<[number, string, number, number, string, string | null]>) {
      if (stamp <= (after.get(stamp.slice(16)) ?? '')) continue;
      encoder.add(hexStampText(stamp), nameBytes(dataset), row, uuid === 1, nameBytes(column), value);
    }
    return { bytes: encoder.finish(), count: encoder.count };
  }

  /** Writes messages received into a log that holds none of them (a first exchange), many at a time; `flush` when done. */
  receiver(): { add(m: MessageRow, stamp: Buffer, row: Buffer | string): void; flush(): void } {
    const batch = this.writer.messageBatch();
    return { add: (m, stamp, row) => batch.add(this.code(m.dataset), row, this.code(m.column), stamp, m.value), flush: batch.flush };
  }

  /** Writes one message received into the log; false when it was there already. Its minute and laptop are the caller's to note. */
  receive(m: MessageRow, stamp: Buffer, row: Buffer | string = packRow(m.row)): boolean {
    return this.writer.message(this.code(m.dataset), row, this.code(m.column), stamp, m.value);
  }

  /** A change made on this laptop: a new stamp, into the log. */
  stamp(dataset: string, row: string, column: string, value: string | null): void {
    const stamp = this.clock.send();
    const bytes = packParts(stamp.millis(), stamp.counter(), this.nodeBytes, this.scratch);
    this.writer.message(this.code(dataset), packRow(row), this.code(column), bytes, value);
    this.writer.minute(minuteOf(stamp), stamp.hash());
    this.writer.heldFrom(this.node, bytes);
    if (this.applying) this.restamped.add(`${dataset}\u0000${row}`);
  }

  /** Cells erased here that the sync server has not been told of: each as its message without a value, and its stamp. */
  erasedCells(limit: number): Array<{ stamp: Buffer; message: MessageRow }> {
    return this.writer.erasedCells(limit).map((c) => ({
      stamp: c.stamp,
      message: { timestamp: stampText(c.stamp), dataset: this.nameOf(c.dataset), row: rowText(c.row), column: this.nameOf(c.column), value: null },
    }));
  }

  /** Marks a row deleted and takes its values out of the log. */
  tombstone(dataset: string, row: string): void {
    if (this.isDeleted(dataset, row)) return;
    this.stamp(dataset, row, DELETED, '1');
    this.erase(dataset, row);
  }

  erase(dataset: string, row: string): void {
    // Only a laptop on a sync server keeps the cells it erased, to erase them there too.
    this.writer.erase(this.code(dataset), packRow(row), this.code(DELETED), this.state('relay') !== null);
  }

  /**
   * Every row already in the tables, into the log, when the store joins a group. Stamps are made in
   * one run and each minute's hash is written once: one message at a time took 33 µs a message.
   */
  seed(): number {
    let count = 0;
    const minutes = new Map<number, number>();
    const run = this.clock.run();
    const stamp = this.scratch;
    const batch = this.writer.messageBatch();
    try {
      for (const table of REPLICATED) {
        const spec = specOf(table);
        if (!spec) throw new Error(`No writer knows the table ${table}`);
        const key = spec.key ?? 'id';
        const keyAt = spec.columns.indexOf(key);
        const dataset = this.code(table);
        const columns = spec.columns.map((c, i) => ({ code: this.code(c), at: i })).filter((c) => c.at !== keyAt);
        for (const row of this.db.prepare(`SELECT ${spec.columns.join(', ')} FROM ${table}`).raw().all() as Array<Array<string | number | null>>) {
          const id = packRow(String(row[keyAt]));
          for (const c of columns) {
            run.next();
            packParts(run.millis, run.counter, this.nodeBytes, stamp);
            batch.add(dataset, id, c.code, stamp, encodeValue(row[c.at]));
            const minute = Math.floor(run.millis / 60_000);
            minutes.set(minute, ((minutes.get(minute) ?? 0) ^ stampHash(partsText(run.millis, run.counter, this.node))) >>> 0);
          }
          count += columns.length;
        }
      }
      batch.flush();
    } finally {
      run.done();
    }
    for (const [minute, hash] of minutes) this.writer.minute(minute, hash);
    if (count) this.writer.heldFrom(this.node, packParts(run.millis, run.counter, this.nodeBytes, stamp));
    return count;
  }

  /** The recorder every domain's writers tell, composed with whoever else listens. */
  recorder(next: OnChange): OnChange {
    return (change) => {
      next(change);
      if (!this.enabled || !isReplicated(change.table)) return;
      this.recordCascades(change);
      if (!this.applying) this.record(change);
    };
  }

  private record({ table, id, old, new: row }: RowChange): void {
    const spec = specOf(table)!;
    const key = spec.key ?? 'id';
    if (!row) {
      this.tombstone(table, id);
      return;
    }
    // A join row made again after a delete (same natural id) is back.
    if (!old && this.isDeleted(table, id)) this.stamp(table, id, DELETED, '0');
    for (const column of spec.columns) {
      if (column === key || (old && old[column] === row[column])) continue;
      this.stamp(table, id, column, encodeValue(row[column]));
    }
  }

  /** Children a foreign key deleted or set to NULL with the row just told: changes of their own in the log. */
  private recordCascades(change: RowChange): void {
    // An insert cascades to nothing: two statements a row were a tenth of a first import.
    if (!change.old) return;
    const { gone, nulled } = this.writer.drainCascades();
    for (const g of gone) if (g.dataset !== change.table || g.row !== change.id) this.tombstone(g.dataset, g.row);
    for (const n of nulled) {
      if ((n.dataset !== change.table || n.row !== change.id) && !this.isDeleted(n.dataset, n.row)) this.stamp(n.dataset, n.row, n.column, 'null');
    }
  }

  /** From now on every change is recorded (the store has joined a group). */
  enable(): void {
    this.enabled = true;
    this.writer.captureCascades(this.keys);
  }

  disable(): void {
    this.enabled = false;
  }

  /** Trie after a transaction that may have rolled back: read again from the minutes. */
  refreshTrie(): void {
    this.clock.trie = this.trie();
    this.codes.clear();
    this.names.clear();
  }

}

const sinceBytes = (since: string): Buffer => (since ? (packStamp(since) ?? Buffer.from(since, 'latin1')) : Buffer.alloc(0));
