import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openApp, type LiaisonCore } from '../../src-main/core/app';
import { readKeyFile } from '../../src-main/core/loopback-app';
import { cipherVersion } from '../../src-main/core/store/cipher';
import { migrations } from '../../src-main/core/store/migrations';
import { registerFunctions } from '../../src-main/core/store/open';
import { Attempts } from '../../src-main/core/vault/attempts';
import type { SystemKeyStore } from '../../src-main/core/vault/system-keys';
import { call, callError, openTestApp, TEST_KDF, TEST_PASSPHRASE, tempDir } from './helpers';

const CANARY = 'Zbigniew Canarynski';
const CANARY_EMAIL = 'canary.x7q@example.org';
const PLAIN_HEADER = 'SQLite format 3\0';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file of the data folder that gives the canary away, in UTF-8 or UTF-16. */
function leaks(dir: string): string[] {
  const needles = [CANARY, CANARY_EMAIL, 'Canarynski'].flatMap((t) => [Buffer.from(t, 'utf8'), Buffer.from(t, 'utf16le')]);
  return filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((n) => bytes.includes(n));
  });
}

async function addCanary(core: LiaisonCore) {
  return call(core, 'people.create', { fullName: CANARY, emails: [CANARY_EMAIL], notes: 'Counter-terrorism unit, direct line' });
}

async function open(dataDir: string, passphrase?: string, extra: Partial<Parameters<typeof openApp>[0]> = {}) {
  return openApp({ dataDir, transport: 'loopback', kdf: TEST_KDF, ...(passphrase !== undefined ? { passphrase } : {}), ...extra });
}

const names = async (core: LiaisonCore) => (await call(core, 'people.list', {})).rows.map((r) => r.fullName);

describe('encryption at rest', () => {
  it('loads the SQLite3 Multiple Ciphers build, not plain SQLite that would ignore the key', () => {
    expect(cipherVersion()).toMatch(/^SQLite3 Multiple Ciphers \d/);
  });

  it('keeps a canary name out of the store, its WAL and every backup; no file starts with SQLite’s header', async () => {
    const dir = tempDir();
    const core = await openTestApp(dir);
    const person = await addCanary(core);
    await call(core, 'backups.create');
    // While open, the WAL holds the latest writes.
    expect(existsSync(join(dir, 'liaison.sqlite-wal'))).toBe(true);
    expect(leaks(dir)).toEqual([]);
    await call(core, 'people.delete', { id: person.id });
    core.close();
    const files = filesUnder(dir).filter((f) => f.endsWith('.sqlite'));
    expect(files.length).toBeGreaterThanOrEqual(3); // the store, the daily backup and the one made now
    for (const file of files) expect(readFileSync(file).subarray(0, 16).toString('latin1'), file).not.toBe(PLAIN_HEADER);
    expect(leaks(dir)).toEqual([]);
    // Another reader without the key sees no database at all.
    const stranger = new Database(join(dir, 'liaison.sqlite'), { readonly: true });
    expect(() => stranger.prepare('SELECT count(*) FROM people').get()).toThrow(/not a database/);
    stranger.close();
  });

  it('makes the data folder 0700 and every file in it 0600, the key file included', async () => {
    const dir = join(tempDir(), 'Liaison');
    const core = await openTestApp(dir);
    await addCanary(core);
    await call(core, 'backups.create');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
    const files = filesUnder(dir);
    expect(files.map((f) => f.replace(dir, ''))).toEqual(expect.arrayContaining(['/liaison.keys.json', '/liaison.sqlite', '/liaison.sqlite-wal']));
    for (const file of files) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    core.close();
  });

  it('stores the key only wrapped: Argon2id parameters and salt beside it, nothing that opens the store alone', async () => {
    const dir = tempDir();
    const core = await openTestApp(dir);
    core.close();
    const ring = JSON.parse(readFileSync(join(dir, 'liaison.keys.json'), 'utf8'));
    expect(ring.passphrase).toMatchObject({ kdf: 'argon2id', memoryKiB: TEST_KDF.memoryKiB, iterations: 1, parallelism: 1 });
    expect(Buffer.from(ring.passphrase.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(ring.passphrase.data, 'base64')).toHaveLength(32);
    expect(ring.recovery).toHaveProperty('salt');
    expect(ring).not.toHaveProperty('system');
  });
});

describe('lock and unlock', () => {
  it('starts locked; every call but the vault’s answers "locked"; a wrong passphrase waits longer each time', async () => {
    const dir = tempDir();
    (await openTestApp(dir)).close();
    const core = await open(dir);
    try {
      expect(await call(core, 'vault.state')).toMatchObject({ status: 'locked', damaged: false });
      for (const name of ['people.list', 'system.info', 'backups.list', 'events.range'] as const) {
        expect((await callError(core, name, name === 'events.range' ? { from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' } : {})).code).toBe('locked');
      }
      const wrong = await callError(core, 'vault.unlock', { passphrase: 'not the passphrase' });
      expect(wrong).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^Wrong passphrase/) });
      expect(wrong.details?.retryAfterMs).toBe(1000);
      // Even the right one waits its turn.
      expect((await callError(core, 'vault.unlock', { passphrase: TEST_PASSPHRASE })).message).toMatch(/try again in 1 s/);
      await new Promise((resolve) => setTimeout(resolve, 1050));
      expect((await callError(core, 'vault.unlock', { passphrase: 'still wrong' })).details?.retryAfterMs).toBe(2000);
      await new Promise((resolve) => setTimeout(resolve, 2050));
      expect(await call(core, 'vault.unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({ status: 'unlocked', retryAfterMs: 0 });
      expect(await call(core, 'people.list', {})).toMatchObject({ total: 0 });
    } finally {
      core.close();
    }
  }, 15_000);

  it('grows the wait 1 s, 2 s, 4 s … up to a minute, and resets it after a right passphrase', () => {
    let now = 0;
    const attempts = new Attempts(() => now);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(() => attempts.failed())).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    now = 59_000;
    expect(attempts.retryAfterMs()).toBe(1000);
    attempts.succeeded();
    expect(attempts.retryAfterMs()).toBe(0);
    expect(attempts.failed()).toBe(1000);
  });

  it('locks on demand and after the idle minutes, forgetting the key; unlocking brings the same data back', async () => {
    const core = await openTestApp();
    await addCanary(core);
    const changes: string[] = [];
    core.events.on('vault.changed', (state) => changes.push(state.status));
    await call(core, 'vault.lock');
    expect(() => core.db).toThrow(/locked/);
    await call(core, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await names(core)).toEqual([CANARY]);
    await call(core, 'vault.setIdleLock', { minutes: 5 });
    expect(await core.vault.lockIfIdle(Date.now() + 4 * 60_000)).toBe(false);
    expect(await core.vault.lockIfIdle(Date.now() + 5 * 60_000 + 1)).toBe(true);
    expect(await call(core, 'vault.state')).toMatchObject({ status: 'locked', idleLockMinutes: 5 });
    expect(changes).toEqual(['locked', 'unlocked', 'locked']);
  });

  it('opens with the recovery code, which is used up: a new code and passphrase replace it', async () => {
    const dir = tempDir();
    const first = await open(dir);
    const { recoveryCode } = await call(first, 'vault.create', { passphrase: TEST_PASSPHRASE });
    expect(recoveryCode).toMatch(/^([A-HJ-NP-Z2-9]{5}-){5}[A-HJ-NP-Z2-9]{5}$/);
    await addCanary(first);
    first.close();

    const core = await open(dir);
    try {
      expect((await callError(core, 'vault.recover', { recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', newPassphrase: 'a brand new passphrase' })).message).toMatch(/does not open/);
      await new Promise((resolve) => setTimeout(resolve, 1050));
      // Typed in lower case with spaces: still the code.
      const typed = recoveryCode.toLowerCase().replaceAll('-', ' ');
      const recovered = await call(core, 'vault.recover', { recoveryCode: typed, newPassphrase: 'a brand new passphrase' });
      expect(recovered.state.status).toBe('unlocked');
      expect(recovered.recoveryCode).not.toBe(recoveryCode);
      expect(await names(core)).toEqual([CANARY]);
      await call(core, 'vault.lock');
      expect((await callError(core, 'vault.recover', { recoveryCode, newPassphrase: 'yet another passphrase' })).code).toBe('invalid_input');
      await new Promise((resolve) => setTimeout(resolve, 1050));
      expect((await callError(core, 'vault.unlock', { passphrase: TEST_PASSPHRASE })).code).toBe('invalid_input');
      await new Promise((resolve) => setTimeout(resolve, 2050));
      await call(core, 'vault.unlock', { passphrase: 'a brand new passphrase' });
      expect(await names(core)).toEqual([CANARY]);
    } finally {
      core.close();
    }
  }, 15_000);

  it('changes the passphrase without touching the data; the old passphrase no longer opens', async () => {
    const dir = tempDir();
    const core = await openTestApp(dir);
    await addCanary(core);
    expect((await callError(core, 'vault.changePassphrase', { current: 'wrong', next: 'the next passphrase 42' })).details?.issues).toEqual([
      { path: 'current', message: 'Wrong passphrase.' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1050));
    expect((await callError(core, 'vault.changePassphrase', { current: TEST_PASSPHRASE, next: 'short' })).code).toBe('invalid_input');
    await call(core, 'vault.changePassphrase', { current: TEST_PASSPHRASE, next: 'the next passphrase 42' });
    core.close();
    await expect(open(dir, TEST_PASSPHRASE)).rejects.toThrow(/Wrong passphrase/);
    const again = await open(dir, 'the next passphrase 42');
    expect(await names(again)).toEqual([CANARY]);
    again.close();
  });

  it('refuses a weak new passphrase with a reason', async () => {
    const core = await open(tempDir());
    for (const passphrase of ['short', 'aaaaaaaaaaaaaaa', '1234567890']) {
      expect((await callError(core, 'vault.create', { passphrase })).code, passphrase).toBe('invalid_input');
    }
    expect(await call(core, 'vault.state')).toMatchObject({ status: 'new' });
    core.close();
  });

  it('never creates a new key over an encrypted store whose key file is missing', async () => {
    const dir = tempDir();
    const core = await openTestApp(dir);
    await addCanary(core);
    core.close();
    rmSync(join(dir, 'liaison.keys.json'));
    const orphan = await open(dir);
    expect(await call(orphan, 'vault.state')).toMatchObject({ status: 'new', plaintextStore: false });
    expect((await callError(orphan, 'vault.create', { passphrase: 'a brand new passphrase' })).message).toMatch(/key file liaison\.keys\.json is missing/);
    orphan.close();
  });

  it('tells a wrong passphrase from a file that is not a database', async () => {
    const dir = tempDir();
    (await openTestApp(dir)).close();
    writeFileSync(join(dir, 'liaison.sqlite'), Buffer.alloc(8192, 0x5a));
    rmSync(join(dir, 'liaison.sqlite-wal'), { force: true });
    await expect(open(dir, TEST_PASSPHRASE)).rejects.toThrow(/is not a store this key opens/);
  });
});

describe('with the system keychain (Electron safeStorage)', () => {
  const keychain = (backend: string): SystemKeyStore & { sealed: number } => ({
    sealed: 0,
    backend: () => backend,
    encrypt(data) {
      this.sealed += 1;
      return Buffer.concat([Buffer.from(`${backend}:`), data]);
    },
    decrypt: (data) => data.subarray(backend.length + 1),
  });

  it('opens at start without the passphrase while the backend is the same, and falls back to the passphrase when it changed', async () => {
    const dir = tempDir();
    const first = await open(dir, TEST_PASSPHRASE, { systemKeys: keychain('gnome_libsecret') });
    await addCanary(first);
    first.close();
    const same = await open(dir, undefined, { systemKeys: keychain('gnome_libsecret') });
    expect(await names(same)).toEqual([CANARY]);
    same.close();
    const changed = keychain('kwallet5');
    const other = await open(dir, undefined, { systemKeys: changed });
    expect(await call(other, 'vault.state')).toMatchObject({ status: 'locked' });
    await call(other, 'vault.unlock', { passphrase: TEST_PASSPHRASE });
    expect(changed.sealed).toBe(1);
    other.close();
    expect(JSON.parse(readFileSync(join(dir, 'liaison.keys.json'), 'utf8')).system.backend).toBe('kwallet5');
  });

  it('does not trust basic_text, a hard-coded password', async () => {
    const dir = tempDir();
    (await open(dir, TEST_PASSPHRASE, { systemKeys: keychain('basic_text') })).close();
    expect(JSON.parse(readFileSync(join(dir, 'liaison.keys.json'), 'utf8'))).not.toHaveProperty('system');
    const next = await open(dir, undefined, { systemKeys: keychain('basic_text') });
    expect(await call(next, 'vault.state')).toMatchObject({ status: 'locked' });
    next.close();
  });
});

describe('converting a plaintext store', () => {
  /** A store as the previous, unencrypted version left it: the current schema, a person, and a plain backup taken before a migration. */
  function plaintextStore(dir: string): void {
    const db = new Database(join(dir, 'liaison.sqlite'));
    db.pragma('journal_mode = WAL');
    registerFunctions(db);
    for (const m of migrations) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
    db.prepare(
      `INSERT INTO people (id, full_name, sort_name, emails, notes, created_at, updated_at)
       VALUES ('0190d6a0-0000-7000-8000-000000000001', ?, 'canarynski zbigniew', ?, '', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
    ).run(CANARY, JSON.stringify([CANARY_EMAIL]));
    db.close();
    mkdirSync(join(dir, 'backups'));
    copyFileSync(join(dir, 'liaison.sqlite'), join(dir, 'backups', 'liaison-schema7-2026-11-01T10-00-00-000Z.sqlite'));
  }

  it('encrypts the store and its plaintext backups on creating the passphrase, keeping every row', async () => {
    const dir = tempDir();
    plaintextStore(dir);
    expect(leaks(dir)).toHaveLength(2);

    const core = await open(dir);
    expect(await call(core, 'vault.state')).toMatchObject({ status: 'new', plaintextStore: true });
    const progress: number[] = [];
    core.events.on('vault.progress', ({ done }) => progress.push(done));
    await call(core, 'vault.create', { passphrase: TEST_PASSPHRASE });
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(await names(core)).toEqual([CANARY]);
    // The old version's backup, encrypted and renamed; it counts as today's, so no daily one is added.
    const backups = await call(core, 'backups.list');
    expect(backups).toEqual([expect.objectContaining({ reason: 'migration', counts: { people: 1, events: 0, projects: 0 } })]);
    core.close();
    expect(leaks(dir)).toEqual([]);
    expect(filesUnder(dir).some((f) => f.endsWith('.converting'))).toBe(false);
    for (const file of filesUnder(dir).filter((f) => f.endsWith('.sqlite'))) {
      expect(readFileSync(file).subarray(0, 16).toString('latin1'), file).not.toBe(PLAIN_HEADER);
    }
  });

  it('finishes a conversion cut short after the key was stored, and drops one cut short before', async () => {
    const dir = tempDir();
    plaintextStore(dir);
    const core = await open(dir);
    await call(core, 'vault.create', { passphrase: TEST_PASSPHRASE });
    core.close();
    // Before the key was stored: the half-made copy is not trusted and goes.
    writeFileSync(join(dir, 'liaison.sqlite.converting'), 'half written');
    const next = await open(dir, TEST_PASSPHRASE);
    expect(existsSync(join(dir, 'liaison.sqlite.converting'))).toBe(false);
    expect(await names(next)).toEqual([CANARY]);
    next.close();

    // After the key was stored, before the swap: the verified copy replaces the plaintext file at the next start.
    const cut = tempDir();
    plaintextStore(cut);
    copyFileSync(join(dir, 'liaison.sqlite'), join(cut, 'liaison.sqlite.converting'));
    copyFileSync(join(dir, 'liaison.keys.json'), join(cut, 'liaison.keys.json'));
    const finished = await open(cut, TEST_PASSPHRASE);
    expect(await names(finished)).toEqual([CANARY]);
    finished.close();
    expect(readFileSync(join(cut, 'liaison.sqlite')).subarray(0, 16).toString('latin1')).not.toBe(PLAIN_HEADER);
    expect(existsSync(join(cut, 'liaison.sqlite.converting'))).toBe(false);
  });
});

describe('key rotation, restore and damage', () => {
  it('rotates the key: a new recovery code, the store and its backups open with the new key only, the data kept', async () => {
    const dir = tempDir();
    const core = await openTestApp(dir);
    await addCanary(core);
    await call(core, 'backups.create');
    const before = readFileSync(join(dir, 'liaison.keys.json'), 'utf8');
    const oldKeyHex = JSON.parse(before).passphrase.data;
    expect((await callError(core, 'vault.rotateKey', { passphrase: 'wrong' })).code).toBe('invalid_input');
    await new Promise((resolve) => setTimeout(resolve, 1050));
    const { recoveryCode } = await call(core, 'vault.rotateKey', { passphrase: TEST_PASSPHRASE });
    expect(recoveryCode).toMatch(/^[A-Z2-9-]{35}$/);
    expect(JSON.parse(readFileSync(join(dir, 'liaison.keys.json'), 'utf8')).passphrase.data).not.toBe(oldKeyHex);
    expect(await names(core)).toEqual([CANARY]);
    const list = await call(core, 'backups.list');
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const backup of list) expect(backup.schemaVersion, backup.id).not.toBeNull();
    core.close();
    const again = await open(dir, TEST_PASSPHRASE);
    expect(await names(again)).toEqual([CANARY]);
    again.close();
    expect(leaks(dir)).toEqual([]);
  });

  it('restores a backup: the store is backed up first, then holds what the backup held', async () => {
    const core = await openTestApp();
    await addCanary(core);
    const backup = await call(core, 'backups.create');
    expect(backup).toMatchObject({ reason: 'manual', counts: { people: 1, events: 0, projects: 0 } });
    await call(core, 'people.create', { fullName: 'Added after the backup' });
    const changed: string[][] = [];
    core.events.on('data.changed', ({ domains }) => changed.push(domains));
    const result = await call(core, 'backups.restore', { id: backup.id });
    expect(result.restored.id).toBe(backup.id);
    expect(result.safety).toMatchObject({ reason: 'restore', counts: { people: 2 } });
    expect(await names(core)).toEqual([CANARY]);
    expect(changed).toEqual([['*']]);
    // And back again, from the safety copy.
    await call(core, 'backups.restore', { id: result.safety!.id });
    expect((await names(core)).sort()).toEqual(['Added after the backup', CANARY]);
    expect((await callError(core, 'backups.restore', { id: '../liaison.sqlite' })).code).toBe('invalid_input');
  });

  it('exports a backup as a zip of the encrypted store and its key file, which opens with the passphrase', async () => {
    const { unzipSync } = await import('fflate');
    const core = await openTestApp();
    await addCanary(core);
    const { fileName, contentBase64 } = await call(core, 'backups.export', {});
    expect(fileName).toMatch(/^liaison-backup-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(Buffer.from(contentBase64, 'base64'));
    expect(Object.keys(files).sort()).toEqual(['liaison.keys.json', 'liaison.sqlite']);
    const dir = tempDir();
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes, { mode: 0o600 });
    expect(leaks(dir)).toEqual([]);
    const opened = await open(dir, TEST_PASSPHRASE);
    expect(await names(opened)).toEqual([CANARY]);
    opened.close();
  });

  it('opens a damaged store read-only, says so, refuses writes, and never writes into the file', async () => {
    const dir = tempDir();
    const core = await openTestApp(dir);
    for (let i = 0; i < 300; i++) await call(core, 'people.create', { fullName: `Officer ${i}`, notes: 'x'.repeat(400) });
    await call(core, 'backups.create');
    // A leaf page of the people table, in the middle of them: where the file's layout puts other tables does not matter.
    const pages = core.db.prepare("SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    const page = pages[Math.floor(pages.length / 2)]!;
    const pageSize = core.db.pragma('page_size', { simple: true }) as number;
    core.close();
    const path = join(dir, 'liaison.sqlite');
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, (page - 1) * pageSize + 100);
    closeSync(fd);
    const damagedBytes = readFileSync(path);

    const reopened = await open(dir, TEST_PASSPHRASE);
    expect(await call(reopened, 'vault.state')).toMatchObject({ status: 'unlocked', damaged: true });
    expect((await callError(reopened, 'people.create', { fullName: 'Must not be written' })).code).toBe('read_only');
    expect((await call(reopened, 'backups.verify')).ok).toBe(false);
    expect(readFileSync(path).equals(damagedBytes)).toBe(true);
    // The way out: the latest good backup.
    const [latest] = (await call(reopened, 'backups.list')).filter((b) => b.schemaVersion !== null);
    await call(reopened, 'backups.restore', { id: latest!.id });
    expect(await call(reopened, 'vault.state')).toMatchObject({ damaged: false });
    expect((await call(reopened, 'people.list', {})).total).toBe(300);
    expect((await call(reopened, 'backups.verify')).ok).toBe(true);
    reopened.close();
  });
});

describe('LIAISON_KEY_FILE', () => {
  it('reads a private file, trimmed; refuses one others can read, a missing one and an empty one', () => {
    const dir = tempDir();
    const file = join(dir, 'key');
    writeFileSync(file, `  ${TEST_PASSPHRASE}\n`, { mode: 0o600 });
    expect(readKeyFile(file)).toBe(TEST_PASSPHRASE);
    chmodSync(file, 0o644);
    expect(() => readKeyFile(file)).toThrow(/can be read by others \(mode 644\)/);
    expect(() => readKeyFile(join(dir, 'absent'))).toThrow(/does not exist/);
    writeFileSync(join(dir, 'empty'), '\n', { mode: 0o600 });
    expect(() => readKeyFile(join(dir, 'empty'))).toThrow(/is empty/);
  });
});
