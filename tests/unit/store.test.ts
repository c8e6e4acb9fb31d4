import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkMigrationOrder, latestVersion, migrations } from '../../src-main/core/store/migrations';
import { NewerDatabaseError, openStore, schemaVersion } from '../../src-main/core/store/open';
import { tempDir } from './helpers';

describe('the store', () => {
  it('opens with WAL, full sync, foreign keys and a busy timeout, at the latest schema', async () => {
    const db = await openStore(join(tempDir(), 'a.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(latestVersion());
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
    raw.exec('CREATE TABLE keep (x INTEGER); INSERT INTO keep VALUES (42);');
    raw.pragma(`user_version = ${latestVersion() + 5}`);
    raw.close();
    await expect(openStore(path)).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(openStore(path)).rejects.toThrow(/newer version of Liaison/);
    const after = new Database(path);
    expect(after.prepare('SELECT x FROM keep').pluck().get()).toBe(42);
    expect(after.pragma('user_version', { simple: true })).toBe(latestVersion() + 5);
    after.close();
  });

  it('backs the file up before migrating an existing database, and not a new one', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.sqlite');
    const first = await openStore(path, { migrations: migrations.slice(0, 1) });
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    first.prepare("INSERT INTO organisations (id, name, sort_name, kind, created_at, updated_at) VALUES ('0190d6a0-0000-7000-8000-000000000001', 'SELEC', 'selec', 'international_organisation', 'x', 'x')").run();
    first.close();

    const db = await openStore(path);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^liaison-schema1-.*\.sqlite$/);
    const backup = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM organisations').pluck().get()).toBe('SELEC');
    backup.close();
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
    await expect(openStore(path, { migrations: broken })).rejects.toThrow('boom');
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });
});
