import type { Database } from 'better-sqlite3';

/**
 * Cells whose values this laptop erased from its log (a deleted person's), waiting to be erased on the
 * sync server too: the server holds them sealed and cannot tell which are a person's, so the laptop
 * sends each stamp again without its value. Emptied once the server has them, or when another server
 * is set (it is sent the log as it is now).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE exchange_erased (
      stamp    BLOB PRIMARY KEY,
      dataset  INTEGER NOT NULL,
      row      ANY NOT NULL,
      column   INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
