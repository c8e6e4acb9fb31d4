import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchApp } from './vault';
import { newId } from '../../src-main/core/ids';
import type { Store } from '../../src-main/core/store/open';
import { summarise, type Timing } from './directory';
import { prng } from './generate';

export const PROJECT_TARGETS = { dashboardP99: 30, pivotP99: 30, portfolioP99: 100, reportMs: 2000 };

export interface ProjectShape {
  projects: number;
  entries: number;
  seed: number;
}

/**
 * Projects with 10 indicators each (five country targets per indicator) and entries naming one or
 * two countries; the first project holds one in 25 entries. Returns the projects, the indicators
 * and the time taken.
 */
export function generateProjects(db: Store, options: ProjectShape) {
  const rand = prng(options.seed);
  const now = new Date().toISOString();
  const codes = db.prepare('SELECT code FROM countries ORDER BY code LIMIT 40').pluck().all() as string[];
  const periods = ['month', 'quarter', 'year', 'project_year'] as const;
  const indicators: Array<{ id: string; start: number; days: number }> = [];
  const projectIds: string[] = [];
  const generated = performance.now();
  db.transaction(() => {
    const project = db.prepare(
      `INSERT INTO projects (id, acronym, title, starts_on, ends_on, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'running', ?, ?)`,
    );
    const indicator = db.prepare(
      `INSERT INTO indicators (id, project_id, name, unit, target, baseline, cumulative, period, position, created_at, updated_at)
       VALUES (?, ?, ?, 'units', ?, 0, ?, ?, ?, ?, ?)`,
    );
    const target = db.prepare('INSERT INTO indicator_targets (id, indicator_id, country_code, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (let p = 0; p < options.projects; p++) {
      const id = newId();
      projectIds.push(id);
      const startDay = Date.UTC(2022, 0, 1) / 86_400_000 + Math.floor(rand() * 1400);
      const days = 365 * (2 + Math.floor(rand() * 3));
      const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
      project.run(id, `P${p}`, `Project ${p}`, iso(startDay), iso(startDay + days - 1), now, now);
      for (let i = 0; i < 10; i++) {
        const indicatorId = newId();
        indicators.push({ id: indicatorId, start: startDay, days });
        indicator.run(indicatorId, id, `Indicator ${i}`, 50 + Math.floor(rand() * 500), i % 3 === 0 ? 0 : 1, periods[i % 4], i, now, now);
        for (let c = 0; c < 5; c++) target.run(newId(), indicatorId, codes[(i + c * 7) % codes.length], 10, now, now);
      }
    }
    const entry = db.prepare(
      `INSERT INTO indicator_entries (id, indicator_id, occurred_on, count, officers, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
    );
    const country = db.prepare('INSERT INTO entry_countries (id, entry_id, country_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let e = 0; e < options.entries; e++) {
      // One in 25 entries goes to the first project (20,000 of 500,000, twelve times the average):
      // its dashboard, pivot and report are the slowest of the portfolio.
      const target = e % 25 === 0 ? indicators[Math.floor(rand() * 10)]! : indicators[10 + Math.floor(rand() * (indicators.length - 10))]!;
      const id = newId();
      const day = new Date((target.start + Math.floor(rand() * target.days)) * 86_400_000).toISOString().slice(0, 10);
      entry.run(id, target.id, day, 1 + Math.floor(rand() * 5), Math.floor(rand() * 20), now, now);
      const first = Math.floor(rand() * codes.length);
      country.run(newId(), id, codes[first], now, now);
      if (rand() < 0.3) country.run(newId(), id, codes[(first + 1 + Math.floor(rand() * (codes.length - 1))) % codes.length], now, now);
    }
  })();
  db.pragma('optimize');
  const generateMs = performance.now() - generated;
  return { projectIds, indicators, generateMs };
}

/**
 * 300 projects with 10 indicators each and 500,000 entries (each naming one or two countries),
 * the largest project holding one in 25 of them; times the calls a coordinator waits on.
 */
export async function runProjectsBench(options: { projects: number; entries: number; iterations: number; seed: number }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-bench-projects-'));
  const app = await openBenchApp(dataDir);
  try {
    const db = app.db;
    const { projectIds, indicators, generateMs } = generateProjects(db, options);

    const today = '2024-06-15';
    const largest = projectIds[0]!;
    const biggestIndicator = indicators[0]!.id;
    const time = async (name: string, input: unknown, iterations: number): Promise<Timing> => {
      const samples: number[] = [];
      for (let i = 0; i < iterations + 3; i++) {
        const t0 = performance.now();
        const result = await app.dispatch(name, input);
        const t1 = performance.now();
        if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
        if (i >= 3) samples.push(t1 - t0);
      }
      return summarise(samples);
    };
    const entriesOfLargest = (db.prepare('SELECT count(*) FROM indicator_entries WHERE indicator_id IN (SELECT id FROM indicators WHERE project_id = ?)').pluck().get(largest) as number);
    return {
      projects: options.projects,
      indicators: indicators.length,
      entries: options.entries,
      entriesOfLargest,
      generateMs,
      dashboard: await time('projects.dashboard', { id: largest, today }, options.iterations),
      pivot: await time('projects.pivot', { indicatorId: biggestIndicator }, options.iterations),
      portfolio: await time('projects.portfolio', { today }, Math.max(10, Math.floor(options.iterations / 5))),
      report: await time('projects.report', { id: largest, today }, 3),
    };
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
