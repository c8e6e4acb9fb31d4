import type { SettingKey } from '../../../src-shared/contract';
import { nowIso } from '../ids';
import type { Store } from '../store/open';

export function settingsService(db: Store) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    get(key: SettingKey): { value: unknown } {
      const row = read.get(key);
      return { value: row ? (JSON.parse(row.value) as unknown) : null };
    },
    set(key: SettingKey, value: unknown): { value: unknown } {
      write.run(key, JSON.stringify(value), nowIso());
      return { value };
    },
  };
}
