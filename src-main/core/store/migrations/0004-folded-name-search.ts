import type { Database } from 'better-sqlite3';

/**
 * SQLite's tokenizer folds Latin diacritics only. Indexing the folded sort name as well lets
 * "Παπαδοπουλος" find "Παπαδόπουλος" and "petrovic" find "Petrović" whatever the script.
 */
export function up(db: Database): void {
  db.exec(`
    DROP TRIGGER people_fts_insert;
    DROP TRIGGER people_fts_update;
    DROP TRIGGER people_fts_delete;
    DROP TABLE people_fts;
    CREATE VIRTUAL TABLE people_fts USING fts5(
      person_id UNINDEXED, full_name, folded_name, position, emails, notes,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO people_fts(rowid, person_id, full_name, folded_name, position, emails, notes)
      SELECT rowid, id, full_name, sort_name, position, emails, notes FROM people;
    CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
      INSERT INTO people_fts(rowid, person_id, full_name, folded_name, position, emails, notes)
      VALUES (new.rowid, new.id, new.full_name, new.sort_name, new.position, new.emails, new.notes);
    END;
    CREATE TRIGGER people_fts_update AFTER UPDATE OF full_name, sort_name, position, emails, notes ON people BEGIN
      UPDATE people_fts SET full_name = new.full_name, folded_name = new.sort_name, position = new.position,
        emails = new.emails, notes = new.notes
      WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
      DELETE FROM people_fts WHERE rowid = old.rowid;
    END;
  `);
}
