import { describe, expect, it } from 'vitest';
import type { PersonListInput } from '../../src-shared/contract';
import { call, callError, callErrorRaw, openTestApp, snapshot } from './helpers';

const bostjan = {
  fullName: 'Boštjan Kranjc',
  position: 'Assistant Director, Criminal Police',
  countryCode: 'si',
  emails: ['B.Kranjc@Example.org'],
  languages: ['sl', 'EN'],
};

describe('people', () => {
  it('creates, reads, updates and deletes a person on a real SQLite file', async () => {
    const core = await openTestApp();
    const created = await call(core, 'people.create', bostjan);
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(created).toMatchObject({
      fullName: 'Boštjan Kranjc',
      countryCode: 'SI',
      countryName: 'Slovenia',
      emails: ['b.kranjc@example.org'],
      languages: ['sl', 'en'],
      isSpoc: false,
    });
    expect(await call(core, 'people.get', { id: created.id })).toEqual(created);

    const updated = await call(core, 'people.update', { ...bostjan, id: created.id, position: 'Director', isSpoc: true });
    expect(updated.position).toBe('Director');
    expect(updated.isSpoc).toBe(true);
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.updatedAt >= created.updatedAt).toBe(true);

    expect(await call(core, 'people.delete', { id: created.id })).toEqual({ id: created.id });
    expect((await callError(core, 'people.get', { id: created.id })).code).toBe('not_found');
  });

  it('finds people by any part of the name, with or without diacritics, in any script', async () => {
    const core = await openTestApp();
    await call(core, 'people.create', bostjan);
    await call(core, 'people.create', { fullName: 'Petar Petrović', countryCode: 'RS' });
    await call(core, 'people.create', { fullName: 'Νικόλαος Παπαδόπουλος', countryCode: 'GR' });
    await call(core, 'people.create', { fullName: 'Олена Коваленко', countryCode: 'UA' });
    const names = async (search: string) =>
      (await call(core, 'people.list', { search })).rows.map((p) => p.fullName);
    expect(await names('Bostjan')).toEqual(['Boštjan Kranjc']);
    expect(await names('boštjan')).toEqual(['Boštjan Kranjc']);
    expect(await names('kran')).toEqual(['Boštjan Kranjc']);
    expect(await names('petrovic')).toEqual(['Petar Petrović']);
    expect(await names('Παπαδ')).toEqual(['Νικόλαος Παπαδόπουλος']);
    expect(await names('παπαδοπουλος')).toEqual(['Νικόλαος Παπαδόπουλος']);
    expect(await names('ΝΙΚΌΛΑΟΣ')).toEqual(['Νικόλαος Παπαδόπουλος']);
    expect(await names('коваленко')).toEqual(['Олена Коваленко']);
    // FTS syntax in what someone types is searched as text, not run as a query.
    expect(await names('"kranjc OR *')).toEqual(['Boštjan Kranjc']);
    expect(await names('nobody-like-this')).toEqual([]);
  });

  it('pages, sorts by folded name and filters by country and organisation', async () => {
    const core = await openTestApp();
    const org = await call(core, 'organisations.create', { name: 'Romanian Police', countryCode: 'RO' });
    for (const fullName of ['Zoran Z', 'Šime Š', 'Ana A', 'Sara S', 'Ćiril C']) {
      await call(core, 'people.create', { fullName, countryCode: fullName.startsWith('A') ? 'RO' : 'HR', organisationId: fullName === 'Ana A' ? org.id : null });
    }
    const page = await call(core, 'people.list', { limit: 3 });
    expect(page.total).toBe(5);
    expect(page.rows.map((p) => p.fullName)).toEqual(['Ana A', 'Ćiril C', 'Sara S']);
    const next = await call(core, 'people.list', { limit: 3, offset: 3 });
    expect(next.rows.map((p) => p.fullName)).toEqual(['Šime Š', 'Zoran Z']);
    const desc = await call(core, 'people.list', { dir: 'desc', limit: 1 });
    expect(desc.rows[0]!.fullName).toBe('Zoran Z');
    const ro = await call(core, 'people.list', { countryCode: 'RO' });
    expect(ro.total).toBe(1);
    const byOrg = await call(core, 'people.list', { organisationId: org.id });
    expect(byOrg.rows.map((p) => p.organisationName)).toEqual(['Romanian Police']);
  });

  it('names the field and changes nothing when the input is wrong', async () => {
    const core = await openTestApp();
    await call(core, 'people.create', bostjan);
    const before = snapshot(core);
    const cases: Array<[unknown, string]> = [
      [{ fullName: '   ' }, 'fullName'],
      [{ fullName: 'X', emails: ['ok@example.org', 'not-an-email'] }, 'emails.1'],
      [{ fullName: 'X', countryCode: 'Romania' }, 'countryCode'],
      [{ fullName: 'X', countryCode: 'QQ' }, 'countryCode'],
      [{ fullName: 'X', organisationId: '0190d6a0-0000-7000-8000-000000000001' }, 'organisationId'],
      [{ fullName: 'X', phones: ['call me'] }, 'phones.0'],
      [{ fullName: 'X', unexpected: true }, ''],
    ];
    for (const [input, path] of cases) {
      const error = await callErrorRaw(core, 'people.create', input);
      expect(error.code, JSON.stringify(input)).toBe('invalid_input');
      expect(error.details?.issues?.map((i) => i.path), JSON.stringify(input)).toContain(path);
    }
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses an email that belongs to someone else, and a stale edit', async () => {
    const core = await openTestApp();
    const first = await call(core, 'people.create', bostjan);
    const twin = await callError(core, 'people.create', { fullName: 'Other', emails: ['b.kranjc@example.org'] });
    expect(twin.code).toBe('conflict');
    expect(twin.details?.issues?.[0]?.path).toBe('emails.0');
    expect(twin.message).toContain('Boštjan Kranjc');

    await call(core, 'people.update', { ...bostjan, id: first.id, position: 'First edit', expectedUpdatedAt: first.updatedAt });
    const stale = await callError(core, 'people.update', { ...bostjan, id: first.id, position: 'Second edit', expectedUpdatedAt: '2000-01-01T00:00:00.000Z' });
    expect(stale.code).toBe('conflict');
    expect((await call(core, 'people.get', { id: first.id })).position).toBe('First edit');
  });

  it('sorts by organisation and country, and follows a renamed or deleted organisation', async () => {
    const core = await openTestApp();
    const cepol = await call(core, 'organisations.create', { name: 'European Union Agency for Law Enforcement Training', acronym: 'CEPOL' });
    const asp = await call(core, 'organisations.create', { name: 'Albanian State Police', acronym: 'ASP', countryCode: 'AL' });
    await call(core, 'people.create', { fullName: 'Ana', organisationId: cepol.id, countryCode: 'HU' });
    await call(core, 'people.create', { fullName: 'Bora', organisationId: asp.id, countryCode: 'AL' });
    await call(core, 'people.create', { fullName: 'Cem', countryCode: 'TR' });
    const order = async (sort: PersonListInput['sort'], dir: PersonListInput['dir'] = 'asc') =>
      (await call(core, 'people.list', { sort, dir })).rows.map((p) => p.fullName);

    expect(await order('organisation')).toEqual(['Cem', 'Bora', 'Ana']);
    expect(await order('country')).toEqual(['Bora', 'Ana', 'Cem']);
    expect(await order('country', 'desc')).toEqual(['Cem', 'Ana', 'Bora']);

    await call(core, 'organisations.update', { id: asp.id, name: 'Albanian State Police', acronym: 'Zeta', countryCode: 'AL' });
    expect(await order('organisation')).toEqual(['Cem', 'Ana', 'Bora']);
    await call(core, 'organisations.delete', { id: cepol.id });
    expect(await order('organisation')).toEqual(['Ana', 'Cem', 'Bora']);
    await call(core, 'people.update', { id: (await call(core, 'people.list', { search: 'cem' })).rows[0]!.id, fullName: 'Cem', countryCode: 'AL' });
    expect(await order('country')).toEqual(['Bora', 'Cem', 'Ana']);
  });

  it('reads a single letter as the start of a name, with or without its diacritic', async () => {
    const core = await openTestApp();
    for (const fullName of ['Šime Horvat', 'Sara Kovač', 'Marko Sušić']) await call(core, 'people.create', { fullName });
    const names = async (search: string) => (await call(core, 'people.list', { search })).rows.map((p) => p.fullName);
    expect(await names('s')).toEqual(['Sara Kovač', 'Šime Horvat']);
    expect(await names('Š')).toEqual(['Sara Kovač', 'Šime Horvat']);
    expect(await names('su')).toEqual(['Marko Sušić']);
  });

  it('ranks search results by relevance when asked, names above positions and notes', async () => {
    const core = await openTestApp();
    await call(core, 'people.create', { fullName: 'Ana Ionescu', notes: 'Worked with Marin on the 2019 workshop' });
    await call(core, 'people.create', { fullName: 'Zoran Marin' });
    await call(core, 'people.create', { fullName: 'Bogdan Vasile', position: 'Deputy to Marin' });
    const ranked = await call(core, 'people.list', { search: 'marin', sort: 'relevance' });
    expect(ranked.total).toBe(3);
    expect(ranked.rows.map((p) => p.fullName)).toEqual(['Zoran Marin', 'Bogdan Vasile', 'Ana Ionescu']);
    const byName = await call(core, 'people.list', { search: 'marin' });
    expect(byName.rows.map((p) => p.fullName)).toEqual(['Ana Ionescu', 'Bogdan Vasile', 'Zoran Marin']);
  });
});
