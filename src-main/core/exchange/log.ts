import { hostname, userInfo } from 'node:os';
import { specOf, type OnChange, type RowChange } from '../store/table';
import type { Store } from '../store/open';
import { addMinute, minuteOf, newNodeId, StoreClock, type Timestamp, type TrieNode, trieOfMinutes } from './clock';
import { DELETED, foreignKeys, isReplicated, REPLICATED } from './tables';
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
  private readonly keys;
  private readonly latestCell;
  private readonly rowMessages;
  private readonly minutes;

  constructor(
    private readonly db: Store,
    machine = `${hostname()}\u0000${userInfo().username}\u0000${db.name}`,
  ) {
    this.writer = exchangeWriter(db);
    this.keys = foreignKeys(db);
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
    this.enabled = state('group') !== null;
    this.latestCell = db.prepare<[string, string, string], Cell>(
      'SELECT timestamp, value FROM exchange_messages WHERE dataset = ? AND row = ? AND column = ? ORDER BY timestamp DESC LIMIT 1',
    );
    this.rowMessages = db.prepare<[string, string], { column: string; timestamp: string; value: string | null }>(
      'SELECT column, timestamp, value FROM exchange_messages WHERE dataset = ? AND row = ? ORDER BY timestamp',
    );
    this.minutes = db.prepare<[], { minute: number; hash: number }>('SELECT minute, hash FROM exchange_minutes ORDER BY minute');
    const latest = db.prepare('SELECT max(timestamp) AS t FROM exchange_messages').get() as { t: string | null };
    this.clock = new StoreClock(node, latest.t, this.trie());
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

  /** The newest message of a cell. */
  cell(dataset: string, row: string, column: string): Cell | undefined {
    return this.latestCell.get(dataset, row, column);
  }

  /** Each column's newest message for a row, and whether the row is deleted. */
  row(dataset: string, row: string): Map<string, Cell> {
    const cells = new Map<string, Cell>();
    for (const m of this.rowMessages.iterate(dataset, row)) cells.set(m.column, { timestamp: m.timestamp, value: m.value });
    return cells;
  }

  isDeleted(dataset: string, row: string): boolean {
    return this.cell(dataset, row, DELETED)?.value === '1';
  }

  /** The newest stamp this laptop holds from each laptop (its own included). */
  holds(): Record<string, string> {
    const rows = this.db.prepare('SELECT substr(timestamp, -16) AS node, max(timestamp) AS latest FROM exchange_messages GROUP BY 1').all() as Array<{
      node: string;
      latest: string;
    }>;
    return Object.fromEntries(rows.map((r) => [r.node, r.latest]));
  }

  /** Writes one message (made here or received) into the log; false when it was there already. */
  store(m: MessageRow, stamp: Timestamp): boolean {
    if (!this.writer.message(m)) return false;
    this.writer.minute(minuteOf(stamp), stamp.hash());
    return true;
  }

  /** A change made on this laptop: a new stamp, into the log. */
  stamp(dataset: string, row: string, column: string, value: string | null): void {
    const stamp = this.clock.send();
    this.store({ timestamp: stamp.toString(), dataset, row, column, value }, stamp);
  }

  /** Marks a row deleted and takes its values out of the log. */
  tombstone(dataset: string, row: string): void {
    if (this.isDeleted(dataset, row)) return;
    this.stamp(dataset, row, DELETED, '1');
    this.writer.erase(dataset, row);
  }

  /**
   * Every row already in the tables, into the log, when the store joins a group. Stamps are made in
   * one run and each minute's hash is written once: one message at a time took 33 µs a message.
   */
  seed(): number {
    let count = 0;
    const minutes = new Map<number, number>();
    const stamps = this.clock.stamps();
    try {
      for (const table of REPLICATED) {
        const spec = specOf(table);
        if (!spec) throw new Error(`No writer knows the table ${table}`);
        const key = spec.key ?? 'id';
        const columns = spec.columns.filter((c) => c !== key);
        for (const row of this.db.prepare(`SELECT ${spec.columns.join(', ')} FROM ${table}`).raw().all() as Array<Array<string | number | null>>) {
          const id = String(row[spec.columns.indexOf(key)]);
          spec.columns.forEach((column, i) => {
            if (column === key) return;
            const stamp = stamps.next().value as Timestamp;
            this.writer.message({ timestamp: stamp.toString(), dataset: table, row: id, column, value: encodeValue(row[i]) });
            const minute = minuteOf(stamp);
            minutes.set(minute, ((minutes.get(minute) ?? 0) ^ stamp.hash()) >>> 0);
          });
          count += columns.length;
        }
      }
    } finally {
      stamps.return();
    }
    for (const [minute, hash] of minutes) this.writer.minute(minute, hash);
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
  }

  static addMinute = addMinute;
}
