import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LiaisonCore } from '../../src-main/core/app';
import type { ImportTarget } from '../../src-shared/contract';
import { invited, participationsWriter } from '../../src-main/core/roster';
import { naturalId } from '../../src-main/core/ids';
import type { RowChange } from '../../src-main/core/store/table';
import { call, callError, tempDir, TEST_KDF, TEST_PASSPHRASE } from './helpers';

const CORE = new URL('../../src-main/core/', import.meta.url).pathname;

/** Bulk paths not on the writers yet: only the integrity check (which writes nothing). */
const NOT_YET = ['backups/verify.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const open: LiaisonCore[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function recordingApp(watch?: (change: RowChange, core: LiaisonCore) => void): Promise<{ core: LiaisonCore; changes: RowChange[]; inTransaction: boolean[] }> {
  const changes: RowChange[] = [];
  const inTransaction: boolean[] = [];
  const core: LiaisonCore = await openApp({
    dataDir: tempDir(),
    transport: 'loopback',
    passphrase: TEST_PASSPHRASE,
    kdf: TEST_KDF,
    onChange: (change) => {
      changes.push(change);
      inTransaction.push(core.db.inTransaction);
      watch?.(change, core);
    },
  });
  open.push(core);
  return { core, changes, inTransaction };
}

describe('the writers of the tables', () => {
  it('are the only code that writes rows: each table through the writer module of its domain', () => {
    const writers: string[] = [];
    const writing: string[] = [];
    for (const file of sources(CORE)) {
      const path = relative(CORE, file);
      if (path.startsWith('store/')) continue;
      const text = readFileSync(file, 'utf8');
      if (text.includes('tableWriter(')) writers.push(path);
      if (/\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+(OR\s+\w+\s+)?\w+\s+SET|DELETE\s+FROM)\b/.test(text)) writing.push(path);
    }
    for (const path of writers) expect(path).toMatch(/^[a-z]+\/writer\.ts$/);
    // The exchange log is written message by message with statements of its own, and only its own tables.
    expect(writing.filter((path) => !NOT_YET.includes(path) && path !== 'exchange/writer.ts')).toEqual([]);
    const log = readFileSync(join(CORE, 'exchange/writer.ts'), 'utf8');
    const targets = [...log.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?!SET\b|OF\b)([\w.]+)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(5);
    for (const table of targets) expect(table).toMatch(/^(exchange_\w+|temp\.exchange_(gone|nulled))$/);
  });

  it('tell of every row they insert, update and delete, with its old and new values, inside the transaction', async () => {
    const { core, changes, inTransaction } = await recordingApp();
    const ana = await call(core, 'people.create', { fullName: 'Ana Ionescu', countryCode: 'RO', emails: ['ana@example.org'] });
    await call(core, 'people.update', { id: ana.id, fullName: 'Ana Ionescu-Pop', countryCode: 'RO', emails: ['ana@example.org'] });
    await call(core, 'people.delete', { id: ana.id });
    const people = changes.filter((c) => c.table === 'people');
    expect(people.map((c) => [c.id, c.old?.full_name ?? null, c.new?.full_name ?? null])).toEqual([
      [ana.id, null, 'Ana Ionescu'],
      [ana.id, 'Ana Ionescu', 'Ana Ionescu-Pop'],
      [ana.id, 'Ana Ionescu-Pop', null],
    ]);
    // Derived columns (sort keys, search index, totals) are recomputed where they land, never told.
    expect(Object.keys(people[0]!.new!)).not.toContain('country_sort');
    expect(inTransaction.every(Boolean)).toBe(true);
  });

  it('tell of the children of a row and of what a write does to other rows', async () => {
    const { core, changes } = await recordingApp();
    const body = await call(core, 'bodies.create', { name: 'Test Task Force', members: [{ countryCode: 'RO', kind: 'member_state' }] });
    const series = await call(core, 'series.create', { bodyId: body.id, name: 'meeting of the Test Task Force' });
    const when = (day: string) => ({ allDay: false, start: `${day}T09:00`, end: `${day}T17:00`, timeZone: 'Europe/Bucharest' });
    const second = await call(core, 'events.create', { seriesId: series.id, when: when('2030-05-10'), tags: ['ops'] });
    changes.length = 0;
    const first = await call(core, 'events.create', { seriesId: series.id, when: when('2030-03-10'), tags: ['ops'] });
    expect(changes.map((c) => `${c.table} ${c.old ? 'old' : '-'} ${c.new ? 'new' : '-'}`)).toEqual([
      'events - new',
      'event_tags - new',
      // The meeting inserted before the one already there renumbers it.
      'events old new',
      'events old new',
    ]);
    const renumbered = changes.filter((c) => c.table === 'events' && c.old).find((c) => c.id === second.id)!;
    expect([renumbered.old!.series_number, renumbered.new!.series_number]).toEqual([1, 2]);
    expect(renumbered.new!.title).toBe('2nd meeting of the Test Task Force');
    expect(changes.some((c) => c.id === first.id && c.old?.series_number === null && c.new?.series_number === 1)).toBe(true);
  });

  describe('of a directory import', () => {
    const HEADER = 'Full name;Position;Organisation;Country;E-mail';
    const mapping: ImportTarget[] = ['fullName', 'position', 'organisation', 'country', 'email'];
    const file = (...lines: string[]) => ({ fileName: 'people.csv', base64: Buffer.from([HEADER, ...lines, ''].join('\r\n')).toString('base64'), mapping });
    const count = (core: LiaisonCore, table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

    it('tell of every person and organisation it inserts or updates, inside its transaction', async () => {
      const { core, changes, inTransaction } = await recordingApp();
      const ana = await call(core, 'people.create', { fullName: 'Ana Ionescu', countryCode: 'RO', emails: ['ana@example.org'], isSpoc: true });
      changes.length = 0;
      inTransaction.length = 0;

      const result = await call(
        core,
        'directoryImport.commit',
        file(
          'Ana Ionescu;Inspector;Agency A;Romania;ana@example.org ana.i@example.org',
          'Boris Petrov;Officer;Agency A;Bulgaria;boris@example.org',
          'Chris Nikolaou;;Agency B;Greece;chris@example.org',
        ),
      );
      expect(result).toEqual({ created: 2, merged: 1, skipped: 0, organisationsCreated: 2 });
      expect(changes.map((c) => `${c.table} ${c.old ? 'old' : '-'} ${c.new ? 'new' : '-'}`)).toEqual([
        // Ana's row names an organisation she lacks: it is created to fill hers, before she is updated.
        'organisations - new',
        'people old new',
        'people - new',
        'organisations - new',
        'people - new',
        // The mapping, remembered for the next file with these headers.
        'settings - new',
      ]);
      expect(inTransaction.every(Boolean)).toBe(true);

      const [agencyA, merged, boris, agencyB, chris] = changes;
      expect(agencyA!.new).toMatchObject({ name: 'Agency A', kind: 'other', acronym: '', country_code: 'RO', parent_id: null });
      expect(agencyB!.new).toMatchObject({ name: 'Agency B', country_code: 'GR' });
      expect(merged!.id).toBe(ana.id);
      expect(merged!.old).toMatchObject({ full_name: 'Ana Ionescu', position: '', organisation_id: null, emails: '["ana@example.org"]', is_spoc: 1 });
      expect(merged!.new).toMatchObject({
        full_name: 'Ana Ionescu',
        position: 'Inspector',
        organisation_id: agencyA!.id,
        emails: '["ana@example.org","ana.i@example.org"]',
        is_spoc: 1,
        created_at: ana.createdAt,
      });
      expect(merged!.new!.updated_at).not.toBe(ana.updatedAt);
      expect(boris!.new).toMatchObject({ full_name: 'Boris Petrov', sort_name: 'boris petrov', position: 'Officer', organisation_id: agencyA!.id, country_code: 'BG', emails: '["boris@example.org"]', is_spoc: 0 });
      expect(chris!.new).toMatchObject({ full_name: 'Chris Nikolaou', organisation_id: agencyB!.id, country_code: 'GR' });
      // What was told is what was stored, derived sort keys aside.
      for (const change of [agencyA, merged, boris, agencyB, chris]) {
        const stored = core.db.prepare(`SELECT ${Object.keys(change!.new!).join(', ')} FROM ${change!.table} WHERE id = ?`).get(change!.id);
        expect(stored).toEqual(change!.new);
      }
      expect(Object.keys(boris!.new!)).not.toContain('organisation_sort');

      // The same file again changes nothing and tells nothing but the mapping it remembers again.
      changes.length = 0;
      await call(core, 'directoryImport.commit', file('Ana Ionescu;Inspector;Agency A;Romania;ana@example.org ana.i@example.org'));
      expect(changes.map((c) => `${c.table} ${c.old ? 'old' : '-'} ${c.new ? 'new' : '-'}`)).toEqual(['settings old new']);
    });

    it('tell of every row of a bulk import, whose search index is built once at the end', { timeout: 60_000 }, async () => {
      let toldWithoutTrigger = 0;
      const { core, changes, inTransaction } = await recordingApp((change, app) => {
        if (change.table === 'people' && !app.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'people_fts_insert'").get()) toldWithoutTrigger++;
      });
      const rows = Array.from({ length: 2_500 }, (_, i) => `Person ${i};Officer;Agency ${i % 10};Serbia;person.${i}@example.org`);
      await call(core, 'directoryImport.commit', file(...rows));
      expect(changes.filter((c) => c.table === 'people' && !c.old && c.new).length).toBe(2_500);
      expect(changes.filter((c) => c.table === 'organisations' && !c.old && c.new).length).toBe(10);
      expect(inTransaction.every(Boolean)).toBe(true);
      expect(new Set(changes.filter((c) => c.table === 'people').map((c) => c.id)).size).toBe(2_500);
      // Each was told while the search index's trigger was set aside, and the index caught up at the end.
      expect(toldWithoutTrigger).toBe(2_500);
      expect(count(core, 'people_fts')).toBe(2_500);
      expect((await call(core, 'people.list', { search: 'person.2499@example.org' })).rows.map((p) => p.fullName)).toEqual(['Person 2499']);
    });

    it('leave no rows when the import is refused or rolled back', async () => {
      const { core, changes, inTransaction } = await recordingApp();
      await call(core, 'people.create', { fullName: 'Mira Šarić', emails: Array.from({ length: 10 }, (_, i) => `mira.${i}@example.org`) });
      changes.length = 0;
      inTransaction.length = 0;

      // A row in error refuses the whole import before anything is written.
      const refused = await callError(core, 'directoryImport.commit', file('Boris Petrov;Officer;Agency A;Bulgaria;boris@example.org', ';;Agency B;Greece;nobody@example.org'));
      expect(refused.code).toBe('invalid_input');
      expect(changes).toEqual([]);

      // A merge found impossible at the last row rolls back the rows already written, and what was told of them.
      const rolledBack = await callError(
        core,
        'directoryImport.commit',
        file('Boris Petrov;Officer;Agency A;Bulgaria;boris@example.org', 'Mira Šarić;;;Croatia;mira.0@example.org mira.new@example.org'),
      );
      expect(rolledBack.message).toMatch(/more than 10 emails/);
      expect(changes.map((c) => `${c.table} ${c.old ? 'old' : '-'} ${c.new ? 'new' : '-'}`)).toEqual(['organisations - new', 'people - new']);
      expect(inTransaction.every(Boolean)).toBe(true);
      expect([count(core, 'people'), count(core, 'organisations'), count(core, 'people_fts')]).toEqual([1, 0, 1]);
      expect(core.db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'import.mapping.%'").get()).toEqual({ n: 0 });
    });
  });

  it('tell of every row an iCalendar import inserts and updates, inside its transaction', async () => {
    const { core, changes, inTransaction } = await recordingApp();
    const known = await call(core, 'people.create', { fullName: 'Ana Ionescu', emails: ['ana@example.org'] });
    await call(core, 'events.create', { title: 'Earlier', when: { allDay: false, start: '2030-01-10T09:00', end: '2030-01-10T10:00', timeZone: 'UTC' }, tags: ['drugs'] });
    const file = (anaStatus: string, title: string) =>
      [
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN',
        'BEGIN:VEVENT', 'UID:one@example.org', 'DTSTAMP:20300101T000000Z', `SUMMARY:${title}`,
        'DTSTART:20300301T090000Z', 'DTEND:20300301T100000Z', 'CATEGORIES:Drugs,Cybercrime', 'URL:https://example.org/one',
        `ATTENDEE;CN=Ana Ionescu;PARTSTAT=${anaStatus}:mailto:ana@example.org`,
        'ATTENDEE;CN=Marko Novak;ROLE=CHAIR:mailto:marko@example.org',
        'END:VEVENT',
        'BEGIN:VEVENT', 'UID:two@example.org', 'DTSTAMP:20300101T000000Z', 'SUMMARY:Second meeting',
        'DTSTART:20300302T090000Z', 'DTEND:20300302T100000Z',
        'ATTENDEE;CN=Marko Novak:mailto:marko@example.org',
        'END:VEVENT', 'END:VCALENDAR', '',
      ].join('\r\n');
    changes.length = 0;
    inTransaction.length = 0;
    const first = await call(core, 'ics.import', { text: file('NEEDS-ACTION', 'First meeting') });
    expect(first).toMatchObject({ created: 2, peopleCreated: 1 });
    const rows = (table: string) => core.db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>;
    // One change per row written, each a new row with the values stored: nothing else was there before.
    const told = (table: string) => changes.filter((c) => c.table === table);
    for (const table of ['events', 'event_links', 'event_tags', 'participations']) {
      const fresh = told(table);
      expect(fresh.every((c) => c.old === null)).toBe(true);
      const stored = rows(table).filter((r) => fresh.some((c) => c.id === r.id));
      expect(fresh.map((c) => c.new)).toEqual(fresh.map((c) => stored.find((r) => r.id === c.id)));
    }
    expect(told('events').map((c) => c.new!.title)).toEqual(['First meeting', 'Second meeting']);
    expect(told('event_links').map((c) => c.new!.url)).toEqual(['https://example.org/one']);
    // "Drugs" is the tag "drugs" already there; "Cybercrime" is new.
    expect(told('tags').map((c) => [c.old, c.new!.name])).toEqual([[null, 'Cybercrime']]);
    expect(told('event_tags')).toHaveLength(2);
    expect(told('people').map((c) => [c.old, c.new!.full_name])).toEqual([[null, 'Marko Novak']]);
    expect(told('participations').map((c) => [c.new!.person_id === known.id ? 'Ana' : 'Marko', c.new!.role, c.new!.invitation])).toEqual([
      ['Ana', 'delegate', 'invited'],
      ['Marko', 'chair', 'invited'],
      ['Marko', 'delegate', 'invited'],
    ]);
    expect(changes).toHaveLength(1 + 2 + 1 + 2 + 1 + 3);
    expect(inTransaction.every(Boolean)).toBe(true);

    // Again with Ana's answer and the title changed: her participation and the event are updated, with the rows as they were.
    const before = new Map(rows('participations').map((r) => [r.id, r]));
    const event = rows('events').find((r) => r.ical_uid === 'one@example.org')!;
    changes.length = 0;
    inTransaction.length = 0;
    const again = await call(core, 'ics.import', { text: file('ACCEPTED', 'First meeting, moved') });
    expect(again).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    const participation = told('participations');
    expect(participation).toHaveLength(1);
    expect(participation[0]!.old).toEqual(before.get(participation[0]!.id));
    expect(participation[0]!.new).toEqual(rows('participations').find((r) => r.id === participation[0]!.id));
    expect([participation[0]!.old!.invitation, participation[0]!.new!.invitation]).toEqual(['invited', 'confirmed']);
    const updated = told('events');
    expect(updated.map((c) => [c.id, c.old, c.new!.title])).toEqual([[event.id, event, 'First meeting, moved']]);
    expect(inTransaction.every(Boolean)).toBe(true);
  });

  it('upsert a participation: a person already on the roster gets the patch, told with the row as it was', async () => {
    const { core, changes } = await recordingApp();
    const person = await call(core, 'people.create', { fullName: 'Ana Ionescu' });
    const event = await call(core, 'events.create', { title: 'Meeting', when: { allDay: false, start: '2030-01-10T09:00', end: '2030-01-10T10:00', timeZone: 'UTC' } });
    const writer = participationsWriter({ db: core.db, onChange: (c) => changes.push(c) });
    const row = (id: string, role: string) =>
      ({ ...invited({ event_id: event.id, person_id: person.id, role, representing_country_code: null, representing_org_id: null }, '2030-01-01T00:00:00.000Z'), id });
    changes.length = 0;
    core.db.transaction(() => {
      writer.upsert(row('p1', 'delegate'), { role: 'delegate' });
      writer.upsert(row('p2', 'chair'), { role: 'chair', updated_at: '2030-01-02T00:00:00.000Z' });
    })();
    // The row's id is made from its event and person, whatever id the caller gave: the same on every laptop.
    const id = naturalId('participations', [event.id, person.id]);
    expect(changes.map((c) => [c.id, c.old?.role ?? null, c.new?.role ?? null, c.new?.updated_at])).toEqual([
      [id, null, 'delegate', '2030-01-01T00:00:00.000Z'],
      [id, 'delegate', 'chair', '2030-01-02T00:00:00.000Z'],
    ]);
    expect(core.db.prepare('SELECT id, role FROM participations').all()).toEqual([{ id, role: 'chair' }]);
  });
});
