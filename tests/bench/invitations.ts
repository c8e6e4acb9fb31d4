import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LiaisonCore } from '../../src-main/core/app';
import { openBenchApp } from './vault';

export const PACKS_TARGET_MS = 3000;

async function call<T>(core: LiaisonCore, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data as T;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The demo's next ATTF meeting and its twelve delegations (eleven member states and a partner): every
 * pack (letter, calendar invitation, nomination form) built through `invitations.build`, as one ZIP
 * and as twelve email drafts, half of them in the delegation's own language.
 */
export async function runInvitationsBench(options: { runs: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-invitations-'));
  const core = await openBenchApp(dir);
  try {
    await call(core, 'system.loadDemo', {});
    const events = await call<Array<{ id: string; title: string }>>(core, 'events.range', { from: '2027-05-24T00:00:00.000Z', to: '2027-05-27T00:00:00.000Z' });
    const event = events.find((e) => e.title.startsWith('12th meeting of the SELEC Anti-Terrorism Task Force'))!;
    const plan = await call<{ delegations: Array<{ key: string; countryCode: string | null }> }>(core, 'invitations.plan', { eventId: event.id });
    const own: Record<string, string> = { RO: 'ro', BG: 'bg', GR: 'el', TR: 'tr', HU: 'hu', MK: 'mk', RS: 'sr-Cyrl' };
    const delegations = plan.delegations.map((d) => ({ key: d.key, language: (d.countryCode && own[d.countryCode]) || 'en' }));
    const time = async (format: 'zip' | 'eml') => {
      const times: number[] = [];
      let files = 0;
      for (let i = 0; i < options.runs; i++) {
        const started = performance.now();
        const result = await call<{ files: unknown[] }>(core, 'invitations.build', { eventId: event.id, format, deadline: '2027-05-04', locale: 'en-GB', delegations });
        times.push(performance.now() - started);
        files = result.files.length;
      }
      return { firstMs: times[0]!, p50Ms: median(times), files };
    };
    return { delegations: delegations.length, runs: options.runs, zip: await time('zip'), eml: await time('eml') };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
