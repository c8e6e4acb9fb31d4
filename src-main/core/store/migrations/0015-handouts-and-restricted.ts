import type { Database } from 'better-sqlite3';

/**
 * What may leave the organisation: a person can be kept off the lists handed out (they stay on the
 * internal list), and a conclusion or decision can be restricted (kept out of the report after the
 * meeting and the outcomes document sent out). Everyone and everything already recorded stays as
 * it was: on the lists, unrestricted.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE people ADD COLUMN on_handouts INTEGER NOT NULL DEFAULT 1 CHECK (on_handouts IN (0, 1));
    ALTER TABLE outcomes ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1));
  `);
}
