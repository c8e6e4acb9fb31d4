import type { Database } from 'better-sqlite3';

/**
 * Invitation packs (issue 16): the letter template a body's invitations are written from, and the
 * iCalendar SEQUENCE last sent for an event with what it said, so that a pack issued after the
 * event changed carries a higher SEQUENCE and calendars replace the meeting instead of adding one.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE invitation_templates (
      body_id      TEXT PRIMARY KEY REFERENCES bodies(id) ON DELETE CASCADE,
      subject      TEXT NOT NULL,
      letter       TEXT NOT NULL,
      email        TEXT NOT NULL,
      signature    TEXT NOT NULL,
      sender_name  TEXT NOT NULL DEFAULT '',
      sender_email TEXT NOT NULL DEFAULT '',
      updated_at   TEXT NOT NULL
    ) STRICT;
    CREATE TABLE invitation_issues (
      event_id     TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
      sequence     INTEGER NOT NULL CHECK (sequence >= 0),
      -- What the calendar invitation said when it was issued: a change to it raises the sequence.
      fingerprint  TEXT NOT NULL,
      issued_at    TEXT NOT NULL
    ) STRICT;
  `);
}
