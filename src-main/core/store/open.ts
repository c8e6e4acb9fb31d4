import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { collationKey, countryCollationKey, storeSortLocale } from '../collation';
import { latinForms } from '../latin';
import { nameWithoutTitles } from '../people/names';
import { applyKey, type Store, type StoreKey } from './cipher';
import { checkMigrationOrder, latestVersion, type Migration, migrations as allMigrations } from './migrations';

export type { Store, StoreKey } from './cipher';

/** Thrown when the file was written by a newer Liaison: opening it could lose data. */
export class NewerDatabaseError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(
      `This data file was written by a newer version of Liaison (schema ${found}; this version knows up to ${supported}). ` +
        'Update Liaison to open it; the file was not changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Thrown when the file opens with its key but fails SQLite's quick_check: it must not take a write. */
export class DamagedStoreError extends Error {
  constructor(readonly problems: string[]) {
    super(`The data file is damaged: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'DamagedStoreError';
  }
}

export interface OpenOptions {
  key: StoreKey;
  /** Runs before the first migration of an existing store, e.g. to take a backup. */
  beforeMigration?: (db: Store, fromVersion: number) => void;
  migrations?: readonly Migration[];
}

/** The data folder is the user's alone: 0700, and every file in it 0600. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
}

export function makePrivate(path: string): void {
  if (process.platform === 'win32') return;
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

export async function openStore(path: string, options: OpenOptions): Promise<Store> {
  ensurePrivateDir(dirname(path));
  const db = new Database(path);
  try {
    applyKey(db, options.key);
    const problems = quickCheck(db);
    if (problems.length > 0) throw new DamagedStoreError(problems);
    configure(db);
    makePrivate(path);
    migrate(db, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A damaged store, opened so its data can still be read and copied out; SQLite refuses every write. */
export function openReadOnly(path: string, key: StoreKey): Store {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    db.pragma('query_only = ON');
    registerFunctions(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLite's quick_check: the problems it found, none when the file is sound. */
export function quickCheck(db: Store): string[] {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[];
  } catch (error) {
    // A page damaged where the check itself must read (a b-tree's header) stops it: that is damage too, not a crash.
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') return [(error as Error).message];
    throw error;
  }
  // One row may hold many problems, a line each under a "*** in database main ***" heading: one a line, without it.
  return rows
    .flatMap((r) => r.quick_check.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line && line !== 'ok' && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
}

/** The pragmas and SQL functions of every connection to a store that writes (the benchmark's twins too). */
export function configure(db: Store): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Temporary tables and indices are not encrypted on disk; deleted rows are overwritten, not left in free pages.
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  // 64 MiB of page cache (default 2 MiB): imports of tens of thousands of rows touch many index pages.
  db.pragma('cache_size = -65536');
  // The WAL is copied back into the file after a write has answered (checkpointSoon), not inside the
  // commit that crossed SQLite's 1,000-page threshold: that copy was a third of a 5,000-event import.
  // A committed WAL is as durable as the file (synchronous FULL); the higher threshold stays as the
  // backstop for a writer that never calls checkpointSoon.
  db.pragma(`wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`);
  registerFunctions(db);
}

const WAL_BACKSTOP_PAGES = 16_384;
const checkpointPending = new WeakSet<Store>();

/** Copies the WAL into the store once the current call has answered; calls in a row share one checkpoint. */
export function checkpointSoon(db: Store): void {
  if (checkpointPending.has(db)) return;
  checkpointPending.add(db);
  setImmediate(() => {
    checkpointPending.delete(db);
    // PASSIVE never waits on a reader; a store closed or locked meanwhile has already been checkpointed by its close.
    // A checkpoint that fails loses nothing (the WAL keeps every commit): the next one, or the close, copies it.
    try {
      if (db.open && !db.readonly && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
    } catch {}
  });
}

/** SQL functions the schema's triggers call; every connection to a store registers them before it writes. */
export function registerFunctions(db: Store): void {
  // A name's Latin forms, for search across scripts (migration 10's search triggers).
  db.function('latin_forms', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? latinForms(text) : null));
  // Sort keys in the store's sort language (migration 20's triggers and the writers' inserts); not
  // deterministic, as that language changes with the interface's.
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  const key = (text: string) => collationKey(text, storeSortLocale(db));
  db.function('person_collation_key', { deterministic: false }, (fullName: unknown, honorific: unknown) => key(nameWithoutTitles(str(fullName), str(honorific))));
  db.function('family_collation_key', { deterministic: false }, (fullName: unknown, honorific: unknown, given: unknown, family: unknown) =>
    key(str(family) ? `${str(family)} ${str(given)}` : nameWithoutTitles(str(fullName), str(honorific))),
  );
  db.function('text_collation_key', { deterministic: false }, (text: unknown) => key(str(text)));
  db.function('country_collation_key', { deterministic: false }, (code: unknown, storedName: unknown) =>
    typeof code === 'string' ? countryCollationKey(code, str(storedName), storeSortLocale(db)) : null,
  );
}

export function schemaVersion(db: Store): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Store, options: OpenOptions): void {
  const list = options.migrations ?? allMigrations;
  checkMigrationOrder(list);
  const current = schemaVersion(db);
  const latest = latestVersion(list);
  if (current > latest) throw new NewerDatabaseError(current, latest);
  if (current === latest) return;
  if (current > 0) options.beforeMigration?.(db, current);
  for (const m of list.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export function closeStore(db: Store): void {
  if (!db.open) return;
  if (!db.readonly) db.pragma('optimize');
  db.close();
}
