import type { Database } from 'better-sqlite3';

/**
 * Lists of people and organisations sort by the interface language's collation (`collation.ts`):
 * each row keeps a key in the store's sort language (a person two: by the name as written, and by
 * family name first where its parts are known), written by the writers' inserts and by these
 * triggers, and rewritten whole when that language changes. The folded `sort_name` stays for search
 * and matching. Pages by name, organisation and country, and of one country's people, are read from
 * indexes of the key; the smaller groups (an organisation's people, contact points, a position)
 * sort their page by it, so fewer indexes are built again when the language changes.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE people ADD COLUMN collation_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN family_collation_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE organisations ADD COLUMN collation_key TEXT NOT NULL DEFAULT '';
    UPDATE people SET collation_key = person_collation_key(full_name, honorific),
      family_collation_key = family_collation_key(full_name, honorific, given_names, family_name);
    UPDATE organisations SET collation_key = text_collation_key(name);

    CREATE INDEX people_collation ON people(collation_key, id);
    CREATE INDEX people_family_collation ON people(family_collation_key, id);
    CREATE INDEX organisations_collation ON organisations(collation_key, id);
    DROP INDEX people_country_name;
    CREATE INDEX people_country_name ON people(country_code, collation_key, id);
    DROP INDEX people_organisation_sort;
    CREATE INDEX people_organisation_sort ON people(organisation_sort, collation_key, id);
    DROP INDEX people_country_sort;
    CREATE INDEX people_country_sort ON people(country_sort, collation_key, id);

    CREATE TRIGGER people_collation_update AFTER UPDATE OF full_name, honorific, given_names, family_name ON people BEGIN
      UPDATE people SET collation_key = person_collation_key(new.full_name, new.honorific),
        family_collation_key = family_collation_key(new.full_name, new.honorific, new.given_names, new.family_name)
      WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER organisations_collation_update AFTER UPDATE OF name ON organisations BEGIN
      UPDATE organisations SET collation_key = text_collation_key(new.name) WHERE rowid = old.rowid;
    END;
  `);
}
