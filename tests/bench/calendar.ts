import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchApp } from './vault';
import { newId } from '../../src-main/core/ids';
import { buildRangeQuery } from '../../src-main/core/events';
import { eventKinds, eventStatuses } from '../../src-shared/contract';
import { summarise, type Timing } from './directory';
import { prng } from './generate';

export interface CalendarBenchOptions {
  events: number;
  years: number;
  iterations: number;
  seed: number;
}

export const defaultCalendarOptions: CalendarBenchOptions = { events: 15_000, years: 20, iterations: 300, seed: 20_261_122 };
export const CALENDAR_TARGET_P99_MS = 16;

export interface CalendarCase {
  call: string;
  contract: Timing;
  raw: Timing;
  ratio: number;
  meanEvents: number;
  status: 'PASS' | 'MISS';
}

const ZONES = ['Europe/Bucharest', 'Europe/Istanbul', 'Europe/Ljubljana', 'Europe/Belgrade', 'Europe/Athens', 'Europe/Madrid', 'UTC'];
const CITIES = ['Bucharest', 'Sofia', 'Skopje', 'Tirana', 'Belgrade', 'Ljubljana', 'Athens', 'Ankara', 'Chișinău', 'Podgorica'];

/** 15,000 events over 20 years, some multi-day and all-day, tagged; then month and week windows through events.range. */
export async function runCalendarBench(partial: Partial<CalendarBenchOptions> = {}, log: (line: string) => void = console.log) {
  const options = { ...defaultCalendarOptions, ...partial };
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-bench-calendar-'));
  const app = await openBenchApp(dataDir);
  try {
    const db = app.db;
    const rand = prng(options.seed);
    const start = Date.UTC(2007, 0, 1);
    const span = options.years * 365.25 * 86_400_000;
    const now = new Date().toISOString();
    const insert = db.prepare(
      `INSERT INTO events (id, kind, title, starts_at, ends_at, time_zone, all_day, venue_city, status, ical_uid, created_at, updated_at)
       VALUES (@id, @kind, @title, @startsAt, @endsAt, @zone, @allDay, @city, @status, @uid, @now, @now)`,
    );
    const tagIds = ['terrorism', 'cybercrime', 'trafficking', 'migration', 'training'].map((name) => {
      const id = newId();
      db.prepare('INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, name, now, now);
      return id;
    });
    const tag = db.prepare('INSERT INTO event_tags (id, event_id, tag_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const t0 = performance.now();
    db.transaction(() => {
      for (let i = 0; i < options.events; i++) {
        const allDay = rand() < 0.3;
        const begin = start + Math.floor(rand() * span);
        const startsAt = allDay ? Math.floor(begin / 86_400_000) * 86_400_000 : Math.floor(begin / 1_800_000) * 1_800_000;
        const length = allDay ? (1 + Math.floor(rand() * 3)) * 86_400_000 : (1 + Math.floor(rand() * 16)) * 1_800_000;
        const id = newId();
        insert.run({
          id,
          kind: eventKinds[Math.floor(rand() * eventKinds.length)],
          title: `Meeting ${i}`,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + length).toISOString(),
          zone: ZONES[Math.floor(rand() * ZONES.length)],
          allDay: allDay ? 1 : 0,
          city: CITIES[Math.floor(rand() * CITIES.length)],
          status: eventStatuses[Math.floor(rand() * eventStatuses.length)],
          uid: `${id}@liaison`,
          now,
        });
        if (rand() < 0.5) tag.run(newId(), id, tagIds[Math.floor(rand() * tagIds.length)], now, now);
      }
    })();
    log(`Generated ${options.events} events over ${options.years} years in ${(performance.now() - t0).toFixed(0)} ms`);
    app.dispatch('events.range', { from: new Date(start).toISOString(), to: new Date(start + 1).toISOString() });

    const windows = (days: number) =>
      Array.from({ length: options.iterations }, () => {
        const from = Math.floor((start + rand() * (span - days * 86_400_000)) / 86_400_000) * 86_400_000;
        return { from: new Date(from).toISOString(), to: new Date(from + days * 86_400_000).toISOString() };
      });
    const longest = (db.prepare('SELECT max((julianday(ends_at) - julianday(starts_at)) * 86400000) AS ms FROM events').get() as { ms: number }).ms;
    const cases: CalendarCase[] = [];
    // A month view shows six weeks; a week view seven days.
    for (const [call, days, filter] of [
      ['events.range month (42 days)', 42, {}],
      ['events.range week (7 days)', 7, {}],
      ['events.range month, filtered by tag', 42, { tags: ['terrorism'] }],
    ] as const) {
      const contractMs: number[] = [];
      const rawMs: number[] = [];
      let events = 0;
      for (const w of windows(days)) {
        const parsedFilter = { bodyIds: [], kinds: [], countryCodes: [], statuses: [], tags: [...(filter as { tags?: string[] }).tags ?? []], search: '' };
        const q = buildRangeQuery(w.from, w.to, parsedFilter, Math.max(longest, 86_400_000) + 60_000);
        const statement = db.prepare(q.sql);
        const a = performance.now();
        statement.all(q.params);
        const b = performance.now();
        const result = await app.dispatch('events.range', { ...w, filter });
        const c = performance.now();
        if (!result.ok) throw new Error(result.error.message);
        events += (result.data as unknown[]).length;
        rawMs.push(b - a);
        contractMs.push(c - b);
      }
      const contract = summarise(contractMs);
      const raw = summarise(rawMs);
      cases.push({
        call,
        contract,
        raw,
        ratio: contract.p99 / raw.p99,
        meanEvents: events / options.iterations,
        status: contract.p99 <= CALENDAR_TARGET_P99_MS ? 'PASS' : 'MISS',
      });
    }
    return { options, cases };
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatCalendarTable(cases: CalendarCase[]): string {
  const rows = cases.map(
    (c) =>
      `${c.call.padEnd(38)} ${c.contract.p50.toFixed(2).padStart(7)} ${c.contract.p99.toFixed(2).padStart(7)} ${c.raw.p50.toFixed(2).padStart(8)} ${c.raw.p99.toFixed(2).padStart(8)} ${c.ratio.toFixed(2).padStart(6)} ${c.meanEvents.toFixed(1).padStart(7)}  p99 ≤ ${CALENDAR_TARGET_P99_MS} ms  ${c.status}`,
  );
  return [`${'call'.padEnd(38)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'raw p50'.padStart(8)} ${'raw p99'.padStart(8)} ${'ratio'.padStart(6)} ${'events'.padStart(7)}  target`, ...rows].join('\n');
}
