import type { Database } from 'better-sqlite3';

/**
 * Nominations back in (issue 16): each delegation's answer to an event's invitation, the people its
 * returned nomination form named, and who replaced whom on the roster. Coordinators share all three,
 * so join rows carry the natural ids laptops agree on and the history keeps names that outlive a person.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE delegation_answers (
      id             TEXT PRIMARY KEY,
      event_id       TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      delegation_key TEXT NOT NULL,
      status         TEXT NOT NULL CHECK (status IN ('invited', 'acknowledged', 'nominated', 'confirmed', 'declined')),
      -- The return date of the last pack issued to the delegation; null when no pack was.
      deadline       TEXT,
      invited_at     TEXT,
      answered_at    TEXT,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      UNIQUE (event_id, delegation_key)
    ) STRICT;
    CREATE TABLE nominations (
      id             TEXT PRIMARY KEY,
      event_id       TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      person_id      TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      delegation_key TEXT NOT NULL,
      role           TEXT NOT NULL,
      arrival        TEXT,
      departure      TEXT,
      visa_letter    INTEGER CHECK (visa_letter IN (0, 1)),
      file_name      TEXT NOT NULL,
      form_row       INTEGER NOT NULL,
      received_at    TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      UNIQUE (event_id, delegation_key, person_id)
    ) STRICT;
    CREATE INDEX nominations_person ON nominations(person_id);
    CREATE TABLE substitutions (
      id                    TEXT PRIMARY KEY,
      event_id              TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      replaced_person_id    TEXT REFERENCES people(id) ON DELETE SET NULL,
      replacement_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
      -- Names as they were, so the history still reads once a person is deleted or renamed.
      replaced_name         TEXT NOT NULL,
      replacement_name      TEXT NOT NULL,
      role                  TEXT NOT NULL,
      delegation_key        TEXT NOT NULL DEFAULT '',
      source                TEXT NOT NULL CHECK (source IN ('form', 'manual')),
      substituted_at        TEXT NOT NULL,
      created_at            TEXT NOT NULL,
      updated_at            TEXT NOT NULL
    ) STRICT;
    CREATE INDEX substitutions_event ON substitutions(event_id);
    CREATE INDEX substitutions_replaced ON substitutions(replaced_person_id);
    CREATE INDEX substitutions_replacement ON substitutions(replacement_person_id);
  `);
}
