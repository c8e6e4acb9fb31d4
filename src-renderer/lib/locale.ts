import { z } from 'zod';
import i18n, { ensureCatalog, loadLanguage } from '../i18n';
import { invoke } from './client';
import { type Language, languageFor } from '../i18n/languages';

const LANGUAGE_KEY = 'liaison.language';
const userLocales = (): string[] => (typeof navigator !== 'undefined' ? [...navigator.languages] : []);

/** The interface language now. */
export const currentLanguage = (): Language => languageFor(i18n.language);

/**
 * The locales dates, numbers and sorting follow: the interface language's; in English, the user's
 * own (en-GB and en-US write dates differently, and English is also the fallback of every other tag).
 */
export function currentLocales(): string[] {
  const language = currentLanguage();
  return language.code === 'en' ? userLocales() : [language.locale];
}

/** A formatter made for the current locales and made again after the language changes. */
export function localized<T>(make: (locales: string[]) => T): () => T {
  let made: { language: string; value: T } | null = null;
  return () => {
    if (made?.language !== i18n.language) made = { language: i18n.language, value: make(currentLocales()) };
    return made.value;
  };
}

/** Formatters per key (a time zone), for the current locales. */
export function localizedBy<T>(make: (locales: string[], key: string) => T): (key: string) => T {
  let language = '';
  const made = new Map<string, T>();
  return (key) => {
    if (language !== i18n.language) {
      made.clear();
      language = i18n.language;
    }
    let value = made.get(key);
    if (value === undefined) {
      value = make(currentLocales(), key);
      made.set(key, value);
    }
    return value;
  };
}

/**
 * Lists the store pages (people, organisations) sort in the interface's locale too: the store is
 * told at each unlock and language change, and writes its sort keys again only when it differs.
 */
export function tellStoreSortLanguage(): void {
  invoke('settings.sortLanguage', { locale: currentLocales()[0] ?? 'en' }).catch((error: unknown) => console.error(error));
}

const collator = localized((locales) => new Intl.Collator(locales, { sensitivity: 'base', numeric: true }));
/** Compares two texts as the interface language sorts them (Croatian dž after d, Turkish ı before i…). */
export const compareText = (a: string, b: string): number => collator().compare(a, b);

// zod's own messages (a wrong type, a value out of range): its locales where it has one, ours (i18n/zod) where it has none.
const ZOD_LOCALES: Record<string, () => Promise<{ default: () => Parameters<typeof z.config>[0] }>> = {
  bg: () => import('zod/v4/locales/bg.js'),
  el: () => import('zod/v4/locales/el.js'),
  hr: () => import('zod/v4/locales/hr.js'),
  hu: () => import('zod/v4/locales/hu.js'),
  mk: () => import('zod/v4/locales/mk.js'),
  ro: () => import('zod/v4/locales/ro.js'),
  sl: () => import('zod/v4/locales/sl.js'),
  tr: () => import('zod/v4/locales/tr.js'),
  'sr-Cyrl': () => import('../i18n/zod/sr-Cyrl'),
  'sr-Latn': () => import('../i18n/zod/sr-Latn'),
  bs: () => import('../i18n/zod/bs'),
  sq: () => import('../i18n/zod/sq'),
  en: () => import('zod/v4/locales/en.js'),
};

let zodLocale = 'en';

async function applyToDocument(language: Language): Promise<void> {
  document.documentElement.lang = language.code;
  const code = language.code in ZOD_LOCALES ? language.code : 'en';
  // English is zod's own: nothing to load for it at start.
  if (code === zodLocale) return;
  z.config((await ZOD_LOCALES[code]!()).default());
  zodLocale = code;
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The language the user chose, before the first paint. Until they choose, the system's language if
 * its catalog is complete, else English: a draft is offered (`offerSystemLanguage`), not imposed.
 */
export async function startLanguage(): Promise<void> {
  const saved = savedLanguage();
  const system = languageFor(userLocales()[0]);
  await switchTo(saved ? languageFor(saved) : system.status === 'complete' ? system : languageFor('en'));
}

async function switchTo(language: Language): Promise<void> {
  await loadPolyfills(language);
  await loadLanguage(language);
  await applyToDocument(language);
}

const OFFERED_KEY = 'liaison.languageOffered';

/**
 * Once, while no language is chosen: where the system speaks a language Liaison has a draft of, a
 * toast in that language offers it, saying it is a draft.
 */
export async function offerSystemLanguage(show: (message: string, action: { label: string; run: () => void }) => void): Promise<void> {
  const system = languageFor(userLocales()[0]);
  if (savedLanguage() || system.code === currentLanguage().code) return;
  try {
    if (localStorage.getItem(OFFERED_KEY) === system.code) return;
    localStorage.setItem(OFFERED_KEY, system.code);
  } catch {
    return;
  }
  await ensureCatalog(system);
  const t = i18n.getFixedT(system.code);
  const status = t(`settings.language.status.${system.status}`);
  show(t('settings.language.offer', { language: system.name, status }), { label: t('settings.language.offerAction', { language: system.name }), run: () => void chooseLanguage(system) });
}

/** Switches the interface (and dates, numbers, sorting) to a language and remembers it. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, language.code);
  } catch {
    // The choice lasts for this session only.
  }
  // The polyfilled formats hold one language's data: the window starts again in the new language.
  if (polyfills?.isPolyfilled() && language.code !== currentLanguage().code) {
    window.location.reload();
    return;
  }
  await switchTo(language);
}

/**
 * Chromium's ICU lacks the date, number and country-name data of some of the region's languages
 * (Albanian, Macedonian, Bosnian): FormatJS's polyfills bring them, only for a language whose data is missing.
 */
const POLYFILLED = new Set(['sq', 'mk', 'bs']);
let polyfills: typeof import('./intl-polyfill') | null = null;

async function loadPolyfills(language: Language): Promise<void> {
  // Nothing is fetched for the other languages: the first screen waits for this.
  if (!POLYFILLED.has(language.code)) return;
  polyfills ??= await import('./intl-polyfill');
  if (polyfills.needsPolyfill(language.locale)) await polyfills.polyfill(language.locale);
}
