import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from 'better-sqlite3';
import { openBenchApp } from './vault';
import { buildOrganisationListQuery } from '../../src-main/core/organisations/service';
import { buildPeopleListQuery, PERSON_BY_ID_SQL } from '../../src-main/core/people';
import { type CallArgs, type CallInput, contract } from '../../src-shared/contract';
import { type GenerateResult, generateDirectory, prng } from './generate';

export interface DirectoryBenchOptions {
  people: number;
  organisations: number;
  events: number;
  participantsPerEvent: number;
  iterations: number;
  warmup: number;
  seed: number;
  /** Run ANALYZE after loading, as `PRAGMA optimize` would eventually; off by default to time what a fresh store does. */
  analyze: boolean;
  /** Keep the temp folder for inspection. */
  keep: boolean;
}

export const defaultBenchOptions: DirectoryBenchOptions = {
  people: 60_000,
  organisations: 2_000,
  events: 2_000,
  participantsPerEvent: 12,
  iterations: 300,
  warmup: 20,
  seed: 20_261_122,
  analyze: false,
  keep: false,
};

export const TARGET_P99_MS = 16;
export const TARGET_RATIO = 1.3;

export interface Timing {
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export interface CaseResult {
  call: string;
  name: string;
  input: unknown;
  iterations: number;
  /** Rows on the page and the total the call reported, to show the query did real work. */
  rows: number;
  total: number | null;
  contract: Timing;
  raw: Timing;
  ratio: number;
  status: 'PASS' | 'MISS';
  misses: string[];
  plan: string[];
}

export interface DirectoryBenchResult {
  finishedAt: string;
  options: DirectoryBenchOptions;
  environment: { node: string; sqlite: string; platform: string; cpu: string; cores: number };
  generation: GenerateResult & { dbBytes: number };
  /** Rewriting every sort key when the interface language changes (English to Croatian). */
  resort: { locale: string; ms: number };
  targets: { p99Ms: number; ratio: number };
  results: CaseResult[];
  totals: { cases: number; pass: number; miss: number };
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    max: sorted.at(-1)!,
  };
}

interface BenchCase {
  call: string;
  name: 'people.list' | 'organisations.list' | 'people.get';
  input: (i: number) => unknown;
  /** The same SQL the service runs, on statements prepared once. */
  raw: (i: number) => unknown;
  /** SQLite's plan for the page query, to show why a case is slow. */
  plan: string[];
}

/** A list call's raw side: the service's own query builder, its statements prepared once. */
function rawList(
  db: import('better-sqlite3').Database,
  query: { sql: string; countSql: string; params: Record<string, unknown> },
): () => unknown {
  const page: Statement = db.prepare(query.sql);
  const count: Statement = db.prepare(query.countSql);
  return () => {
    const rows = page.all(query.params);
    const total = count.get(query.params);
    return [rows, total];
  };
}

function planOf(db: import('better-sqlite3').Database, sql: string, params: Record<string, unknown> | unknown[]): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>;
  return rows.map((r) => r.detail);
}

export async function runDirectoryBench(partial: Partial<DirectoryBenchOptions> = {}, log: (line: string) => void = console.log): Promise<DirectoryBenchResult> {
  const options: DirectoryBenchOptions = { ...defaultBenchOptions, ...partial };
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-bench-'));
  const app = await openBenchApp(dataDir);
  try {
    const db = app.db;
    log(`Generating ${options.people} people, ${options.organisations} organisations, ${options.events} events (seed ${options.seed}) …`);
    const generated = generateDirectory(db, options);
    if (options.analyze) db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = (db.prepare('SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()').get() as { bytes: number }).bytes;
    log(
      `Generated ${generated.rows} rows in ${generated.ms.toFixed(0)} ms (${generated.rowsPerSecond.toLocaleString('en')} rows/s), ` +
        `${(dbBytes / 1024 / 1024).toFixed(1)} MiB: ${JSON.stringify(generated.tables)}`,
    );

    // A Croatian coordinator's store: every list below is paged in Croatian order (lj after l, č after c).
    const resortStarted = performance.now();
    const resorted = await app.dispatch('settings.sortLanguage', { locale: 'hr' });
    if (!resorted.ok) throw new Error(`settings.sortLanguage failed: ${resorted.error.message}`);
    const resort = { locale: 'hr', ms: performance.now() - resortStarted };
    log(`Sorted ${options.people} people and ${options.organisations} organisations again in Croatian in ${resort.ms.toFixed(0)} ms`);

    const peopleArgs = (input: CallInput<'people.list'>): CallArgs<'people.list'> => contract['people.list'].input.parse(input);
    const orgArgs = (input: CallInput<'organisations.list'>): CallArgs<'organisations.list'> => contract['organisations.list'].input.parse(input);

    const rand = prng(options.seed + 1);
    const ids = db.prepare('SELECT id FROM people').pluck().all() as string[];
    const sampleIds = Array.from({ length: options.iterations + options.warmup }, () => ids[Math.floor(rand() * ids.length)]!);
    const personById = db.prepare(PERSON_BY_ID_SQL);

    const deepOffset = Math.max(0, Math.min(30_000, options.people - 100));
    const listCase = (call: string, input: CallInput<'people.list'>): BenchCase => {
      const query = buildPeopleListQuery(peopleArgs(input), undefined, resort.locale);
      return { call, name: 'people.list', input: () => input, raw: rawList(db, query), plan: planOf(db, query.sql, query.params) };
    };
    const orgQuery = buildOrganisationListQuery(orgArgs({}));
    const cases: BenchCase[] = [
      listCase('people.list first page by name', { sort: 'name' }),
      listCase('people.list country = RO', { countryCode: 'RO' }),
      listCase('people.list by organisation', { sort: 'organisation' }),
      listCase('people.list search "Petro"', { search: 'Petro' }),
      listCase('people.list search "stanescu"', { search: 'stanescu' }),
      // Across scripts: a Latin query that finds Cyrillic names too, and a Cyrillic one that finds Latin ones.
      listCase('people.list search "jovanovic"', { search: 'jovanovic' }),
      listCase('people.list search "Петровић"', { search: 'Петровић' }),
      // What the search box sends on the first keystrokes.
      listCase('people.list search "Pe"', { search: 'Pe' }),
      listCase('people.list search "M"', { search: 'M' }),
      listCase(`people.list offset ${deepOffset}`, { offset: deepOffset }),
      {
        call: 'organisations.list first page',
        name: 'organisations.list',
        input: () => ({}),
        raw: rawList(db, orgQuery),
        plan: planOf(db, orgQuery.sql, orgQuery.params),
      },
      {
        call: 'people.get',
        name: 'people.get',
        input: (i) => ({ id: sampleIds[i] }),
        raw: (i) => personById.get(sampleIds[i]),
        plan: planOf(db, personById.source, [sampleIds[0]]),
      },
    ];

    const results: CaseResult[] = [];
    for (const c of cases) {
      const contractMs: number[] = [];
      const rawMs: number[] = [];
      let rows = 0;
      let total: number | null = null;
      for (let i = 0; i < options.warmup + options.iterations; i++) {
        // Alternate raw and contract so drift (GC, page cache) hits both alike.
        const t0 = performance.now();
        c.raw(i);
        const t1 = performance.now();
        const result = await app.dispatch(c.name, c.input(i));
        const t2 = performance.now();
        if (!result.ok) throw new Error(`${c.call} failed: ${result.error.code} ${result.error.message}`);
        if (i < options.warmup) continue;
        rawMs.push(t1 - t0);
        contractMs.push(t2 - t1);
        const data = result.data as { rows?: unknown[]; total?: number };
        rows = data.rows ? data.rows.length : 1;
        total = data.total ?? null;
      }
      const contractTiming = summarise(contractMs);
      const rawTiming = summarise(rawMs);
      const ratio = contractTiming.p99 / rawTiming.p99;
      const misses: string[] = [];
      if (contractTiming.p99 > TARGET_P99_MS) misses.push(`p99 ${contractTiming.p99.toFixed(2)} ms > ${TARGET_P99_MS} ms`);
      if (ratio > TARGET_RATIO) misses.push(`ratio ${ratio.toFixed(2)} > ${TARGET_RATIO}`);
      results.push({
        call: c.call,
        name: c.name,
        input: c.name === 'people.get' ? { id: '(random person)' } : c.input(0),
        iterations: options.iterations,
        rows,
        total,
        contract: contractTiming,
        raw: rawTiming,
        ratio,
        status: misses.length ? 'MISS' : 'PASS',
        misses,
        plan: c.plan,
      });
    }

    const pass = results.filter((r) => r.status === 'PASS').length;
    return {
      finishedAt: new Date().toISOString(),
      options,
      environment: {
        node: process.version,
        sqlite: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
        platform: `${process.platform} ${process.arch}`,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
      },
      generation: { ...generated, dbBytes },
      resort,
      targets: { p99Ms: TARGET_P99_MS, ratio: TARGET_RATIO },
      results,
      totals: { cases: results.length, pass, miss: results.length - pass },
    };
  } finally {
    app.close();
    if (options.keep) log(`Kept the data in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The table printed after a run. */
export function formatTable(result: DirectoryBenchResult): string {
  const header = ['call', 'p50 ms', 'p99 ms', 'raw p50', 'raw p99', 'ratio', 'overhead p50', 'rows/total', 'target', 'status'];
  const target = `p99 ≤ ${result.targets.p99Ms} ms, ratio ≤ ${result.targets.ratio}`;
  const body = result.results.map((r) => [
    r.call,
    r.contract.p50.toFixed(2),
    r.contract.p99.toFixed(2),
    r.raw.p50.toFixed(2),
    r.raw.p99.toFixed(2),
    r.ratio.toFixed(2),
    (r.contract.p50 - r.raw.p50).toFixed(2),
    r.total === null ? String(r.rows) : `${r.rows}/${r.total}`,
    target,
    r.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= 7 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
