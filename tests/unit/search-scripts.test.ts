import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossScriptQuery, latinForms, nameKey } from '../../src-main/core/latin';
import { migrations } from '../../src-main/core/store/migrations';
import { openStore, type Store } from '../../src-main/core/store/open';
import { call, openTestApp, TEST_KEY, tempDir } from './helpers';

const NAMES = [
  ['Драган Јовановић', 'RS'],
  ['Marko Jovanović', 'ME'],
  ['Марко Петровић', 'RS'],
  ['Petar Petrović', 'BA'],
  ['Νίκος Αλεξίου', 'GR'],
  ['Mehmet Yılmaz', 'TR'],
  ['İsmail Kaya', 'TR'],
  ['Жарко Ђурић', 'RS'],
  ['Христо Живков', 'BG'],
  ['Николай Иванов', 'BG'],
  ['Ana Popescu', 'RO'],
] as const;

describe('search across scripts', () => {
  it('finds Cyrillic and Greek names by Latin queries and Latin names by Cyrillic ones, on a real store', async () => {
    const core = await openTestApp();
    for (const [fullName, countryCode] of NAMES) await call(core, 'people.create', { fullName, countryCode });
    const found = async (search: string) => (await call(core, 'people.list', { search })).rows.map((p) => p.fullName).sort();
    expect(await found('jovanovic')).toEqual(['Marko Jovanović', 'Драган Јовановић']);
    expect(await found('Јовановић')).toEqual(['Marko Jovanović', 'Драган Јовановић']);
    expect(await found('petrovic')).toEqual(['Petar Petrović', 'Марко Петровић']);
    expect(await found('Петровић')).toEqual(['Petar Petrović', 'Марко Петровић']);
    expect(await found('alexiou')).toEqual(['Νίκος Αλεξίου']);
    expect(await found('αλεξιου')).toEqual(['Νίκος Αλεξίου']);
    expect(await found('yilmaz')).toEqual(['Mehmet Yılmaz']);
    expect(await found('Yılmaz')).toEqual(['Mehmet Yılmaz']);
    expect(await found('ismail')).toEqual(['İsmail Kaya']);
    expect(await found('İSMAİL')).toEqual(['İsmail Kaya']);
    // Serbian names in Gaj's Latin (and Đ as Dj, as passports once had it), Bulgarian ones as they are romanised.
    expect(await found('zarko djuric')).toEqual(['Жарко Ђурић']);
    expect(await found('zarko duric')).toEqual(['Жарко Ђурић']);
    expect(await found('zhivkov')).toEqual(['Христо Живков']);
    expect(await found('hristo')).toEqual(['Христо Живков']);
    expect(await found('marko')).toEqual(['Marko Jovanović', 'Марко Петровић']);
    // A letter that folding would change (й is not и): the name is found as typed, in both scripts, and two words together.
    expect(await found('Николай')).toEqual(['Николай Иванов']);
    expect(await found('Николай Иванов')).toEqual(['Николай Иванов']);
    expect(await found('nikolay ivanov')).toEqual(['Николай Иванов']);
    // An edit of the name re-indexes it; the search index stays whole.
    const [dragan] = (await call(core, 'people.list', { search: 'dragan' })).rows;
    await call(core, 'people.update', { id: dragan!.id, fullName: 'Драган Николић', countryCode: 'RS', expectedUpdatedAt: dragan!.updatedAt });
    expect(await found('jovanovic')).toEqual(['Marko Jovanović']);
    expect(await found('nikolic')).toEqual(['Драган Николић']);
    core.db.exec("INSERT INTO people_fts(people_fts) VALUES ('integrity-check')");
    core.close();
  });

  it('fills the Latin forms of the people already in a store when it is upgraded', async () => {
    const path = join(tempDir(), 'v9.sqlite');
    const v9 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 9) });
    v9.prepare("INSERT INTO people (id, full_name, sort_name, created_at, updated_at) VALUES ('p1', 'Драган Јовановић', 'драган јовановић', 'x', 'x')").run();
    const match = (db: Store) => db.prepare('SELECT count(*) FROM people_fts WHERE people_fts MATCH ?').pluck().get('"jovanovic"*');
    expect(match(v9)).toBe(0);
    v9.close();
    const v10 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 10) });
    expect(match(v10)).toBe(1);
    v10.close();
  });

  it('offers a merge in a directory import when a name comes in another script, of the same organisation', async () => {
    const core = await openTestApp();
    const mup = await call(core, 'organisations.create', { name: 'Ministarstvo unutrašnjih poslova', acronym: 'MUP RS', countryCode: 'RS' });
    const marko = await call(core, 'people.create', { fullName: 'Marko Petrović', organisationId: mup.id, countryCode: 'RS' });
    const zarko = await call(core, 'people.create', { fullName: 'Жарко Ђурић', organisationId: mup.id, countryCode: 'RS' });
    const csv = 'Name,Organisation\nМарко Петровић,MUP RS\nŽarko Đurić,MUP RS\nMarko Petrović,Policija\n';
    const result = await call(core, 'directoryImport.preview', {
      fileName: 'delegation.csv',
      base64: Buffer.from(csv).toString('base64'),
      mapping: ['fullName', 'organisation'],
      defaults: {},
    });
    expect(result.rows.map((r) => [r.row, r.action, r.match?.personId])).toEqual([
      [2, 'merge', marko.id],
      [3, 'merge', zarko.id],
      [4, 'create', undefined],
    ]);
    core.close();
  });

  it('finds organisations by the Latin forms of their names and acronyms, and keeps that when upgraded', async () => {
    const path = join(tempDir(), 'v10.sqlite');
    const v10 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 10) });
    v10.prepare("INSERT INTO organisations (id, name, sort_name, display_sort, acronym, kind, created_at, updated_at) VALUES ('o1', 'Министарство унутрашњих послова', 'министарство', 'муп', 'МУП', 'ministry', 'x', 'x')").run();
    v10.close();
    const v11 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 11) });
    expect(v11.prepare('SELECT count(*) FROM organisations_fts WHERE organisations_fts MATCH ?').pluck().get('"mup"*')).toBe(1);
    v11.close();

    const core = await openTestApp();
    await call(core, 'organisations.create', { name: 'Ministarstvo unutrašnjih poslova', acronym: 'MUP', countryCode: 'RS' });
    await call(core, 'organisations.create', { name: 'Ελληνική Αστυνομία', acronym: 'ΕΛ.ΑΣ.', countryCode: 'GR' });
    const found = async (search: string) => (await call(core, 'organisations.list', { search })).rows.map((o) => o.name);
    expect(await found('Министарство')).toEqual(['Ministarstvo unutrašnjih poslova']);
    expect(await found('МУП')).toEqual(['Ministarstvo unutrašnjih poslova']);
    expect(await found('astynomia')).toEqual(['Ελληνική Αστυνομία']);
    expect(await found('αστυνομια')).toEqual(['Ελληνική Αστυνομία']);
    core.db.exec("INSERT INTO organisations_fts(organisations_fts) VALUES ('integrity-check')");
    core.close();
  });

  it('finds events by the Latin forms of their title, venue and city, in the calendar', async () => {
    const core = await openTestApp();
    const when = (start: string, end: string) => ({ allDay: false, start, end, timeZone: 'Europe/Belgrade' });
    const belgrade = await call(core, 'events.create', { kind: 'task_force_meeting', title: 'Састанак радне групе', venueCity: 'Београд', when: when('2026-03-10T09:00', '2026-03-10T17:00') });
    const athens = await call(core, 'events.create', { kind: 'conference', title: 'Regional conference', venueCity: 'Αθήνα', when: when('2026-04-10T09:00', '2026-04-10T17:00') });
    const skopje = await call(core, 'events.create', { kind: 'workshop', title: 'Workshop', venueCity: 'Skopje', when: when('2026-05-10T09:00', '2026-05-10T17:00') });
    const found = async (search: string) =>
      (await call(core, 'events.range', { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', filter: { search } })).map((e) => e.id);
    expect(await found('beograd')).toEqual([belgrade.id]);
    expect(await found('sastanak')).toEqual([belgrade.id]);
    expect(await found('athina')).toEqual([athens.id]);
    expect(await found('Скопје')).toEqual([skopje.id]);
    expect(await found('Regional')).toEqual([athens.id]);
    core.db.exec("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')");
    core.close();
  });

  it('makes the Latin forms and queries that no typed text can break', () => {
    expect(latinForms('Драган Јовановић')).toBe('dragan jovanovic');
    expect(latinForms('Жарко')).toBe('zharko zarko');
    expect(latinForms('Νίκος Αλεξίου')).toBe('nikos alexiou');
    expect(latinForms('Đorđe Šćepanović')).toBe('dorde scepanovic');
    expect(nameKey('Марко Петровић')).toBe(nameKey('Marko Petrović'));
    expect(nameKey('Жарко Ђурић')).toBe('zarko duric');
    expect(nameKey('Jürgen Ørsted')).toBe('jurgen ørsted');
    expect(crossScriptQuery('jovanovic')).toBe('"jovanovic"*');
    expect(crossScriptQuery('Јовановић')).toBe('("јовановић"* OR "jovanovic"*)');
    expect(crossScriptQuery('Николай Иванов')).toBe('("николаи"* OR "nikolay"* OR "nikolaj"*) AND ("иванов"* OR "ivanov"*)');
    expect(crossScriptQuery('" OR * NEAR(')).toBe('"or"* AND "near"*');
    expect(crossScriptQuery('  ')).toBeNull();
  });
});
