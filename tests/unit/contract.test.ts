import { describe, expect, it } from 'vitest';
import { callNames, contract } from '../../src-shared/contract';
import { createDispatch, type Handlers } from '../../src-main/core/dispatch';
import { call, callError, callErrorRaw, openTestApp, snapshot } from './helpers';

describe('the contract', () => {
  it('names every call domain.verb and gives each an input and an output schema', () => {
    expect(callNames.length).toBeGreaterThan(10);
    for (const name of callNames) {
      expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect(contract[name].input.safeParse).toBeTypeOf('function');
      expect(contract[name].output.safeParse).toBeTypeOf('function');
    }
  });

  it('answers an unknown call with a typed error', async () => {
    const core = await openTestApp();
    expect(await core.dispatch('people.explode', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown call: people.explode' } });
  });

  it('returns outputs that satisfy their own schemas', async () => {
    const core = await openTestApp();
    const person = await call(core, 'people.create', { fullName: 'Ana Ionescu', countryCode: 'RO' });
    expect(contract['people.create'].output.safeParse(person).success).toBe(true);
    expect(contract['people.list'].output.safeParse(await call(core, 'people.list', {})).success).toBe(true);
    expect(contract['system.info'].output.safeParse(await call(core, 'system.info', {})).success).toBe(true);
    expect(contract['countries.list'].output.safeParse(await call(core, 'countries.list', {})).success).toBe(true);
  });

  it('rejects inputs of the wrong shape before any service runs', async () => {
    const core = await openTestApp();
    const before = snapshot(core);
    for (const [name, input] of [
      ['people.list', { limit: 100000 }],
      ['people.list', { sort: 'salary' }],
      ['people.get', { id: 'not-a-uuid' }],
      ['people.create', null],
      ['people.create', 'Ana'],
      ['people.create', [1, 2]],
      ['organisations.delete', {}],
    ] as const) {
      const error = await callErrorRaw(core, name, input);
      expect(error.code, `${name} ${JSON.stringify(input)}`).toBe('invalid_input');
      expect(error.details?.issues?.length).toBeGreaterThan(0);
    }
    expect(snapshot(core)).toEqual(before);
  });

  it('turns an unexpected failure into an internal error without a stack trace', async () => {
    const handlers = new Proxy({} as Handlers, {
      get: () => () => {
        throw new Error('secret detail at /home/someone/file.ts:12');
      },
    });
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => logged.push(e);
    try {
      const result = await createDispatch(handlers)('system.info', {});
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
      expect(JSON.stringify(result)).not.toContain('secret');
      expect(logged).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });

  it('tells every listener which domains changed after a write, and nothing after a read', async () => {
    const core = await openTestApp();
    const seen: string[][] = [];
    const off = core.events.on('data.changed', ({ domains }) => seen.push(domains));
    await call(core, 'people.list', {});
    await call(core, 'people.create', { fullName: 'Ana' });
    await callError(core, 'people.create', { fullName: '' });
    off();
    await call(core, 'people.create', { fullName: 'Ion' });
    expect(seen).toEqual([['people']]);
  });
});
