import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LiaisonCore } from '../../src-main/core/app';
import { fillNominationForm } from '../nomination-form-fill';
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

export const NOMINATIONS_TARGET_MS = 1000;


/**
 * Twelve filled nomination forms back in, one per delegation of the demo's next ATTF meeting, four
 * people each (the contact point matched by email, a namesake by name and organisation where there is
 * one, two new people): `nominations.preview` then `nominations.commit`, on a fresh store each run.
 */
export async function runNominationsBench(options: { runs: number }) {
  const { unzipSync } = await import('fflate');
  const times: number[] = [];
  let rows = 0;
  let forms = 0;
  for (let run = 0; run < options.runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-nominations-'));
    const core = await openBenchApp(dir);
    try {
      await call(core, 'system.loadDemo', {});
      const events = await call<Array<{ id: string; title: string }>>(core, 'events.range', { from: '2027-05-24T00:00:00.000Z', to: '2027-05-27T00:00:00.000Z' });
      const event = events.find((e) => e.title.startsWith('12th meeting of the SELEC Anti-Terrorism Task Force'))!;
      const plan = await call<{ delegations: Array<{ key: string; name: string; contacts: Array<{ fullName: string; emails: string[] }> }> }>(core, 'invitations.plan', { eventId: event.id });
      const built = await call<{ files: Array<{ base64: string }> }>(core, 'invitations.build', {
        eventId: event.id,
        format: 'zip',
        deadline: '2027-05-04',
        locale: 'en-GB',
        delegations: plan.delegations.map((d) => ({ key: d.key })),
      });
      const archive = unzipSync(Buffer.from(built.files[0]!.base64, 'base64'));
      const blank = Object.entries(archive).filter(([name]) => name.endsWith('.xlsx'));
      const files = await Promise.all(
        blank.map(async ([name, bytes], i) => {
          const contact = plan.delegations.find((d) => name.startsWith(`${d.name}/`))?.contacts.find((c) => c.emails.length);
          const people: Array<Record<string, string>> = [
            ...(contact ? [{ name: contact.fullName, email: contact.emails[0]!, role: 'Head of delegation' }] : []),
            { name: `Delegate One ${i}`, email: `delegate.one.${i}@example.org`, organisation: 'Bench Agency', role: 'Delegate' },
            { name: `Delegate Two ${i}`, email: `delegate.two.${i}@example.org`, role: 'Delegate', arrival: '2027-05-24' },
            { name: `Expert ${i}`, email: `expert.${i}@example.org`, role: 'Observer', visaLetter: 'Yes' },
          ];
          rows += run === 0 ? people.length : 0;
          return { fileName: name.split('/').pop()!, base64: (await fillNominationForm(bytes, people)).toString('base64') };
        }),
      );
      forms = files.length;
      const started = performance.now();
      const preview = await call<{ counts: { error: number; review: number } }>(core, 'nominations.preview', { eventId: event.id, files });
      if (preview.counts.error || preview.counts.review) throw new Error(`The bench's forms have problems: ${JSON.stringify(preview.counts)}`);
      await call(core, 'nominations.commit', { eventId: event.id, files });
      times.push(performance.now() - started);
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { forms, rows, runs: options.runs, firstMs: times[0]!, p50Ms: median(times) };
}
