import { afterEach, describe, expect, it } from 'vitest';
import type { Country } from '../../src-shared/contract';
import { loadLanguage } from '../../src-renderer/i18n';
import { LANGUAGES } from '../../src-renderer/i18n/languages';
import { countryName, countryNameByCode, countryOptions, countrySearchNames } from '../../src-renderer/lib/countries';
import { parseCountries } from '../../src-renderer/features/projects/countries';

/** Some of the store's rows, as `countries.list` returns them (English names, the country's own). */
const STORE: Array<[code: string, name: string, localName: string]> = [
  ['BA', 'Bosnia and Herzegovina', 'Bosna i Hercegovina'],
  ['CL', 'Chile', 'Chile'],
  ['DE', 'Germany', 'Deutschland'],
  ['DZ', 'Algeria', 'الجزائر'],
  ['GR', 'Greece', 'Ελλάδα'],
  ['RS', 'Serbia', 'Србија'],
  ['TD', 'Chad', 'Tchad / تشاد'],
  ['XK', 'Kosovo', 'Kosova / Косово'],
];
const countries: Country[] = STORE.map(([code, name, localName]) => ({ id: code, code, name, localName }));
const language = (code: string) => LANGUAGES.find((l) => l.code === code)!;
const names = (...codes: string[]) => codes.map((code) => countryNameByCode(code, countries));

afterEach(async () => {
  await loadLanguage(language('en'));
});

describe('country names in the interface language', () => {
  it('in English are the store’s names, not CLDR’s ("Bosnia and Herzegovina", not "Bosnia & Herzegovina")', async () => {
    await loadLanguage(language('en'));
    expect(countryName('BA', 'Bosnia and Herzegovina')).toBe('Bosnia and Herzegovina');
    expect(names('GR', 'RS', 'XK')).toEqual(['Greece', 'Serbia', 'Kosovo']);
    expect(countryName(null, null)).toBeNull();
    expect(countryOptions(countries).map((o) => o.label)).toEqual(['Algeria', 'Bosnia and Herzegovina', 'Chad', 'Chile', 'Germany', 'Greece', 'Kosovo', 'Serbia']);
  });

  const cases: Array<{ code: string; named: Record<string, string>; sorted: string[] }> = [
    {
      code: 'ro',
      named: { GR: 'Grecia', RS: 'Serbia', DE: 'Germania', BA: 'Bosnia și Herțegovina', XK: 'Kosovo' },
      sorted: ['Algeria', 'Bosnia și Herțegovina', 'Chile', 'Ciad', 'Germania', 'Grecia', 'Kosovo', 'Serbia'],
    },
    {
      code: 'sr-Cyrl',
      named: { GR: 'Грчка', RS: 'Србија', DE: 'Немачка', BA: 'Босна и Херцеговина', XK: 'Косово' },
      // Cyrillic order: Германија's English "Germany" no longer sorts it first.
      sorted: ['Алжир', 'Босна и Херцеговина', 'Грчка', 'Косово', 'Немачка', 'Србија', 'Чад', 'Чиле'],
    },
    {
      code: 'el',
      named: { GR: 'Ελλάδα', RS: 'Σερβία', DE: 'Γερμανία', XK: 'Κοσσυφοπέδιο' },
      sorted: ['Αλγερία', 'Βοσνία - Ερζεγοβίνη', 'Γερμανία', 'Ελλάδα', 'Κοσσυφοπέδιο', 'Σερβία', 'Τσαντ', 'Χιλή'],
    },
    {
      code: 'tr',
      named: { GR: 'Yunanistan', RS: 'Sırbistan', DE: 'Almanya', BA: 'Bosna-Hersek', XK: 'Kosova' },
      // Turkish collation: C before Ç, S before Ş (the root collation would put Çad first, Şili before Sırbistan).
      sorted: ['Almanya', 'Bosna-Hersek', 'Cezayir', 'Çad', 'Kosova', 'Sırbistan', 'Şili', 'Yunanistan'],
    },
  ];

  for (const { code, named, sorted } of cases) {
    it(`in ${code}: by ISO code, pickers sorted in the language’s order`, async () => {
      await loadLanguage(language(code));
      for (const [iso, name] of Object.entries(named)) expect(countryName(iso, countries.find((c) => c.code === iso)!.name), iso).toBe(name);
      expect(countryOptions(countries).map((o) => o.label)).toEqual(sorted);
    });
  }

  it('keep the store’s name for a code the language has no name for, or that Intl refuses', async () => {
    await loadLanguage(language('sr-Cyrl'));
    expect(countryName('XY', 'Nowhere')).toBe('Nowhere');
    expect(countryName('EUR', 'Europe')).toBe('Europe');
    expect(countryName(null, 'Interpol')).toBe('Interpol');
    expect(countryNameByCode('QQ', countries)).toBe('QQ');
  });

  it('follow a change of language without a stale name', async () => {
    await loadLanguage(language('sr-Cyrl'));
    expect(countryName('GR', 'Greece')).toBe('Грчка');
    await loadLanguage(language('el'));
    expect(countryName('GR', 'Greece')).toBe('Ελλάδα');
    await loadLanguage(language('en'));
    expect(countryName('GR', 'Greece')).toBe('Greece');
  });

  it('are found by what the user types: the translated name, the English one or the country’s own', async () => {
    await loadLanguage(language('sr-Cyrl'));
    expect(countrySearchNames(countries.find((c) => c.code === 'GR')!)).toEqual(['грчка', 'greece', 'ελλαδα']);
    expect(countrySearchNames(countries.find((c) => c.code === 'XK')!)).toEqual(['косово', 'kosovo', 'kosova']);
    expect(parseCountries('Грчка, Serbia, Deutschland; Čad', countries).codes).toEqual(['GR', 'RS', 'DE']);
    expect(parseCountries('Грчка, Serbia, Deutschland; Čad', countries).unknown).toEqual(['Čad']);
    await loadLanguage(language('tr'));
    expect(parseCountries('yunanistan, Ελλάδα, cad', countries).codes).toEqual(['GR', 'TD']);
  });
});

describe('country names in the languages Chromium lacks (Albanian, Macedonian, Bosnian)', () => {
  // Last in the file: the forced polyfill replaces Intl.DisplayNames for the rest of this process.
  it('come from FormatJS’s data once the polyfill is loaded, as it is in Chromium', async () => {
    const { polyfill } = await import('../../src-renderer/lib/intl-polyfill');
    await polyfill('sq-AL');
    expect((Intl.DisplayNames as unknown as { polyfilled?: boolean }).polyfilled).toBe(true);
    await loadLanguage(language('sq'));
    expect(names('GR', 'RS', 'BA', 'XK')).toEqual(['Greqi', 'Serbi', 'Bosnjë-Hercegovinë', 'Kosovë']);
    await polyfill('mk-MK');
    await loadLanguage(language('mk'));
    expect(names('GR', 'RS')).toEqual(['Грција', 'Србија']);
    // Bosnian is forced: Chromium says it has Bosnian and answers in English.
    await polyfill('bs-BA');
    await loadLanguage(language('bs'));
    expect(names('GR', 'DE')).toEqual(['Grčka', 'Njemačka']);
    await loadLanguage(language('en'));
    expect(names('BA', 'GR')).toEqual(['Bosnia and Herzegovina', 'Greece']);
  });
});
