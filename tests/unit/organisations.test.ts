import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../src-shared/contract';
import { call, callError, callErrorRaw, openTestApp, snapshot } from './helpers';

const editable = (o: Organisation) => ({
  id: o.id, name: o.name, acronym: o.acronym, kind: o.kind, countryCode: o.countryCode, parentId: o.parentId, website: o.website, notes: o.notes,
});

describe('organisations', () => {
  it('creates, lists with people counts, searches, updates and deletes', async () => {
    const core = await openTestApp();
    const selec = await call(core, 'organisations.create', {
      name: 'Southeast European Law Enforcement Center', acronym: 'SELEC', kind: 'international_organisation', countryCode: 'RO',
    });
    const police = await call(core, 'organisations.create', { name: 'Policija', countryCode: 'SI', parentId: null });
    await call(core, 'people.create', { fullName: 'A Person', organisationId: selec.id });

    const list = await call(core, 'organisations.list', {});
    expect(list.total).toBe(2);
    expect(list.rows.find((o) => o.id === selec.id)?.peopleCount).toBe(1);
    expect((await call(core, 'organisations.list', { search: 'selec' })).rows.map((o) => o.id)).toEqual([selec.id]);
    expect((await call(core, 'organisations.list', { kind: 'national_agency' })).rows.map((o) => o.id)).toEqual([police.id]);
    expect((await call(core, 'organisations.options', {})).length).toBe(2);

    const child = await call(core, 'organisations.update', { ...editable(police), parentId: selec.id, acronym: 'SI-P' });
    expect(child.parentName).toBe(selec.name);

    await call(core, 'organisations.delete', { id: selec.id });
    const orphan = (await call(core, 'people.list', {})).rows[0]!;
    expect(orphan.organisationId).toBeNull();
    expect((await call(core, 'organisations.get', { id: police.id })).parentId).toBeNull();
  });

  it('refuses a duplicate in the same country, a parent cycle and an unknown parent, changing nothing', async () => {
    const core = await openTestApp();
    const a = await call(core, 'organisations.create', { name: 'General Police Directorate', countryCode: 'ME' });
    const b = await call(core, 'organisations.create', { name: 'Border Police', countryCode: 'ME', parentId: a.id });
    const before = snapshot(core);

    const dup = await callError(core, 'organisations.create', { name: 'general police directorate', countryCode: 'ME' });
    expect(dup.code).toBe('conflict');
    expect(dup.details?.issues?.[0]?.path).toBe('name');

    const cycle = await callError(core, 'organisations.update', { ...editable(a), parentId: b.id });
    expect(cycle.code).toBe('invalid_input');
    expect(cycle.details?.issues?.[0]?.path).toBe('parentId');

    const self = await callError(core, 'organisations.update', { ...editable(a), parentId: a.id });
    expect(self.details?.issues?.[0]?.path).toBe('parentId');

    const unknownKind = await callErrorRaw(core, 'organisations.create', { name: 'X', kind: 'cartel' });
    expect(unknownKind.details?.issues?.[0]?.path).toBe('kind');
    expect(snapshot(core)).toEqual(before);
  });

  it('allows the same name in two countries', async () => {
    const core = await openTestApp();
    await call(core, 'organisations.create', { name: 'Ministry of Interior', kind: 'ministry', countryCode: 'RS' });
    await call(core, 'organisations.create', { name: 'Ministry of Interior', kind: 'ministry', countryCode: 'AL' });
    expect((await call(core, 'organisations.list', { search: 'interior' })).total).toBe(2);
  });
});
