import type { Database } from 'better-sqlite3';

/**
 * The language of the last pack each delegation was sent, so that a reminder is written in it too.
 * Shared between laptops like the rest of the answer; answers from before this say English.
 */
export function up(db: Database): void {
  db.exec(`ALTER TABLE delegation_answers ADD COLUMN language TEXT NOT NULL DEFAULT 'en';`);
}
