import type { Country, countryCalls } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';

/** Countries come with the schema (ISO 3166) and change only through migrations: no call writes them. */
export function countriesDomain({ db }: DomainContext): DomainModule<CallsOf<typeof countryCalls>> {
  const all = db.prepare<[], { id: string; code: string; name: string; local_name: string }>(
    'SELECT id, code, name, local_name FROM countries ORDER BY name',
  );
  let cache: Country[] | null = null;
  return {
    handlers: {
      // Read once per run: only a migration changes them.
      'countries.list': () => (cache ??= all.all().map((r) => ({ id: r.id, code: r.code, name: r.name, localName: r.local_name }))),
    },
    api: {},
  };
}
