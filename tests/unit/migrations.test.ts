import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src-main/core/store/migrations';
import { openStore } from '../../src-main/core/store/open';
import { tempDir, TEST_KEY } from './helpers';

// One test per migration: open at version N-1, add rows, migrate to N, check the rows and the new shape.
describe('migration 1: initial schema', () => {
  it('creates every table of the domain with ids, timestamps and foreign keys', async () => {
    const db = await openStore(join(tempDir(), 'm1.sqlite'), { key: TEST_KEY, migrations: migrations.slice(0, 1) });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    for (const t of [
      'countries', 'organisations', 'bodies', 'body_members', 'chair_terms', 'series', 'people', 'events', 'event_organisers',
      'event_links', 'tags', 'event_tags', 'participations', 'agenda_sessions', 'agenda_items', 'agenda_item_speakers',
      'outcomes', 'action_items', 'projects', 'project_partners', 'event_projects', 'activities', 'indicators',
      'indicator_targets', 'indicator_entries', 'entry_countries',
    ]) {
      expect(tables).toContain(t);
      const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[];
      expect(columns, t).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at']));
    }
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('people_fts','organisations_fts','events_fts')").pluck().get()).toBe(3);
    // A participation for a person that does not exist is refused by the foreign key.
    expect(() =>
      db.prepare("INSERT INTO participations (id, event_id, person_id, created_at, updated_at) VALUES ('a', 'no-event', 'no-person', 'x', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('keeps the people search index in step with inserts, updates and deletes', async () => {
    const db = await openStore(join(tempDir(), 'm1fts.sqlite'), { key: TEST_KEY, migrations: migrations.slice(0, 1) });
    db.prepare("INSERT INTO people (id, full_name, sort_name, created_at, updated_at) VALUES ('p1', 'Boštjan Novak', 'bostjan novak', 'x', 'x')").run();
    const find = (q: string) => db.prepare('SELECT person_id FROM people_fts WHERE people_fts MATCH ?').pluck().all(q);
    expect(find('bostjan')).toEqual(['p1']);
    db.prepare("UPDATE people SET full_name = 'Petar Petrović' WHERE id = 'p1'").run();
    expect(find('bostjan')).toEqual([]);
    expect(find('petrovic')).toEqual(['p1']);
    db.prepare("DELETE FROM people WHERE id = 'p1'").run();
    expect(find('petrovic')).toEqual([]);
    db.close();
  });
});

describe('migration 2: countries', () => {
  it('adds the countries to a version-1 database without touching its rows', async () => {
    const path = join(tempDir(), 'm2.sqlite');
    const v1 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO organisations (id, name, sort_name, kind, created_at, updated_at) VALUES ('o1', 'CEPOL', 'cepol', 'international_organisation', 'x', 'x')").run();
    expect(v1.prepare('SELECT count(*) FROM countries').pluck().get()).toBe(0);
    v1.close();

    const v2 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 2) });
    expect(v2.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['CEPOL']);
    expect(v2.prepare("SELECT name FROM countries WHERE code = 'TR'").pluck().get()).toBe('Türkiye');
    expect(v2.prepare("SELECT local_name FROM countries WHERE code = 'RO'").pluck().get()).toBe('România');
    v2.close();
  });
});

describe('migration 3: where a series starts counting', () => {
  it('gives existing series a first number of 1 and keeps their rows', async () => {
    const path = join(tempDir(), 'm3.sqlite');
    const v2 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 2) });
    v2.prepare("INSERT INTO bodies (id, name, kind, created_at, updated_at) VALUES ('b1', 'Task force', 'task_force', 'x', 'x')").run();
    v2.prepare("INSERT INTO series (id, body_id, name, event_kind, created_at, updated_at) VALUES ('s1', 'b1', 'meeting of the task force', 'task_force_meeting', 'x', 'x')").run();
    v2.close();
    const v3 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 3) });
    expect(v3.prepare('SELECT name, first_number FROM series').get()).toEqual({ name: 'meeting of the task force', first_number: 1 });
    expect(() => v3.prepare("UPDATE series SET first_number = 0").run()).toThrow(/CHECK/);
    v3.close();
  });
});

describe('migration 4: folded names in the search index', () => {
  it('re-indexes existing people so a name without its accents finds them, in any script', async () => {
    const path = join(tempDir(), 'm4.sqlite');
    const v3 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 3) });
    v3.prepare("INSERT INTO people (id, full_name, sort_name, created_at, updated_at) VALUES ('p1', 'Νικόλαος Παπαδόπουλος', 'νικολαος παπαδοπουλος', 'x', 'x')").run();
    const find = (db: typeof v3, q: string) => db.prepare('SELECT person_id FROM people_fts WHERE people_fts MATCH ?').pluck().all(q);
    expect(find(v3, 'παπαδοπουλος')).toEqual([]);
    v3.close();
    const v4 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 4) });
    expect(find(v4, 'παπαδοπουλος')).toEqual(['p1']);
    v4.prepare("UPDATE people SET full_name = 'Νίκος Παπάς', sort_name = 'νικος παπας' WHERE id = 'p1'").run();
    expect(find(v4, 'παπας')).toEqual(['p1']);
    v4.close();
  });
});

describe('migration 5: sort keys given on insert', () => {
  it('still fills the sort keys of a row inserted without them, and keeps those given', async () => {
    const path = join(tempDir(), 'm5.sqlite');
    const db = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 5) });
    db.prepare("INSERT INTO people (id, full_name, sort_name, country_code, created_at, updated_at) VALUES ('p1', 'Ana', 'ana', 'RO', 'x', 'x')").run();
    db.prepare("INSERT INTO people (id, full_name, sort_name, country_code, country_sort, created_at, updated_at) VALUES ('p2', 'Bo', 'bo', 'RO', 'Given', 'x', 'x')").run();
    expect(db.prepare('SELECT id, country_sort FROM people ORDER BY id').all()).toEqual([
      { id: 'p1', country_sort: 'Romania' },
      { id: 'p2', country_sort: 'Given' },
    ]);
    db.close();
  });
});

describe('migration 8: indicators fed by the officers on entries', () => {
  it('keeps existing indicators unfed, accepts a source, refuses an unknown one, and forgets a deleted source indicator', async () => {
    const path = join(tempDir(), 'm8.sqlite');
    const v7 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 7) });
    v7.prepare("INSERT INTO projects (id, acronym, title, starts_on, ends_on, created_at, updated_at) VALUES ('p1', 'ATHENA 2', 'Athena', '2025-10-01', '2027-09-30', 'x', 'x')").run();
    const indicator = v7.prepare("INSERT INTO indicators (id, project_id, name, target, created_at, updated_at) VALUES (?, 'p1', ?, 24, 'x', 'x')");
    indicator.run('i1', 'Joint patrols');
    indicator.run('i2', 'Officers involved');
    v7.close();

    const v8 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 8) });
    expect(v8.prepare('SELECT id, name, feed_officers, feed_officers_indicator_id FROM indicators ORDER BY id').all()).toEqual([
      { id: 'i1', name: 'Joint patrols', feed_officers: null, feed_officers_indicator_id: null },
      { id: 'i2', name: 'Officers involved', feed_officers: null, feed_officers_indicator_id: null },
    ]);
    v8.prepare("UPDATE indicators SET feed_officers = 'indicator', feed_officers_indicator_id = 'i1' WHERE id = 'i2'").run();
    expect(() => v8.prepare("UPDATE indicators SET feed_officers = 'everyone' WHERE id = 'i2'").run()).toThrow(/CHECK/);
    expect(() => v8.prepare("UPDATE indicators SET feed_officers_indicator_id = 'nope' WHERE id = 'i2'").run()).toThrow(/FOREIGN KEY/);
    v8.prepare("DELETE FROM indicators WHERE id = 'i1'").run();
    expect(v8.prepare("SELECT feed_officers_indicator_id FROM indicators WHERE id = 'i2'").pluck().get()).toBeNull();
    v8.close();
  });
});

describe('migration 16: invitation packs', () => {
  it('adds a body’s letter template and an event’s issued SEQUENCE, both gone with their body or event', async () => {
    const path = join(tempDir(), 'm16.sqlite');
    const v15 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 15) });
    v15.prepare("INSERT INTO bodies (id, name, kind, created_at, updated_at) VALUES ('b1', 'Anti-Terrorism Task Force', 'task_force', 'x', 'x')").run();
    v15.prepare(
      "INSERT INTO events (id, kind, title, starts_at, ends_at, time_zone, body_id, created_at, updated_at) VALUES ('e1', 'task_force_meeting', '9th meeting', '2024-05-21T06:30:00.000Z', '2024-05-21T13:30:00.000Z', 'Europe/Bucharest', 'b1', 'x', 'x')",
    ).run();
    v15.close();

    const v16 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 16) });
    expect(v16.prepare('SELECT count(*) FROM invitation_templates').pluck().get()).toBe(0);
    v16.prepare("INSERT INTO invitation_templates (body_id, subject, letter, email, signature, updated_at) VALUES ('b1', 's', 'l', 'e', 'g', 'x')").run();
    v16.prepare("INSERT INTO invitation_issues (event_id, sequence, fingerprint, issued_at) VALUES ('e1', 2, '[]', 'x')").run();
    expect(() => v16.prepare("INSERT INTO invitation_issues (event_id, sequence, fingerprint, issued_at) VALUES ('nope', 0, '[]', 'x')").run()).toThrow(/FOREIGN KEY/);
    expect(() => v16.prepare("UPDATE invitation_issues SET sequence = -1").run()).toThrow(/CHECK/);
    expect(v16.prepare("SELECT sender_name, sender_email FROM invitation_templates WHERE body_id = 'b1'").get()).toEqual({ sender_name: '', sender_email: '' });
    v16.prepare("DELETE FROM events WHERE id = 'e1'").run();
    v16.prepare("DELETE FROM bodies WHERE id = 'b1'").run();
    expect(v16.prepare('SELECT (SELECT count(*) FROM invitation_templates) + (SELECT count(*) FROM invitation_issues)').pluck().get()).toBe(0);
    v16.close();
  });
});

describe('migration 17: nominations', () => {
  it('adds delegations’ answers, nominations and substitutions, gone with their event; a substitution keeps its names once a person is deleted', async () => {
    const path = join(tempDir(), 'm17.sqlite');
    const v16 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 16) });
    v16.prepare(
      "INSERT INTO events (id, kind, title, starts_at, ends_at, time_zone, created_at, updated_at) VALUES ('e1', 'task_force_meeting', '12th meeting', '2027-05-25T06:30:00.000Z', '2027-05-25T13:30:00.000Z', 'Europe/Bucharest', 'x', 'x')",
    ).run();
    v16.prepare("INSERT INTO people (id, full_name, sort_name, created_at, updated_at) VALUES ('p1', 'Stefan Petrov', 'petrov stefan', 'x', 'x'), ('p2', 'Teodora Todorova', 'todorova teodora', 'x', 'x')").run();
    v16.close();

    const v17 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 17) });
    v17.prepare("INSERT INTO delegation_answers (id, event_id, delegation_key, status, deadline, created_at, updated_at) VALUES ('a1', 'e1', 'country:BG', 'invited', '2027-05-04', 'x', 'x')").run();
    expect(() => v17.prepare("INSERT INTO delegation_answers (id, event_id, delegation_key, status, created_at, updated_at) VALUES ('a2', 'e1', 'country:BG', 'invited', 'x', 'x')").run()).toThrow(/UNIQUE/);
    expect(() => v17.prepare("UPDATE delegation_answers SET status = 'maybe'").run()).toThrow(/CHECK/);
    v17.prepare("INSERT INTO nominations (id, event_id, person_id, delegation_key, role, file_name, form_row, received_at, created_at, updated_at) VALUES ('n1', 'e1', 'p1', 'country:BG', 'delegate', 'BG.xlsx', 11, 'x', 'x', 'x')").run();
    expect(() => v17.prepare("INSERT INTO nominations (id, event_id, person_id, delegation_key, role, file_name, form_row, received_at, created_at, updated_at) VALUES ('n2', 'e1', 'nobody', 'country:BG', 'delegate', 'BG.xlsx', 12, 'x', 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
    v17.prepare("INSERT INTO substitutions (id, event_id, replaced_person_id, replacement_person_id, replaced_name, replacement_name, role, source, substituted_at, created_at, updated_at) VALUES ('s1', 'e1', 'p1', 'p2', 'Stefan Petrov', 'Teodora Todorova', 'delegate', 'form', 'x', 'x', 'x')").run();
    v17.prepare("DELETE FROM people WHERE id = 'p1'").run();
    expect(v17.prepare("SELECT replaced_person_id, replaced_name FROM substitutions WHERE id = 's1'").get()).toEqual({ replaced_person_id: null, replaced_name: 'Stefan Petrov' });
    expect(v17.prepare('SELECT count(*) FROM nominations').pluck().get()).toBe(0);
    v17.prepare("DELETE FROM events WHERE id = 'e1'").run();
    expect(v17.prepare('SELECT (SELECT count(*) FROM delegation_answers) + (SELECT count(*) FROM substitutions)').pluck().get()).toBe(0);
    v17.close();
  });
});

describe('migration 18: reports issued to the donor', () => {
  it('keeps indicators increasing, records an issue with its figures and a reopening with its reason, both gone with their project', async () => {
    const path = join(tempDir(), 'm18.sqlite');
    const before = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 17) });
    before.prepare("INSERT INTO projects (id, acronym, title, starts_on, ends_on, created_at, updated_at) VALUES ('p1', 'ATHENA 2', 'Athena', '2025-10-01', '2027-09-30', 'x', 'x')").run();
    before.prepare("INSERT INTO indicators (id, project_id, name, target, created_at, updated_at) VALUES ('i1', 'p1', 'Joint patrols', 24, 'x', 'x')").run();
    before.close();

    const v18 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 18) });
    expect(v18.prepare("SELECT decreasing FROM indicators WHERE id = 'i1'").pluck().get()).toBe(0);
    expect(() => v18.prepare("UPDATE indicators SET decreasing = 2").run()).toThrow(/CHECK/);
    const issue = v18.prepare(
      "INSERT INTO report_issues (id, project_id, issued_on, period_from, period_to, figures, created_at, updated_at) VALUES (?, 'p1', '2026-01-05', ?, ?, ?, 'x', 'x')",
    );
    issue.run('r1', '2025-10-01', '2025-12-31', '[]');
    expect(() => issue.run('r2', '2025-10-01', '2025-12-31', 'not json')).toThrow(/CHECK/);
    expect(() => issue.run('r3', '2025-12-31', '2025-10-01', '[]')).toThrow(/CHECK/);
    const unlock = v18.prepare("INSERT INTO period_unlocks (id, project_id, issue_id, period_from, period_to, reason, unlocked_on, created_at, updated_at) VALUES (?, 'p1', 'r1', '2025-10-01', '2025-12-31', ?, '2026-02-02', 'x', 'x')");
    unlock.run('u1', 'A patrol reported late by Malta');
    expect(() => unlock.run('u2', '')).toThrow(/CHECK/);
    v18.prepare("DELETE FROM report_issues WHERE id = 'r1'").run();
    expect(v18.prepare("SELECT issue_id, reason FROM period_unlocks WHERE id = 'u1'").get()).toEqual({ issue_id: null, reason: 'A patrol reported late by Malta' });
    v18.prepare("DELETE FROM projects WHERE id = 'p1'").run();
    expect(v18.prepare('SELECT (SELECT count(*) FROM report_issues) + (SELECT count(*) FROM period_unlocks)').pluck().get()).toBe(0);
    v18.close();
  });
});

describe('migration 19: erasures for the sync server', () => {
  it('adds the queue of erased cells, one row per stamp', async () => {
    const path = join(tempDir(), 'm19.sqlite');
    const v18 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 18) });
    expect(v18.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'exchange_erased'").pluck().get()).toBe(0);
    v18.close();
    const v19 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 19) });
    const queue = v19.prepare('INSERT INTO exchange_erased (stamp, dataset, row, column) VALUES (?, 2, ?, 5)');
    queue.run(Buffer.alloc(16, 1), Buffer.alloc(16, 2));
    expect(() => queue.run(Buffer.alloc(16, 1), 'another row')).toThrow(/UNIQUE|PRIMARY/);
    v19.close();
  });
});
