import type { Database } from 'better-sqlite3';

/**
 * Progress sums counts over hundreds of thousands of entries. Per project, the count in the index
 * lets those sums read the index alone; for the portfolio of every project, running totals per
 * indicator kept by triggers spare even that.
 */
export function up(db: Database): void {
  db.exec(`
    DROP INDEX indicator_entries_indicator;
    CREATE INDEX indicator_entries_indicator ON indicator_entries(indicator_id, occurred_on, count);

    CREATE TABLE indicator_totals (
      indicator_id  TEXT PRIMARY KEY REFERENCES indicators(id) ON DELETE CASCADE,
      total         REAL NOT NULL DEFAULT 0,
      entries       INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO indicator_totals (indicator_id, total, entries)
      SELECT indicator_id, total(count), count(*) FROM indicator_entries GROUP BY indicator_id;

    CREATE TRIGGER indicator_totals_insert AFTER INSERT ON indicator_entries BEGIN
      INSERT INTO indicator_totals (indicator_id, total, entries) VALUES (new.indicator_id, new.count, 1)
        ON CONFLICT (indicator_id) DO UPDATE SET total = total + excluded.total, entries = entries + 1;
    END;
    CREATE TRIGGER indicator_totals_delete AFTER DELETE ON indicator_entries BEGIN
      UPDATE indicator_totals SET total = total - old.count, entries = entries - 1 WHERE indicator_id = old.indicator_id;
    END;
    CREATE TRIGGER indicator_totals_update AFTER UPDATE OF indicator_id, count ON indicator_entries BEGIN
      UPDATE indicator_totals SET total = total - old.count, entries = entries - 1 WHERE indicator_id = old.indicator_id;
      INSERT INTO indicator_totals (indicator_id, total, entries) VALUES (new.indicator_id, new.count, 1)
        ON CONFLICT (indicator_id) DO UPDATE SET total = total + excluded.total, entries = entries + 1;
    END;
  `);
}
