import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAgenda from './agenda.en.json';
import enBodies from './bodies.en.json';
import enCalendar from './calendar.en.json';
import enDashboard from './dashboard.en.json';
import enDocuments from './documents.en.json';
import en from './en.json';
import enEvents from './events.en.json';
import enExchange from './exchange.en.json';
import enImport from './import.en.json';
import enIssues from './issues.en.json';
import enNavigation from './navigation.en.json';
import enOrganisations from './organisations.en.json';
import enOutcomes from './outcomes.en.json';
import enPeople from './people.en.json';
import enProjects from './projects.en.json';
import enRoster from './roster.en.json';
import enSettings from './settings.en.json';
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
  resources: {
    en: {
      translation: merge(
        en,
        enDashboard,
        enPeople,
        enImport,
        enOrganisations,
        enSettings,
        enCalendar,
        enEvents,
        enExchange,
        enBodies,
        enAgenda,
        enOutcomes,
        enDocuments,
        enProjects,
        enRoster,
        enVault,
        enNavigation,
      ),
      issues: enIssues,
    },
  },
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
