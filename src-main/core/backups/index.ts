import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupInfo, BackupReason, backupCalls } from '../../../src-shared/contract/backups';
import type { CallOutput } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { CallsOf, DomainModule } from '../domain';
import { isNotADatabase, openWithKey, type Store, type StoreKey } from '../store/cipher';
import { ensurePrivateDir, makePrivate, quickCheck, schemaVersion } from '../store/open';
import { fsyncDir, fsyncFile, removeDatabaseFile } from './files';
import { type BackupName, backupName, isLeftoverCopy, parseBackupName, requireBackupName } from './names';
import { rekeyFile } from './rekey';
import { localDate, retain } from './retention';
import { verifyStore } from './verify';

export { retain } from './retention';
export { verifyStore, type VerifyCheck, type VerifyResult } from './verify';
export { replaceStoreFile } from './restore';
export { backupName, parseBackupName } from './names';
export { fsyncDir } from './files';
export { rekeyFile } from './rekey';

export interface RekeyReport {
  rekeyed: string[];
  /** Already under the new key: a rotation cut short and run again. */
  already: string[];
  /** Opens with neither key (damaged, or from another store); left as it was. */
  unreadable: string[];
  /** Left under the old key; running the rotation again retries them. */
  failed: { id: string; message: string }[];
}

export interface Backups {
  /** VACUUM INTO backups/liaison-<UTC stamp>-<reason>.sqlite (same key) through a temp name, checked, then pruned. */
  create(db: Store, reason: BackupReason, now?: Date): BackupInfo;
  /** Newest first; each opened read-only with the key to read user_version and counts (nulls if unreadable). */
  list(): BackupInfo[];
  get(id: string): BackupInfo;
  /** A validated id → its absolute path inside the folder. */
  path(id: string): string;
  /** True when no backup was taken on this local calendar day (the first unlock of each day takes one). */
  dueToday(now?: Date): boolean;
  /** Applies retention; returns the removed ids. */
  prune(now?: Date): string[];
  /** Re-encrypts every backup under a new key; one file failing does not stop the others. */
  rekeyAll(oldKey: StoreKey, newKey: StoreKey, onProgress?: (done: number, total: number) => void): RekeyReport;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The backups kept in `dir`, encrypted with the key `key()` returns at the time (it changes on rotation). */
export function backupsIn(dir: string, key: () => StoreKey): Backups {
  const folder = resolve(dir);

  /** Backups on disk, newest first, read from their names alone. */
  function names(): BackupName[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .map(parseBackupName)
      .filter((n): n is BackupName => n !== null)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  }

  function describe(name: BackupName, storeKey: StoreKey): BackupInfo {
    const file = join(folder, name.id);
    const info: BackupInfo = {
      id: name.id,
      createdAt: name.createdAt.toISOString(),
      reason: name.reason,
      sizeBytes: statSync(file).size,
      schemaVersion: null,
      counts: null,
    };
    let db: Store;
    try {
      db = openWithKey(file, storeKey, { readonly: true });
    } catch {
      return info;
    }
    try {
      info.schemaVersion = schemaVersion(db);
      info.counts = db.prepare(
        'SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM projects) AS projects',
      ).get() as NonNullable<BackupInfo['counts']>;
    } catch {
      // A backup from before a table existed, or a damaged one: what could be read is shown.
    } finally {
      db.close();
    }
    return info;
  }

  /** Refuses a copy that would not restore: it must open with the key and pass quick_check. */
  function check(file: string, storeKey: StoreKey): void {
    let db: Store;
    try {
      db = openWithKey(file, storeKey, { readonly: true });
    } catch (error) {
      if (isNotADatabase(error)) throw new Error('the copy does not open with the current key');
      throw error;
    }
    try {
      const problems = quickCheck(db);
      if (problems.length > 0) throw new Error(`the copy failed its check (${problems.slice(0, 3).join('; ')})`);
      schemaVersion(db);
    } finally {
      db.close();
    }
  }

  const backups: Backups = {
    create(db, reason, now = new Date()) {
      const storeKey = key();
      ensurePrivateDir(folder);
      // Two backups in one millisecond would share a name: the later one moves on by a millisecond.
      let at = now;
      while (existsSync(join(folder, backupName(at, reason)))) at = new Date(at.getTime() + 1);
      const id = backupName(at, reason);
      const file = join(folder, id);
      // Not a backup name, so list() never shows a copy still being written.
      const temp = `${file}.partial`;
      removeDatabaseFile(temp);
      try {
        db.prepare('VACUUM INTO ?').run(temp);
        fsyncFile(temp);
        makePrivate(temp);
        check(temp, storeKey);
        renameSync(temp, file);
      } catch (error) {
        removeDatabaseFile(temp);
        throw new Error(`The backup could not be made: ${message(error)}`);
      }
      fsyncDir(folder);
      backups.prune(at);
      return describe(requireBackupName(id), storeKey);
    },

    list() {
      const all = names();
      if (all.length === 0) return [];
      const storeKey = key();
      return all.flatMap((name) => {
        try {
          return [describe(name, storeKey)];
        } catch {
          return []; // Removed between readdir and stat.
        }
      });
    },

    get(id) {
      const name = requireBackupName(id);
      if (!existsSync(join(folder, id))) throw new AppError('not_found', `There is no backup called “${id}”`);
      return describe(name, key());
    },

    path(id) {
      requireBackupName(id);
      return join(folder, id);
    },

    dueToday(now = new Date()) {
      const today = localDate(now);
      return !names().some((n) => localDate(n.createdAt) === today);
    },

    prune(now = new Date()) {
      const all = names();
      const keep = retain(all, now);
      const removed = all.filter((n) => !keep.has(n.id)).map((n) => n.id);
      for (const id of removed) removeDatabaseFile(join(folder, id));
      // Every write here is synchronous, so a copy still lying about was cut short by a crash.
      if (existsSync(folder)) for (const file of readdirSync(folder).filter(isLeftoverCopy)) removeDatabaseFile(join(folder, file));
      return removed;
    },

    rekeyAll(oldKey, newKey, onProgress) {
      const all = names();
      const report: RekeyReport = { rekeyed: [], already: [], unreadable: [], failed: [] };
      all.forEach((name, index) => {
        try {
          report[rekeyFile(join(folder, name.id), oldKey, newKey)].push(name.id);
        } catch (error) {
          report.failed.push({ id: name.id, message: message(error) });
        }
        onProgress?.(index + 1, all.length);
      });
      return report;
    },
  };
  return backups;
}

/** What the backups domain needs of the vault (which itself builds on this module, so it is named here, not imported). */
export interface BackupsHost {
  backups: Backups;
  store(): Store;
  restore(id: string): CallOutput<'backups.restore'> | Promise<CallOutput<'backups.restore'>>;
  exportBackup(id?: string): CallOutput<'backups.export'> | Promise<CallOutput<'backups.export'>>;
}

/** The encrypted backups of the store the vault holds open. */
export function backupsDomain(vault: BackupsHost): DomainModule<CallsOf<typeof backupCalls>> {
  return {
    handlers: {
      'backups.list': () => vault.backups.list(),
      'backups.create': () => vault.backups.create(vault.store(), 'manual'),
      'backups.restore': ({ id }) => vault.restore(id),
      'backups.export': ({ id }) => vault.exportBackup(id),
      'backups.verify': () => verifyStore(vault.store()),
    },
    api: {},
  };
}
