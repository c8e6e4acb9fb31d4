import type { Database } from 'better-sqlite3';

/**
 * The whole domain of DESIGN.md. Every row has a UUIDv7 `id` (sortable, unique across
 * laptops for later exchange) and `created_at`/`updated_at` in ISO 8601 UTC.
 * Times of events are stored as UTC instants plus the event's IANA zone.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE countries (
      id          TEXT PRIMARY KEY,
      code        TEXT NOT NULL UNIQUE CHECK (length(code) = 2),
      name        TEXT NOT NULL,
      local_name  TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE organisations (
      id            TEXT PRIMARY KEY,
      name          TEXT NOT NULL,
      sort_name     TEXT NOT NULL,
      acronym       TEXT NOT NULL DEFAULT '',
      -- Folded acronym, or name where there is none: how the organisation is shown in lists of people.
      display_sort  TEXT NOT NULL DEFAULT '',
      kind          TEXT NOT NULL CHECK (kind IN ('national_agency','ministry','international_organisation','ngo','academic','private','other')),
      country_code  TEXT REFERENCES countries(code) ON UPDATE CASCADE,
      parent_id     TEXT REFERENCES organisations(id) ON DELETE SET NULL,
      website       TEXT NOT NULL DEFAULT '',
      notes         TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX organisations_sort_name ON organisations(sort_name, id);
    CREATE INDEX organisations_country ON organisations(country_code);
    CREATE INDEX organisations_parent ON organisations(parent_id);

    CREATE TABLE people (
      id               TEXT PRIMARY KEY,
      full_name        TEXT NOT NULL,
      -- Folded for ordering: lower case, diacritics removed, so Šola sorts with S.
      sort_name        TEXT NOT NULL,
      position         TEXT NOT NULL DEFAULT '',
      organisation_id  TEXT REFERENCES organisations(id) ON DELETE SET NULL,
      country_code     TEXT REFERENCES countries(code) ON UPDATE CASCADE,
      emails           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails)),
      phones           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
      languages        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
      is_spoc          INTEGER NOT NULL DEFAULT 0 CHECK (is_spoc IN (0,1)),
      notes            TEXT NOT NULL DEFAULT '',
      -- Copies of the organisation's display_sort and the country's name, kept by the triggers
      -- below, so that sorting 60,000 people by either walks an index instead of sorting them all.
      organisation_sort TEXT,
      country_sort     TEXT,
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_sort_name ON people(sort_name, id);
    CREATE INDEX people_organisation_sort ON people(organisation_sort, sort_name, id);
    CREATE INDEX people_country_sort ON people(country_sort, sort_name, id);
    CREATE INDEX people_position ON people(position COLLATE NOCASE, sort_name, id);
    CREATE TRIGGER people_sort_keys_insert AFTER INSERT ON people
    WHEN new.organisation_id IS NOT NULL OR new.country_code IS NOT NULL BEGIN
      UPDATE people SET
        organisation_sort = (SELECT display_sort FROM organisations WHERE id = new.organisation_id),
        country_sort = (SELECT name FROM countries WHERE code = new.country_code)
      WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER people_sort_keys_update AFTER UPDATE OF organisation_id, country_code ON people BEGIN
      UPDATE people SET
        organisation_sort = (SELECT display_sort FROM organisations WHERE id = new.organisation_id),
        country_sort = (SELECT name FROM countries WHERE code = new.country_code)
      WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER organisations_display_sort_update AFTER UPDATE OF display_sort ON organisations BEGIN
      UPDATE people SET organisation_sort = new.display_sort WHERE organisation_id = new.id;
    END;
    CREATE TRIGGER countries_name_update AFTER UPDATE OF name ON countries BEGIN
      UPDATE people SET country_sort = new.name WHERE country_code = new.code;
    END;
    CREATE INDEX people_country_name ON people(country_code, sort_name, id);
    CREATE INDEX people_spoc ON people(is_spoc, sort_name, id);
    CREATE INDEX people_organisation_name ON people(organisation_id, sort_name, id);
    CREATE INDEX people_updated ON people(updated_at);

    CREATE TABLE bodies (
      id               TEXT PRIMARY KEY,
      name             TEXT NOT NULL,
      acronym          TEXT NOT NULL DEFAULT '',
      kind             TEXT NOT NULL CHECK (kind IN ('task_force','association','committee','network','working_group','other')),
      parent_org_id    TEXT REFERENCES organisations(id) ON DELETE SET NULL,
      founded_on       TEXT,
      description      TEXT NOT NULL DEFAULT '',
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX bodies_parent ON bodies(parent_org_id);

    CREATE TABLE body_members (
      id            TEXT PRIMARY KEY,
      body_id       TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
      country_code  TEXT REFERENCES countries(code) ON UPDATE CASCADE,
      organisation_id TEXT REFERENCES organisations(id) ON DELETE CASCADE,
      kind          TEXT NOT NULL CHECK (kind IN ('member_state','observer','operational_partner')),
      since         TEXT,
      until         TEXT,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      CHECK ((country_code IS NULL) <> (organisation_id IS NULL))
    ) STRICT;
    CREATE INDEX body_members_body ON body_members(body_id);
    CREATE UNIQUE INDEX body_members_unique ON body_members(body_id, ifnull(country_code, ''), ifnull(organisation_id, ''));

    -- Chair, presidency or coordination terms: who held it, from when to when.
    CREATE TABLE chair_terms (
      id                TEXT PRIMARY KEY,
      body_id           TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
      role              TEXT NOT NULL CHECK (role IN ('chair','presidency','coordinator','secretariat')),
      holder_country_code TEXT REFERENCES countries(code) ON UPDATE CASCADE,
      holder_org_id     TEXT REFERENCES organisations(id) ON DELETE CASCADE,
      starts_on         TEXT NOT NULL,
      ends_on           TEXT,
      notes             TEXT NOT NULL DEFAULT '',
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL,
      CHECK ((holder_country_code IS NULL) <> (holder_org_id IS NULL)),
      CHECK (ends_on IS NULL OR ends_on >= starts_on)
    ) STRICT;
    CREATE INDEX chair_terms_body ON chair_terms(body_id, starts_on);

    CREATE TABLE series (
      id          TEXT PRIMARY KEY,
      body_id     TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
      name        TEXT NOT NULL,
      event_kind  TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX series_body ON series(body_id);

    CREATE TABLE events (
      id                TEXT PRIMARY KEY,
      kind              TEXT NOT NULL CHECK (kind IN ('task_force_meeting','workshop','conference','general_assembly','roundtable','training','bilateral_meeting','call','other')),
      title             TEXT NOT NULL,
      body_id           TEXT REFERENCES bodies(id) ON DELETE SET NULL,
      series_id         TEXT REFERENCES series(id) ON DELETE SET NULL,
      series_number     INTEGER,
      starts_at         TEXT NOT NULL,
      ends_at           TEXT NOT NULL,
      time_zone         TEXT NOT NULL,
      all_day           INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0,1)),
      venue_name        TEXT NOT NULL DEFAULT '',
      venue_city        TEXT NOT NULL DEFAULT '',
      venue_country_code TEXT REFERENCES countries(code) ON UPDATE CASCADE,
      host_org_id       TEXT REFERENCES organisations(id) ON DELETE SET NULL,
      funding_programme TEXT NOT NULL DEFAULT '',
      audience          TEXT NOT NULL DEFAULT '',
      status            TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','confirmed','held','postponed','cancelled')),
      notes             TEXT NOT NULL DEFAULT '',
      ical_uid          TEXT UNIQUE,
      ical_sequence     INTEGER NOT NULL DEFAULT 0,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL,
      CHECK (ends_at >= starts_at)
    ) STRICT;
    CREATE INDEX events_range ON events(starts_at, ends_at);
    CREATE INDEX events_ends ON events(ends_at);
    CREATE INDEX events_body ON events(body_id, starts_at);
    CREATE INDEX events_series ON events(series_id, starts_at);
    CREATE INDEX events_venue_country ON events(venue_country_code);

    CREATE TABLE event_organisers (
      id               TEXT PRIMARY KEY,
      event_id         TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      organisation_id  TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      UNIQUE (event_id, organisation_id)
    ) STRICT;
    CREATE INDEX event_organisers_org ON event_organisers(organisation_id);

    CREATE TABLE event_links (
      id          TEXT PRIMARY KEY,
      event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      label       TEXT NOT NULL DEFAULT '',
      url         TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX event_links_event ON event_links(event_id);

    CREATE TABLE tags (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE event_tags (
      id          TEXT PRIMARY KEY,
      event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      tag_id      TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      UNIQUE (event_id, tag_id)
    ) STRICT;
    CREATE INDEX event_tags_tag ON event_tags(tag_id);

    CREATE TABLE participations (
      id                  TEXT PRIMARY KEY,
      event_id            TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      person_id           TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      role                TEXT NOT NULL DEFAULT 'delegate' CHECK (role IN ('head_of_delegation','delegate','speaker','chair','observer','operational_partner','organiser','interpreter')),
      representing_country_code TEXT REFERENCES countries(code) ON UPDATE CASCADE,
      representing_org_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
      invitation          TEXT NOT NULL DEFAULT 'invited' CHECK (invitation IN ('invited','confirmed','declined')),
      attendance          TEXT CHECK (attendance IN ('attended','excused','no_show')),
      notes               TEXT NOT NULL DEFAULT '',
      created_at          TEXT NOT NULL,
      updated_at          TEXT NOT NULL,
      UNIQUE (event_id, person_id)
    ) STRICT;
    CREATE INDEX participations_person ON participations(person_id);
    CREATE INDEX participations_country ON participations(representing_country_code, event_id);

    CREATE TABLE agenda_sessions (
      id          TEXT PRIMARY KEY,
      event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      day         TEXT NOT NULL,
      position    INTEGER NOT NULL,
      title       TEXT NOT NULL DEFAULT '',
      starts_at   TEXT,
      ends_at     TEXT,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX agenda_sessions_event ON agenda_sessions(event_id, day, position);

    CREATE TABLE agenda_items (
      id           TEXT PRIMARY KEY,
      session_id   TEXT NOT NULL REFERENCES agenda_sessions(id) ON DELETE CASCADE,
      position     INTEGER NOT NULL,
      kind         TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('opening','presentation','panel','discussion','break','lunch','closing','ceremony','other')),
      title        TEXT NOT NULL,
      description  TEXT NOT NULL DEFAULT '',
      starts_at    TEXT,
      ends_at      TEXT,
      duration_min INTEGER CHECK (duration_min IS NULL OR duration_min >= 0),
      notes        TEXT NOT NULL DEFAULT '',
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX agenda_items_session ON agenda_items(session_id, position);

    CREATE TABLE agenda_item_speakers (
      id          TEXT PRIMARY KEY,
      item_id     TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
      person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL DEFAULT 0,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      UNIQUE (item_id, person_id)
    ) STRICT;
    CREATE INDEX agenda_item_speakers_person ON agenda_item_speakers(person_id);

    CREATE TABLE outcomes (
      id              TEXT PRIMARY KEY,
      event_id        TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      agenda_item_id  TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
      kind            TEXT NOT NULL CHECK (kind IN ('conclusion','decision')),
      text            TEXT NOT NULL,
      position        INTEGER NOT NULL DEFAULT 0,
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX outcomes_event ON outcomes(event_id, position);

    CREATE TABLE action_items (
      id               TEXT PRIMARY KEY,
      event_id         TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      agenda_item_id   TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
      title            TEXT NOT NULL,
      owner_person_id  TEXT REFERENCES people(id) ON DELETE SET NULL,
      due_on           TEXT,
      status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','dropped')),
      notes            TEXT NOT NULL DEFAULT '',
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX action_items_open ON action_items(status, due_on);
    CREATE INDEX action_items_owner ON action_items(owner_person_id);
    CREATE INDEX action_items_event ON action_items(event_id);

    CREATE TABLE projects (
      id                TEXT PRIMARY KEY,
      acronym           TEXT NOT NULL,
      title             TEXT NOT NULL,
      funding_programme TEXT NOT NULL DEFAULT '',
      starts_on         TEXT NOT NULL,
      ends_on           TEXT NOT NULL,
      lead_org_id       TEXT REFERENCES organisations(id) ON DELETE SET NULL,
      status            TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','running','closed','suspended')),
      description       TEXT NOT NULL DEFAULT '',
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL,
      CHECK (ends_on >= starts_on)
    ) STRICT;

    CREATE TABLE project_partners (
      id               TEXT PRIMARY KEY,
      project_id       TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      country_code     TEXT REFERENCES countries(code) ON UPDATE CASCADE,
      organisation_id  TEXT REFERENCES organisations(id) ON DELETE CASCADE,
      role             TEXT NOT NULL DEFAULT 'partner' CHECK (role IN ('beneficiary','partner','associate')),
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      CHECK ((country_code IS NULL) <> (organisation_id IS NULL))
    ) STRICT;
    CREATE INDEX project_partners_project ON project_partners(project_id);

    -- Events and projects are linked both ways: an event may serve several projects.
    CREATE TABLE event_projects (
      id          TEXT PRIMARY KEY,
      event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      project_id  TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      UNIQUE (event_id, project_id)
    ) STRICT;
    CREATE INDEX event_projects_project ON event_projects(project_id);

    CREATE TABLE activities (
      id             TEXT PRIMARY KEY,
      project_id     TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      title          TEXT NOT NULL,
      planned_start  TEXT,
      planned_end    TEXT,
      event_id       TEXT REFERENCES events(id) ON DELETE SET NULL,
      description    TEXT NOT NULL DEFAULT '',
      position       INTEGER NOT NULL DEFAULT 0,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX activities_project ON activities(project_id, position);

    CREATE TABLE indicators (
      id             TEXT PRIMARY KEY,
      project_id     TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      name           TEXT NOT NULL,
      unit           TEXT NOT NULL DEFAULT '',
      target         REAL NOT NULL CHECK (target >= 0),
      baseline       REAL NOT NULL DEFAULT 0,
      cumulative     INTEGER NOT NULL DEFAULT 1 CHECK (cumulative IN (0,1)),
      period         TEXT NOT NULL DEFAULT 'quarter' CHECK (period IN ('month','quarter','year','project_year')),
      -- An indicator fed by the calendar counts held events of this kind linked to the project.
      feed_event_kind TEXT,
      feed_measure   TEXT CHECK (feed_measure IN ('events','attendees')),
      position       INTEGER NOT NULL DEFAULT 0,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX indicators_project ON indicators(project_id, position);

    CREATE TABLE indicator_targets (
      id            TEXT PRIMARY KEY,
      indicator_id  TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      country_code  TEXT REFERENCES countries(code) ON UPDATE CASCADE,
      period_key    TEXT,
      target        REAL NOT NULL CHECK (target >= 0),
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX indicator_targets_unique ON indicator_targets(indicator_id, ifnull(country_code, ''), ifnull(period_key, ''));

    CREATE TABLE indicator_entries (
      id            TEXT PRIMARY KEY,
      indicator_id  TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      occurred_on   TEXT NOT NULL,
      count         REAL NOT NULL,
      officers      INTEGER CHECK (officers IS NULL OR officers >= 0),
      event_id      TEXT REFERENCES events(id) ON DELETE SET NULL,
      activity_id   TEXT REFERENCES activities(id) ON DELETE SET NULL,
      note          TEXT NOT NULL DEFAULT '',
      evidence      TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX indicator_entries_indicator ON indicator_entries(indicator_id, occurred_on);
    CREATE INDEX indicator_entries_event ON indicator_entries(event_id);

    CREATE TABLE entry_countries (
      id            TEXT PRIMARY KEY,
      entry_id      TEXT NOT NULL REFERENCES indicator_entries(id) ON DELETE CASCADE,
      country_code  TEXT NOT NULL REFERENCES countries(code) ON UPDATE CASCADE,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      UNIQUE (entry_id, country_code)
    ) STRICT;
    CREATE INDEX entry_countries_country ON entry_countries(country_code);

    -- Full-text search. remove_diacritics 2 folds Boštjan to bostjan and Petrović to petrovic.
    CREATE VIRTUAL TABLE people_fts USING fts5(
      person_id UNINDEXED, full_name, position, emails, notes,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
      INSERT INTO people_fts(rowid, person_id, full_name, position, emails, notes)
      VALUES (new.rowid, new.id, new.full_name, new.position, new.emails, new.notes);
    END;
    CREATE TRIGGER people_fts_update AFTER UPDATE OF full_name, position, emails, notes ON people BEGIN
      UPDATE people_fts SET full_name = new.full_name, position = new.position, emails = new.emails, notes = new.notes
      WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
      DELETE FROM people_fts WHERE rowid = old.rowid;
    END;

    CREATE VIRTUAL TABLE organisations_fts USING fts5(
      organisation_id UNINDEXED, name, acronym, notes,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations BEGIN
      INSERT INTO organisations_fts(rowid, organisation_id, name, acronym, notes)
      VALUES (new.rowid, new.id, new.name, new.acronym, new.notes);
    END;
    CREATE TRIGGER organisations_fts_update AFTER UPDATE OF name, acronym, notes ON organisations BEGIN
      UPDATE organisations_fts SET name = new.name, acronym = new.acronym, notes = new.notes WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER organisations_fts_delete AFTER DELETE ON organisations BEGIN
      DELETE FROM organisations_fts WHERE rowid = old.rowid;
    END;

    CREATE VIRTUAL TABLE events_fts USING fts5(
      event_id UNINDEXED, title, venue_name, venue_city, notes,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
      INSERT INTO events_fts(rowid, event_id, title, venue_name, venue_city, notes)
      VALUES (new.rowid, new.id, new.title, new.venue_name, new.venue_city, new.notes);
    END;
    CREATE TRIGGER events_fts_update AFTER UPDATE OF title, venue_name, venue_city, notes ON events BEGIN
      UPDATE events_fts SET title = new.title, venue_name = new.venue_name, venue_city = new.venue_city, notes = new.notes
      WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
      DELETE FROM events_fts WHERE rowid = old.rowid;
    END;

    -- Local preferences of this installation (filters, mappings); never exchanged.
    CREATE TABLE settings (
      key         TEXT PRIMARY KEY,
      value       TEXT NOT NULL CHECK (json_valid(value)),
      updated_at  TEXT NOT NULL
    ) STRICT;
  `);
}
