import type { Database } from 'better-sqlite3';

/**
 * The agenda needs the planned hours of each day (to flag items that run past them) and
 * reusable skeletons. Session and item times are wall-clock `HH:MM` in the event's zone.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE agenda_days (
      id          TEXT PRIMARY KEY,
      event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      day         TEXT NOT NULL,
      starts_at   TEXT NOT NULL,
      ends_at     TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      UNIQUE (event_id, day),
      CHECK (ends_at > starts_at)
    ) STRICT;

    CREATE TABLE agenda_templates (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
      skeleton    TEXT NOT NULL CHECK (json_valid(skeleton)),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE INDEX agenda_sessions_day ON agenda_sessions(event_id, day);
    CREATE INDEX outcomes_item ON outcomes(agenda_item_id);
    CREATE INDEX action_items_item ON action_items(agenda_item_id);
  `);
}
