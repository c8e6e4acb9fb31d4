import type { Country } from '../../src-shared/contract';
import { fold } from './fold';
import { compareText, currentLanguage, localized } from './locale';

const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Region names in the interface language, by code, remembered once asked (a list of 60,000 people
 * asks for the same few). Null in English, and where the Intl data answers in another language
 * (Chromium without FormatJS's data names Albanian regions in English).
 */
const regionNames = localized((locales) => {
  if (currentLanguage().code === 'en' || !locales[0]) return null;
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(locales, { type: 'region', fallback: 'none' });
  } catch {
    return null;
  }
  if (language(names.resolvedOptions().locale) !== language(locales[0])) return null;
  const known = new Map<string, string | undefined>();
  return (code: string): string | undefined => {
    if (!known.has(code)) {
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        // Not a region code Intl accepts: the store's name stands.
      }
      known.set(code, name);
    }
    return known.get(code);
  };
});

/**
 * A country's name in the interface language, by its ISO code. English keeps the store's names, the
 * ones users typed and know ("Bosnia and Herzegovina" where CLDR writes "Bosnia & Herzegovina"); a
 * code the language has no name for (a user-assigned one such as XK) keeps the store's name too.
 */
export function countryName(code: string | null | undefined, stored: string): string;
export function countryName(code: string | null | undefined, stored: string | null | undefined): string | null;
export function countryName(code: string | null | undefined, stored: string | null | undefined): string | null {
  const translated = code ? regionNames()?.(code.toUpperCase()) : undefined;
  return translated ?? stored ?? null;
}

/** A code's name from the countries list; the code itself for one the list does not hold. */
export function countryNameByCode(code: string, countries: readonly Country[]): string {
  return countryName(code, countries.find((c) => c.code === code)?.name ?? code);
}

/** Countries as a picker lists them: named in the interface language and sorted as it sorts. */
export function countryOptions(countries: readonly Country[]): { value: string; label: string }[] {
  return countries.map((c) => ({ value: c.code, label: countryName(c.code, c.name) })).sort((a, b) => compareText(a.label, b.label));
}

/** Every name a user may type for a country, folded: the interface language's, the English and its own (each of "België / Belgique"). */
export function countrySearchNames(country: Country): string[] {
  const names = [countryName(country.code, country.name), country.name, ...country.localName.split(' / ')];
  return [...new Set(names.map((name) => fold(name).trim()).filter(Boolean))];
}
