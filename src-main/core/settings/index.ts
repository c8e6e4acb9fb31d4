import type { settingsCalls } from '../../../src-shared/contract';
import { setStoreSortLocale, sortLocaleOf, storeSortLocale } from '../collation';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { nowIso } from '../ids';
import { settingsWriter, type SettingsWriter } from './writer';

export type { SettingsWriter } from './writer';

/** Where the store keeps the language its sort keys are written in; not a preference the interface reads or sets as such. */
const SORT_LOCALE = 'sort.locale';

/**
 * Preferences of this installation, as JSON under a known key. `recollate` writes every sort key
 * again in the store's sort language (people's and organisations' writers own those statements).
 */
export function settingsDomain(context: DomainContext, deps: { recollate: () => void }): DomainModule<CallsOf<typeof settingsCalls>, { writer: SettingsWriter }> {
  const { db } = context;
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const writer = settingsWriter(context);
  const stored = read.get(SORT_LOCALE);
  setStoreSortLocale(db, stored ? (JSON.parse(stored.value) as string) : 'en');
  return {
    handlers: {
      'settings.get': ({ key }) => {
        const row = read.get(key);
        return { value: row ? (JSON.parse(row.value) as unknown) : null };
      },
      'settings.set': ({ key, value }) => {
        writer.set(key, JSON.stringify(value), nowIso());
        return { value };
      },
      'settings.sortLanguage': ({ locale }) => {
        const next = sortLocaleOf(locale);
        const before = storeSortLocale(db);
        if (next === before) return { locale: next, changed: false };
        try {
          db.transaction(() => {
            setStoreSortLocale(db, next);
            deps.recollate();
            writer.set(SORT_LOCALE, JSON.stringify(next), nowIso());
          })();
        } catch (error) {
          setStoreSortLocale(db, before);
          throw error;
        }
        return { locale: next, changed: true };
      },
    },
    api: { writer },
  };
}
