import Database from 'better-sqlite3';

export type Store = Database.Database;

/** The store's key: 32 random bytes, only ever in memory or wrapped (see vault/keyring.ts). */
export type StoreKey = Buffer;

export const KEY_BYTES = 32;

/**
 * Gives SQLite3 Multiple Ciphers the raw key. Plain better-sqlite3 would ignore `PRAGMA key`
 * and write plaintext, so the cipher build is checked before the key is given.
 */
export function applyKey(db: Store, key: StoreKey): void {
  if (key.length !== KEY_BYTES) throw new Error('The store key must be 32 bytes');
  cipherVersion();
  db.pragma(`key="x'${key.toString('hex')}'"`);
}

let version: string | null = null;

/**
 * The SQLite3 Multiple Ciphers version, or an error if the plain SQLite build was loaded. Asked
 * of an empty in-memory database: an encrypted file answers nothing before its key is given.
 */
export function cipherVersion(): string {
  if (version) return version;
  const probe = new Database(':memory:');
  try {
    version = (probe.prepare('SELECT sqlite3mc_version() AS v').get() as { v: string }).v;
    return version;
  } catch {
    throw new Error('This build of SQLite cannot encrypt (better-sqlite3-multiple-ciphers is not the one loaded); refusing to write plaintext');
  } finally {
    probe.close();
  }
}

/** Opens a store file with its key, as a reader would: throws "file is not a database" for a wrong key. */
export function openWithKey(path: string, key: StoreKey, options: Database.Options = {}): Store {
  const db = new Database(path, { fileMustExist: true, ...options });
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLite's "not a database": a wrong key, or a file that was never a Liaison store. */
export function isNotADatabase(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'SQLITE_NOTADB';
}
