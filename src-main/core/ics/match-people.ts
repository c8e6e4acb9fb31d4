import { type CallArgs, contract } from '../../../src-shared/contract';
import type { Store } from '../store/open';
import { foldForSort } from '../text';
import type { Attendee } from './fields';

/** Someone no one in the directory is: created by the import (which then sets `id`), only counted by a preview. */
export interface NewPerson {
  /** What `people.create` would store; null when even the name alone is refused (the import then fails on it). */
  fields: CallArgs<'people.create'> | null;
  fullName: string;
  id: string | null;
}

/** A person an attendee is: someone in the directory, or a new person (one per session for the same attendee). */
export type Match = { personId: string } | { person: NewPerson };

/** "Kranjc, Boštjan" → "Boštjan Kranjc": Outlook's "Last, First", when both sides look like names. */
export function naturalName(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  if (!m) return name.trim();
  const looksLikeName = (part: string) => part.trim().split(/\s+/).length <= 3 && /^[\p{L}][\p{L}\p{M}'’. -]*$/u.test(part.trim());
  return looksLikeName(m[1]!) && looksLikeName(m[2]!) ? `${m[2]!.trim()} ${m[1]!.trim()}` : name.trim();
}

/**
 * Attendees → people: by email (people.emails), else by name with case and diacritics folded
 * (people.sort_name, either way round for "Last, First"), else a new person with that name and email.
 * One session per preview or import, so an attendee met twice is created once.
 *
 * Matching writes nothing: a new person is planned, and the import creates it (through the people
 * writer, after the matching of the whole file) only once it has decided to write. So a preview and
 * the import that follows decide alike, and an import that changes nothing writes nothing, not even
 * a backup. For the same reason the directory's emails and names are read once into maps that also
 * hold the people planned so far, as the rows they will become: a name is looked up as
 * `sort_name = ? ORDER BY id LIMIT 1` would find it in the store once those rows are written.
 */
export function peopleMatcher(db: Store) {
  const emailRows = db.prepare<[], { id: string; email: string }>(
    'SELECT p.id, e.value AS email FROM people p, json_each(p.emails) e ORDER BY p.id',
  );
  const nameRows = db.prepare<[], { id: string; sort_name: string }>('SELECT sort_name, min(id) AS id FROM people GROUP BY sort_name');
  const byId = db.prepare<[string], { id: string }>('SELECT id FROM people WHERE id = ?');
  const input = contract['people.create'].input;

  return function session() {
    const lazy = (load: () => Map<string, Match>) => {
      let map: Map<string, Match> | null = null;
      return () => (map ??= load());
    };
    const emailIndex = lazy(() => {
      const map = new Map<string, Match>();
      for (const row of emailRows.all()) if (!map.has(row.email)) map.set(row.email, { personId: row.id });
      return map;
    });
    const nameIndex = lazy(() => new Map(nameRows.all().map((row) => [row.sort_name, { personId: row.id }])));
    // A file names the same few thousand people again and again: each name is turned round and folded once.
    const memo = (f: (name: string) => string) => {
      const seen = new Map<string, string>();
      return (name: string) => {
        let value = seen.get(name);
        if (value === undefined) seen.set(name, (value = f(name)));
        return value;
      };
    };
    const natural = memo(naturalName);
    const fold = memo(foldForSort);
    // People planned in this session, by email and by the folded name the attendee gave.
    const fresh = new Map<string, Match>();
    const planned: NewPerson[] = [];

    const find = (a: Attendee): Match | null => {
      if (a.personId && byId.get(a.personId)) return { personId: a.personId };
      if (a.email) {
        const match = emailIndex().get(a.email) ?? fresh.get(`email:${a.email}`);
        if (match) return match;
      }
      for (const name of new Set([a.name, natural(a.name)])) {
        const folded = fold(name);
        if (!folded) continue;
        const match = nameIndex().get(folded) ?? fresh.get(`name:${folded}`);
        if (match) return match;
      }
      return null;
    };

    const remember = (a: Attendee, match: Match) => {
      if (a.email) fresh.set(`email:${a.email}`, match);
      const folded = fold(natural(a.name));
      if (folded && !fresh.has(`name:${folded}`)) fresh.set(`name:${folded}`, match);
    };

    /** The new person's fields as `people.create` checks them: an email it refuses is left out; a refused name is refused at the import. */
    const fieldsOf = (fullName: string, email: string | null) => {
      const parsed = input.safeParse({ fullName, emails: email ? [email] : [] });
      if (parsed.success) return parsed.data;
      const nameOnly = input.safeParse({ fullName });
      return nameOnly.success ? nameOnly.data : null;
    };

    return {
      resolve(a: Attendee): Match | null {
        const found = find(a);
        if (found) return found;
        const fullName = natural(a.name) || a.email || '';
        if (!fullName) return null;
        const person: NewPerson = { fields: fieldsOf(fullName, a.email), fullName, id: null };
        planned.push(person);
        const match: Match = { person };
        if (a.email) emailIndex().set(a.email, match);
        if (person.fields) {
          // Written with an id newer than every one in the store, it would come after any namesake there.
          const sortName = fold(person.fields.fullName);
          if (!nameIndex().has(sortName)) nameIndex().set(sortName, match);
        }
        remember(a, match);
        return match;
      },
      /** The people to create, in the order the file first names them. */
      get planned(): readonly NewPerson[] {
        return planned;
      },
    };
  };
}

/** The fields of a planned person, or the error `people.create` gives for its name. */
export function fieldsToCreate(person: NewPerson): CallArgs<'people.create'> {
  return person.fields ?? contract['people.create'].input.parse({ fullName: person.fullName });
}
