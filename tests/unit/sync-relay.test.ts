import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { create, MessageEnvelopeSchema, SyncRequestSchema, toBinary } from '@actual-app/crdt';
import type { LiaisonCore } from '../../src-main/core/app';
import { ExchangeLog } from '../../src-main/core/exchange';
import { relayProof, syncWithRelay } from '../../src-main/core/exchange/relay';
import { APP_HEADER, MAX_REQUEST_ENVELOPES, SCHEMA_HEADER } from '../../src-main/core/exchange/relay-protocol';
import { latestVersion } from '../../src-main/core/store/migrations';
import { type RunningRelay, startRelay } from '../../src-main/sync-server';
import { call, callError, openTestApp, snapshot, tempDir } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASS = 'a group passphrase shared by phone';

const relays: RunningRelay[] = [];
afterEach(async () => {
  while (relays.length) await relays.pop()!.close();
});

async function relay(dataDir = tempDir()) {
  const running = await startRelay({ port: 0, host: '127.0.0.1', dataDir, appVersion: '0.0.0-test' });
  relays.push(running);
  return { ...running, dataDir };
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

describe('the sync relay', () => {
  it('carries a person from one laptop to another and an edit back, without ever holding them in clear', async () => {
    const server = await relay();
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

    // The relay's files hold stamps, node ids and laptop names; never a value.
    await server.close();
    relays.length = 0;
    const bytes = Buffer.concat(readdirSync(server.dataDir).map((f) => readFileSync(join(server.dataDir, f))));
    expect(bytes.length).toBeGreaterThan(0);
    for (const secret of ['Dragan', 'Jovanovi', 'mup.example', 'Head of unit', 'people', 'full_name']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    }
  });

  it('refuses a laptop that never registered, and one revoked', async () => {
    const server = await relay();
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
    const server = await relay();
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
    const server = await relay();
    const [a, b] = await laptops(server.url);
    await call(a, 'people.create', { fullName: 'Ivan Horvat', countryCode: 'HR' });
    await call(a, 'exchange.syncNow', {});
    const file = new Database(join(server.dataDir, `${groupIdOf(a)}.sqlite`));
    const [first, second] = file.prepare('SELECT timestamp, content FROM envelopes ORDER BY timestamp LIMIT 2').all() as Array<{ timestamp: string; content: Buffer }>;
    // Each envelope authenticates only under its own stamp: swapping two is noticed.
    const swap = file.prepare('UPDATE envelopes SET content = ? WHERE timestamp = ?');
    swap.run(second!.content, first!.timestamp);
    swap.run(first!.content, second!.timestamp);
    file.close();
    expect((await callError(b, 'exchange.syncNow', {})).message).toMatch(/does not authenticate/);
    expect(dump(b, 'people')).toEqual([]);
    expect(b.db.prepare('SELECT count(*) FROM exchange_messages').pluck().get()).toBe(0);
  });

  it('sends and receives a backlog larger than one request in batches and pages', { timeout: 60_000 }, async () => {
    const server = await relay();
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
    const server = await relay();
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
    const bundle = join(ROOT, 'out/sync-server/index.js');
    const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'src-main/sync-server/vite.config.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(bundle)).toBe(true);
    const dataDir = tempDir();
    const child: ChildProcess = spawn(process.execPath, [bundle], {
      env: { ...process.env, LIAISON_SYNC_PORT: '0', LIAISON_SYNC_HOST: '127.0.0.1', LIAISON_SYNC_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((found, fail) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/\S+),/.exec(out);
          if (match) found(match[1]!);
        });
        child.once('exit', (code) => fail(new Error(`the relay exited (${code}): ${out}`)));
      });
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(health.headers.get(APP_HEADER)).toMatch(/^\d+\.\d+\.\d+/);
      const [a, b] = await laptops(url);
      await call(a, 'people.create', { fullName: 'Ana Popescu', countryCode: 'RO' });
      await call(a, 'exchange.syncNow', {});
      await call(b, 'exchange.syncNow', {});
      expect(dump(b, 'people')).toEqual(dump(a, 'people'));
    } finally {
      child.kill('SIGTERM');
    }
  });
});
