import type { Database } from 'better-sqlite3';

/**
 * The numbered title of a series in other languages, for documents written in them: a JSON object
 * from a document language to a pattern with `{n}` where the number goes ("a {n}-a reuniune a
 * Grupului operativ antiterorist"). The events keep their English titles.
 */
export function up(db: Database): void {
  db.exec(`ALTER TABLE series ADD COLUMN titles TEXT NOT NULL DEFAULT '{}'`);
}
