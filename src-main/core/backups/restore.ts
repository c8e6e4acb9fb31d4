import { openWithKey } from '../store/cipher';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store, StoreKey } from '../store/cipher';
import { latestVersion } from '../store/migrations';
import { makePrivate, quickCheck, schemaVersion } from '../store/open';
import { fsyncDir, fsyncFile, removeDatabaseFile } from './files';

// A stale WAL or journal left beside the new file would be replayed onto it and corrupt it.
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** Opens the copy with the key and says what is wrong with it, or null when it can become the store. */
function problemWith(path: string, key: StoreKey): string | null {
  let db: Store;
  try {
    db = openWithKey(path, key);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') return 'it does not open with this store’s key (it was made with another passphrase, or it is not a Liaison backup)';
    if (code.startsWith('SQLITE_CORRUPT')) return `it is damaged (${(error as Error).message})`;
    return `it cannot be opened (${(error as Error).message})`;
  }
  try {
    const problems = quickCheck(db);
    if (problems.length > 0) return `it is damaged (${problems.slice(0, 3).join('; ')})`;
    const version = schemaVersion(db);
    if (version === 0) return 'it holds no Liaison data';
    if (version > latestVersion()) return `it was made by a newer version of Liaison (schema ${version}; this version knows up to ${latestVersion()})`;
    // Self-contained, so nothing but the one file needs to move.
    db.pragma('journal_mode = DELETE');
    return null;
  } catch (error) {
    return `it cannot be read (${(error as Error).message})`;
  } finally {
    db.close();
  }
}

/**
 * Replaces the (closed) store file with a copy of `sourcePath`. The copy is checked before it takes the
 * store's name, so any failure up to the rename leaves the store exactly as it was.
 */
export function replaceStoreFile(sourcePath: string, storePath: string, key: StoreKey): void {
  if (!existsSync(sourcePath)) throw new Error(`The file to restore from does not exist: ${sourcePath}`);
  const temp = `${storePath}.restoring`;
  removeDatabaseFile(temp);
  try {
    copyFileSync(sourcePath, temp);
    const problem = problemWith(temp, key);
    if (problem) throw new Error(`This backup cannot be restored: ${problem}. The current data was not changed.`);
    fsyncFile(temp);
    makePrivate(temp);
  } catch (error) {
    removeDatabaseFile(temp);
    throw error;
  }

  // Moved aside rather than deleted, so they can be put back if the rename fails.
  const moved: string[] = [];
  try {
    for (const suffix of SIDE_FILES) {
      const side = `${storePath}${suffix}`;
      if (existsSync(side)) {
        renameSync(side, `${side}.replaced`);
        moved.push(side);
      }
    }
    renameSync(temp, storePath);
  } catch (error) {
    for (const side of moved) renameSync(`${side}.replaced`, side);
    removeDatabaseFile(temp);
    throw new Error(`The backup could not take the place of the data file (${(error as Error).message}). The current data was not changed.`);
  }
  fsyncDir(dirname(storePath));
  for (const side of moved) rmSync(`${side}.replaced`, { force: true });
  makePrivate(storePath);
}
