import type { DomainContext } from '../domain';
import { tableWriter } from '../store/table';

export type SettingsRow = { key: string; value: string; updated_at: string };

/** The one writer of `settings`, keyed by name: a value is inserted the first time, replaced after. */
export function settingsWriter({ db, onChange }: DomainContext) {
  const table = tableWriter<SettingsRow>(db, onChange, { table: 'settings', columns: ['key', 'value', 'updated_at'], key: 'key' });
  return {
    table,
    /** `value` is JSON. */
    set(key: string, value: string, now: string): void {
      if (!table.update(key, { value, updated_at: now })) table.insert({ key, value, updated_at: now });
    },
  };
}
export type SettingsWriter = ReturnType<typeof settingsWriter>;
