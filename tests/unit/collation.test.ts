import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collationKey, sortLocaleOf } from '../../src-main/core/collation';
import { migrations } from '../../src-main/core/store/migrations';
import { openStore } from '../../src-main/core/store/open';
import { call, callError, openTestApp, TEST_KEY, tempDir } from './helpers';

/** Each language's letters, its own first, with capitals and some of its neighbours' letters. */
const ALPHABETS: Record<string, string> = {
  en: 'abcdefghijklmnopqrstuvwxyzéèäö',
  ro: 'aăâbcdefghiîjklmnoprsștțuvxzAĂÂȘȚ',
  'sr-Cyrl': 'абвгдђежзијклљмнњопрстћуфхцчџшАЂЉabcž',
  'sr-Latn': 'abcčćdđefghijklmnoprsštuvzžDŽLJNJǆабв',
  hr: 'abcčćdđefghijklmnoprsštuvzžDLJNJ',
  bs: 'abcčćdđefghijklmnoprsštuvzžDLJNJ',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюяabc',
  el: 'αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώΆΣabc',
  tr: 'abcçdefgğhıijklmnoöprsştuüvyzIİÇŞ',
  sq: 'abcçdeëfghijklmnopqrstuvxyzDHGJLLRRSHTHXHZH',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџшabc',
  sl: 'abcčdefghijklmnoprsštuvzžćđ',
  hu: 'aábcdeéfghiíjklmnoóöőprstuúüűvzCSGYSZZS',
};

const primary = (text: string, locale: string) => collationKey(text, locale).split('\u0001')[0]!;
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('sort keys in the interface language', () => {
  for (const [locale, letters] of Object.entries(ALPHABETS)) {
    it(`order texts as Intl.Collator does in ${locale}, byte by byte`, () => {
      const collator = new Intl.Collator(locale, { sensitivity: 'base' });
      const word = fc.array(fc.constantFrom(...letters, ' '), { minLength: 1, maxLength: 8 }).map((chars) => chars.join('').trim() || letters[0]!);
      fc.assert(
        fc.property(word, word, (a, b) => {
          const [ka, kb] = [primary(a, locale), primary(b, locale)];
          // SQLite compares TEXT with memcmp of its UTF-8: compare the keys the same way.
          expect(sign(Buffer.compare(Buffer.from(ka), Buffer.from(kb))), `${a} / ${b}`).toBe(sign(collator.compare(a, b)));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('keep the region’s letters in their places: Croatian lj, Hungarian cs and ssz, Turkish ı, Romanian ș, Cyrillic first in Serbian', () => {
    const sorted = (locale: string, words: string[]) => [...words].sort((a, b) => Buffer.compare(Buffer.from(collationKey(a, locale)), Buffer.from(collationKey(b, locale))));
    expect(sorted('hr', ['Ljubić', 'Lukić', 'Lazić', 'Njegoš', 'Nikolić', 'Džeko', 'Dragić', 'Đurić', 'Čolić', 'Ćosić', 'Cvetić'])).toEqual([
      'Cvetić', 'Čolić', 'Ćosić', 'Dragić', 'Džeko', 'Đurić', 'Lazić', 'Lukić', 'Ljubić', 'Nikolić', 'Njegoš',
    ]);
    expect(sorted('en', ['Ljubić', 'Lukić'])).toEqual(['Ljubić', 'Lukić']);
    expect(sorted('hu', ['Csonka', 'Czakó', 'Szabó', 'Sütő', 'Gyula', 'Gulyás', 'Kossuth', 'Kosztolányi'])).toEqual([
      'Czakó', 'Csonka', 'Gulyás', 'Gyula', 'Kossuth', 'Kosztolányi', 'Sütő', 'Szabó',
    ]);
    expect(sorted('tr', ['İnci', 'Işık', 'Ilgaz', 'Irmak', 'Ivan'])).toEqual(['Ilgaz', 'Irmak', 'Işık', 'Ivan', 'İnci']);
    expect(sorted('ro', ['Ștefan', 'Sorin', 'Tudor', 'Țepeș', 'Andrei', 'Ănuța'])).toEqual(['Andrei', 'Ănuța', 'Sorin', 'Ștefan', 'Tudor', 'Țepeș']);
    expect(sorted('sr-Cyrl', ['Marko', 'Ана', 'Zoran', 'Јован'])).toEqual(['Ана', 'Јован', 'Marko', 'Zoran']);
    expect(sorted('sr-Latn', ['Marko', 'Ана', 'Zoran'])).toEqual(['Marko', 'Zoran', 'Ана']);
    expect(sorted('el', ['Nikos', 'Αλεξίου', 'Ζαχαρίου'])).toEqual(['Αλεξίου', 'Ζαχαρίου', 'Nikos']);
    // Equal at the base level, still one order everywhere.
    expect(sorted('en', ['Péter', 'Peter', 'peter'])).toEqual(['Peter', 'peter', 'Péter']);
  });

  it('take a language tag as the store keeps it, and English for one Node cannot sort in', () => {
    expect(sortLocaleOf('sr-cyrl-rs')).toBe('sr');
    expect(sortLocaleOf('sr-Latn-RS')).toBe('sr-Latn');
    expect(sortLocaleOf('hr-HR')).toBe('hr');
    expect(sortLocaleOf('en-US')).toBe('en');
    expect(sortLocaleOf('en-GB')).toBe('en');
    expect(sortLocaleOf('x-klingon')).toBe('en');
  });
});

describe('lists sorted by the store in the interface language', () => {
  const NAMES = ['Ljubica Ljubić', 'Luka Lukić', 'Col. Zoran Lazić', 'Nada Njegoš', 'Čedo Čolić', 'Ivan Cvetić', 'Đorđe Đurić', 'Dragan Dragić'];

  it('page people and organisations in Croatian order once told the language, and keep it after a restart', async () => {
    const dataDir = tempDir();
    let core = await openTestApp(dataDir);
    for (const fullName of NAMES) await call(core, 'people.create', { fullName, countryCode: 'HR' });
    for (const name of ['Ljetna akademija', 'Lučka uprava', 'Carinska uprava', 'Čuvari granice']) await call(core, 'organisations.create', { name, countryCode: 'HR' });
    const page = async (offset: number, limit: number) => (await call(core, 'people.list', { sort: 'name', offset, limit })).rows.map((p) => p.fullName);
    const organisations = async () => (await call(core, 'organisations.list', { sort: 'name' })).rows.map((o) => o.name);

    const underLetter = async (letter: string) => (await call(core, 'people.list', { search: letter, sort: 'name' })).rows.map((p) => p.fullName);
    expect(await underLetter('c')).toEqual(['Čedo Čolić']);
    // English, until told: lj is l then j; titles do not count.
    expect(await page(0, 20)).toEqual(['Čedo Čolić', 'Đorđe Đurić', 'Dragan Dragić', 'Ivan Cvetić', 'Ljubica Ljubić', 'Luka Lukić', 'Nada Njegoš', 'Col. Zoran Lazić']);
    expect(await call(core, 'settings.sortLanguage', { locale: 'hr-HR' })).toEqual({ locale: 'hr', changed: true });
    const croatian = ['Čedo Čolić', 'Dragan Dragić', 'Đorđe Đurić', 'Ivan Cvetić', 'Luka Lukić', 'Ljubica Ljubić', 'Nada Njegoš', 'Col. Zoran Lazić'];
    expect(await page(0, 20)).toEqual(croatian);
    // Pages are cut from the same order.
    expect([...(await page(0, 3)), ...(await page(3, 3)), ...(await page(6, 3))]).toEqual(croatian);
    expect(await organisations()).toEqual(['Carinska uprava', 'Čuvari granice', 'Lučka uprava', 'Ljetna akademija']);
    // One letter lists the names under it in the Croatian alphabet: C without Č, L without Lj.
    expect(await underLetter('C')).toEqual([]);
    expect(await underLetter('č')).toEqual(['Čedo Čolić']);
    expect(await underLetter('L')).toEqual(['Luka Lukić']);
    expect(await call(core, 'settings.sortLanguage', { locale: 'hr' })).toEqual({ locale: 'hr', changed: false });
    // Croatian as written in Bosnia and Herzegovina sorts alike: nothing is written again.
    expect(await call(core, 'settings.sortLanguage', { locale: 'hr-BA' })).toMatchObject({ changed: false });

    // A rename and a new person take their keys in the same language.
    const luka = (await call(core, 'people.list', { search: 'Luka' })).rows[0]!;
    await call(core, 'people.update', { id: luka.id, fullName: 'Luka Ljuštanović', countryCode: 'HR', expectedUpdatedAt: luka.updatedAt });
    await call(core, 'people.create', { fullName: 'Lana Lukić', countryCode: 'HR' });
    core.close();

    core = await openTestApp(dataDir);
    expect(await page(0, 20)).toEqual(['Čedo Čolić', 'Dragan Dragić', 'Đorđe Đurić', 'Ivan Cvetić', 'Lana Lukić', 'Luka Ljuštanović', 'Ljubica Ljubić', 'Nada Njegoš', 'Col. Zoran Lazić']);
    expect(await call(core, 'settings.sortLanguage', { locale: 'en-US' })).toEqual({ locale: 'en', changed: true });
    expect((await page(0, 20)).slice(4, 7)).toEqual(['Lana Lukić', 'Ljubica Ljubić', 'Luka Ljuštanović']);
    expect(await call(core, 'settings.sortLanguage', { locale: 'hr; DROP TABLE people' })).toEqual({ locale: 'en', changed: false });
    expect((await callError(core, 'settings.sortLanguage', { locale: 'x'.repeat(36) })).code).toBe('invalid_input');
    core.close();
  });

  it('sort people by family name where its parts are known, in the same language, and again after a rename', async () => {
    const core = await openTestApp();
    await call(core, 'settings.sortLanguage', { locale: 'hr' });
    const parts = [['Zoran', 'Ljubić'], ['Ana', 'Lukić'], ['Marko', 'Čolić']] as const;
    for (const [givenNames, familyName] of parts) await call(core, 'people.create', { fullName: `${givenNames} ${familyName}`, givenNames, familyName });
    await call(core, 'people.create', { fullName: 'Cvijeta' });
    const order = async (sort: 'name' | 'family') => (await call(core, 'people.list', { sort })).rows.map((p) => p.fullName);
    expect(await order('name')).toEqual(['Ana Lukić', 'Cvijeta', 'Marko Čolić', 'Zoran Ljubić']);
    // Without parts, a name sorts as written, among the family names.
    expect(await order('family')).toEqual(['Cvijeta', 'Marko Čolić', 'Ana Lukić', 'Zoran Ljubić']);
    const zoran = (await call(core, 'people.list', { search: 'Zoran' })).rows[0]!;
    await call(core, 'people.update', { id: zoran.id, fullName: 'Zoran Babić', givenNames: 'Zoran', familyName: 'Babić', expectedUpdatedAt: zoran.updatedAt });
    expect(await order('family')).toEqual(['Zoran Babić', 'Cvijeta', 'Marko Čolić', 'Ana Lukić']);
    core.close();
  });

  it('sort people and organisations by their country’s name in the language', async () => {
    const core = await openTestApp();
    for (const [fullName, countryCode] of [['Ana', 'RS'], ['Bojan', 'GR'], ['Cvijeta', 'DE'], ['Dina', 'HR']] as const) {
      await call(core, 'people.create', { fullName, countryCode });
      await call(core, 'organisations.create', { name: `Police ${countryCode}`, countryCode });
    }
    const people = async () => (await call(core, 'people.list', { sort: 'country' })).rows.map((p) => p.countryCode);
    const organisations = async () => (await call(core, 'organisations.list', { sort: 'country' })).rows.map((o) => o.countryCode);
    // Croatia, Germany, Greece, Serbia.
    expect(await people()).toEqual(['HR', 'DE', 'GR', 'RS']);
    expect(await organisations()).toEqual(['HR', 'DE', 'GR', 'RS']);
    await call(core, 'settings.sortLanguage', { locale: 'sr-Cyrl' });
    // Грчка, Немачка, Србија, Хрватска.
    expect(await people()).toEqual(['GR', 'DE', 'RS', 'HR']);
    expect(await organisations()).toEqual(['GR', 'DE', 'RS', 'HR']);
    // A person moved to another country takes that country's place.
    const ana = (await call(core, 'people.list', { search: 'Ana' })).rows[0]!;
    await call(core, 'people.update', { id: ana.id, fullName: 'Ana', countryCode: 'AL', expectedUpdatedAt: ana.updatedAt });
    expect(await people()).toEqual(['AL', 'GR', 'DE', 'HR']);
    core.close();
  });

  it('are filled for the people and organisations already in a store when it is upgraded', async () => {
    const path = join(tempDir(), 'v19.sqlite');
    const v19 = await openStore(path, { key: TEST_KEY, migrations: migrations.slice(0, 19) });
    v19.prepare("INSERT INTO people (id, full_name, sort_name, created_at, updated_at) VALUES ('p1', 'Dr Ana Popescu', 'ana popescu', 'x', 'x')").run();
    v19.prepare("INSERT INTO organisations (id, name, sort_name, display_sort, kind, created_at, updated_at) VALUES ('o1', 'Poliția Română', 'politia romana', 'politia romana', 'national_agency', 'x', 'x')").run();
    v19.close();
    const v20 = await openStore(path, { key: TEST_KEY });
    expect(v20.prepare("SELECT collation_key FROM people WHERE id = 'p1'").pluck().get()).toBe(collationKey('Ana Popescu', 'en'));
    expect(v20.prepare("SELECT family_collation_key FROM people WHERE id = 'p1'").pluck().get()).toBe(collationKey('Ana Popescu', 'en'));
    expect(v20.prepare("SELECT collation_key FROM organisations WHERE id = 'o1'").pluck().get()).toBe(collationKey('Poliția Română', 'en'));
    v20.close();
  });
});
