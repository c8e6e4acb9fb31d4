import type { Database } from 'better-sqlite3';

/**
 * Reports issued to the donor (issue 16): an indicator that must go down, the record of each report
 * as sent (its period and every figure it gave, as JSON, so the document can be told apart from
 * later corrections), and the reopening of an issued period with the reason for it. A day is locked
 * while the latest issue covering it is newer than the latest reopening covering it: the next issue
 * relocks without touching the reopening's record.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE indicators ADD COLUMN decreasing INTEGER NOT NULL DEFAULT 0 CHECK (decreasing IN (0, 1));
    CREATE TABLE report_issues (
      id          TEXT PRIMARY KEY,
      project_id  TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      issued_on   TEXT NOT NULL,
      period_from TEXT NOT NULL,
      period_to   TEXT NOT NULL CHECK (period_to >= period_from),
      issued_by   TEXT NOT NULL DEFAULT '',
      figures     TEXT NOT NULL CHECK (json_valid(figures)),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX report_issues_project ON report_issues(project_id, period_from);
    CREATE TABLE period_unlocks (
      id          TEXT PRIMARY KEY,
      project_id  TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      issue_id    TEXT REFERENCES report_issues(id) ON DELETE SET NULL,
      period_from TEXT NOT NULL,
      period_to   TEXT NOT NULL CHECK (period_to >= period_from),
      reason      TEXT NOT NULL CHECK (length(reason) > 0),
      unlocked_on TEXT NOT NULL,
      unlocked_by TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX period_unlocks_project ON period_unlocks(project_id, period_from);
  `);
}
