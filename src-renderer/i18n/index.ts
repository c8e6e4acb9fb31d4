import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAgenda from './agenda.en.json';
import enDocuments from './documents.en.json';
import en from './en.json';
import enIssues from './issues.en.json';
import enNavigation from './navigation.en.json';
import enOutcomes from './outcomes.en.json';
import enProjects from './projects.en.json';
import enRoster from './roster.en.json';
import enVault from './vault.en.json';

type Catalog = { [key: string]: string | string[] | Catalog };

/** Features keep their strings in their own file; they merge into one catalog, nested keys included. */
function merge(...catalogs: Catalog[]): Catalog {
  const result: Catalog = {};
  for (const catalog of catalogs) {
    for (const [key, value] of Object.entries(catalog)) {
      const existing = result[key];
      result[key] =
        existing && typeof existing === 'object' && !Array.isArray(existing) && typeof value === 'object' && !Array.isArray(value)
          ? merge(existing, value)
          : value;
    }
  }
  return result;
}

/** The catalog language; dates and numbers follow the user's own locale (see lib/format). */
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'translation',
  ns: ['translation', 'issues'],
  resources: { en: { translation: merge(en, enAgenda, enOutcomes, enDocuments, enProjects, enRoster, enVault, enNavigation), issues: enIssues } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/**
 * Validation messages arrive as English text from the contract; translators can map each
 * one in the `issues` namespace (keyed by the whole message), otherwise it shows as is.
 */
export function translateIssue(message: string): string {
  return i18n.t(message, { ns: 'issues', keySeparator: false, nsSeparator: false, defaultValue: message });
}

export default i18n;
