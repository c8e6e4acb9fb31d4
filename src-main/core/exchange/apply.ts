import { newId, nowIso } from '../ids';
import type { Store } from '../store/open';
import { ignoreChanges, specOf, type TableWriter, type RowValues } from '../store/table';
import { MAX_DRIFT_MS, Timestamp } from './clock';
import { packRow, packStamp, stampHash, stampMillis } from './compact';
import { type Cell, encodeValue, type ExchangeLog } from './log';
import { DELETED, isReplicated, tableOrder } from './tables';
import { type MessageRow, replicaWriter } from './writer';

/** Columns whose every edit differs (the time of the edit): two laptops touching a row is not a conflict about them. */
const NOT_CONFLICTS = new Set(['updated_at', 'created_at', DELETED]);

/** Unique columns that are not natural keys: a clash keeps the value on the row with the smaller id, the same on every laptop. */
const UNIQUE_CLEARED: Readonly<Record<string, string>> = { events: 'ical_uid' };

/**
 * The merge rule. Only the property test turns it off, to show that it would notice: the value that
 * arrives last then wins, as a naive copy would do, and laptops that exchange in different orders drift apart.
 */
export const mergeRule = { newestWins: true };

export interface ApplyResult {
  /** Messages new to this laptop. */
  received: number;
  /** Messages already here (a bundle imported twice). */
  duplicates: number;
  /** Rows created, changed and deleted, per table. */
  rows: Record<string, { created: number; changed: number; deleted: number }>;
  /** Rows waiting for a parent or a column. */
  waiting: number;
  /** Messages held apart because their clock is more than a day ahead. */
  heldForClock: number;
  conflicts: number;
}

export interface Sender {
  node: string;
  name: string;
}

/**
 * Applies messages from another laptop: each goes into the log; a cell takes the newest value;
 * then every row they touched is written again from the log through its table's writer, parents
 * first. A row whose parent has not arrived waits in `exchange_pending_rows` and is tried again at
 * every apply. Foreign keys are checked at commit, so the whole batch applies or none of it.
 */
export function applyMessages(db: Store, log: ExchangeLog, messages: readonly MessageRow[], sender: Sender): ApplyResult {
  const writers = new Map<string, TableWriter<RowValues>>();
  const writerOf = (table: string) => {
    let w = writers.get(table);
    if (!w) {
      // The same spec as the domain's writer; what it writes is told to the log, which only writes out cascades while applying.
      w = replicaWriter(db, log.recorder(ignoreChanges), table);
      writers.set(table, w);
    }
    return w;
  };
  const result: ApplyResult = { received: 0, duplicates: 0, rows: {}, waiting: 0, heldForClock: 0, conflicts: 0 };
  const lastHeard = (db.prepare('SELECT last_stamp FROM exchange_laptops WHERE node = ?').get(sender.node) as { last_stamp: string | null } | undefined)
    ?.last_stamp;
  const arrived = new Map<string, string | null>();
  // Each minute's hash is written once per apply, not once per message.
  const minutes = new Map<number, number>();
  const wasPending = new Set<string>();
  const settled = (dataset: string, id: string) => {
    if (wasPending.delete(`${dataset}\u0000${id}`)) log.writer.pending(dataset, id, false);
  };
  const statements = new Map<string, { get(...params: unknown[]): unknown }>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare<unknown[]>(sql)));
    return statement;
  };
  const scratch = Buffer.alloc(16);
  const pendingRows = db.prepare<[], { dataset: string; row: string }>('SELECT dataset, row FROM exchange_pending_rows');

  return db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    log.applying = true;
    log.restamped.clear();
    try {
      arrived.clear();
      const now = Date.now();
      // The messages of each row together: the row's cells are read from the log once, not once a
      // message and again to write the row (two queries a message took half of a first import).
      // Bundles come in the log's cell order, so a row's messages are mostly next to each other.
      const stamps = Buffer.allocUnsafe(messages.length * 16);
      const stampAt = (i: number) => stamps.subarray(i * 16, i * 16 + 16);
      const byRow = new Map<string, { dataset: string; row: string; at: number[] }>();
      let last: { dataset: string; row: string; at: number[] } | undefined;
      messages.forEach((m, i) => {
        const stamp = packStamp(m.timestamp, stampAt(i));
        if (!stamp) throw new Error(`A change carries an unreadable stamp: ${m.timestamp.slice(0, 60)}`);
        if (stampMillis(stamp) - now > MAX_DRIFT_MS) {
          log.writer.wait(m, 'clock');
          result.heldForClock++;
          return;
        }
        const spec = isReplicated(m.dataset) ? specOf(m.dataset) : undefined;
        if (!spec || (m.column !== DELETED && !spec.columns.includes(m.column))) {
          // A newer Liaison's table or column: kept until this laptop is upgraded.
          log.writer.wait(m, 'column');
          return;
        }
        if (!last || last.row !== m.row || last.dataset !== m.dataset) {
          const key = `${m.dataset}\u0000${m.row}`;
          last = byRow.get(key);
          if (!last) byRow.set(key, (last = { dataset: m.dataset, row: m.row, at: [] }));
        }
        last.at.push(i);
      });
      // A store whose log is empty (a first exchange) has no cells to read.
      const logWasEmpty = !db.prepare('SELECT 1 FROM exchange_log LIMIT 1').get();
      const touched = new Map<string, { dataset: string; row: string; cells?: Map<string, Cell> }>();
      const newestFrom = new Map<string, string>();
      let newest: string | null = null;
      // Into an empty log nothing received can be there already: it goes in many at a time.
      const receiver = logWasEmpty ? log.receiver() : null;
      const byStamp = (x: number, y: number) => (messages[x]!.timestamp < messages[y]!.timestamp ? -1 : 1);
      for (const [key, group] of byRow) {
        const cells = logWasEmpty ? new Map<string, Cell>() : log.row(group.dataset, group.row);
        let changed = false;
        const packed = packRow(group.row);
        // Oldest first within a row: a cell's newer value replaces an older one, and conflicts are told in order.
        if (group.at.some((x, n) => n > 0 && messages[group.at[n - 1]!]!.timestamp > messages[x]!.timestamp)) group.at.sort(byStamp);
        for (const i of group.at) {
          const m = messages[i]!;
          const stamp = stampAt(i);
          if (receiver) receiver.add(m, stamp, packed);
          else if (!log.receive(m, stamp, packed)) {
            result.duplicates++;
            continue;
          }
          changed = true;
          const node = m.timestamp.slice(-16);
          if (node !== log.node && m.timestamp > (newestFrom.get(node) ?? '')) newestFrom.set(node, m.timestamp);
          const minute = Math.floor(stampMillis(stamp) / 60_000);
          minutes.set(minute, ((minutes.get(minute) ?? 0) ^ stampHash(m.timestamp)) >>> 0);
          result.received++;
          if (!newest || m.timestamp > newest) newest = m.timestamp;
          const current = cells.get(m.column);
          if (current && current.value !== m.value && !NOT_CONFLICTS.has(m.column)) {
            const localEdit = current.timestamp.endsWith(log.node) && (!lastHeard || current.timestamp > lastHeard);
            if (localEdit && node !== log.node) {
              const incomingWins = m.timestamp > current.timestamp;
              log.writer.conflict({
                id: newId(),
                dataset: m.dataset,
                row: m.row,
                column: m.column,
                kept_value: incomingWins ? m.value : current.value,
                kept_stamp: incomingWins ? m.timestamp : current.timestamp,
                other_value: incomingWins ? current.value : m.value,
                other_stamp: incomingWins ? current.timestamp : m.timestamp,
                resolved_at: null,
                created_at: nowIso(),
              });
              result.conflicts++;
            }
          }
          if (!current || m.timestamp > current.timestamp) cells.set(m.column, { timestamp: m.timestamp, value: m.value });
          if (!mergeRule.newestWins) arrived.set(`${m.dataset}\u0000${m.row}\u0000${m.column}`, m.value);
        }
        if (changed) touched.set(key, { dataset: group.dataset, row: group.row, cells });
      }
      receiver?.flush();
      for (const [minute, hash] of minutes) log.writer.minute(minute, hash);
      // The clock moves past the newest stamp of each other laptop: past every one it received.
      for (const [node, stamp] of newestFrom) {
        log.clock.recv(Timestamp.parse(stamp)!);
        log.writer.heldFrom(node, packStamp(stamp, scratch)!);
      }
      if (newest?.endsWith(log.node)) log.writer.heldFrom(log.node, packStamp(newest, scratch)!);
      for (const p of pendingRows.all()) {
        const key = `${p.dataset}\u0000${p.row}`;
        if (!touched.has(key)) touched.set(key, p);
        wasPending.add(key);
      }
      let rows = [...touched.values()].sort((a, b) => tableOrder(a.dataset) - tableOrder(b.dataset));
      // Parents first; a row whose parent comes later in the same table (an organisation's parent) takes another pass.
      for (let pass = 0, progress = true; rows.length && progress; pass++) {
        progress = false;
        const again: typeof rows = [];
        // Into a store whose log was empty, a row of the first pass is new: no need to read it.
        const isNew = logWasEmpty && pass === 0;
        let uniqueChecked = false;
        const one = (r: (typeof rows)[number]) => {
          const cells = r.cells && !log.restamped.has(`${r.dataset}\u0000${r.row}`) ? r.cells : undefined;
          const outcome = materialise(r.dataset, r.row, cells, isNew, uniqueChecked);
          if (outcome === 'waiting') again.push(r);
          else {
            progress = true;
            if (outcome !== 'unchanged') {
              const counts = (result.rows[r.dataset] ??= { created: 0, changed: 0, deleted: 0 });
              counts[outcome]++;
            }
          }
        };
        // A table's many new rows (a first exchange) go in with its indexes and search triggers set aside.
        for (let i = 0; i < rows.length; ) {
          const dataset = rows[i]!.dataset;
          let j = i;
          while (j < rows.length && rows[j]!.dataset === dataset) j++;
          const run = rows.slice(i, j);
          uniqueChecked = pass === 0 && noUniqueClash(dataset, run);
          if (pass === 0 && (!UNIQUE_CLEARED[dataset] || uniqueChecked)) writerOf(dataset).bulk(run.length, () => run.forEach(one));
          else run.forEach(one);
          i = j;
        }
        rows = again;
      }
      for (const r of rows) log.writer.pending(r.dataset, r.row, true);
      result.waiting = rows.length;
      if (sender.node !== log.node) log.writer.laptop({ node: sender.node, name: sender.name, stamp: newest, at: nowIso() });
      return result;
    } catch (error) {
      log.refreshTrie(); // what was written rolls back, names given codes with it
      throw error;
    } finally {
      log.applying = false;
      log.restamped.clear();
    }
  })();

  /**
   * Whether the new values of a table's unique column clash with nothing, checked once for many rows
   * before its indexes are set aside (a search of the column per row would then read the whole table):
   * 15,000 events of a first exchange went in one by one, a fifth of its import.
   */
  function noUniqueClash(dataset: string, run: ReadonlyArray<{ row: string; cells?: Map<string, Cell> }>): boolean {
    const unique = UNIQUE_CLEARED[dataset];
    if (!unique) return false;
    const owners = new Map<string, string>();
    for (const r of run) {
      const value = r.cells?.get(unique)?.value;
      if (!r.cells || value === undefined) return false;
      const parsed = value === null ? null : (JSON.parse(value) as unknown);
      if (parsed === null) continue;
      if (owners.has(String(parsed))) return false;
      owners.set(String(parsed), r.row);
    }
    const key = specOf(dataset)!.key ?? 'id';
    const found = db.prepare(`SELECT ${unique} AS value, ${key} AS id FROM ${dataset} WHERE ${unique} IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...owners.keys()])) as Array<{ value: string; id: string }>;
    return found.every((f) => owners.get(String(f.value)) === f.id);
  }

  /**
   * Writes one row as the log has it: deleted, inserted once complete, or updated where it differs.
   * `isNew`: the row cannot be in its table yet; `uniqueChecked`: its unique column was checked with its table's.
   */
  function materialise(
    dataset: string,
    id: string,
    known?: Map<string, Cell>,
    isNew = false,
    uniqueChecked = false,
  ): 'created' | 'changed' | 'deleted' | 'unchanged' | 'waiting' {
    const spec = specOf(dataset)!;
    const key = spec.key ?? 'id';
    const writer = writerOf(dataset);
    const cells = known ?? log.row(dataset, id);
    if (!mergeRule.newestWins) {
      for (const [column, cell] of cells) {
        const value = arrived.get(`${dataset}\u0000${id}\u0000${column}`);
        if (value !== undefined) cells.set(column, { ...cell, value });
      }
    }
    const stored = isNew ? undefined : writer.get(id);
    if (cells.get(DELETED)?.value === '1') {
      settled(dataset, id);
      log.erase(dataset, id);
      if (!stored) return 'unchanged';
      writer.delete(id);
      return 'deleted';
    }
    const values: RowValues = {};
    for (const column of spec.columns) {
      if (column === key) continue;
      const cell = cells.get(column);
      if (!cell || cell.value === null) {
        if (!stored) return 'waiting'; // not every column has arrived yet
        continue;
      }
      values[column] = JSON.parse(cell.value) as string | number | null;
    }
    for (const fk of log.foreignKeys(dataset)) {
      const value = values[fk.column];
      if (value === null || value === undefined || (stored && stored[fk.column] === value)) continue;
      if (prepared(`SELECT 1 FROM ${fk.parent} WHERE ${fk.parentColumn} = ?`).get(value)) continue;
      if (!isReplicated(fk.parent) || !log.isDeleted(fk.parent, String(value))) return 'waiting';
      // The parent was deleted on some laptop: do what its foreign key does, and say so in the log.
      if (fk.onDelete === 'CASCADE') {
        log.tombstone(dataset, id);
        if (stored) writer.delete(id);
        settled(dataset, id);
        return stored ? 'deleted' : 'unchanged';
      }
      values[fk.column] = null;
      log.stamp(dataset, id, fk.column, encodeValue(null));
    }
    const unique = uniqueChecked ? undefined : UNIQUE_CLEARED[dataset];
    if (unique && values[unique] !== null && values[unique] !== undefined) {
      const other = prepared(`SELECT ${key} AS id FROM ${dataset} WHERE ${unique} = ? AND ${key} <> ?`).get(values[unique], id) as { id: string } | undefined;
      if (other) {
        const loser = other.id > id ? other.id : id;
        log.stamp(dataset, loser, unique, encodeValue(null));
        if (loser === id) values[unique] = null;
        else writer.update(loser, { [unique]: null });
      }
    }
    settled(dataset, id);
    if (!stored) {
      writer.insert({ ...values, [key]: id });
      return 'created';
    }
    const patch = Object.fromEntries(Object.entries(values).filter(([column, value]) => stored[column] !== value));
    if (!Object.keys(patch).length) return 'unchanged';
    writer.update(id, patch);
    return 'changed';
  }
}
