import { hostname } from 'node:os';
import { type BundleEffect, type ConflictInfo, type ExchangeStatus, exchangeCalls } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { nowIso } from '../ids';
import { latestVersion } from '../store/migrations';
import { DEFAULT_KDF, type KdfParams } from '../vault/kdf';
import { applyMessages, type ApplyResult } from './apply';
import { openBundle, readBundleHeader, writeBundle } from './bundle';
import { Timestamp } from './clock';
import { type GroupInfo, joinCodeOf, joinGroup, newGroup } from './group';
import { encodeValue, ExchangeLog } from './log';
import { syncedFolderService } from './synced-folder';
import type { MessageRow } from './writer';
import { readRelay, relayStatus, revokeLaptop, setRelayServer, syncNow } from './relay';

export { ExchangeLog } from './log';

/**
 * The log of a store; null when a damaged store, open read-only to copy its data out, cannot even
 * be read where the log lives: the rest of the app still opens, and exchange says why it cannot.
 */
export function openExchangeLog(db: DomainContext['db']): ExchangeLog | null {
  try {
    return new ExchangeLog(db);
  } catch (error) {
    if (db.readonly) return null;
    throw error;
  }
}

/** Every exchange call, answering that the store is damaged and open read-only. */
export function exchangeUnavailable(): DomainModule<CallsOf<typeof exchangeCalls>> {
  const refuse = () => {
    throw new AppError('read_only', 'The store is damaged and open read-only: exchange is off until a good backup is restored.');
  };
  const names = Object.keys(exchangeCalls) as Array<CallsOf<typeof exchangeCalls>>;
  return { handlers: Object.fromEntries(names.map((name) => [name, refuse])) as unknown as DomainModule<CallsOf<typeof exchangeCalls>>['handlers'], api: {} };
}

export interface ExchangeDeps {
  log: ExchangeLog;
  appVersion: string;
  /** The data folder, to warn when a file-sync service copies it. */
  dataDir?: string;
  /** Argon2id cost of a new group key; tests lower it. */
  kdf?: KdfParams;
}

class Rollback extends Error {
  constructor(readonly result: ApplyResult) {
    super('preview');
  }
}

/**
 * Exchange between laptops: a group sharing one key, bundles of changes by file, and the
 * conflicts they bring. The log itself is kept by `ExchangeLog`, told by every writer.
 */
export function exchangeDomain({ db }: DomainContext, deps: ExchangeDeps): DomainModule<CallsOf<typeof exchangeCalls>> {
  const { log } = deps;
  const w = log.writer;
  const group = (): GroupInfo | null => {
    const text = log.state('group');
    return text ? (JSON.parse(text) as GroupInfo) : null;
  };
  const key = (): Buffer => {
    const text = log.state('key');
    if (!text) throw new AppError('invalid_input', 'This laptop is not in an exchange group yet: create one or join one first.');
    return Buffer.from(text, 'base64');
  };
  const laptopName = () => log.state('name') ?? hostname();
  const nameOf = (node: string) =>
    node === log.node ? laptopName() : ((db.prepare('SELECT name FROM exchange_laptops WHERE node = ?').get(node) as { name: string } | undefined)?.name ?? node);

  const status = (): ExchangeStatus => {
    const g = group();
    const held = db
      .prepare(
        `SELECT substr(timestamp, -16) AS node, count(*) AS count, max(substr(timestamp, 1, 24)) AS newest FROM exchange_waiting WHERE reason = 'clock' GROUP BY 1`,
      )
      .all() as Array<{ node: string; count: number; newest: string }>;
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      group: g ? { id: g.id, name: g.name, joinCode: joinCodeOf(g) } : null,
      laptop: { node: log.node, name: laptopName() },
      laptops: (
        db.prepare('SELECT node, name, last_exchange, removed FROM exchange_laptops WHERE node <> ? ORDER BY name, node').all(log.node) as Array<{
          node: string;
          name: string;
          last_exchange: string | null;
          removed: number;
        }>
      ).map((l) => ({ node: l.node, name: l.name || l.node, lastExchange: l.last_exchange, removed: l.removed === 1 })),
      messages: log.count(),
      heldForClock: held.map((h) => ({ node: h.node, name: nameOf(h.node), count: h.count, aheadBy: aheadBy(Date.parse(h.newest) - Date.now()) })),
      waitingForUpgrade: count("SELECT count(*) AS n FROM exchange_waiting WHERE reason = 'column'"),
      waitingRows: count('SELECT count(*) AS n FROM exchange_pending_rows'),
      openConflicts: count('SELECT count(*) AS n FROM exchange_conflicts WHERE resolved_at IS NULL'),
      syncedFolder: deps.dataDir ? syncedFolderService(deps.dataDir) : null,
      server: serverStatus(),
    };
  };

  /** The sync server, with how many of this laptop's changes it has not been sent yet. */
  const serverStatus = () => {
    const relay = relayStatus(log);
    if (!relay) return null;
    return { ...relay, pending: log.count(log.state('relay.since') ?? '') };
  };

  const join = (info: GroupInfo, groupKey: Buffer, name: string) => {
    db.transaction(() => {
      w.state('group', JSON.stringify(info));
      w.state('key', groupKey.toString('base64'));
      w.state('name', name);
      log.enable();
      log.seed();
    })();
    log.refreshTrie();
  };

  /** The bundle for a laptop: of each laptop's changes, those newer than the newest it holds (everything for a laptop not heard from). */
  const bundleFor = (theirs: Readonly<Record<string, string>> | null) => {
    const g = group();
    if (!g) throw new AppError('invalid_input', 'This laptop is not in an exchange group yet: create one or join one first.');
    const mine = log.holds();
    const known = theirs ?? {};
    const lacking = Object.entries(mine).filter(([node, latest]) => latest > (known[node] ?? ''));
    const since = lacking.reduce((min, [node]) => ((known[node] ?? '') < min ? (known[node] ?? '') : min), '\uffff');
    const encoded = lacking.length ? log.encodeAfter(since, known) : { bytes: Buffer.alloc(0), count: 0 };
    const file = writeBundle(
      {
        format: 1,
        app: deps.appVersion,
        schema: latestVersion(),
        group: { id: g.id, name: g.name },
        sender: { node: log.node, name: laptopName() },
        holds: mine,
        messages: encoded.count,
        created: nowIso(),
      },
      encoded.bytes,
      key(),
    );
    const day = nowIso().slice(0, 10);
    return {
      fileName: `${safeName(g.name)}-${safeName(laptopName())}-${day}.liaison-sync`,
      mimeType: 'application/octet-stream',
      base64: file.toString('base64'),
      messages: encoded.count,
    };
  };

  const open = (base64: string) => {
    const file = Buffer.from(base64, 'base64');
    const g = group();
    if (!g) throw new AppError('invalid_input', 'This laptop is not in an exchange group yet: join the group this file comes from first.');
    const { head } = readBundleHeader(file);
    if (head.group.id !== g.id) {
      throw new AppError('invalid_input', `This changes file belongs to the group "${head.group.name}", not to "${g.name}". Nothing was imported.`);
    }
    return openBundle(file, key());
  };

  /**
   * Messages held back earlier that may apply now: a column this version has since learnt (after an
   * upgrade), a clock no longer a day ahead. They leave the waiting room and go with the next
   * import; any still not applicable go back to it.
   */
  const takeWaiting = (): MessageRow[] => {
    const held = db.prepare('SELECT timestamp, dataset, row, column, value FROM exchange_waiting').all() as MessageRow[];
    for (const m of held) w.unwait(m.timestamp);
    return held;
  };

  const effect = (head: { sender: { node: string; name: string }; group: { name: string } }, messages: number, r: ApplyResult): BundleEffect => ({
    from: head.sender,
    group: head.group.name,
    messages,
    received: r.received,
    duplicates: r.duplicates,
    tables: r.rows,
    conflicts: r.conflicts,
    waiting: r.waiting,
    heldForClock: r.heldForClock,
  });

  return {
    handlers: {
      'exchange.status': () => status(),
      'exchange.createGroup': async ({ name, passphrase, laptopName: me }) => {
        if (group()) throw new AppError('invalid_input', 'This laptop is already in a group: leave it first.');
        const made = await newGroup(name, passphrase, deps.kdf ?? DEFAULT_KDF);
        join(made.info, made.key, me);
        return status();
      },
      'exchange.joinGroup': async ({ code, passphrase, laptopName: me }) => {
        if (group()) throw new AppError('invalid_input', 'This laptop is already in a group: leave it first.');
        const joined = await joinGroup(code, passphrase);
        join(joined.info, joined.key, me);
        return status();
      },
      'exchange.leaveGroup': () => {
        db.transaction(() => w.forget())();
        log.disable();
        log.refreshTrie();
        return status();
      },
      'exchange.removeLaptop': async ({ node }) => {
        // On the office server too, so that it can no longer sync there; it is removed here even when the server cannot be reached.
        const relay = readRelay(log);
        const g = group();
        if (relay && g) await revokeLaptop(relay.url, g.id, relay.token, node).catch(() => undefined);
        w.removeLaptop(node);
        return status();
      },
      'exchange.exportBundle': ({ to }) => {
        const known = to ? (db.prepare('SELECT holds FROM exchange_laptops WHERE node = ?').get(to) as { holds: string | null } | undefined) : undefined;
        return bundleFor(known?.holds ? (JSON.parse(known.holds) as Record<string, string>) : null);
      },
      'exchange.previewBundle': ({ base64 }) => {
        const { head, messages } = open(base64);
        try {
          db.transaction(() => {
            throw new Rollback(applyMessages(db, log, messages, head.sender));
          })();
        } catch (error) {
          if (error instanceof Rollback) return effect(head, messages.length, error.result);
          throw error;
        } finally {
          log.refreshTrie();
        }
        throw new Error('unreachable');
      },
      'exchange.importBundle': ({ base64 }) => {
        const { head, messages } = open(base64);
        const result = db.transaction(() => applyMessages(db, log, [...messages, ...takeWaiting()], head.sender))();
        // After this import the sender holds what it held, and also what this laptop is about to reply with.
        db.transaction(() => w.laptop({ node: head.sender.node, name: head.sender.name, holds: JSON.stringify(head.holds) }))();
        log.refreshTrie();
        // The reply carries what the sender lacks, so two laptops converge in one trip each way.
        const reply = bundleFor(head.holds);
        return { ...effect(head, messages.length, result), reply: reply.messages ? reply : null };
      },
      'exchange.setServer': async ({ url }) => {
        await setRelayServer(db, log, { url, group: group(), key: log.state('key') ? key() : null, name: laptopName() });
        return status();
      },
      'exchange.syncNow': () => syncNow(db, log, { group: group(), key: log.state('key') ? key() : null, name: laptopName() }),
      'exchange.lastChange': ({ dataset, row }) => {
        const cells = log.row(dataset, row);
        let newest: string | null = null;
        for (const [column, cell] of cells) if (column !== 'updated_at' && (!newest || cell.timestamp > newest)) newest = cell.timestamp;
        const stamp = newest ? Timestamp.parse(newest) : null;
        if (!stamp || stamp.node() === log.node) return { lastChange: null };
        return { lastChange: { laptop: nameOf(stamp.node()), at: new Date(stamp.millis()).toISOString() } };
      },
      'exchange.conflicts': ({ dataset, row }) => {
        const rows = db
          .prepare(
            `SELECT * FROM exchange_conflicts WHERE resolved_at IS NULL AND (@dataset IS NULL OR dataset = @dataset) AND (@row IS NULL OR row = @row)
             ORDER BY created_at DESC LIMIT 500`,
          )
          .all({ dataset: dataset ?? null, row: row ?? null }) as Array<import('./writer').ConflictRow>;
        const side = (value: string | null, stamp: string) => {
          const t = Timestamp.parse(stamp)!;
          return { value: value === null ? null : (JSON.parse(value) as unknown), laptop: nameOf(t.node()), at: new Date(t.millis()).toISOString() };
        };
        const label = (dataset: string, row: string) => {
          const column = LABELS[dataset];
          const found = column ? (db.prepare(`SELECT ${column} AS label FROM ${dataset} WHERE id = ?`).get(row) as { label: string } | undefined) : undefined;
          return found?.label ?? '';
        };
        return {
          conflicts: rows.map(
            (c): ConflictInfo => ({
              id: c.id,
              dataset: c.dataset,
              row: c.row,
              label: label(c.dataset, c.row),
              column: c.column,
              kept: side(c.kept_value, c.kept_stamp),
              other: side(c.other_value, c.other_stamp),
            }),
          ),
        };
      },
      'exchange.resolveConflict': ({ id, use }) => {
        const c = db.prepare('SELECT * FROM exchange_conflicts WHERE id = ? AND resolved_at IS NULL').get(id) as import('./writer').ConflictRow | undefined;
        if (!c) throw new AppError('not_found', 'This conflict was settled already.');
        db.transaction(() => {
          if (use === 'other' && !log.isDeleted(c.dataset, c.row)) {
            // A new edit of this laptop's: it wins everywhere, and tells every laptop the choice.
            const stamp = log.clock.send().toString();
            const message = { timestamp: stamp, dataset: c.dataset, row: c.row, column: c.column, value: c.other_value ?? encodeValue(null) };
            applyMessages(db, log, [message], { node: log.node, name: laptopName() });
          }
          w.resolveCell(c.dataset, c.row, c.column, nowIso());
        })();
        return { ok: true as const };
      },
    },
    api: {},
  };
}

/** The column that names a record of each table, for the conflicts list. */
const LABELS: Readonly<Record<string, string>> = {
  people: 'full_name', organisations: 'name', events: 'title', bodies: 'name', series: 'name', projects: 'acronym', indicators: 'name',
  activities: 'title', outcomes: 'text', action_items: 'title', agenda_items: 'title', agenda_sessions: 'title', tags: 'name',
};

const safeName = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'liaison';

function aheadBy(ms: number): string {
  const hours = Math.round(ms / 3_600_000);
  return hours >= 48 ? `${Math.round(hours / 24)} days` : `${hours} hours`;
}
