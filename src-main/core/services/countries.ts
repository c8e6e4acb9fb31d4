import type { Country } from '../../../src-shared/contract';
import type { Store } from '../store/open';

export function countriesService(db: Store) {
  const all = db.prepare<[], { id: string; code: string; name: string; local_name: string }>(
    'SELECT id, code, name, local_name FROM countries ORDER BY name',
  );
  let cache: Country[] | null = null;
  return {
    // Countries change only through migrations, so the list is read once per run.
    list(): Country[] {
      cache ??= all.all().map((r) => ({ id: r.id, code: r.code, name: r.name, localName: r.local_name }));
      return cache;
    },
  };
}
