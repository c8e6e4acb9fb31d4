import type { CallArgs, CallOutput } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { newId, nowIso } from '../ids';
import { organisationColumns, type OrganisationsWriter } from '../organisations';
import { personColumns, type PeopleWriter } from '../people';
import type { Store } from '../store/open';
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

/** The writers of the tables an import fills: every row goes through them, and is told like any other. */
export interface ImportWriters {
  people: PeopleWriter;
  organisations: OrganisationsWriter;
}

/** Writes what `decide` chose, in the caller's transaction; `placed` learns which person each row became (the nominations import puts them on a roster). */
export function importWriter(db: Store, writers: ImportWriters) {
  return db.transaction((plan: Plan, decided: ReturnType<typeof decide>, placed?: Map<PlannedRow, string>): CallOutput<'directoryImport.commit'> => {
    const now = nowIso();
    const creating = decided.reduce((n, d) => n + (d.action === 'create' ? 1 : 0), 0);
    const result = { created: 0, merged: 0, skipped: 0, organisationsCreated: 0 };
    const createdOrganisations = new Map<string, string>();
    const organisationOf = (row: PlannedRow): string | null => {
      if (!row.newOrganisationKey) return row.organisationId;
      let id = createdOrganisations.get(row.newOrganisationKey);
      if (!id) {
        const spec = plan.newOrganisations.get(row.newOrganisationKey)!;
        id = newId();
        const fields: CallArgs<'organisations.create'> = { name: spec.name, acronym: '', kind: 'other', countryCode: spec.countryCode, parentId: null, website: '', notes: '' };
        writers.organisations.insert({ id, ...organisationColumns(fields), created_at: now, updated_at: now });
        createdOrganisations.set(row.newOrganisationKey, id);
        result.organisationsCreated++;
      }
      return id;
    };
    // Several rows may merge into the same person: each sees what the previous ones added.
    const merged = new Map<string, PersonRow>();

    writers.people.bulk(creating, () => {
      for (const { row, action } of decided) {
        if (action === 'skip') {
          result.skipped++;
          continue;
        }
        if (action === 'create') {
          const fields: CallArgs<'people.create'> = {
            fullName: row.fullName,
            position: row.position,
            organisationId: organisationOf(row),
            countryCode: row.countryCode,
            emails: row.emails,
            phones: row.phones,
            languages: row.languages,
            isSpoc: false,
            notes: row.notes,
            onHandouts: true,
            ...row.parts,
          };
          const id = newId();
          writers.people.insert({ id, ...personColumns(fields), created_at: now, updated_at: now });
          placed?.set(row, id);
          result.created++;
          continue;
        }
        const person = merged.get(row.match!.person.id) ?? row.match!.person;
        placed?.set(row, person.id);
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
        if (!MERGED.some((k) => next[k] !== person[k])) continue;
        const { position, organisation_id, country_code, emails, phones, languages, notes } = next;
        writers.people.update(person.id, { position, organisation_id, country_code, emails, phones, languages, notes, updated_at: now });
      }
    });
    return result;
  });
}

/** The columns a merge may fill or extend; the name, the SPOC flag and the rest stay as they are. */
const MERGED = ['position', 'organisation_id', 'country_code', 'emails', 'phones', 'languages', 'notes'] as const;
