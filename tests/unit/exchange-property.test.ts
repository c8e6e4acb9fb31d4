import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiaisonCore } from '../../src-main/core/app';
import { mergeRule } from '../../src-main/core/exchange/apply';
import { REPLICATED } from '../../src-main/core/exchange/tables';
import type { Person } from '../../src-shared/contract';
import { call, openTestApp } from './helpers';

/**
 * Laptops driven through the real calls with random creates, updates and deletes — the same
 * participant added on two laptops, a person deleted while another laptop puts them on a roster,
 * an event deleted with its roster and agenda — exchanging bundles in random order, twice over,
 * with clocks up to ten minutes apart. Once every laptop has heard from every other, all hold the
 * same rows.
 */

const PASS = 'property test passphrase';
const NAMES = ['Ana Popescu', 'Драган Јовановић', 'Νίκος Αλεξίου', 'Emre Çelik', 'Jelena Šarić'];
const POSITIONS = ['Inspector', 'Chief inspector', 'Head of unit', 'Prosecutor', ''];
const TAGS = ['Drugs', 'drugs', 'Terrorism', 'Cybercrime'];
const COUNTRIES = ['RO', 'RS', 'GR', 'TR', 'BG'];

type Op =
  | { kind: 'person'; at: number; name: number }
  | { kind: 'position'; at: number; person: number; position: number }
  | { kind: 'deletePerson'; at: number; person: number }
  | { kind: 'event'; at: number; tags: number[] }
  | { kind: 'retitle'; at: number; event: number; title: number; tags: number[] }
  | { kind: 'deleteEvent'; at: number; event: number }
  | { kind: 'roster'; at: number; event: number; person: number }
  | { kind: 'unroster'; at: number; event: number }
  | { kind: 'entry'; at: number; count: number; countries: number[] }
  | { kind: 'deleteEntry'; at: number; entry: number }
  | { kind: 'exchange'; at: number; to: number; twice: boolean; reply: boolean };

const op = (laptops: number): fc.Arbitrary<Op> => {
  const at = fc.nat(laptops - 1);
  const pick = fc.nat(50);
  return fc.oneof(
    fc.record({ kind: fc.constant('person' as const), at, name: fc.nat(NAMES.length - 1) }),
    fc.record({ kind: fc.constant('position' as const), at, person: pick, position: fc.nat(POSITIONS.length - 1) }),
    fc.record({ kind: fc.constant('deletePerson' as const), at, person: pick }),
    fc.record({ kind: fc.constant('event' as const), at, tags: fc.array(fc.nat(TAGS.length - 1), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('retitle' as const), at, event: pick, title: fc.nat(9), tags: fc.array(fc.nat(TAGS.length - 1), { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('deleteEvent' as const), at, event: pick }),
    fc.record({ kind: fc.constant('roster' as const), at, event: pick, person: pick }),
    fc.record({ kind: fc.constant('unroster' as const), at, event: pick }),
    fc.record({ kind: fc.constant('entry' as const), at, count: fc.integer({ min: 1, max: 9 }), countries: fc.array(fc.nat(COUNTRIES.length - 1), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('deleteEntry' as const), at, entry: pick }),
    fc.record({ kind: fc.constant('exchange' as const), at, to: fc.nat(laptops - 1), twice: fc.boolean(), reply: fc.boolean() }),
  );
};

const realNow = Date.now.bind(Date);
afterEach(() => {
  vi.restoreAllMocks();
  mergeRule.newestWins = true;
});

const ids = (core: LiaisonCore, table: string): string[] => core.db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[];
const nth = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

async function run(laptops: number, ops: readonly Op[], skews: readonly number[]): Promise<LiaisonCore[]> {
  const cores: LiaisonCore[] = [];
  for (let i = 0; i < laptops; i++) cores.push(await openTestApp());
  // One project with one indicator exists before the group: joining writes it into the log.
  const project = await call(cores[0]!, 'projects.create', { acronym: 'ATHENA 2', title: 'Joint operations', startsOn: '2025-10-01', endsOn: '2027-09-30' });
  const indicator = await call(cores[0]!, 'indicators.create', { projectId: project.id, name: 'Joint operations', target: 24, cumulative: true, period: 'year' });
  const made = await call(cores[0]!, 'exchange.createGroup', { name: 'ATTF', passphrase: PASS, laptopName: 'Laptop 0' });
  for (let i = 1; i < laptops; i++) await call(cores[i]!, 'exchange.joinGroup', { code: made.group!.joinCode, passphrase: PASS, laptopName: `Laptop ${i}` });
  const spy = vi.spyOn(Date, 'now');
  const on = (i: number) => spy.mockImplementation(() => realNow() + skews[i]!);
  // Laptop 0's project reaches the others first, as it would when they join.
  for (let i = 1; i < laptops; i++) await exchange(cores, 0, i, false, true, on);

  for (const o of ops) {
    const core = cores[o.at]!;
    on(o.at);
    const people = () => ids(core, 'people');
    const events = () => ids(core, 'events');
    switch (o.kind) {
      case 'person':
        await call(core, 'people.create', { fullName: NAMES[o.name]!, countryCode: nth(COUNTRIES, o.name)! });
        break;
      case 'position': {
        const id = nth(people(), o.person);
        if (!id) break;
        const p = await call(core, 'people.get', { id });
        await call(core, 'people.update', { ...fieldsOf(p), position: POSITIONS[o.position]! });
        break;
      }
      case 'deletePerson': {
        const id = nth(people(), o.person);
        if (id) await call(core, 'people.delete', { id });
        break;
      }
      case 'event':
        await call(core, 'events.create', {
          kind: 'workshop', title: 'Workshop', tags: o.tags.map((t) => TAGS[t]!),
          when: { allDay: false, start: '2027-03-01T09:00', end: '2027-03-01T17:00', timeZone: 'Europe/Bucharest' },
        });
        break;
      case 'retitle': {
        const id = nth(events(), o.event);
        if (!id) break;
        const e = await call(core, 'events.get', { id });
        await call(core, 'events.update', {
          id, kind: e.kind, title: `Workshop ${o.title}`, tags: o.tags.map((t) => TAGS[t]!),
          when: { allDay: false, start: '2027-03-01T09:00', end: '2027-03-01T17:00', timeZone: 'Europe/Bucharest' },
        });
        break;
      }
      case 'deleteEvent': {
        const id = nth(events(), o.event);
        if (id) await call(core, 'events.delete', { id });
        break;
      }
      case 'roster': {
        const eventId = nth(events(), o.event);
        const personId = nth(people(), o.person);
        if (eventId && personId) await call(core, 'roster.add', { eventId, personIds: [personId] });
        break;
      }
      case 'unroster': {
        const id = nth(ids(core, 'participations'), o.event);
        if (id) await call(core, 'roster.remove', { ids: [id] });
        break;
      }
      case 'entry':
        await call(core, 'entries.create', { indicatorId: indicator.id, occurredOn: '2026-03-01', count: o.count, countryCodes: [...new Set(o.countries.map((c) => COUNTRIES[c]!))] });
        break;
      case 'deleteEntry': {
        const id = nth(ids(core, 'indicator_entries'), o.entry);
        if (id) await call(core, 'entries.delete', { id });
        break;
      }
      case 'exchange':
        if (o.to !== o.at) await exchange(cores, o.at, o.to, o.twice, o.reply, on);
        break;
    }
  }
  // Everyone hears from everyone: a ring twice round carries every change to every laptop.
  for (let round = 0; round < 2; round++) for (let i = 0; i < laptops; i++) await exchange(cores, i, (i + 1) % laptops, false, false, on);
  spy.mockRestore();
  return cores;
}

async function exchange(cores: LiaisonCore[], from: number, to: number, twice: boolean, reply: boolean, on: (i: number) => unknown) {
  on(from);
  const status = await call(cores[to]!, 'exchange.status', {});
  const bundle = await call(cores[from]!, 'exchange.exportBundle', { to: status.laptop.node });
  on(to);
  const result = await call(cores[to]!, 'exchange.importBundle', { base64: bundle.base64 });
  if (twice) {
    const before = dumpAll(cores[to]!);
    const again = await call(cores[to]!, 'exchange.importBundle', { base64: bundle.base64 });
    expect(again.received).toBe(0);
    expect(dumpAll(cores[to]!)).toEqual(before);
  }
  if (reply && result.reply) {
    on(from);
    await call(cores[from]!, 'exchange.importBundle', { base64: result.reply.base64 });
  }
}

const fieldsOf = (p: Person) => ({
  id: p.id, fullName: p.fullName, position: p.position, organisationId: p.organisationId, countryCode: p.countryCode,
  emails: p.emails, phones: p.phones, languages: p.languages, isSpoc: p.isSpoc, notes: p.notes,
});

const dumpAll = (core: LiaisonCore) => Object.fromEntries(REPLICATED.map((t) => [t, core.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));

/** Every laptop holds the same rows, nothing dangles, and what is derived matches a recomputation. */
function converged(cores: readonly LiaisonCore[]): void {
  const first = dumpAll(cores[0]!);
  for (const core of cores.slice(1)) expect(dumpAll(core)).toEqual(first);
  for (const core of cores) {
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    expect(() => core.db.exec("INSERT INTO people_fts (people_fts) VALUES ('integrity-check')")).not.toThrow();
    const totals = core.db.prepare('SELECT indicator_id, total, entries FROM indicator_totals WHERE entries > 0 ORDER BY indicator_id').all();
    const recomputed = core.db
      .prepare('SELECT indicator_id, total(count) AS total, count(*) AS entries FROM indicator_entries GROUP BY indicator_id ORDER BY indicator_id')
      .all();
    expect(totals).toEqual(recomputed);
  }
}

const skews = (laptops: number) => fc.array(fc.integer({ min: -10 * 60_000, max: 10 * 60_000 }), { minLength: laptops, maxLength: laptops });
const scenario = (laptops: number) => fc.tuple(fc.array(op(laptops), { minLength: 5, maxLength: 40 }), skews(laptops));
/** Edits of the same cells on several laptops: where a wrong merge rule shows. */
const edits = (laptops: number) =>
  fc.tuple(
    fc.array(
      op(laptops).filter((o) => o.kind === 'person' || o.kind === 'position' || o.kind === 'exchange'),
      { minLength: 10, maxLength: 30 },
    ),
    skews(laptops),
  );

describe('laptops exchanging changes converge', () => {
  it('3 to 5 laptops, random changes, random exchanges with duplicates and skewed clocks: identical tables', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 5 }).chain((n) => fc.tuple(fc.constant(n), fc.oneof(scenario(n), edits(n)))), async ([laptops, [ops, skews]]) => {
        const cores = await run(laptops, ops, skews);
        converged(cores);
        for (const core of cores) core.close();
      }),
      { numRuns: 12 },
    );
  }, 600_000);

  it('can fail: with the merge rule broken (the last value to arrive wins), the property is falsified', async () => {
    mergeRule.newestWins = false;
    const outcome = await fc.check(
      fc.asyncProperty(edits(3), async ([ops, clockSkews]) => {
        const cores = await run(3, ops, clockSkews);
        try {
          converged(cores);
        } finally {
          for (const core of cores) core.close();
        }
      }),
      { numRuns: 40, endOnFailure: true },
    );
    expect(outcome.failed).toBe(true);
  }, 600_000);
});
