import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalog, coverage } from './coverage';
import { type Language, LANGUAGES, languageFor } from './languages';

export type { Catalog };
type Namespaces = { translation: Catalog; issues: Catalog };

/** Features keep their strings in their own file; they merge into one catalog, nested keys included. */
function merge(...catalogs: Catalog[]): Catalog {
  const result: Catalog = {};
  for (const catalog of catalogs) {
    for (const [key, value] of Object.entries(catalog)) {
      const existing = result[key];
      result[key] = existing && typeof existing === 'object' && typeof value === 'object' ? merge(existing, value) : value;
    }
  }
  return result;
}

/** A language's files (`<code>/<feature>.json`) as i18next's two namespaces: `issues.json` apart, the rest merged. */
export function namespacesOf(files: Record<string, Catalog>): Namespaces {
  const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
  return {
    translation: merge(...entries.filter(([path]) => !path.endsWith('/issues.json')).map(([, c]) => c)),
    issues: entries.find(([path]) => path.endsWith('/issues.json'))?.[1] ?? {},
  };
}

// English is in the bundle; every other language is read when it is first chosen.
const english = import.meta.glob<Catalog>('./en/*.json', { eager: true, import: 'default' });
const others = import.meta.glob<Catalog>(['./*/*.json', '!./en/*.json'], { import: 'default' });

void i18n.use(initReactI18next).init({
  lng: 'en',
  // A key a draft or partial catalog lacks shows in English, never as its key.
  fallbackLng: 'en',
  defaultNS: 'translation',
  ns: ['translation', 'issues'],
  resources: { en: namespacesOf(english) },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** A language's catalog as its files hold it, without English filling the gaps. */
export async function catalogOf(language: Language): Promise<Namespaces> {
  if (language.code === 'en') return namespacesOf(english);
  const prefix = `./${language.code}/`;
  const paths = Object.keys(others).filter((path) => path.startsWith(prefix));
  return namespacesOf(Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await others[path]!()] as const))));
}

/** How much of the English catalog a language holds, both namespaces together, 0 to 1. */
export async function coverageOf(language: Language): Promise<number> {
  const own = await catalogOf(language);
  const en = namespacesOf(english);
  return coverage({ ...en.translation, issues: en.issues }, { ...own.translation, issues: own.issues }, language.locale);
}

/** Reads a language's catalog into i18next, once, without making it the interface language. */
export async function ensureCatalog(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language.code, 'translation')) return;
  const { translation, issues } = await catalogOf(language);
  i18n.addResourceBundle(language.code, 'translation', translation, true, true);
  i18n.addResourceBundle(language.code, 'issues', issues, true, true);
}

/** Loads a language's catalog (once) and makes it the interface language. */
export async function loadLanguage(language: Language): Promise<void> {
  await ensureCatalog(language);
  await i18n.changeLanguage(language.code);
}

export { LANGUAGES, languageFor };

const ISSUE_OPTIONS = { ns: 'issues', keySeparator: false, nsSeparator: false } as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
let dayWords = (day: string) => day;
/** A day a message carries ("issued on 2026-10-05") is written as the interface writes dates; lib/format provides how, and imports this module. */
export function writeIssueDaysWith(format: (day: string) => string): void {
  dayWords = format;
}

/** The `issues` keys with values in them ("At most {{max}} characters"), as patterns, per language. */
const issuePatterns = new Map<string, Array<{ key: string; pattern: RegExp }>>();
function patternsOf(language: string) {
  let patterns = issuePatterns.get(language);
  if (!patterns) {
    const keys = new Set([...Object.keys(i18n.getResourceBundle('en', 'issues') ?? {}), ...Object.keys(i18n.getResourceBundle(language, 'issues') ?? {})]);
    // The most specific first: "Row {{row}}: {{message}}" must not swallow what a longer pattern names exactly.
    const literal = (key: string) => key.replace(/\{\{\w+\}\}/g, '').length;
    patterns = [...keys]
      .filter((key) => key.includes('{{') && literal(key) > 0)
      .sort((a, b) => literal(b) - literal(a))
      .map((key) => ({
        key,
        pattern: new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{(\w+)\\\}\\\}/g, '(?<$1>.+?)')}$`),
      }));
    issuePatterns.set(language, patterns);
  }
  return patterns;
}
i18n.on('languageChanged', () => issuePatterns.clear());

/**
 * Validation messages and the main process's refusals arrive as English text (the server's and the
 * renderer's own checks alike); the `issues` namespace translates each, keyed by the whole message, or
 * by a pattern for those that carry a value ("At most 200 characters", "Title is required": the value
 * itself is translated again, so a field's label or a message inside "Row 4: …" is too). Anything else
 * shows as it is.
 */
export function translateIssue(message: string): string {
  if (i18n.exists(message, ISSUE_OPTIONS)) return i18n.t(message, ISSUE_OPTIONS);
  for (const { key, pattern } of patternsOf(i18n.language)) {
    const values = pattern.exec(message)?.groups;
    if (!values) continue;
    // A pattern has words of its own, so each value is shorter than the message and the recursion ends.
    const valueWords = (value: string) => (ISO_DAY.test(value) ? dayWords(value) : translateIssue(value));
    const translated = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, valueWords(value)]));
    return i18n.t(key, { ...ISSUE_OPTIONS, ...translated });
  }
  return message;
}

export default i18n;
