import type { settingsCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { nowIso } from '../ids';
import { settingsWriter, type SettingsWriter } from './writer';

export type { SettingsWriter } from './writer';

/** Preferences of this installation, as JSON under a known key. */
export function settingsDomain(context: DomainContext): DomainModule<CallsOf<typeof settingsCalls>, { writer: SettingsWriter }> {
  const read = context.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const writer = settingsWriter(context);
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
    },
    api: { writer },
  };
}
