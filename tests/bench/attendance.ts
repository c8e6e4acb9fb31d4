import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchApp } from './vault';
import { newId } from '../../src-main/core/ids';
import { summarise, type Timing } from './directory';
import { prng } from './generate';

export const MATRIX_TARGET_MS = 50;

/** A body with 30 member states and 40 held meetings of about 60 participants each; times attendance.matrix. */
export async function runAttendanceBench(options: { iterations: number; seed: number }): Promise<{ meetings: number; countries: number; participations: number; timing: Timing }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'liaison-bench-attendance-'));
  const app = await openBenchApp(dataDir);
  try {
    const db = app.db;
    const rand = prng(options.seed);
    const now = new Date().toISOString();
    const codes = db.prepare('SELECT code FROM countries ORDER BY code LIMIT 30').pluck().all() as string[];
    const bodyId = newId();
    let participations = 0;
    db.transaction(() => {
      db.prepare(`INSERT INTO bodies (id, name, kind, created_at, updated_at) VALUES (?, 'Bench task force', 'task_force', ?, ?)`).run(bodyId, now, now);
      const member = db.prepare(`INSERT INTO body_members (id, body_id, country_code, kind, created_at, updated_at) VALUES (?, ?, ?, 'member_state', ?, ?)`);
      for (const code of codes) member.run(newId(), bodyId, code, now, now);
      const person = db.prepare(`INSERT INTO people (id, full_name, sort_name, country_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
      const people = codes.flatMap((code) =>
        Array.from({ length: 4 }, (_, i) => {
          const id = newId();
          person.run(id, `Delegate ${code} ${i}`, `delegate ${code.toLowerCase()} ${i}`, code, now, now);
          return { id, code };
        }),
      );
      const event = db.prepare(
        `INSERT INTO events (id, kind, title, body_id, starts_at, ends_at, time_zone, status, created_at, updated_at)
         VALUES (?, 'task_force_meeting', ?, ?, ?, ?, 'Europe/Bucharest', 'held', ?, ?)`,
      );
      const take = db.prepare(
        `INSERT INTO participations (id, event_id, person_id, representing_country_code, invitation, attendance, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'confirmed', ?, ?, ?)`,
      );
      for (let m = 0; m < 40; m++) {
        const id = newId();
        const day = new Date(Date.UTC(2010 + Math.floor(m / 2), (m % 2) * 6, 15)).toISOString();
        event.run(id, `Meeting ${m + 1}`, bodyId, day, day, now, now);
        for (const p of people) {
          if (rand() < 0.5) continue;
          take.run(newId(), id, p.id, p.code, rand() < 0.8 ? 'attended' : 'no_show', now, now);
          participations++;
        }
      }
    })();
    const samples: number[] = [];
    for (let i = 0; i < options.iterations + 10; i++) {
      const t0 = performance.now();
      const result = await app.dispatch('attendance.matrix', { bodyId });
      const t1 = performance.now();
      if (!result.ok) throw new Error(result.error.message);
      if (i >= 10) samples.push(t1 - t0);
    }
    return { meetings: 40, countries: codes.length, participations, timing: summarise(samples) };
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
