import type { Database } from 'better-sqlite3';

/**
 * The search index's folded name becomes the name's Latin forms (latin.ts, through the `latin_forms`
 * function every connection registers), so "jovanovic" finds "Јовановић" and "alexiou" "Αλεξίου".
 * Derived data, not replicated: every laptop computes it.
 */
export function up(db: Database): void {
  db.exec(`
    DROP TRIGGER people_fts_insert;
    DROP TRIGGER people_fts_update;
    CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
      INSERT INTO people_fts(rowid, person_id, full_name, folded_name, position, emails, notes)
      VALUES (new.rowid, new.id, new.full_name, latin_forms(new.full_name), new.position, new.emails, new.notes);
    END;
    CREATE TRIGGER people_fts_update AFTER UPDATE OF full_name, position, emails, notes ON people BEGIN
      UPDATE people_fts SET full_name = new.full_name, folded_name = latin_forms(new.full_name), position = new.position,
        emails = new.emails, notes = new.notes
      WHERE rowid = old.rowid;
    END;
    UPDATE people_fts SET folded_name = (SELECT latin_forms(full_name) FROM people WHERE people.rowid = people_fts.rowid);
  `);
}
