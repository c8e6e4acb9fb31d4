import type { Database } from 'better-sqlite3';

/**
 * An indicator such as "Officers involved" can count the officers recorded on the project's
 * entries (`project`) or on one indicator's entries (`indicator`, naming it), read live.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE indicators ADD COLUMN feed_officers TEXT CHECK (feed_officers IN ('project','indicator'));
    ALTER TABLE indicators ADD COLUMN feed_officers_indicator_id TEXT REFERENCES indicators(id) ON DELETE SET NULL;
    CREATE INDEX indicators_feed_officers ON indicators(feed_officers_indicator_id) WHERE feed_officers_indicator_id IS NOT NULL;
  `);
}
