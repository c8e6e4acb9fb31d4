import type { Database } from 'better-sqlite3';
import { foldNocase, naturalId } from '../../ids';

/** Join rows keyed by what they join, in the order a key may depend on another table's re-keyed id. */
const NATURAL_KEYS: ReadonlyArray<{ table: string; key: string }> = [
  { table: 'tags', key: 'fold_nocase(name)' },
  { table: 'event_tags', key: 'event_id, tag_id' },
  { table: 'event_organisers', key: 'event_id, organisation_id' },
  { table: 'participations', key: 'event_id, person_id' },
  { table: 'body_members', key: 'body_id, country_code, organisation_id' },
  { table: 'agenda_days', key: 'event_id, day' },
  { table: 'agenda_item_speakers', key: 'item_id, person_id' },
  { table: 'event_projects', key: 'event_id, project_id' },
  { table: 'indicator_targets', key: 'indicator_id, country_code, period_key' },
  { table: 'entry_countries', key: 'entry_id, country_code' },
];

/**
 * Exchange between laptops: the change log (one message per changed cell, stamped with a hybrid
 * logical clock), the merkle summary of it per minute, messages waiting for what they need, the
 * laptops heard from, and conflicts. Join rows get ids made from their natural keys, so that two
 * laptops adding the same participant make the same row.
 */
export function up(db: Database): void {
  db.function('natural_id', { deterministic: true, varargs: true }, (table: unknown, ...parts: unknown[]) =>
    naturalId(String(table), parts as Array<string | number | null>),
  );
  db.function('fold_nocase', { deterministic: true }, (name: unknown) => foldNocase(String(name)));
  // Tags are re-keyed under their event links: both sides change in one statement each, checked at commit.
  db.pragma('defer_foreign_keys = ON');
  for (const { table, key } of NATURAL_KEYS) {
    if (table === 'event_tags') {
      db.exec(`UPDATE event_tags SET tag_id = (SELECT natural_id('tags', fold_nocase(name)) FROM tags WHERE tags.id = event_tags.tag_id)`);
    }
    db.exec(`UPDATE ${table} SET id = natural_id('${table}', ${key}) WHERE id IS NOT natural_id('${table}', ${key})`);
  }
  db.exec(`
    -- The names of datasets and columns, stored in the log as these codes.
    CREATE TABLE exchange_names (
      code  INTEGER PRIMARY KEY,
      name  TEXT NOT NULL UNIQUE
    ) STRICT;

    -- The log, one row per message, kept in cell order (the cell is the key: no second index).
    -- stamp: 16 bytes that sort as the stamp's text (6 of milliseconds, 2 of counter, 8 of node);
    -- row: a UUID's 16 bytes, other ids as text.
    CREATE TABLE exchange_log (
      dataset  INTEGER NOT NULL,
      row      ANY NOT NULL,
      column   INTEGER NOT NULL,
      stamp    BLOB NOT NULL,
      -- JSON of the value; NULL once erased (a deleted person's data leaves the log, the stamp stays).
      value    TEXT,
      PRIMARY KEY (dataset, row, column, stamp)
    ) STRICT, WITHOUT ROWID;

    -- The newest stamp held from each laptop: what a bundle says its sender holds.
    CREATE TABLE exchange_nodes (
      node    TEXT PRIMARY KEY,
      newest  BLOB NOT NULL
    ) STRICT, WITHOUT ROWID;

    -- The log as the messages that travel (exchange_stamp is defined by the exchange on its connection).
    CREATE VIEW exchange_messages AS
      SELECT exchange_stamp(l.stamp) AS timestamp, d.name AS dataset,
             CASE typeof(l.row) WHEN 'blob' THEN lower(substr(hex(l.row), 1, 8) || '-' || substr(hex(l.row), 9, 4) || '-' || substr(hex(l.row), 13, 4)
               || '-' || substr(hex(l.row), 17, 4) || '-' || substr(hex(l.row), 21)) ELSE l.row END AS row,
             c.name AS column, l.value AS value
      FROM exchange_log AS l JOIN exchange_names AS d ON d.code = l.dataset JOIN exchange_names AS c ON c.code = l.column;

    -- XOR of the hashes of the messages stamped in each minute: the merkle trie is built from these.
    CREATE TABLE exchange_minutes (
      minute  INTEGER PRIMARY KEY,
      hash    INTEGER NOT NULL
    ) STRICT;

    -- Messages received but not applied yet: a parent row not arrived, a column this version lacks,
    -- a clock too far ahead.
    CREATE TABLE exchange_waiting (
      timestamp  TEXT PRIMARY KEY,
      dataset    TEXT NOT NULL,
      row        TEXT NOT NULL,
      column     TEXT NOT NULL,
      value      TEXT,
      reason     TEXT NOT NULL CHECK (reason IN ('column','clock'))
    ) STRICT;

    -- Rows the log describes that are not in their table yet: a parent not arrived, a column missing.
    CREATE TABLE exchange_pending_rows (
      dataset  TEXT NOT NULL,
      row      TEXT NOT NULL,
      PRIMARY KEY (dataset, row)
    ) STRICT;

    CREATE TABLE exchange_state (
      key    TEXT PRIMARY KEY,
      value  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE exchange_laptops (
      node           TEXT PRIMARY KEY,
      name           TEXT NOT NULL DEFAULT '',
      -- The newest stamp received from this laptop, and when we last exchanged with it.
      last_stamp     TEXT,
      last_exchange  TEXT,
      -- What it holds as its last bundle said (JSON: the newest stamp it has from each laptop): what to send it next.
      holds          TEXT,
      removed        INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0,1))
    ) STRICT;

    CREATE TABLE exchange_conflicts (
      id              TEXT PRIMARY KEY,
      dataset         TEXT NOT NULL,
      row             TEXT NOT NULL,
      column          TEXT NOT NULL,
      kept_value      TEXT,
      kept_stamp      TEXT NOT NULL,
      other_value     TEXT,
      other_stamp     TEXT NOT NULL,
      resolved_at     TEXT,
      created_at      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX exchange_conflicts_row ON exchange_conflicts(dataset, row) WHERE resolved_at IS NULL;
  `);
}
