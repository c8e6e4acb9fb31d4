import type { Database } from 'better-sqlite3';

/**
 * Lists of people and organisations sort by the interface language's collation (`collation.ts`):
 * each row keeps a key in the store's sort language (a person two: by the name as written, and by
 * family name first where its parts are known; its country by the country's name in that language), written by the writers' inserts and by these
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
    UPDATE people SET country_sort = country_collation_key(country_code, (SELECT name FROM countries WHERE code = people.country_code))
      WHERE country_code IS NOT NULL;

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
    DROP TRIGGER people_sort_keys_insert;
    CREATE TRIGGER people_sort_keys_insert AFTER INSERT ON people
    WHEN (new.organisation_id IS NOT NULL AND new.organisation_sort IS NULL) OR (new.country_code IS NOT NULL AND new.country_sort IS NULL) BEGIN
      UPDATE people SET
        organisation_sort = (SELECT display_sort FROM organisations WHERE id = new.organisation_id),
        country_sort = country_collation_key(new.country_code, (SELECT name FROM countries WHERE code = new.country_code))
      WHERE rowid = new.rowid;
    END;
    DROP TRIGGER people_sort_keys_update;
    CREATE TRIGGER people_sort_keys_update AFTER UPDATE OF organisation_id, country_code ON people BEGIN
      UPDATE people SET
        organisation_sort = (SELECT display_sort FROM organisations WHERE id = new.organisation_id),
        country_sort = country_collation_key(new.country_code, (SELECT name FROM countries WHERE code = new.country_code))
      WHERE rowid = new.rowid;
    END;
    DROP TRIGGER countries_name_update;
    CREATE TRIGGER countries_name_update AFTER UPDATE OF name ON countries BEGIN
      UPDATE people SET country_sort = country_collation_key(new.code, new.name) WHERE country_code = new.code;
    END;
    CREATE TRIGGER organisations_collation_update AFTER UPDATE OF name ON organisations BEGIN
      UPDATE organisations SET collation_key = text_collation_key(new.name) WHERE rowid = old.rowid;
    END;
  `);
}
