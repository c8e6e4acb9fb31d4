import type { Database } from 'better-sqlite3';

/**
 * Events are searched by the Latin forms of their title, venue and city too, as people and
 * organisations are since migrations 10 and 11: "beograd" finds a meeting in "Београд", "Σόφια" one in "Sofia".
 */
export function up(db: Database): void {
  db.exec(`
    DROP TRIGGER events_fts_insert;
    DROP TRIGGER events_fts_update;
    DROP TRIGGER events_fts_delete;
    DROP TABLE events_fts;
    CREATE VIRTUAL TABLE events_fts USING fts5(
      event_id UNINDEXED, title, venue_name, venue_city, notes, latin,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO events_fts(rowid, event_id, title, venue_name, venue_city, notes, latin)
      SELECT rowid, id, title, venue_name, venue_city, notes, latin_forms(title || ' ' || venue_name || ' ' || venue_city) FROM events;
    CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
      INSERT INTO events_fts(rowid, event_id, title, venue_name, venue_city, notes, latin)
      VALUES (new.rowid, new.id, new.title, new.venue_name, new.venue_city, new.notes, latin_forms(new.title || ' ' || new.venue_name || ' ' || new.venue_city));
    END;
    CREATE TRIGGER events_fts_update AFTER UPDATE OF title, venue_name, venue_city, notes ON events BEGIN
      UPDATE events_fts SET title = new.title, venue_name = new.venue_name, venue_city = new.venue_city, notes = new.notes,
        latin = latin_forms(new.title || ' ' || new.venue_name || ' ' || new.venue_city)
      WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
      DELETE FROM events_fts WHERE rowid = old.rowid;
    END;
  `);
}
