import { existsSync, rmSync } from 'node:fs';
import { AppError } from '../../../src-shared/errors';
import { rekeyFile } from '../backups';
import { DATABASE_FILE } from '../paths';
import { isNotADatabase, openWithKey, type StoreKey } from '../store/cipher';
import { DamagedStoreError, NewerDatabaseError, openReadOnly, openStore, quickCheck, type Store } from '../store/open';
import { swapIn } from './convert';

/** The store copied (VACUUM INTO, so under its key) to `copy` and re-encrypted there under the new key; the store itself is untouched. */
export function rekeyedCopy(db: Store, copy: string, oldKey: StoreKey, newKey: StoreKey): string {
  rmSync(copy, { force: true });
  db.prepare('VACUUM INTO ?').run(copy);
  rekeyFile(copy, oldKey, newKey);
  return copy;
}

/** A re-encrypted copy left by a rotation cut short is swapped in only if it opens with the key and passes its check. */
function verifyFile(path: string, key: StoreKey): void {
  const db = openWithKey(path, key, { readonly: true });
  try {
    const problems = quickCheck(db);
    if (problems.length > 0) throw new Error(`The re-encrypted copy failed its check: ${problems[0]}`);
  } finally {
    db.close();
  }
}


/**
 * Opens the store with the key, finishing a rotation cut short (the new key stored, the re-encrypted
 * copy not yet swapped in). A damaged file opens read-only; "not a database" and "newer version" say what to do.
 */
export async function openWithKeyOrSay(storePath: string, key: StoreKey, beforeMigration: (db: Store) => void): Promise<{ db: Store; damaged: boolean }> {
  const rotating = `${storePath}.rotating`;
  const open = () => openStore(storePath, { key, beforeMigration });
  try {
    let db: Store;
    try {
      db = await open();
    } catch (error) {
      if (!isNotADatabase(error) || !existsSync(rotating)) throw error;
      verifyFile(rotating, key);
      swapIn(rotating, storePath);
      db = await open();
    }
    rmSync(rotating, { force: true });
    return { db, damaged: false };
  } catch (error) {
    if (error instanceof DamagedStoreError) {
      rmSync(rotating, { force: true });
      return { db: openReadOnly(storePath, key), damaged: true };
    }
    if (isNotADatabase(error)) {
      throw new AppError(
        'conflict',
        `${DATABASE_FILE} is not a store this key opens: the file was replaced by another, or was never a Liaison store. ` +
          'Put the right file back, or move it away and restore a backup.',
      );
    }
    if (error instanceof NewerDatabaseError) throw new AppError('conflict', error.message);
    throw error;
  }
}
