import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fsyncDir } from '../backups';
import { applyKey, cipherVersion, type StoreKey } from '../store/cipher';
import { makePrivate, quickCheck } from '../store/open';

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts with SQLite's plaintext header: anyone can read it. */
export function isPlaintextStore(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

function tableCounts(db: Database.Database): Map<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return new Map(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`).pluck().get() as number]));
}

export function removeSidecars(path: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Encrypts a plaintext SQLite file into `${path}.converting` under the key, and checks that the
 * copy opens, passes quick_check and holds the same rows. The original is not touched: the
 * caller swaps the copy in (see {@link swapIn}) only once the key that opens it is safely stored.
 */
export function encryptCopy(path: string, key: StoreKey): string {
  const target = `${path}.converting`;
  removeSidecars(target);
  rmSync(target, { force: true });
  const source = new Database(path, { fileMustExist: true });
  let expected: Map<string, number>;
  try {
    // Everything in the WAL goes into the main file, so the copy holds every acknowledged write.
    source.pragma('wal_checkpoint(TRUNCATE)');
    expected = tableCounts(source);
  } finally {
    source.close();
  }
  copyFileSync(path, target);
  makePrivate(target);
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
    // Plain SQLite would ignore rekey and leave the copy readable: check the cipher build first.
    cipherVersion();
    copy.pragma(`rekey="x'${key.toString('hex')}'"`);
  } catch (error) {
    copy.close();
    rmSync(target, { force: true });
    throw error;
  }
  copy.close();
  verifyCopy(target, key, expected);
  return target;
}

function verifyCopy(target: string, key: StoreKey, expected: Map<string, number>): void {
  const check = new Database(target, { readonly: true });
  try {
    applyKey(check, key);
    const problems = quickCheck(check);
    if (problems.length > 0) throw new Error(`The encrypted copy failed its check: ${problems[0]}`);
    const got = tableCounts(check);
    for (const [table, count] of expected) {
      if (got.get(table) !== count) throw new Error(`The encrypted copy holds ${got.get(table) ?? 0} rows of ${table}, not ${count}`);
    }
  } catch (error) {
    check.close();
    rmSync(target, { force: true });
    throw error;
  }
  check.close();
}

/** Replaces the store with its converted copy; the old file's WAL and shared memory go first so neither meets the new file. */
export function swapIn(copy: string, path: string): void {
  removeSidecars(path);
  renameSync(copy, path);
  fsyncDir(dirname(path));
  makePrivate(path);
}

/** A crash between storing the key and replacing the plaintext file: the verified copy is swapped in now. */
export function finishInterruptedConversion(storePath: string, keyStored: boolean): void {
  const copy = `${storePath}.converting`;
  if (!existsSync(copy)) return;
  if (keyStored && isPlaintextStore(storePath)) swapIn(copy, storePath);
  else rmSync(copy, { force: true });
}

/** Backups made by the unencrypted version, before its migrations: encrypted too, so no plaintext copy is left. */
export function encryptLegacyBackups(dir: string, key: StoreKey): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!name.endsWith('.sqlite') || !isPlaintextStore(path)) continue;
    const stamp = statSync(path).mtime.toISOString().replace(/[-:.]/g, '');
    const encrypted = encryptCopy(path, key);
    renameSync(encrypted, join(dir, `liaison-${stamp}-migration.sqlite`));
    removeSidecars(path);
    if (join(dir, `liaison-${stamp}-migration.sqlite`) !== path) rmSync(path, { force: true });
  }
}
