import type { Database } from 'better-sqlite3';
import { certainParts, sortNameOf } from '../../people/names';

/**
 * A person's name in parts: rank or title, given names, family name, post-nominals, and the name
 * in another script ("Марко Петровић" beside "Marko Petrović"). `full_name` stays as it was; the
 * parts are filled only where the split is certain (two plain words), and the sort key drops
 * the titles in front ("Col. Marko Petrović" sorts under M). Every laptop runs the same fill,
 * so it is not a change to exchange.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE people ADD COLUMN honorific TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN given_names TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN family_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN post_nominals TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN other_script_name TEXT NOT NULL DEFAULT '';
  `);
  const parts = db.prepare('UPDATE people SET given_names = ?, family_name = ? WHERE id = ?');
  const sort = db.prepare('UPDATE people SET sort_name = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, full_name, sort_name FROM people').all() as Array<{ id: string; full_name: string; sort_name: string }>) {
    const split = certainParts(row.full_name);
    if (split) parts.run(split.givenNames, split.familyName, row.id);
    const key = sortNameOf(row.full_name);
    if (key !== row.sort_name) sort.run(key, row.id);
  }
}
