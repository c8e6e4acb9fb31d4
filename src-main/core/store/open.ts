import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { checkMigrationOrder, latestVersion, type Migration, migrations as allMigrations } from './migrations';

export type Store = Database.Database;

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

export interface OpenOptions {
  /** Where backups taken before a migration go. Defaults to `backups/` beside the file. */
  backupDir?: string;
  migrations?: readonly Migration[];
}

export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    configure(db);
    await migrate(db, path, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Store): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache (default 2 MiB): imports of tens of thousands of rows touch many index pages.
  db.pragma('cache_size = -65536');
}

export function schemaVersion(db: Store): number {
  return db.pragma('user_version', { simple: true }) as number;
}

async function migrate(db: Store, path: string, options: OpenOptions): Promise<void> {
  const list = options.migrations ?? allMigrations;
  checkMigrationOrder(list);
  const current = schemaVersion(db);
  const latest = latestVersion(list);
  if (current > latest) throw new NewerDatabaseError(current, latest);
  if (current === latest) return;
  if (current > 0) {
    const backupDir = options.backupDir ?? join(dirname(path), 'backups');
    mkdirSync(backupDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await db.backup(join(backupDir, `liaison-schema${current}-${stamp}.sqlite`));
  }
  for (const m of list.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export function closeStore(db: Store): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
