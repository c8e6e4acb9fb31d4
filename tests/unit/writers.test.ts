import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LiaisonCore } from '../../src-main/core/app';
import type { RowChange } from '../../src-main/core/store/table';
import { call, tempDir, TEST_KDF, TEST_PASSPHRASE } from './helpers';

const CORE = new URL('../../src-main/core/', import.meta.url).pathname;

/** Bulk paths not on the writers yet: the iCalendar and directory imports, and the integrity check (which writes nothing). */
const NOT_YET = ['ics/store.ts', 'imports/commit.ts', 'imports/mapping.ts', 'backups/verify.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const open: LiaisonCore[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function recordingApp(): Promise<{ core: LiaisonCore; changes: RowChange[]; inTransaction: boolean[] }> {
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
    expect(writing.filter((path) => !NOT_YET.includes(path))).toEqual([]);
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
});
