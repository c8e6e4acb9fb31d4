import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkMigrationOrder, latestVersion, migrations } from '../../src-main/core/store/migrations';
import { checkpointSoon, NewerDatabaseError, openStore, schemaVersion } from '../../src-main/core/store/open';
import { tempDir, TEST_KEY } from './helpers';
import { applyKey } from '../../src-main/core/store/cipher';

describe('the store', () => {
  it('opens with WAL, full sync, foreign keys, a busy timeout, temp in memory and secure delete, at the latest schema', async () => {
    const db = await openStore(join(tempDir(), 'a.sqlite'), { key: TEST_KEY });
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(latestVersion());
    db.close();
  });

  it('copies the WAL into the file once a write has answered, not inside its commit', async () => {
    const path = join(tempDir(), 'wal.sqlite');
    const db = await openStore(path, { key: TEST_KEY });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const fileSize = () => statSync(path).size;
    const before = fileSize();
    // Far more than SQLite's default threshold of 1,000 pages, in one commit.
    db.exec('CREATE TABLE filler (x BLOB)');
    db.exec('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO filler SELECT randomblob(4000) FROM n');
    expect(fileSize()).toBe(before);
    checkpointSoon(db);
    checkpointSoon(db);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fileSize()).toBeGreaterThan(before + 3000 * 4000);
    db.close();
  });

  it('keeps its migrations in order and refuses a list out of order', () => {
    expect(() => checkMigrationOrder(migrations)).not.toThrow();
    const swapped = [migrations[1]!, migrations[0]!];
    expect(() => checkMigrationOrder(swapped)).toThrow(/out of order/);
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const path = join(tempDir(), 'newer.sqlite');
    const raw = new Database(path);
    applyKey(raw, TEST_KEY);
    raw.exec('CREATE TABLE keep (x INTEGER); INSERT INTO keep VALUES (42);');
    raw.pragma(`user_version = ${latestVersion() + 5}`);
    raw.close();
    await expect(openStore(path, { key: TEST_KEY })).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(openStore(path, { key: TEST_KEY })).rejects.toThrow(/newer version of Liaison/);
    const after = new Database(path);
    applyKey(after, TEST_KEY);
    expect(after.prepare('SELECT x FROM keep').pluck().get()).toBe(42);
    expect(after.pragma('user_version', { simple: true })).toBe(latestVersion() + 5);
    after.close();
  });

  it('calls its hook before migrating an existing database, and not for a new one', async () => {
    const path = join(tempDir(), 'old.sqlite');
    const seen: number[] = [];
    const first = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 1), beforeMigration: (_db, from) => seen.push(from) });
    expect(seen).toEqual([]);
    first.close();
    const db = await openStore(path, { key: TEST_KEY, beforeMigration: (_db, from) => seen.push(from) });
    expect(seen).toEqual([1]);
    db.close();
  });

  it('rolls a failing migration back whole, leaving the previous version in place', async () => {
    const path = join(tempDir(), 'fail.sqlite');
    const broken = [
      ...migrations,
      {
        version: latestVersion() + 1,
        name: 'broken',
        up: (db: Database.Database) => {
          db.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    await expect(openStore(path, { key: TEST_KEY, migrations: broken })).rejects.toThrow('boom');
    const db = new Database(path);
    applyKey(db, TEST_KEY);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });
});
