import { contract } from '../../../src-shared/contract';
import { newId, nowIso } from '../ids';
import { personColumns, type PeopleWriter } from '../people';
import type { Store } from '../store/open';
import { foldForSort } from '../text';
import type { Attendee } from './fields';

/** A person an attendee is: found in the directory, or to be created (`pending` in a preview). */
export type Match = { personId: string; created: boolean } | { pending: string };

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
 * A new person is written as `people.create` writes one, through the people writer but without its
 * checks: the only email is one no one in the directory has (every email was looked up first), and
 * without reading the row back (a savepoint, a search and a read per person were a fifth of an import).
 */
export function peopleMatcher(db: Store, people: PeopleWriter) {
  const emailRows = db.prepare<[], { id: string; email: string }>(
    'SELECT p.id, e.value AS email FROM people p, json_each(p.emails) e ORDER BY p.id',
  );
  const byName = db.prepare<[string], { id: string }>('SELECT id FROM people WHERE sort_name = ? ORDER BY id LIMIT 1');
  const byId = db.prepare<[string], { id: string }>('SELECT id FROM people WHERE id = ?');
  const input = contract['people.create'].input;

  return function session(create: boolean) {
    let emails: Map<string, string> | null = null;
    const emailIndex = () => {
      if (!emails) {
        emails = new Map();
        for (const row of emailRows.all()) if (!emails.has(row.email)) emails.set(row.email, row.id);
      }
      return emails;
    };
    // People created (or, in a preview, to be created) in this session, by email and by folded name.
    const fresh = new Map<string, Match>();
    let createdCount = 0;
    let pendingCount = 0;
    let stamp: string | null = null;

    const find = (a: Attendee): Match | null => {
      if (a.personId && byId.get(a.personId)) return { personId: a.personId, created: false };
      if (a.email) {
        const id = emailIndex().get(a.email);
        if (id) return { personId: id, created: false };
        const seen = fresh.get(`email:${a.email}`);
        if (seen) return seen;
      }
      for (const name of new Set([a.name, naturalName(a.name)])) {
        const folded = foldForSort(name);
        if (!folded) continue;
        const row = byName.get(folded);
        if (row) return { personId: row.id, created: false };
        const seen = fresh.get(`name:${folded}`);
        if (seen) return seen;
      }
      return null;
    };

    const remember = (a: Attendee, match: Match) => {
      if (a.email) fresh.set(`email:${a.email}`, match);
      const folded = foldForSort(naturalName(a.name));
      if (folded && !fresh.has(`name:${folded}`)) fresh.set(`name:${folded}`, match);
    };

    return {
      resolve(a: Attendee): Match | null {
        const found = find(a);
        if (found) return found;
        const fullName = naturalName(a.name) || a.email || '';
        if (!fullName) return null;
        if (!create) {
          const match: Match = { pending: a.email ? `email:${a.email}` : `name:${foldForSort(fullName)}` };
          pendingCount++;
          remember(a, match);
          return match;
        }
        const parsed = input.safeParse({ fullName, emails: a.email ? [a.email] : [] });
        const fields = parsed.success ? parsed.data : input.parse({ fullName });
        const id = newId();
        const now = (stamp ??= nowIso());
        people.insert({ id, ...personColumns(fields), created_at: now, updated_at: now });
        createdCount++;
        const match: Match = { personId: id, created: true };
        if (a.email) emailIndex().set(a.email, id);
        remember(a, match);
        return match;
      },
      get newPeople() {
        return create ? createdCount : pendingCount;
      },
    };
  };
}
