import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsIn, replaceStoreFile, retain, verifyStore } from '../../src-main/core/backups';
import { isNotADatabase, openWithKey, type Store, type StoreKey } from '../../src-main/core/store/cipher';
import { latestVersion } from '../../src-main/core/store/migrations';
import { openStore } from '../../src-main/core/store/open';
import { tempDir } from './helpers';

const CANARY = 'Zanzibar-Quokka-7319';
const open: Store[] = [];
afterEach(() => {
  while (open.length) {
    const db = open.pop()!;
    if (db.open) db.close();
  }
});

function keep<T extends Store>(db: T): T {
  open.push(db);
  return db;
}

function addPerson(db: Store, name: string): void {
  const id = randomBytes(8).toString('hex');
  db.prepare(`INSERT INTO people (id, full_name, sort_name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')`)
    .run(id, name, name.toLowerCase(), `${name} notes`);
}

async function makeStore() {
  const dir = tempDir();
  const key = randomBytes(32);
  const path = join(dir, 'liaison.sqlite');
  const db = keep(await openStore(path, { key }));
  addPerson(db, CANARY);
  db.prepare(`INSERT INTO projects (id, acronym, title, starts_on, ends_on, created_at, updated_at) VALUES ('p1', 'EMPACT', 'Task force', '2025-01-01', '2025-12-31', 'x', 'x')`).run();
  let currentKey: StoreKey = key;
  const backups = backupsIn(join(dir, 'backups'), () => currentKey);
  return { dir, path, key, db, backups, setKey: (k: StoreKey) => (currentKey = k) };
}

function peopleIn(path: string, key: StoreKey): string[] {
  const db = openWithKey(path, key, { readonly: true });
  try {
    return db.prepare('SELECT full_name FROM people ORDER BY full_name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

function opensWith(path: string, key: StoreKey): boolean {
  try {
    openWithKey(path, key, { readonly: true }).close();
    return true;
  } catch (error) {
    if (isNotADatabase(error)) return false;
    throw error;
  }
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const mode = (path: string) => statSync(path).mode & 0o777;

describe('creating and listing backups', () => {
  it('writes an encrypted copy that opens only with the store key, private to the user', async () => {
    const { db, key, backups } = await makeStore();
    const info = backups.create(db, 'manual');
    expect(info.id).toMatch(/^liaison-\d{8}T\d{9}Z-manual\.sqlite$/);
    const file = backups.path(info.id);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).equals(Buffer.from('SQLite format 3\0', 'latin1'))).toBe(false);
    expect(bytes.includes(Buffer.from(CANARY))).toBe(false);
    expect(peopleIn(file, key)).toEqual([CANARY]);
    expect(opensWith(file, randomBytes(32))).toBe(false);
    if (process.platform !== 'win32') {
      expect(mode(file)).toBe(0o600);
      expect(mode(join(file, '..'))).toBe(0o700);
    }
    expect(readdirSync(join(file, '..'))).toEqual([info.id]);
  });

  it('lists newest first with reason, schema version and counts; a garbage file lists with nulls', async () => {
    const { db, backups } = await makeStore();
    const first = backups.create(db, 'daily', new Date('2025-03-01T08:00:00Z'));
    addPerson(db, 'Second Person');
    const second = backups.create(db, 'manual', new Date('2025-03-02T09:00:00Z'));
    const garbage = 'liaison-20250301T100000000Z-import.sqlite';
    writeFileSync(join(backups.path(first.id), '..', garbage), randomBytes(8192));
    writeFileSync(join(backups.path(first.id), '..', 'notes.txt'), 'not a backup');

    const list = backups.list();
    expect(list.map((b) => b.id)).toEqual([second.id, garbage, first.id]);
    expect(list[0]).toMatchObject({ reason: 'manual', createdAt: '2025-03-02T09:00:00.000Z', schemaVersion: latestVersion(), counts: { people: 2, events: 0, projects: 1 } });
    expect(list[1]).toMatchObject({ reason: 'import', schemaVersion: null, counts: null, sizeBytes: 8192 });
    expect(list[2]).toMatchObject({ reason: 'daily', schemaVersion: latestVersion(), counts: { people: 1, events: 0, projects: 1 } });
    expect(list[2]!.sizeBytes).toBe(statSync(backups.path(first.id)).size);
    expect(backups.get(second.id)).toEqual(list[0]);
  });

  it('lists nothing before the first backup, and reads nulls for a backup made with another key', async () => {
    const { db, backups, setKey } = await makeStore();
    expect(backups.list()).toEqual([]);
    const info = backups.create(db, 'manual');
    setKey(randomBytes(32));
    expect(backups.list()).toEqual([{ ...info, schemaVersion: null, counts: null }]);
  });

  it('gives two backups in the same millisecond their own names', async () => {
    const { db, backups } = await makeStore();
    const now = new Date('2025-03-01T08:00:00Z');
    const a = backups.create(db, 'manual', now);
    const b = backups.create(db, 'manual', now);
    expect(a.id).not.toBe(b.id);
    expect(backups.list().map((i) => i.id)).toEqual([b.id, a.id]);
    // A day later, both on one past day: the retention rule keeps only the later.
    backups.create(db, 'daily', new Date('2025-03-02T09:00:00Z'));
    expect(backups.list().map((i) => i.id)).not.toContain(a.id);
  });

  it('refuses names that are not backups, and says when a backup is missing', async () => {
    const { backups, dir } = await makeStore();
    for (const id of ['../liaison.sqlite', 'liaison-2025-manual.sqlite', 'liaison-20250231T000000000Z-manual.sqlite', 'liaison-20250101T000000000Z-other.sqlite']) {
      expect(() => backups.get(id)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
      expect(() => backups.path(id)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    }
    const missing = 'liaison-20250101T000000000Z-manual.sqlite';
    expect(() => backups.get(missing)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(backups.path(missing)).toBe(join(dir, 'backups', missing));
  });

  it('is due on the first unlock of each local calendar day', async () => {
    const { db, backups } = await makeStore();
    expect(backups.dueToday(new Date(2025, 0, 15, 12))).toBe(true);
    backups.create(db, 'daily', new Date(2025, 0, 15, 0, 5));
    expect(backups.dueToday(new Date(2025, 0, 15, 23, 55))).toBe(false);
    expect(backups.dueToday(new Date(2025, 0, 16, 0, 1))).toBe(true);
  });

  it('prunes by the retention rule when it creates one, and on demand', async () => {
    const { db, backups } = await makeStore();
    const made = backups.create(db, 'daily', new Date('2024-01-01T12:00:00Z'));
    const folder = join(backups.path(made.id), '..');
    // Copies named for the past 60 days, cheaper than 60 VACUUMs.
    const start = Date.parse('2025-03-01T12:00:00Z');
    for (let day = 1; day <= 60; day++) {
      const at = new Date(start - day * 86_400_000).toISOString().replace(/[-:.]/g, '');
      copyFileSync(backups.path(made.id), join(folder, `liaison-${at}-daily.sqlite`));
    }
    // Copies cut short by a crash are cleared too.
    writeFileSync(join(folder, `${made.id}.partial`), 'half');
    writeFileSync(join(folder, `${made.id}.rekeying`), 'half');
    writeFileSync(join(folder, `${made.id}.rekeying-journal`), 'half');
    const before = backups.list().map((b) => b.id);
    const expected = retain(before.map((id) => ({ id, createdAt: new Date(backups.get(id).createdAt) })), new Date(start));
    const removed = backups.prune(new Date(start));
    expect(removed.length).toBeGreaterThan(40);
    expect(new Set(backups.list().map((b) => b.id))).toEqual(expected);
    for (const id of removed) expect(existsSync(join(folder, id))).toBe(false);
    expect(readdirSync(folder).filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
    expect(backups.prune(new Date(start))).toEqual([]);

    const fresh = backups.create(db, 'manual', new Date(start + 1000));
    expect(backups.list()[0]!.id).toBe(fresh.id);
    expect(backups.list().length).toBeLessThanOrEqual(7 + 4 + 12);
  });

  it('cleans up and says why when the copy cannot be made', async () => {
    const { db, backups } = await makeStore();
    db.prepare('BEGIN').run();
    expect(() => backups.create(db, 'manual')).toThrow(/The backup could not be made: .*transaction/);
    db.prepare('ROLLBACK').run();
    expect(backups.list()).toEqual([]);
    expect(readdirSync(join(backups.path('liaison-20250101T000000000Z-manual.sqlite'), '..'))).toEqual([]);
  });
});

describe('re-encrypting backups under a new key', () => {
  it('rekeys every backup: the old key no longer opens them, the new one does, data intact', async () => {
    const { db, backups, key, setKey } = await makeStore();
    const a = backups.create(db, 'daily', new Date('2025-03-01T08:00:00Z'));
    const b = backups.create(db, 'manual', new Date('2025-03-02T09:00:00Z'));
    const newKey = randomBytes(32);
    const progress: [number, number][] = [];
    const report = backups.rekeyAll(key, newKey, (done, total) => progress.push([done, total]));
    expect(report).toEqual({ rekeyed: [b.id, a.id], already: [], unreadable: [], failed: [] });
    expect(progress).toEqual([[1, 2], [2, 2]]);
    for (const id of [a.id, b.id]) {
      const file = backups.path(id);
      expect(opensWith(file, key)).toBe(false);
      expect(peopleIn(file, newKey)).toEqual([CANARY]);
      if (process.platform !== 'win32') expect(mode(file)).toBe(0o600);
    }
    expect(readdirSync(join(backups.path(a.id), '..')).sort()).toEqual([a.id, b.id].sort());
    setKey(newKey);
    expect(backups.list().every((i) => i.counts?.people === 1)).toBe(true);

    // Run again, as after a rotation cut short: nothing is re-encrypted twice.
    expect(backups.rekeyAll(key, newKey)).toMatchObject({ rekeyed: [], already: [b.id, a.id] });
  });

  it('leaves a file it cannot read as it was', async () => {
    const { db, backups, key } = await makeStore();
    const good = backups.create(db, 'daily', new Date('2025-03-01T08:00:00Z'));
    const garbage = join(backups.path(good.id), '..', 'liaison-20250301T100000000Z-import.sqlite');
    writeFileSync(garbage, randomBytes(8192));
    const before = sha(garbage);
    const report = backups.rekeyAll(key, randomBytes(32));
    expect(report).toMatchObject({ rekeyed: [good.id], unreadable: ['liaison-20250301T100000000Z-import.sqlite'], failed: [] });
    expect(sha(garbage)).toBe(before);
  });
});

describe('restoring the store file from a backup', () => {
  it('puts the backup’s data back in place of later changes', async () => {
    const { db, path, key, backups } = await makeStore();
    const info = backups.create(db, 'manual');
    addPerson(db, 'Added Later');
    db.prepare('DELETE FROM people WHERE full_name = ?').run(CANARY);
    db.close();
    writeFileSync(`${path}-wal`, 'stale');
    writeFileSync(`${path}-shm`, 'stale');

    replaceStoreFile(backups.path(info.id), path, key);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
    expect(existsSync(`${path}.restoring`)).toBe(false);
    if (process.platform !== 'win32') expect(mode(path)).toBe(0o600);
    const reopened = keep(openWithKey(path, key));
    expect(reopened.prepare('SELECT full_name FROM people').pluck().all()).toEqual([CANARY]);
    expect(verifyStore(reopened).ok).toBe(true);
  });

  it('refuses a damaged backup and leaves the store untouched', async () => {
    const { db, path, key, backups, dir } = await makeStore();
    const info = backups.create(db, 'manual');
    addPerson(db, 'Kept');
    db.close();
    const before = sha(path);

    const damaged = join(dir, 'damaged.sqlite');
    const bytes = readFileSync(backups.path(info.id));
    const middle = Math.floor(bytes.length / 2);
    for (let i = middle; i < middle + 64; i++) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(damaged, bytes);

    expect(() => replaceStoreFile(damaged, path, key)).toThrow(/cannot be restored: it (is damaged|cannot be read) .*The current data was not changed/);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}.restoring`)).toBe(false);
    expect(peopleIn(path, key)).toEqual(['Kept', CANARY]);
  });

  it('refuses a backup made with another key, a file that is not a store, and a missing file', async () => {
    const { db, path, key, backups, dir } = await makeStore();
    const info = backups.create(db, 'manual');
    db.close();
    const before = sha(path);
    expect(() => replaceStoreFile(backups.path(info.id), path, randomBytes(32))).toThrow(/does not open with this store’s key/);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, randomBytes(4096));
    expect(() => replaceStoreFile(junk, path, key)).toThrow(/cannot be restored/);
    expect(() => replaceStoreFile(join(dir, 'nothing.sqlite'), path, key)).toThrow(/does not exist/);
    expect(sha(path)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('refuses a backup from a newer version of Liaison', async () => {
    const { db, path, key, dir } = await makeStore();
    const newer = join(dir, 'newer.sqlite');
    db.prepare('VACUUM INTO ?').run(newer);
    const copy = openWithKey(newer, key);
    copy.pragma(`user_version = ${latestVersion() + 1}`);
    copy.close();
    db.close();
    expect(() => replaceStoreFile(newer, path, key)).toThrow(/newer version of Liaison/);
    expect(peopleIn(path, key)).toEqual([CANARY]);
  });
});

describe('verifying the store', () => {
  it('finds no problems in a sound store, and says what it checked', async () => {
    const { db } = await makeStore();
    const result = verifyStore(db);
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => [c.name, c.ok])).toEqual([['integrity', true], ['foreignKeys', true], ['search', true]]);
    expect(result.checks[0]!.detail).toMatch(/^No problems found in [\d,]+ pages\.$/);
    expect(result.checks[2]!.detail).toMatch(/events.*organisations.*people/);
    expect(Date.parse(result.checkedAt)).not.toBeNaN();
  });

  it('reports a tampered search index', async () => {
    const { db } = await makeStore();
    // The shadow tables are guarded; unsafe mode lifts the guard to simulate damage.
    db.unsafeMode(true);
    db.prepare(`UPDATE people_fts_content SET c1 = 'someone else entirely'`).run();
    db.unsafeMode(false);
    const result = verifyStore(db);
    expect(result.ok).toBe(false);
    const search = result.checks.find((c) => c.name === 'search')!;
    expect(search.ok).toBe(false);
    expect(search.detail).toMatch(/index of people is damaged/);
  });

  it('reports records the search index missed, and links to missing records', async () => {
    const { db } = await makeStore();
    db.exec('DROP TRIGGER people_fts_insert');
    addPerson(db, 'Unindexed');
    db.pragma('foreign_keys = OFF');
    db.prepare(`UPDATE people SET organisation_id = 'gone' WHERE full_name = 'Unindexed'`).run();
    const result = verifyStore(db);
    expect(result.ok).toBe(false);
    const byName = Object.fromEntries(result.checks.map((c) => [c.name, c]));
    expect(byName.integrity!.ok).toBe(true);
    expect(byName.foreignKeys).toMatchObject({ ok: false, detail: '1 broken link: 1 record in people points to a missing organisations record.' });
    expect(byName.search).toMatchObject({ ok: false, detail: expect.stringMatching(/1 people record cannot be found by search/) });
  });

  it('checks a store opened read-only, saying what it skipped', async () => {
    const { db, path, key } = await makeStore();
    db.close();
    const ro = keep(openWithKey(path, key, { readonly: true }));
    ro.pragma('query_only = ON');
    const result = verifyStore(ro);
    expect(result.ok).toBe(true);
    expect(result.checks[2]!.detail).toMatch(/skipped/);
  });
});

describe('the retention rule', () => {
  const at = (iso: string) => new Date(iso);
  const named = (dates: Date[]) => dates.map((createdAt, i) => ({ id: `b${String(i).padStart(4, '0')}`, createdAt }));

  it('keeps 21 of a year of daily backups: 7 days, 3 more weeks, 11 more months', () => {
    const now = at('2025-06-15T12:00:00Z'); // a Sunday
    const days = Array.from({ length: 365 }, (_, i) => new Date(Date.parse('2025-06-15T02:00:00Z') - i * 86_400_000));
    const backups = days.map((createdAt) => ({ id: createdAt.toISOString().slice(0, 10), createdAt }));
    const kept = [...retain(backups, now, 'UTC')].sort();
    expect(kept).toEqual([
      '2024-07-31', '2024-08-31', '2024-09-30', '2024-10-31', '2024-11-30', '2024-12-31',
      '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-25', '2025-05-31',
      '2025-06-01', '2025-06-08',
      '2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13', '2025-06-14', '2025-06-15',
    ]);
  });

  it('keeps every backup of the last 24 hours, then only the newest of several on one day, and always the single newest', () => {
    const now = at('2025-06-15T12:00:00Z');
    const sameDay = named([at('2025-06-15T08:00:00Z'), at('2025-06-15T11:00:00Z'), at('2025-06-15T09:00:00Z')]);
    expect(retain(sameDay, now, 'UTC')).toEqual(new Set(['b0000', 'b0001', 'b0002']));
    expect(retain(sameDay, at('2025-06-16T11:30:00Z'), 'UTC')).toEqual(new Set(['b0001']));
    expect(retain(named([at('2020-01-01T00:00:00Z'), at('2019-01-01T00:00:00Z')]), now, 'UTC')).toEqual(new Set(['b0000']));
    expect(retain([], now)).toEqual(new Set());
  });

  it('counts days in the local zone', () => {
    const now = at('2025-06-16T12:00:00Z');
    const backups = named([at('2025-06-14T23:30:00Z'), at('2025-06-15T08:00:00Z')]);
    expect(retain(backups, now, 'UTC')).toEqual(new Set(['b0000', 'b0001']));
    // Both are on 15 June in Ljubljana (UTC+2).
    expect(retain(backups, now, 'Europe/Ljubljana')).toEqual(new Set(['b0001']));
  });

  it('keeps backups dated after now (a clock moved back)', () => {
    const now = at('2025-06-15T12:00:00Z');
    expect(retain(named([at('2025-06-20T08:00:00Z'), at('2025-06-19T08:00:00Z'), at('2025-06-15T08:00:00Z')]), now, 'UTC').size).toBe(3);
  });

  // The rule stated a second way, through Temporal's own calendar arithmetic.
  function buckets(createdAt: Date, now: Date, zone: string): string[] {
    const day = Temporal.Instant.fromEpochMilliseconds(createdAt.getTime()).toZonedDateTimeISO(zone).toPlainDate();
    const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(zone).toPlainDate();
    const weekOf = (d: Temporal.PlainDate) => `${d.yearOfWeek}-W${d.weekOfYear}`;
    const out: string[] = [];
    if (today.since(day).days < 7) out.push(`day ${day}`);
    if ([0, 1, 2, 3].some((k) => weekOf(today.subtract({ weeks: k })) === weekOf(day))) out.push(`week ${weekOf(day)}`);
    if (Array.from({ length: 12 }, (_, k) => today.subtract({ months: k }).toPlainYearMonth().toString()).includes(day.toPlainYearMonth().toString())) {
      out.push(`month ${day.toPlainYearMonth()}`);
    }
    return out;
  }

  const zones = fc.constantFrom('UTC', 'Europe/Ljubljana', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'Pacific/Chatham');
  const past = (now: Date) => fc.array(fc.date({ min: new Date(now.getTime() - 500 * 86_400_000), max: now, noInvalidDate: true }), { maxLength: 80 });
  const scenario = fc
    .record({ now: fc.date({ min: at('2020-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z'), noInvalidDate: true }), zone: zones })
    .chain(({ now, zone }) => past(now).map((dates) => ({ now, zone, backups: named(dates) })));

  it('keeps the last day whole, then the newest of each bucket and nothing else, at most 7 + 4 + 12 more', () => {
    fc.assert(
      fc.property(scenario, ({ now, zone, backups }) => {
        const kept = retain(backups, now, zone);
        const newestIn = new Map<string, { id: string; createdAt: Date }>();
        for (const b of backups) {
          for (const bucket of buckets(b.createdAt, now, zone)) {
            const held = newestIn.get(bucket);
            if (!held || b.createdAt > held.createdAt || (+b.createdAt === +held.createdAt && b.id > held.id)) newestIn.set(bucket, b);
          }
        }
        const expected = new Set([...newestIn.values()].map((b) => b.id));
        for (const b of backups) if (+now - +b.createdAt < 86_400_000) expected.add(b.id);
        const newest = [...backups].sort((x, y) => +y.createdAt - +x.createdAt || (x.id < y.id ? 1 : -1))[0];
        if (newest) expected.add(newest.id);
        expect(kept).toEqual(expected);
        expect(kept.size).toBeLessThanOrEqual(7 + 4 + 12 + backups.filter((b) => +now - +b.createdAt < 86_400_000).length);
      }),
    );
  });

  it('keeps the newest, gives the same answer in any order, and prunes nothing more the second time', () => {
    fc.assert(
      fc.property(scenario, ({ now, zone, backups }) => {
        const kept = retain(backups, now, zone);
        if (backups.length > 0) {
          const newest = Math.max(...backups.map((b) => +b.createdAt));
          expect(backups.some((b) => +b.createdAt === newest && kept.has(b.id))).toBe(true);
        }
        expect(retain([...backups].reverse(), now, zone)).toEqual(kept);
        expect(retain(backups.filter((b) => kept.has(b.id)), now, zone)).toEqual(kept);
      }),
    );
  });
});
