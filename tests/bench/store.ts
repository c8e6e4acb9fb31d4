import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type AppOptions, dataHandlers } from '../../src-main/core/app';
import { backupsIn } from '../../src-main/core/backups';
import { createDispatch, type Dispatch, type Handlers } from '../../src-main/core/dispatch';
import { newId } from '../../src-main/core/ids';
import { applyKey, type Store, type StoreKey } from '../../src-main/core/store/cipher';
import { closeStore, configure, openStore, quickCheck } from '../../src-main/core/store/open';
import { foldForSort } from '../../src-main/core/text';
import { DEFAULT_KDF } from '../../src-main/core/vault/kdf';
import { summarise, type Timing } from './directory';
import { generateDirectory, prng } from './generate';
import { generateProjects } from './projects';
import { BENCH_PASSPHRASE, openBenchApp, plaintextCopy, storeKeyOf, storePathOf } from './vault';

export const STORE_TARGETS = { ratio: 1.25, unlockMs: 1500, backupMs: 5000, openMs: 1000, backupMiB: 150 };

export interface StoreBenchOptions {
  people: number;
  organisations: number;
  events: number;
  participantsPerEvent: number;
  projects: number;
  entries: number;
  /** Timed iterations per side of each read call, and of each write call. */
  iterations: number;
  writeIterations: number;
  warmup: number;
  /** Fresh connections per side for the cold-cache pass. */
  coldRounds: number;
  unlockRuns: number;
  /** The store is grown to at least this size before the backup and the open are timed. */
  backupMiB: number;
  seed: number;
}

export const defaultStoreOptions: StoreBenchOptions = {
  people: 60_000,
  organisations: 2_000,
  events: 2_000,
  participantsPerEvent: 12,
  projects: 30,
  entries: 30_000,
  iterations: 200,
  writeIterations: 100,
  warmup: 20,
  coldRounds: 5,
  unlockRuns: 5,
  backupMiB: STORE_TARGETS.backupMiB,
  seed: 20_261_122,
};

export interface StoreCase {
  call: string;
  iterations: number;
  encrypted: Timing;
  plaintext: Timing;
  /** Encrypted / plaintext. */
  ratioP50: number;
  ratioMean: number;
  status: 'PASS' | 'MISS';
}

/** A fresh connection as openStore leaves it, minus quick_check and migrations (the file is current). */
function connect(path: string, key: StoreKey | null): Store {
  const db = new Database(path, { fileMustExist: true });
  if (key) applyKey(db, key);
  configure(db);
  return db;
}

/** Every data call of the app on one connection: the same handlers and dispatch on either side. */
function dispatchOn(db: Store, dataDir: string): Dispatch {
  const options: AppOptions = { dataDir, transport: 'loopback', appVersion: 'bench' };
  return createDispatch(dataHandlers(db, options, db.name) as Handlers);
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

async function timed(dispatch: Dispatch, name: string, input: unknown): Promise<[number, unknown]> {
  const t0 = performance.now();
  const result = await dispatch(name, input);
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return [ms, result.data];
}

/** A body whose 30 member states met 40 times (past events of the directory), and one event with 500 on its roster. */
function addBusyShapes(db: Store, seed: number): { bodyId: string; busyEventId: string } {
  const rand = prng(seed);
  const now = '2026-11-22T12:00:00.000Z';
  const bodyId = newId();
  const busyEventId = newId();
  db.transaction(() => {
    db.prepare(`INSERT INTO bodies (id, name, kind, created_at, updated_at) VALUES (?, 'Bench task force', 'task_force', ?, ?)`).run(bodyId, now, now);
    const codes = db.prepare('SELECT DISTINCT country_code FROM people WHERE country_code IS NOT NULL ORDER BY country_code LIMIT 30').pluck().all() as string[];
    const member = db.prepare(`INSERT INTO body_members (id, body_id, country_code, kind, created_at, updated_at) VALUES (?, ?, ?, 'member_state', ?, ?)`);
    for (const code of codes) member.run(newId(), bodyId, code, now, now);
    db.prepare(
      `UPDATE events SET body_id = ?, kind = 'task_force_meeting' WHERE id IN (SELECT id FROM events WHERE status = 'held' ORDER BY starts_at DESC LIMIT 40)`,
    ).run(bodyId);
    db.prepare(
      `INSERT INTO events (id, kind, title, starts_at, ends_at, time_zone, all_day, venue_city, status, created_at, updated_at)
       VALUES (?, 'conference', 'Regional conference on organised crime', '2026-05-12T07:00:00.000Z', '2026-05-14T15:00:00.000Z', 'Europe/Bucharest', 0, 'Bucharest', 'confirmed', ?, ?)`,
    ).run(busyEventId, now, now);
    const people = db.prepare('SELECT id, country_code, organisation_id FROM people ORDER BY id LIMIT 500').all() as Array<{ id: string; country_code: string; organisation_id: string | null }>;
    const take = db.prepare(
      `INSERT INTO participations (id, event_id, person_id, role, representing_country_code, representing_org_id, invitation, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'confirmed', ?, ?)`,
    );
    for (const p of people) take.run(newId(), busyEventId, p.id, rand() < 0.2 ? 'head_of_delegation' : 'delegate', p.country_code, p.organisation_id, now, now);
  })();
  return { bodyId, busyEventId };
}

const WORDS = (
  'meeting delegation border police customs operation joint investigation team cybercrime evidence request liaison officer ' +
  'trafficking seizure report follow-up contact prefers phone secure line interpreter workshop training agenda minutes ' +
  'prosecutor warrant extradition cooperation agreement memorandum visit headquarters deputy director analysis intelligence'
).split(' ');

/** Adds people with long notes (searchable, as every note is) until the store holds at least `bytes`. */
function growTo(db: Store, bytes: number, seed: number): number {
  const rand = prng(seed);
  const size = () => (db.prepare('SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()').pluck().get() as number);
  const insert = db.prepare(
    `INSERT INTO people (id, full_name, sort_name, position, country_code, notes, created_at, updated_at)
     VALUES (?, ?, ?, 'Liaison Officer', 'RO', ?, ?, ?)`,
  );
  const now = '2026-11-22T12:00:00.000Z';
  let added = 0;
  while (size() < bytes) {
    db.transaction(() => {
      for (let i = 0; i < 2_000; i++, added++) {
        const name = `Archived contact ${added}`;
        const notes = Array.from({ length: 400 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
        insert.run(newId(), name, foldForSort(name), notes, now, now);
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  return added;
}

/**
 * The encrypted store against its plaintext twin, in one run: the app's data calls on each
 * (interleaved, after warmup), a cold-cache pass, the Argon2id unlock at its default cost, and a
 * backup and a checked open of a store grown to 150 MiB.
 */
export async function runStoreBench(partial: Partial<StoreBenchOptions> = {}, log: (line: string) => void = console.log) {
  const o: StoreBenchOptions = { ...defaultStoreOptions, ...partial };
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-bench-store-'));
  // The default Argon2id cost: the unlock below is timed as a user waits for it.
  const app = await openBenchApp(dataDir, { kdf: 'default' });
  let plain: Store | null = null;
  try {
    const db = app.db;
    log(`Store: generating ${o.people} people, ${o.organisations} organisations, ${o.events} events, ${o.projects} projects with ${o.entries} entries (encrypted) …`);
    const generated = performance.now();
    const directory = generateDirectory(db, o);
    const { projectIds } = generateProjects(db, { projects: o.projects, entries: o.entries, seed: o.seed });
    const { bodyId, busyEventId } = addBusyShapes(db, o.seed);
    const generateMs = performance.now() - generated;

    const kdfStarted = performance.now();
    const key = await storeKeyOf(dataDir);
    const kdfMs = performance.now() - kdfStarted;
    const plainDir = join(dataDir, 'plaintext');
    mkdirSync(plainDir);
    const plainPath = storePathOf(plainDir);
    plaintextCopy(db, key, plainPath);
    const storeBytes = statSync(db.name).size;
    plain = connect(plainPath, null);

    const sides = { encrypted: dispatchOn(db, dataDir), plaintext: dispatchOn(plain, plainDir) };
    const rand = prng(o.seed + 2);
    const personIds = db.prepare('SELECT id FROM people').pluck().all() as string[];
    const randomIds = Array.from({ length: o.warmup + o.iterations }, () => personIds[Math.floor(rand() * personIds.length)]!);
    const created: Record<keyof typeof sides, string[]> = { encrypted: [], plaintext: [] };
    const when = { allDay: false, start: '2026-04-14T08:00', end: '2026-04-14T17:00', timeZone: 'Europe/Bucharest' };

    type Case = { call: string; name: string; input: (i: number, side: keyof typeof sides) => unknown; write?: (side: keyof typeof sides, data: unknown) => void };
    const reads: Case[] = [
      { call: 'people.list first page', name: 'people.list', input: () => ({}) },
      { call: 'people.list search "Petro"', name: 'people.list', input: () => ({ search: 'Petro' }) },
      { call: 'people.list by organisation', name: 'people.list', input: () => ({ sort: 'organisation' }) },
      { call: 'people.get', name: 'people.get', input: (i) => ({ id: randomIds[i] }) },
      { call: 'organisations.list first page', name: 'organisations.list', input: () => ({}) },
      { call: 'events.range a month', name: 'events.range', input: () => ({ from: '2024-03-01T00:00:00.000Z', to: '2024-04-01T00:00:00.000Z' }) },
      { call: 'events.range a year', name: 'events.range', input: () => ({ from: '2024-01-01T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' }) },
      { call: 'roster.list of 500', name: 'roster.list', input: () => ({ eventId: busyEventId }) },
      { call: 'attendance.matrix 30 × 40', name: 'attendance.matrix', input: () => ({ bodyId }) },
      { call: 'projects.dashboard', name: 'projects.dashboard', input: () => ({ id: projectIds[0], today: '2024-06-15' }) },
      { call: 'system.info', name: 'system.info', input: () => ({}) },
    ];
    const writes: Case[] = [
      {
        call: 'people.create',
        name: 'people.create',
        input: (i) => ({ fullName: `Bench Officer ${i}`, countryCode: 'RO', emails: [`bench.officer.${i}@example.org`], position: 'Liaison Officer' }),
        write: (side, data) => created[side].push((data as { id: string }).id),
      },
      {
        call: 'people.update',
        name: 'people.update',
        input: (i, side) => ({ id: created[side][i], fullName: `Bench Officer ${i} Updated`, countryCode: 'BG', position: 'Head of Unit', notes: 'Moved to the BG desk.' }),
      },
      { call: 'events.create', name: 'events.create', input: (i) => ({ title: `Bench meeting ${i}`, when, venueCity: 'Bucharest', venueCountryCode: 'RO' }) },
    ];

    const cases: StoreCase[] = [];
    for (const [list, iterations] of [[reads, o.iterations], [writes, o.writeIterations]] as const) {
      for (const c of list) {
        const samples: Record<keyof typeof sides, number[]> = { encrypted: [], plaintext: [] };
        for (let i = 0; i < o.warmup + iterations; i++) {
          // A then B, then B then A: whatever drifts (GC, the OS cache, fsync) falls on both alike.
          const order = i % 2 === 0 ? (['encrypted', 'plaintext'] as const) : (['plaintext', 'encrypted'] as const);
          for (const side of order) {
            const [ms, data] = await timed(sides[side], c.name, c.input(i, side));
            c.write?.(side, data);
            if (i >= o.warmup) samples[side].push(ms);
          }
        }
        const encrypted = summarise(samples.encrypted);
        const plaintext = summarise(samples.plaintext);
        const ratioP50 = encrypted.p50 / plaintext.p50;
        cases.push({
          call: c.call,
          iterations,
          encrypted,
          plaintext,
          ratioP50,
          ratioMean: encrypted.mean / plaintext.mean,
          status: ratioP50 <= STORE_TARGETS.ratio ? 'PASS' : 'MISS',
        });
      }
    }

    // Cold: a new connection (its statements prepared), then its first call; SQLite's page cache is empty, the OS's is not.
    const cold: StoreCase[] = [];
    for (const c of [reads[0]!, reads[1]!, reads[6]!, reads[9]!]) {
      const samples: Record<keyof typeof sides, number[]> = { encrypted: [], plaintext: [] };
      for (let round = 0; round < o.coldRounds; round++) {
        const order = round % 2 === 0 ? (['encrypted', 'plaintext'] as const) : (['plaintext', 'encrypted'] as const);
        for (const side of order) {
          const fresh = side === 'encrypted' ? connect(db.name, key) : connect(plainPath, null);
          try {
            const [ms] = await timed(dispatchOn(fresh, side === 'encrypted' ? dataDir : plainDir), c.name, c.input(0, side));
            samples[side].push(ms);
          } finally {
            fresh.close();
          }
        }
      }
      const encrypted = summarise(samples.encrypted);
      const plaintext = summarise(samples.plaintext);
      cold.push({
        call: `${c.call} (cold)`,
        iterations: o.coldRounds,
        encrypted,
        plaintext,
        ratioP50: encrypted.p50 / plaintext.p50,
        ratioMean: encrypted.mean / plaintext.mean,
        status: encrypted.p50 / plaintext.p50 <= STORE_TARGETS.ratio ? 'PASS' : 'MISS',
      });
    }
    plain.close();
    plain = null;

    // Unlock as the user waits for it: Argon2id at its default cost, then the store opened (quick_check) and wired.
    const unlockMs: number[] = [];
    for (let run = 0; run < o.unlockRuns; run++) {
      await app.vault.lock();
      const t0 = performance.now();
      await app.vault.unlock(BENCH_PASSPHRASE);
      unlockMs.push(performance.now() - t0);
    }

    log(`Store: growing the encrypted store to ${o.backupMiB} MiB …`);
    const grown = performance.now();
    const addedPeople = growTo(app.db, o.backupMiB * 1024 * 1024, o.seed + 3);
    const growMs = performance.now() - grown;
    const grownBytes = statSync(app.db.name).size;
    const backupStarted = performance.now();
    const backup = backupsIn(join(dataDir, 'bench-backups'), () => key).create(app.db, 'manual');
    const backupMs = performance.now() - backupStarted;
    // The same quick_check on a plaintext twin of the grown store: what the check costs without the cipher.
    const grownPlainPath = join(plainDir, 'grown.sqlite');
    plaintextCopy(app.db, key, grownPlainPath);
    app.close();
    const openMs: number[] = [];
    const plainCheckMs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      const reopened = await openStore(db.name, { key });
      openMs.push(performance.now() - t0);
      closeStore(reopened);
      const t1 = performance.now();
      const twin = new Database(grownPlainPath, { fileMustExist: true });
      const problems = quickCheck(twin);
      plainCheckMs.push(performance.now() - t1);
      twin.close();
      if (problems.length) throw new Error(`The plaintext twin failed quick_check: ${problems[0]}`);
    }

    const pass = cases.filter((c) => c.status === 'PASS').length;
    return {
      options: o,
      targets: STORE_TARGETS,
      generation: { ...directory, generateMs, storeBytes },
      cases,
      cold,
      totals: { cases: cases.length, pass, miss: cases.length - pass },
      unlock: {
        kdf: DEFAULT_KDF,
        runsMs: unlockMs,
        medianMs: median(unlockMs),
        argon2idAloneMs: kdfMs,
        status: median(unlockMs) <= STORE_TARGETS.unlockMs ? 'PASS' : 'MISS',
      },
      backup: {
        storeBytes: grownBytes,
        backupBytes: backup.sizeBytes,
        addedPeople,
        growMs,
        ms: backupMs,
        status: backupMs <= STORE_TARGETS.backupMs ? 'PASS' : 'MISS',
      },
      openChecked: {
        runsMs: openMs,
        medianMs: median(openMs),
        plaintextQuickCheckMedianMs: median(plainCheckMs),
        status: median(openMs) <= STORE_TARGETS.openMs ? 'PASS' : 'MISS',
      },
    };
  } finally {
    plain?.close();
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export type StoreBenchResult = Awaited<ReturnType<typeof runStoreBench>>;

/** Encrypted against plaintext, one line per call. */
export function formatStoreTable(result: StoreBenchResult): string {
  const header = ['call (encrypted vs plaintext)', 'enc p50', 'enc p99', 'plain p50', 'plain p99', '×p50', '×mean', 'n', 'status'];
  const body = [...result.cases, ...result.cold].map((c) => [
    c.call,
    c.encrypted.p50.toFixed(2),
    c.encrypted.p99.toFixed(2),
    c.plaintext.p50.toFixed(2),
    c.plaintext.p99.toFixed(2),
    c.ratioP50.toFixed(2),
    c.ratioMean.toFixed(2),
    String(c.iterations),
    c.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 8 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
