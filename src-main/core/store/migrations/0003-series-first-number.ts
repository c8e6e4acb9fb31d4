import type { Database } from 'better-sqlite3';

/**
 * A coordinator often starts keeping a series in Liaison at its 8th meeting: the series
 * remembers the number its first recorded meeting had, and counts on from there.
 */
export function up(db: Database): void {
  db.exec('ALTER TABLE series ADD COLUMN first_number INTEGER NOT NULL DEFAULT 1 CHECK (first_number >= 1)');
}
