import { copyFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { isNotADatabase, openWithKey, type Store, type StoreKey } from '../store/cipher';
import { makePrivate, quickCheck } from '../store/open';
import { fsyncDir, fsyncFile, removeDatabaseFile } from './files';

export type RekeyOutcome = 'rekeyed' | 'already' | 'unreadable';

function opensWith(path: string, key: StoreKey): boolean {
  let db: Store;
  try {
    db = openWithKey(path, key, { readonly: true });
  } catch (error) {
    if (isNotADatabase(error)) return false;
    throw error;
  }
  db.close();
  return true;
}

/**
 * Re-encrypts one file under a new key through a copy, so the original stays whole until a verified
 * copy replaces it. A file that already opens with the new key is left alone: a rotation cut short
 * is finished by running it again.
 */
export function rekeyFile(path: string, oldKey: StoreKey, newKey: StoreKey): RekeyOutcome {
  if (opensWith(path, newKey)) return 'already';
  if (!opensWith(path, oldKey)) return 'unreadable';
  const temp = `${path}.rekeying`;
  removeDatabaseFile(temp);
  try {
    copyFileSync(path, temp);
    const db = openWithKey(temp, oldKey);
    try {
      // SQLite3 Multiple Ciphers cannot rekey a database in WAL mode.
      db.pragma('journal_mode = DELETE');
      db.pragma(`rekey="x'${newKey.toString('hex')}'"`);
    } finally {
      db.close();
    }
    const check = openWithKey(temp, newKey, { readonly: true });
    try {
      const problems = quickCheck(check);
      if (problems.length > 0) throw new Error(`the re-encrypted copy failed its check (${problems.slice(0, 3).join('; ')})`);
    } finally {
      check.close();
    }
    fsyncFile(temp);
    makePrivate(temp);
    renameSync(temp, path);
  } catch (error) {
    removeDatabaseFile(temp);
    throw error;
  }
  fsyncDir(dirname(path));
  return 'rekeyed';
}
