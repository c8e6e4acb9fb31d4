import Database from 'better-sqlite3';
import { cipherVersion, KEY_BYTES, type Store, type StoreKey } from '../store/cipher';

/**
 * Opens an existing encrypted file. The key must come before any other statement: even
 * `SELECT sqlite3mc_version()` reads page 1 and fails "file is not a database" without it, which
 * store/cipher.ts `applyKey` (build check first) then misreports as a plain SQLite build.
 * The build is still checked, after the key; nothing is written before it.
 */
export function openKeyed(path: string, key: StoreKey, options: Database.Options = {}): Store {
  if (key.length !== KEY_BYTES) throw new Error('The store key must be 32 bytes');
  const db = new Database(path, { fileMustExist: true, ...options });
  try {
    db.pragma(`key="x'${key.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    cipherVersion(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
