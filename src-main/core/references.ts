import { invalidField } from './errors';
import type { Store } from './store/open';

/** Checks that referenced rows exist, so a wrong id is reported on its field instead of as a constraint failure. */
export function references(db: Store) {
  const countryExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM countries WHERE code = ?');
  const organisationExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM organisations WHERE id = ?');
  return {
    requireCountry(code: string | null, path: string): void {
      if (code !== null && !countryExists.get(code)) {
        throw invalidField(path, `Unknown country code ${code}`);
      }
    },
    requireOrganisation(id: string | null, path: string): void {
      if (id !== null && !organisationExists.get(id)) {
        throw invalidField(path, 'This organisation does not exist (it may have been deleted)');
      }
    },
  };
}
