import type { CallArgs, CallOutput } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { newId, nowIso } from '../ids';
import type { Store } from '../store/open';
import { foldForSort, organisationDisplaySort } from '../text';
import type { Plan, PlannedRow, PersonRow } from './plan';

type Decision = CallArgs<'directoryImport.commit'>['decisions'][number];

/** What each row will do once the user's decisions are applied, or every reason the import is refused. */
export function decide(plan: Plan, decisions: Decision[]): Array<{ row: PlannedRow; action: 'create' | 'merge' | 'skip' }> {
  const chosen = new Map<number, Decision['action']>();
  const refusals: Array<{ row: number; message: string }> = [];
  const refuse = (row: number, message: string) => refusals.push({ row, message: `Row ${row}: ${message}` });
  const rowNumbers = new Set(plan.rows.map((r) => r.row));
  for (const d of decisions) {
    if (!rowNumbers.has(d.row)) refuse(d.row, 'there is no such row of people in the file');
    chosen.set(d.row, d.action);
  }
  const decided = plan.rows.map((row) => {
    const action = chosen.get(row.row) ?? (row.action === 'error' ? null : row.action);
    if (action === 'skip') return { row, action };
    if (row.action === 'error' || action === null) {
      for (const p of row.problems) if (p.severity === 'error') refuse(row.row, p.message);
      return { row, action: 'skip' as const };
    }
    if (action === 'merge' && !row.match) refuse(row.row, 'there is no one in the directory to merge with');
    if (action === 'create' && row.match?.by === 'email') {
      refuse(row.row, `${row.emails.join(', ')} already belongs to ${row.match.person.full_name}; merge or skip this row`);
    }
    return { row, action };
  });
  if (refusals.length) {
    const rows = new Set(refusals.map((r) => r.row)).size;
    const message = `Nothing was imported: ${rows === 1 ? 'one row has' : `${rows} rows have`} problems. ${refusals[0]!.message}`;
    const issues = refusals.map((r) => ({ path: `row.${r.row}`, message: r.message }));
    throw new AppError('invalid_input', message, { issues, problems: refusals.map((r) => r.message) });
  }
  return decided;
}

const union = (existing: string[], added: string[]) => [...existing, ...added.filter((a) => !existing.includes(a))];

/** Prepared once per app: the statements every commit runs. */
export function importWriter(db: Store) {
  const insertOrganisation = db.prepare(
    `INSERT INTO organisations (id, name, sort_name, display_sort, acronym, kind, country_code, parent_id, website, notes, created_at, updated_at)
     VALUES (@id, @name, @sortName, @displaySort, '', 'other', @countryCode, NULL, '', '', @now, @now)`,
  );
  const insertPerson = db.prepare(
    `INSERT INTO people (id, full_name, sort_name, position, organisation_id, country_code, organisation_sort, country_sort, emails, phones, languages, is_spoc, notes, created_at, updated_at)
     VALUES (@id, @fullName, @sortName, @position, @organisationId, @countryCode, (SELECT display_sort FROM organisations WHERE id = @organisationId), (SELECT name FROM countries WHERE code = @countryCode), @emails, @phones, @languages, 0, @notes, @now, @now)`,
  );
  const updatePerson = db.prepare(
    `UPDATE people SET position = @position, organisation_id = @organisationId, country_code = @countryCode, emails = @emails,
       phones = @phones, languages = @languages, notes = @notes, updated_at = @now
     WHERE id = @id`,
  );

  const bulk = bulkLoader(db);

  return db.transaction((plan: Plan, decided: ReturnType<typeof decide>): CallOutput<'directoryImport.commit'> => {
    const now = nowIso();
    const creating = decided.reduce((n, d) => n + (d.action === 'create' ? 1 : 0), 0);
    const finishBulk = bulk.begin(creating);
    const result = { created: 0, merged: 0, skipped: 0, organisationsCreated: 0 };
    const createdOrganisations = new Map<string, string>();
    const organisationOf = (row: PlannedRow): string | null => {
      if (!row.newOrganisationKey) return row.organisationId;
      let id = createdOrganisations.get(row.newOrganisationKey);
      if (!id) {
        const spec = plan.newOrganisations.get(row.newOrganisationKey)!;
        id = newId();
        insertOrganisation.run({
          id,
          name: spec.name,
          sortName: foldForSort(spec.name),
          displaySort: organisationDisplaySort(spec.name, ''),
          countryCode: spec.countryCode,
          now,
        });
        createdOrganisations.set(row.newOrganisationKey, id);
        result.organisationsCreated++;
      }
      return id;
    };
    // Several rows may merge into the same person: each sees what the previous ones added.
    const merged = new Map<string, PersonRow>();

    for (const { row, action } of decided) {
      if (action === 'skip') {
        result.skipped++;
        continue;
      }
      if (action === 'create') {
        const organisationId = organisationOf(row);
        insertPerson.run({
          id: newId(),
          fullName: row.fullName,
          sortName: foldForSort(row.fullName),
          position: row.position,
          organisationId,
          countryCode: row.countryCode,
          emails: JSON.stringify(row.emails),
          phones: JSON.stringify(row.phones),
          languages: JSON.stringify(row.languages),
          notes: row.notes,
          now,
        });
        result.created++;
        continue;
      }
      const person = merged.get(row.match!.person.id) ?? row.match!.person;
      const list = (existing: string, added: string[], max: number, what: string) => {
        const all = union(JSON.parse(existing) as string[], added);
        // Dropping some silently would lose data; refusing rolls the whole import back.
        if (all.length > max) throw new AppError('invalid_input', `Row ${row.row}: merging would give ${person.full_name} more than ${max} ${what}`);
        return JSON.stringify(all);
      };
      const next: PersonRow = {
        ...person,
        position: person.position || row.position,
        // An organisation named only by a merged row is created only when it fills the person's empty one.
        organisation_id: person.organisation_id ?? organisationOf(row),
        country_code: person.country_code ?? row.countryCode,
        emails: list(person.emails, row.emails, 10, 'emails'),
        phones: list(person.phones, row.phones, 10, 'phones'),
        languages: list(person.languages, row.languages, 20, 'languages'),
        notes: person.notes || row.notes,
      };
      merged.set(person.id, next);
      result.merged++;
      // Re-importing the same file changes nothing: skipping the write spares the search index.
      const changed = (['position', 'organisation_id', 'country_code', 'emails', 'phones', 'languages', 'notes'] as const).some((k) => next[k] !== person[k]);
      if (!changed) continue;
      updatePerson.run({
        id: person.id,
        position: next.position,
        organisationId: next.organisation_id,
        countryCode: next.country_code,
        emails: next.emails,
        phones: next.phones,
        languages: next.languages,
        notes: next.notes,
        now,
      });
    }
    finishBulk();
    return result;
  });
}

// Below this many new people, keeping the indexes up to date row by row is cheaper than rebuilding them.
const BULK_MIN_ROWS = 2000;

/**
 * A large import into a smaller directory: maintaining nine indexes and the search index row by
 * row cost three quarters of the time. Dropping them and building them once after the inserts
 * is three times faster. It all happens inside the import's transaction, so a failure leaves the
 * indexes exactly as they were; their definitions are read back from the schema, not repeated.
 */
function bulkLoader(db: Store) {
  const peopleCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM people');
  const lastRowid = db.prepare<[], { last: number }>('SELECT coalesce(max(rowid), 0) AS last FROM people');
  const deferred = db.prepare<[], { kind: 'index' | 'trigger'; name: string; sql: string }>(
    `SELECT type AS kind, name, sql FROM sqlite_master
     WHERE tbl_name = 'people' AND sql IS NOT NULL AND (type = 'index' OR name = 'people_fts_insert')`,
  );
  const indexNewPeople = `INSERT INTO people_fts(rowid, person_id, full_name, folded_name, position, emails, notes)
     SELECT rowid, id, full_name, sort_name, position, emails, notes FROM people WHERE rowid > ?`;

  return {
    /** Returns what to run after the inserts. */
    begin(creating: number): () => void {
      if (creating < BULK_MIN_ROWS || creating < peopleCount.get()!.n) return () => {};
      const after = lastRowid.get()!.last;
      const definitions = deferred.all();
      for (const d of definitions) db.exec(`DROP ${d.kind === 'index' ? 'INDEX' : 'TRIGGER'} "${d.name}"`);
      return () => {
        for (const d of definitions) db.exec(d.sql);
        db.prepare(indexNewPeople).run(after);
      };
    },
  };
}
