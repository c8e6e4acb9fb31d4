import type { Database } from 'better-sqlite3';

/**
 * Organisations are searched by their names' Latin forms too, as people are since migration 10:
 * "ministarstvo unutrasnjih" finds "Министарство унутрашњих послова", "МУП" finds "MUP".
 */
export function up(db: Database): void {
  db.exec(`
    DROP TRIGGER organisations_fts_insert;
    DROP TRIGGER organisations_fts_update;
    DROP TRIGGER organisations_fts_delete;
    DROP TABLE organisations_fts;
    CREATE VIRTUAL TABLE organisations_fts USING fts5(
      organisation_id UNINDEXED, name, acronym, notes, latin,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO organisations_fts(rowid, organisation_id, name, acronym, notes, latin)
      SELECT rowid, id, name, acronym, notes, latin_forms(name || ' ' || acronym) FROM organisations;
    CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations BEGIN
      INSERT INTO organisations_fts(rowid, organisation_id, name, acronym, notes, latin)
      VALUES (new.rowid, new.id, new.name, new.acronym, new.notes, latin_forms(new.name || ' ' || new.acronym));
    END;
    CREATE TRIGGER organisations_fts_update AFTER UPDATE OF name, acronym, notes ON organisations BEGIN
      UPDATE organisations_fts SET name = new.name, acronym = new.acronym, notes = new.notes, latin = latin_forms(new.name || ' ' || new.acronym)
      WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER organisations_fts_delete AFTER DELETE ON organisations BEGIN
      DELETE FROM organisations_fts WHERE rowid = old.rowid;
    END;
  `);
}
