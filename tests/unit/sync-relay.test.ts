import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { create, EncryptedDataSchema, fromBinary, merkle, MessageEnvelopeSchema, SyncRequestSchema, SyncResponseSchema, Timestamp, toBinary } from '@actual-app/crdt';
import type { LiaisonCore } from '../../src-main/core/app';
import { ExchangeLog } from '../../src-main/core/exchange';
import { type TrieNode, trieOfMinutes } from '../../src-main/core/exchange/clock';
import { relayProof, syncWithRelay, unseal } from '../../src-main/core/exchange/relay';
import { APP_HEADER, MAX_REQUEST_ENVELOPES, SCHEMA_HEADER } from '../../src-main/core/exchange/relay-protocol';
import { latestVersion } from '../../src-main/core/store/migrations';
import { configFromEnv, type RelayConfig, type RunningRelay, startRelay } from '../../src-main/sync-server';
import { call, callError, openTestApp, snapshot, tempDir } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASS = 'a group passphrase shared by phone';
/** A database the PostgreSQL runs may fill and empty; .ci/run starts one on loopback and sets it. */
const DATABASE_URL = process.env.LIAISON_TEST_DATABASE_URL?.trim() || undefined;

/** Where one relay under test keeps its data. */
type Place = Pick<RelayConfig, 'dataDir' | 'databaseUrl'>;

/** A store the relay can keep its data in, and how a test reads or alters that data behind its back. */
interface Backend {
  name: string;
  /** An empty place for one relay. */
  fresh(): Promise<Place>;
  /** The environment that points the built relay at the place. */
  env(place: Place): Record<string, string>;
  /** Every byte the relay keeps, to look for what it must never hold. */
  everything(place: Place): Promise<Buffer>;
  /** Swaps the contents of the group's first two envelopes, as a relay tampering with them would. */
  swapFirstTwo(place: Place, groupId: string): Promise<void>;
  /** The group's envelopes as the relay keeps them. */
  envelopes(place: Place, groupId: string): Promise<Array<{ timestamp: string; content: Uint8Array }>>;
}

const sqlite: Backend = {
  name: 'SQLite',
  fresh: async () => ({ dataDir: tempDir() }),
  // Emptied, lest a LIAISON_SYNC_DATABASE_URL of the shell send this run to PostgreSQL.
  env: (place) => ({ LIAISON_SYNC_DATA_DIR: place.dataDir, LIAISON_SYNC_DATABASE_URL: '' }),
  everything: async ({ dataDir }) => Buffer.concat(readdirSync(dataDir).map((f) => readFileSync(join(dataDir, f)))),
  swapFirstTwo: async ({ dataDir }, groupId) => {
    const file = new Database(join(dataDir, `${groupId}.sqlite`));
    const [first, second] = file.prepare('SELECT timestamp, content FROM envelopes ORDER BY timestamp LIMIT 2').all() as Array<{ timestamp: string; content: Buffer }>;
    const swap = file.prepare('UPDATE envelopes SET content = ? WHERE timestamp = ?');
    swap.run(second!.content, first!.timestamp);
    swap.run(first!.content, second!.timestamp);
    file.close();
  },
  envelopes: async ({ dataDir }, groupId) => {
    const file = new Database(join(dataDir, `${groupId}.sqlite`), { readonly: true });
    try {
      return file.prepare('SELECT timestamp, content FROM envelopes ORDER BY timestamp').all() as Array<{ timestamp: string; content: Buffer }>;
    } finally {
      file.close();
    }
  },
};

/** A client of the test database, ended after `work`. */
async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The schemas made for this file's relays, dropped after each test. */
const schemas: string[] = [];

/** Each relay gets a schema of its own in the test database (its search_path), so no test sees another's rows. */
const postgres: Backend = {
  name: 'PostgreSQL',
  fresh: async () => {
    const schema = `liaison_test_${randomBytes(6).toString('hex')}`;
    await withClient(DATABASE_URL!, (c) => c.query(`CREATE SCHEMA ${schema}`));
    schemas.push(schema);
    const url = new URL(DATABASE_URL!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return { dataDir: tempDir(), databaseUrl: url.href };
  },
  env: (place) => ({ LIAISON_SYNC_DATABASE_URL: place.databaseUrl! }),
  everything: (place) =>
    withClient(place.databaseUrl!, async (c) => {
      const tables = await c.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'liaison%'");
      expect(tables.rows.map((t) => t.name).sort()).toEqual(['liaison_envelopes', 'liaison_groups', 'liaison_laptops', 'liaison_meta', 'liaison_minutes', 'liaison_schema']);
      const values: Buffer[] = [];
      for (const { name } of tables.rows) {
        for (const row of (await c.query<Record<string, unknown>>(`SELECT * FROM ${name}`)).rows) {
          for (const value of Object.values(row)) values.push(Buffer.isBuffer(value) ? value : Buffer.from(String(value)));
        }
      }
      return Buffer.concat(values);
    }),
  swapFirstTwo: (place, groupId) =>
    withClient(place.databaseUrl!, async (c) => {
      const { rows } = await c.query<{ timestamp: string; content: Buffer }>(
        'SELECT timestamp, content FROM liaison_envelopes WHERE group_id = $1 ORDER BY timestamp LIMIT 2',
        [groupId],
      );
      const [first, second] = rows;
      const swap = 'UPDATE liaison_envelopes SET content = $3 WHERE group_id = $1 AND timestamp = $2';
      await c.query(swap, [groupId, first!.timestamp, second!.content]);
      await c.query(swap, [groupId, second!.timestamp, first!.content]);
    }),
  envelopes: (place, groupId) =>
    withClient(place.databaseUrl!, async (c) => {
      const { rows } = await c.query<{ timestamp: string; content: Buffer }>('SELECT timestamp, content FROM liaison_envelopes WHERE group_id = $1 ORDER BY timestamp', [groupId]);
      return rows;
    }),
};

const relays: RunningRelay[] = [];
afterEach(async () => {
  while (relays.length) await relays.pop()!.close();
  // After the relays, whose pools hold connections into them.
  if (schemas.length) await withClient(DATABASE_URL!, async (c) => {
    while (schemas.length) await c.query(`DROP SCHEMA ${schemas.pop()!} CASCADE`);
  });
});

async function startIn(place: Place) {
  const running = await startRelay({ port: 0, host: '127.0.0.1', appVersion: '0.0.0-test', ...place });
  relays.push(running);
  return running;
}

async function relay(backend: Backend) {
  const place = await backend.fresh();
  return { ...(await startIn(place)), place };
}

/** The relay's bundle, built once for the tests that run it. */
let built: { status: number | null; stderr: string } | undefined;
function bundle(): string {
  built ??= spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'src-main/sync-server/vite.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  const file = join(ROOT, 'out/sync-server/index.js');
  expect(existsSync(file)).toBe(true);
  return file;
}

/** A group made on A and joined on B (as by file), both on the relay unless told otherwise. */
async function laptops(url: string, { bOnRelay = true } = {}): Promise<[LiaisonCore, LiaisonCore, string]> {
  const a = await openTestApp();
  const b = await openTestApp();
  const made = await call(a, 'exchange.createGroup', { name: 'ATTF secretariat', passphrase: PASS, laptopName: 'Ana' });
  await call(b, 'exchange.joinGroup', { code: made.group!.joinCode, passphrase: PASS, laptopName: 'Bogdan' });
  await call(a, 'exchange.setServer', { url });
  if (bOnRelay) await call(b, 'exchange.setServer', { url: `${url}/` });
  return [a, b, made.group!.joinCode];
}

const dump = (core: LiaisonCore, table: string) => core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
const state = (core: LiaisonCore, key: string) => core.db.prepare('SELECT value FROM exchange_state WHERE key = ?').pluck().get(key) as string;
const groupIdOf = (core: LiaisonCore) => (JSON.parse(state(core, 'group')) as { id: string }).id;
const keyOf = (core: LiaisonCore) => Buffer.from(state(core, 'key'), 'base64');
const nodeOf = (core: LiaisonCore) => state(core, 'node');
const tokenOf = (core: LiaisonCore) => (JSON.parse(state(core, 'relay')) as { token: string }).token;

/** The same relay tests over each store. */
function relaySuite(backend: Backend) {
  it('carries a person from one laptop to another and an edit back, without ever holding them in clear', async () => {
    const server = await relay(backend);
    const [a, b] = await laptops(server.url);
    const person = await call(a, 'people.create', { fullName: 'Dragan Jovanović', countryCode: 'RS', emails: ['dragan@mup.example.rs'] });
    const first = await call(a, 'exchange.syncNow', {});
    expect(first.sent).toBeGreaterThan(0);
    expect(first.received).toBe(0);

    const got = await call(b, 'exchange.syncNow', {});
    expect(got.received).toBe(first.sent);
    expect(dump(b, 'people')).toEqual(dump(a, 'people'));
    expect((await call(b, 'people.list', { search: 'Jovanović' })).total).toBe(1);

    await call(b, 'people.update', { id: person.id, fullName: person.fullName, countryCode: 'RS', emails: person.emails, position: 'Head of unit' });
    await call(b, 'exchange.syncNow', {});
    const back = await call(a, 'exchange.syncNow', {});
    expect(back.received).toBeGreaterThan(0);
    expect((dump(a, 'people')[0] as { position: string }).position).toBe('Head of unit');

    const status = await call(a, 'exchange.status', {});
    expect(status.server).toMatchObject({ url: server.url, reachable: true });
    expect(status.server!.lastSync).toBe(back.at);
    expect(status.laptops.map((l) => l.name)).toEqual(['Bogdan']);

    // Nothing new: no envelope either way, and no row changes.
    const before = snapshot(a);
    const started = Date.now();
    const idle = await call(a, 'exchange.syncNow', {});
    expect(idle).toMatchObject({ sent: 0, received: 0, conflicts: 0 });
    expect(Date.now() - started).toBeLessThan(2_000);
    const after = snapshot(a);
    delete before.exchange_state;
    delete after.exchange_state;
    expect(after).toEqual(before);

    // The relay's data holds stamps, node ids and laptop names; never a value.
    await server.close();
    relays.length = 0;
    const bytes = await backend.everything(server.place);
    expect(bytes.length).toBeGreaterThan(0);
    for (const secret of ['Dragan', 'Jovanovi', 'mup.example', 'Head of unit', 'people', 'full_name']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    }
  });

  it('erases a deleted person\'s values on the relay too, whichever laptop reaches it first', async () => {
    const server = await relay(backend);
    const [a, b] = await laptops(server.url);
    const person = await call(a, 'people.create', { fullName: 'Dragan Jovanović', countryCode: 'RS', emails: ['dragan@mup.example.rs'], phones: ['+381 11 123 4567'] });
    await call(a, 'exchange.syncNow', {});
    await call(b, 'exchange.syncNow', {});
    const groupId = groupIdOf(a);
    const cellsOf = async () =>
      (await backend.envelopes(server.place, groupId)).map((e) => unseal(keyOf(a), groupId, e.timestamp, e.content)).filter((m) => m.dataset === 'people' && m.row === person.id);
    const held = await cellsOf();
    expect(held.find((m) => m.column === 'full_name')?.value).toBe('"Dragan Jovanović"');

    // Deleted on B, whose sync reaches the relay first; A learns of it after.
    await call(b, 'people.delete', { id: person.id });
    await call(b, 'exchange.syncNow', {});
    const after = await cellsOf();
    expect(after.map((m) => m.timestamp).sort()).toEqual(expect.arrayContaining(held.map((m) => m.timestamp).sort()));
    expect(after.filter((m) => m.column !== '_deleted' && m.value !== null)).toEqual([]);
    expect(after.find((m) => m.column === '_deleted')?.value).toBe('1');
    // Nothing left to send; the stamps stayed, so the tries still agree and A converges.
    expect(b.db.prepare('SELECT count(*) FROM exchange_erased').pluck().get()).toBe(0);
    await call(a, 'exchange.syncNow', {});
    expect(dump(a, 'people')).toEqual([]);
    expect(a.db.prepare('SELECT count(*) FROM exchange_erased').pluck().get()).toBe(0);
  });

  it('refuses a laptop that never registered, and one revoked', async () => {
    const server = await relay(backend);
    const [a, b] = await laptops(server.url);
    const groupId = groupIdOf(a);

    // A third laptop that knows the group but holds no token of the relay's.
    const c = await openTestApp();
    await call(c, 'exchange.joinGroup', { code: (await call(a, 'exchange.status', {})).group!.joinCode, passphrase: PASS, laptopName: 'Cem' });
    const target = { url: server.url, token: 'x'.repeat(43), key: keyOf(c), groupId, node: nodeOf(c), name: 'Cem' };
    await expect(syncWithRelay(c.db, new ExchangeLog(c.db), target)).rejects.toMatchObject({ details: { status: 401 } });
    const raw = await fetch(`${server.url}/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${'x'.repeat(43)}` },
      body: toBinary(SyncRequestSchema, create(SyncRequestSchema, { groupId, since: '' })),
    });
    expect(raw.status).toBe(401);
    expect(raw.headers.get(APP_HEADER)).toBe('0.0.0-test');
    expect(raw.headers.get(SCHEMA_HEADER)).toBe(String(latestVersion()));
    expect((await callError(c, 'exchange.syncNow', {})).message).toMatch(/No sync server is set/);

    // A removes B from its laptops, which revokes it on the relay: B's token stops working, and B cannot register again under its node.
    await call(b, 'exchange.syncNow', {});
    await call(a, 'exchange.syncNow', {});
    await call(a, 'exchange.removeLaptop', { node: nodeOf(b) });
    expect((await callError(b, 'exchange.syncNow', {})).message).toMatch(/no longer accepts this laptop/);
    expect((await call(b, 'exchange.status', {})).server!.reachable).toBe(true);
    expect((await callError(b, 'exchange.setServer', { url: server.url })).message).toMatch(/revoked/);
    // A still syncs.
    await call(a, 'exchange.syncNow', {});
  });

  it('sends what a file brought from a laptop off the relay, found by comparing tries', async () => {
    const server = await relay(backend);
    const [a, b, code] = await laptops(server.url, { bOnRelay: false });
    await call(a, 'exchange.syncNow', {});
    // B works off the relay; its changes reach A by file after A's last sync point, with older stamps.
    await call(b, 'people.create', { fullName: 'Milena Kovač', countryCode: 'SI' });
    await new Promise((r) => setTimeout(r, 5));
    await call(a, 'exchange.syncNow', {});
    await call(a, 'exchange.importBundle', { base64: (await call(b, 'exchange.exportBundle', { to: null })).base64 });
    const again = await call(a, 'exchange.syncNow', {});
    expect(again.sent).toBeGreaterThan(0);

    const c = await openTestApp();
    await call(c, 'exchange.joinGroup', { code, passphrase: PASS, laptopName: 'Cem' });
    await call(c, 'exchange.setServer', { url: server.url });
    await call(c, 'exchange.syncNow', {});
    expect(dump(c, 'people')).toEqual(dump(a, 'people'));
    expect(dump(c, 'people')).toHaveLength(1);
  });

  it('refuses changes the relay altered or moved to another stamp, applying none of them', async () => {
    const server = await relay(backend);
    const [a, b] = await laptops(server.url);
    await call(a, 'people.create', { fullName: 'Ivan Horvat', countryCode: 'HR' });
    await call(a, 'exchange.syncNow', {});
    // Each envelope authenticates only under its own stamp: swapping two is noticed.
    await backend.swapFirstTwo(server.place, groupIdOf(a));
    expect((await callError(b, 'exchange.syncNow', {})).message).toMatch(/does not authenticate/);
    expect(dump(b, 'people')).toEqual([]);
    expect(b.db.prepare('SELECT count(*) FROM exchange_messages').pluck().get()).toBe(0);
  });

  it('sends and receives a backlog larger than one request in batches and pages', { timeout: 60_000 }, async () => {
    const server = await relay(backend);
    const [a, b] = await laptops(server.url);
    const rows = Array.from({ length: 1_000 }, (_, i) => `Person ${i};Officer;Agency ${i % 10};Serbia;person.${i}@example.org`);
    const csv = Buffer.from(['Full name;Position;Organisation;Country;E-mail', ...rows, ''].join('\r\n')).toString('base64');
    await call(a, 'directoryImport.commit', { fileName: 'people.csv', base64: csv, mapping: ['fullName', 'position', 'organisation', 'country', 'email'] });
    const sent = await call(a, 'exchange.syncNow', {});
    expect(sent.sent).toBeGreaterThan(2 * MAX_REQUEST_ENVELOPES);
    const got = await call(b, 'exchange.syncNow', {});
    expect(got.received).toBe(sent.sent);
    for (const table of ['people', 'organisations']) expect(dump(b, table)).toEqual(dump(a, table));
  });

  it('answers malformed, oversized, plaintext and unknown-group requests with a short reason', async () => {
    const server = await relay(backend);
    const [a] = await laptops(server.url, { bOnRelay: false });
    const groupId = groupIdOf(a);
    const auth = { authorization: `Bearer ${tokenOf(a)}` };
    const post = (body: BodyInit, headers: Record<string, string> = auth) => fetch(`${server.url}/sync`, { method: 'POST', headers, body });

    const garbage = await post('not a protobuf at all');
    expect([garbage.status, await garbage.text()]).toEqual([400, 'The body is not a SyncRequest.\n']);

    const plain = toBinary(
      SyncRequestSchema,
      create(SyncRequestSchema, {
        groupId,
        since: '',
        messages: [create(MessageEnvelopeSchema, { timestamp: '2027-01-01T00:00:00.000Z-0000-0123456789ABCDEF', isEncrypted: false, content: Buffer.from('Dragan') })],
      }),
    );
    expect((await post(plain)).status).toBe(400);

    const unknown = toBinary(SyncRequestSchema, create(SyncRequestSchema, { groupId: '00000000-0000-4000-8000-000000000000', since: '' }));
    expect((await post(unknown)).status).toBe(404);

    const huge = await post(new Uint8Array(33 * 1024 * 1024));
    expect(huge.status).toBe(413);

    const wrongProof = await fetch(`${server.url}/groups/${groupId}/laptops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ node: '0123456789ABCDEF', name: 'Intruder', proof: relayProof(Buffer.alloc(32, 1)) }),
    });
    expect(wrongProof.status).toBe(403);

    expect((await callError(a, 'exchange.setServer', { url: 'ftp://relay.office.lan' })).message).toMatch(/http/);
    expect((await callError(a, 'exchange.setServer', { url: `http://${'a'.repeat(200)}.lan` })).message).toMatch(/200/);
    expect((await callError(a, 'exchange.setServer', { url: 'http://127.0.0.1:9' })).message).toMatch(/could not be reached/);

    await call(a, 'exchange.setServer', { url: null });
    expect((await call(a, 'exchange.status', {})).server).toBeNull();
  });

  it('runs from the built bundle, as npm run sync-server does', { timeout: 60_000 }, async () => {
    const place = await backend.fresh();
    const child: ChildProcess = spawn(process.execPath, [bundle()], {
      env: { ...process.env, LIAISON_SYNC_PORT: '0', LIAISON_SYNC_HOST: '127.0.0.1', ...backend.env(place) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [started, url, where] = await new Promise<[string, string, string]>((found, fail) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/\S+), keeping its data in (.*)\n/.exec(out);
          if (match) found([out, match[1]!, match[2]!]);
        });
        child.once('exit', (code) => fail(new Error(`the relay exited (${code}): ${out}`)));
      });
      // It says which store it uses, and never a password.
      expect(where).toContain(backend.name);
      if (place.databaseUrl) expect(started).not.toContain(new URL(place.databaseUrl).password);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(health.headers.get(APP_HEADER)).toMatch(/^\d+\.\d+\.\d+/);
      const [a, b] = await laptops(url);
      await call(a, 'people.create', { fullName: 'Ana Popescu', countryCode: 'RO' });
      await call(a, 'exchange.syncNow', {});
      await call(b, 'exchange.syncNow', {});
      expect(dump(b, 'people')).toEqual(dump(a, 'people'));
    } finally {
      // Waited for: its pool's connections end before the schema is dropped.
      const exited = child.exitCode === null && child.signalCode === null ? new Promise((done) => child.once('exit', done)) : undefined;
      child.kill('SIGTERM');
      await exited;
    }
  });
}

describe('the sync relay on SQLite', () => relaySuite(sqlite));

type Sent = { timestamp: string; content: Uint8Array };

/** The trie of these stamps as a laptop holding them builds it: each minute's hashes XORed, then the minutes. */
function trieOf(stamps: string[]): TrieNode {
  const minutes = new Map<number, number>();
  for (const text of stamps) {
    const stamp = Timestamp.parse(text)!;
    const minute = Math.floor(stamp.millis() / 60_000);
    minutes.set(minute, ((minutes.get(minute) ?? 0) ^ stamp.hash()) >>> 0);
  }
  return trieOfMinutes([...minutes].map(([minute, hash]) => ({ minute, hash })));
}

/** Looks sealed to the relay, which checks only that it parses as EncryptedData. */
const sealed = () => toBinary(EncryptedDataSchema, create(EncryptedDataSchema, { iv: randomBytes(12), authTag: randomBytes(16), data: randomBytes(40) }));

async function registerOn(url: string, groupId: string, key: Buffer, node: string): Promise<string> {
  const res = await fetch(`${url}/groups/${groupId}/laptops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ node, name: `Laptop ${node}`, proof: relayProof(key) }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

/** Sends envelopes as a laptop does and returns the relay's trie from the answer. */
async function push(url: string, token: string, groupId: string, envelopes: readonly Sent[]): Promise<TrieNode> {
  const messages = envelopes.map((e) => create(MessageEnvelopeSchema, { timestamp: e.timestamp, isEncrypted: true, content: e.content }));
  const res = await fetch(`${url}/sync`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: toBinary(SyncRequestSchema, create(SyncRequestSchema, { groupId, since: '', messages })),
  });
  expect(res.status).toBe(200);
  return JSON.parse(fromBinary(SyncResponseSchema, new Uint8Array(await res.arrayBuffer())).merkle) as TrieNode;
}

describe.skipIf(!DATABASE_URL)(`the sync relay on PostgreSQL${DATABASE_URL ? '' : ' (skipped: set LIAISON_TEST_DATABASE_URL to a database it may fill and empty)'}`, () => {
  relaySuite(postgres);

  it('keeps every minute hash when two laptops push to one group at once', { timeout: 60_000 }, async () => {
    const server = await relay(postgres);
    const groupId = randomUUID();
    const key = randomBytes(32);
    const nodes = ['A0000000000000A1', 'B0000000000000B2'];
    const tokens = await Promise.all(nodes.map((node) => registerOn(server.url, groupId, key, node)));
    // Both laptops stamp within the same five minutes, so their adds meet on the same minute rows.
    const start = Date.UTC(2027, 0, 4, 9, 0);
    const stamped = (node: string) => Array.from({ length: 400 }, (_, i) => ({ timestamp: new Timestamp(start + i * 750, i % 3, node).toString(), content: sealed() }));
    const [fromA, fromB] = [stamped(nodes[0]!), stamped(nodes[1]!)];
    const inRequestsOf20 = (token: string, envelopes: Sent[]) =>
      Array.from({ length: Math.ceil(envelopes.length / 20) }, (_, i) => push(server.url, token, groupId, envelopes.slice(i * 20, i * 20 + 20)));
    // B also passes on some of A's, as after an exchange by file: stored once and hashed once.
    await Promise.all([...inRequestsOf20(tokens[0]!, fromA), ...inRequestsOf20(tokens[1]!, [...fromB, ...fromA.slice(0, 60)])]);

    const union = trieOf([...fromA, ...fromB].map((e) => e.timestamp));
    const answered = await push(server.url, tokens[0]!, groupId, []);
    expect(merkle.diff(answered, union)).toBeNull();
    expect(answered).toEqual(union);
    // A relay beside it on the same database, its cache empty, reads the same from the rows.
    const beside = await startIn(server.place);
    expect(await push(beside.url, tokens[1]!, groupId, [])).toEqual(union);
    // What reaches the database through one relay is in the other's trie at once: a cache serves only while it is current.
    const later = { timestamp: new Timestamp(start + 10 * 60_000, 0, nodes[1]!).toString(), content: sealed() };
    const both = trieOf([...fromA, ...fromB, later].map((e) => e.timestamp));
    expect(await push(beside.url, tokens[1]!, groupId, [later])).toEqual(both);
    expect(await push(server.url, tokens[0]!, groupId, [])).toEqual(both);
    const count = await withClient(server.place.databaseUrl!, (c) => c.query<{ n: string }>('SELECT count(*) AS n FROM liaison_envelopes'));
    expect(Number(count.rows[0]!.n)).toBe(801);
  });

  it('refuses a wrong password, and tables of a newer relay, before listening', async () => {
    const wrong = new URL(DATABASE_URL!);
    wrong.password = 'not-the-password';
    await expect(startRelay({ port: 0, host: '127.0.0.1', dataDir: tempDir(), databaseUrl: wrong.href, appVersion: 't' })).rejects.toThrow(
      /^The relay cannot use PostgreSQL .+: password authentication failed/,
    );

    const place = await postgres.fresh();
    await (await startIn(place)).close();
    relays.length = 0;
    await withClient(place.databaseUrl!, (c) => c.query("INSERT INTO liaison_schema (version, applied) VALUES (99, 'later')"));
    await expect(startIn(place)).rejects.toThrow(/relay schema 99, newer than this relay's 1: run a newer relay/);
  });
});

describe('the sync relay refuses a PostgreSQL database it cannot use', () => {
  it('takes only a postgres:// URL of sensible length, and repeats none of it', () => {
    const refusal = (url: string) => {
      try {
        configFromEnv({ LIAISON_SYNC_DATABASE_URL: url });
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refusal('mysql://root:hunter2@db.lan/liaison')).toBe('LIAISON_SYNC_DATABASE_URL must start with postgres:// or postgresql://');
    expect(refusal(`postgres://root:hunter2@db.lan/${'d'.repeat(3000)}`)).toBe('LIAISON_SYNC_DATABASE_URL must be at most 2048 characters');
    expect(configFromEnv({ LIAISON_SYNC_DATABASE_URL: ' postgresql://liaison@db.lan/relay ' }).databaseUrl).toBe('postgresql://liaison@db.lan/relay');
    expect(configFromEnv({ LIAISON_SYNC_DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('does not start on a database it cannot reach, and says so in one line without the password', { timeout: 60_000 }, async () => {
    const url = 'postgres://liaison:hunter2@127.0.0.1:1/liaison';
    await expect(startRelay({ port: 0, host: '127.0.0.1', dataDir: tempDir(), databaseUrl: url, appVersion: 't' })).rejects.toThrow(
      /^The relay cannot use PostgreSQL liaison@127\.0\.0\.1:1\/liaison: connect ECONNREFUSED/,
    );
    const run = spawnSync(process.execPath, [bundle()], {
      env: { ...process.env, LIAISON_SYNC_PORT: '0', LIAISON_SYNC_DATABASE_URL: url },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^The relay cannot use PostgreSQL liaison@127\.0\.0\.1:1\/liaison: connect ECONNREFUSED/)]);
    expect(run.stderr).not.toContain('hunter2');
  });
});
