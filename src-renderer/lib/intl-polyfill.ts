import { shouldPolyfill as dateTimeNeeds } from '@formatjs/intl-datetimeformat/should-polyfill.js';
import { shouldPolyfill as displayNamesNeeds } from '@formatjs/intl-displaynames/should-polyfill.js';
import { shouldPolyfill as numberNeeds } from '@formatjs/intl-numberformat/should-polyfill.js';

/**
 * FormatJS's Intl polyfills, for the languages Chromium's trimmed ICU lacks: it formats Albanian and
 * Macedonian dates in English and 12-hour time, and Bosnian as "2026 M05 12, Tue"; it names countries
 * in English in all three, in Bosnian while saying it is Bosnian (so Bosnian is forced). A forced
 * polyfill replaces the constructor for every language, with the data of the languages loaded into
 * it only: English (the fallback) is loaded with it, and leaving the language reloads the window
 * (`isPolyfilled`).
 */
const FORCED = new Set(['bs']);

type Loader = () => Promise<unknown>;
const DATA: Record<string, { dateTime: Loader; number: Loader; displayNames: Loader }> = {
  sq: {
    dateTime: () => import('@formatjs/intl-datetimeformat/locale-data/sq.js'),
    number: () => import('@formatjs/intl-numberformat/locale-data/sq.js'),
    displayNames: () => import('@formatjs/intl-displaynames/locale-data/sq.js'),
  },
  mk: {
    dateTime: () => import('@formatjs/intl-datetimeformat/locale-data/mk.js'),
    number: () => import('@formatjs/intl-numberformat/locale-data/mk.js'),
    displayNames: () => import('@formatjs/intl-displaynames/locale-data/mk.js'),
  },
  bs: {
    dateTime: () => import('@formatjs/intl-datetimeformat/locale-data/bs.js'),
    number: () => import('@formatjs/intl-numberformat/locale-data/bs.js'),
    displayNames: () => import('@formatjs/intl-displaynames/locale-data/bs.js'),
  },
  en: {
    dateTime: () => import('@formatjs/intl-datetimeformat/locale-data/en.js'),
    number: () => import('@formatjs/intl-numberformat/locale-data/en.js'),
    displayNames: () => import('@formatjs/intl-displaynames/locale-data/en.js'),
  },
};

const base = (locale: string) => locale.split('-')[0]!;
const done = new Set<string>();

export const isPolyfilled = (): boolean => done.size > 0;

export function needsPolyfill(locale: string): boolean {
  const language = base(locale);
  if (!(language in DATA) || language === 'en' || done.has(language)) return false;
  return FORCED.has(language) || Boolean(dateTimeNeeds(locale) || numberNeeds(locale) || displayNamesNeeds(locale));
}

export async function polyfill(locale: string): Promise<void> {
  const language = base(locale);
  const data = DATA[language];
  if (!data) return;
  // Chromium has the plural rules of all of them; the formats are replaced, with their data.
  await import('@formatjs/intl-numberformat/polyfill-force.js');
  await import('@formatjs/intl-datetimeformat/polyfill-force.js');
  await import('@formatjs/intl-displaynames/polyfill-force.js');
  await Promise.all([data, DATA.en!].flatMap((d) => [d.number(), d.dateTime(), d.displayNames()]));
  // Events keep their IANA zones: the polyfill needs their rules to show wall clocks.
  await import('@formatjs/intl-datetimeformat/add-all-tz.js');
  done.add(language);
}
