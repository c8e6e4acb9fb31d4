import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LiaisonCore } from '../../src-main/core/app';
import { REPLICATED } from '../../src-main/core/exchange/tables';
import type { CallName, CallOutput } from '../../src-shared/contract';
import { startRelay } from '../../src-main/sync-server';
import { generateDirectory } from './generate';
import { openBenchApp } from './vault';

/**
 * Exchange between laptops (issue 14): the first exchange of a 60,000-person, 15,000-event store
 * to an empty laptop (joining writes the store into the log once, then a bundle of everything,
 * imported on the other laptop), applying a bundle of 10,000 changes, the size of a normal day's
 * bundle (200 edits), and the log's size against the tables it describes.
 */

export const EXCHANGE_TARGETS = { firstExchangeMs: 20_000, apply10kMs: 1_000, dayBundleBytes: 100 * 1024, logRatio: 2, idleSyncMs: 50 };

export interface ExchangeBenchResult {
  people: number;
  events: number;
  participations: number;
  /** Joining the group: every row into the log. */
  seedMs: number;
  messages: number;
  exportMs: number;
  bundleBytes: number;
  importMs: number;
  firstExchangeMs: number;
  apply10k: { messages: number; ms: number };
  dayBundle: { edits: number; messages: number; bytes: number };
  /** A sync through the relay on 127.0.0.1 when neither side has anything new: the median of 20. */
  idleSyncMs: number;
  log: { logBytes: number; tableBytes: number; ratio: number };
  targets: typeof EXCHANGE_TARGETS;
}

const PASS = 'bench group passphrase';

export async function runExchangeBench(options: { people?: number; events?: number; seed?: number } = {}, log: (line: string) => void = console.log): Promise<ExchangeBenchResult> {
  const people = options.people ?? 60_000;
  const events = options.events ?? 15_000;
  const dirs = [mkdtempSync(join(tmpdir(), 'liaison-exchange-a-')), mkdtempSync(join(tmpdir(), 'liaison-exchange-b-'))];
  const a = await openBenchApp(dirs[0]!);
  const b = await openBenchApp(dirs[1]!);
  const ok = async <K extends CallName>(core: LiaisonCore, name: K, input: unknown): Promise<CallOutput<K>> => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as CallOutput<K>;
  };
  const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const value = await run();
    return [value, Math.round(performance.now() - start)];
  };
  try {
    generateDirectory(a.db, { people, organisations: Math.ceil(people / 30), events, participantsPerEvent: 4, seed: options.seed ?? 20_261_206 });
    const count = (core: LiaisonCore, table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const [made, seedMs] = await time(() => ok(a, 'exchange.createGroup', { name: 'Bench group', passphrase: PASS, laptopName: 'A' }));
    await ok(b, 'exchange.joinGroup', { code: made.group!.joinCode, passphrase: PASS, laptopName: 'B' });
    const [bundle, exportMs] = await time(() => ok(a, 'exchange.exportBundle', { to: null }));
    const [, importMs] = await time(() => ok(b, 'exchange.importBundle', { base64: bundle.base64 }));
    if (count(b, 'people') !== count(a, 'people')) throw new Error('The first exchange did not bring every person');
    const bundleBytes = Buffer.from(bundle.base64, 'base64').length;
    log(`exchange: joining writes ${made.messages} messages in ${seedMs} ms; bundle of everything ${(bundleBytes / 1024 / 1024).toFixed(1)} MiB in ${exportMs} ms; imported in ${importMs} ms`);

    const bNode = (await ok(b, 'exchange.status', {})).laptop.node;
    const aNode = (await ok(a, 'exchange.status', {})).laptop.node;
    // Tell A what B holds (B's reply carries its merkle), so A's next bundle is only what is new.
    await ok(a, 'exchange.importBundle', { base64: (await ok(b, 'exchange.exportBundle', { to: aNode })).base64 });
    const ids = a.db.prepare('SELECT id FROM people ORDER BY id LIMIT 5000').pluck().all() as string[];
    // An edit of the position alone: the person's other fields as they are.
    const edit = async (id: string, position: string) => {
      const p = await ok(a, 'people.get', { id });
      await ok(a, 'people.update', {
        id, fullName: p.fullName, organisationId: p.organisationId, countryCode: p.countryCode, emails: p.emails, phones: p.phones,
        languages: p.languages, isSpoc: p.isSpoc, notes: p.notes, position,
      });
    };
    // 5,000 edits of a position: 10,000 messages (the position and the time of the edit).
    for (const person of ids) await edit(person, 'Head of unit');
    const tenK = await ok(a, 'exchange.exportBundle', { to: bNode });
    const [, applyMs] = await time(() => ok(b, 'exchange.importBundle', { base64: tenK.base64 }));
    log(`exchange: a bundle of ${tenK.messages} changes applied in ${applyMs} ms`);

    await ok(a, 'exchange.importBundle', { base64: (await ok(b, 'exchange.exportBundle', { to: aNode })).base64 });
    for (const person of ids.slice(0, 200)) await edit(person, 'Inspector');
    const day = await ok(a, 'exchange.exportBundle', { to: bNode });
    const dayBytes = Buffer.from(day.base64, 'base64').length;
    log(`exchange: a day's bundle of 200 edits (${day.messages} changes) is ${(dayBytes / 1024).toFixed(1)} KB`);

    // The office server: both laptops on it and in step, then syncs with nothing new.
    await ok(b, 'exchange.importBundle', { base64: day.base64 });
    const relayDir = mkdtempSync(join(tmpdir(), 'liaison-exchange-relay-'));
    dirs.push(relayDir);
    const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir: relayDir, appVersion: 'bench' });
    let idleSyncMs = 0;
    try {
      for (const core of [a, b]) await ok(core, 'exchange.setServer', { url: relay.url });
      for (const core of [a, b, a]) await ok(core, 'exchange.syncNow', {});
      const runs: number[] = [];
      for (let i = 0; i < 20; i++) runs.push((await time(() => ok(a, 'exchange.syncNow', {})))[1]);
      idleSyncMs = [...runs].sort((x, y) => x - y)[10]!;
    } finally {
      await relay.close();
    }
    log(`exchange: a sync through the relay with nothing new takes ${idleSyncMs} ms (median of 20)`);

    const pages = (names: string[]) =>
      (a.db.prepare(`SELECT coalesce(sum(pgsize), 0) AS bytes FROM dbstat WHERE name IN (SELECT value FROM json_each(?))`).get(JSON.stringify(names)) as { bytes: number }).bytes;
    const objectsOf = (tables: readonly string[]) =>
      a.db.prepare(`SELECT name FROM sqlite_master WHERE tbl_name IN (SELECT value FROM json_each(?)) AND type IN ('table','index')`).pluck().all(JSON.stringify(tables)) as string[];
    const logBytes = pages(objectsOf(['exchange_log', 'exchange_names', 'exchange_nodes', 'exchange_minutes']));
    const tableBytes = pages(objectsOf(REPLICATED));
    log(`exchange: the log takes ${(logBytes / 1024 / 1024).toFixed(1)} MiB for ${(tableBytes / 1024 / 1024).toFixed(1)} MiB of tables and their indexes (${(logBytes / tableBytes).toFixed(2)}×)`);
    const firstExchangeMs = seedMs + exportMs + importMs;
    return {
      people: count(a, 'people'),
      events: count(a, 'events'),
      participations: count(a, 'participations'),
      seedMs,
      messages: made.messages,
      exportMs,
      bundleBytes,
      importMs,
      firstExchangeMs,
      apply10k: { messages: tenK.messages, ms: applyMs },
      dayBundle: { edits: 200, messages: day.messages, bytes: dayBytes },
      idleSyncMs,
      log: { logBytes, tableBytes, ratio: logBytes / tableBytes },
      targets: EXCHANGE_TARGETS,
    };
  } finally {
    a.close();
    b.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
