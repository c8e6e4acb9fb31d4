import type { Database } from 'better-sqlite3';

/**
 * Rewriting every new row to fill its sort keys made bulk imports slow. Writers that know the
 * keys now give them in the INSERT; the trigger fills only what a writer left out.
 */
export function up(db: Database): void {
  db.exec(`
    DROP TRIGGER people_sort_keys_insert;
    CREATE TRIGGER people_sort_keys_insert AFTER INSERT ON people
    WHEN (new.organisation_id IS NOT NULL AND new.organisation_sort IS NULL) OR (new.country_code IS NOT NULL AND new.country_sort IS NULL) BEGIN
      UPDATE people SET
        organisation_sort = (SELECT display_sort FROM organisations WHERE id = new.organisation_id),
        country_sort = (SELECT name FROM countries WHERE code = new.country_code)
      WHERE rowid = new.rowid;
    END;
  `);
}
