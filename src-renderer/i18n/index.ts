import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import enIssues from './issues.en.json';

/** The catalog language; dates and numbers follow the user's own locale (see lib/format). */
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'translation',
  ns: ['translation', 'issues'],
  resources: { en: { translation: en, issues: enIssues } },
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
