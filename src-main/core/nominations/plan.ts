import type { CallArgs, InvitationDelegation, NominationAction, NominationPreview, NominationPreviewRow, NominationProblem, ParticipantRole } from '../../../src-shared/contract';
import { ROLE_LABELS } from '../roster/export';
import { type FormRow, type NominationForm, readNominationForm } from '../invitations';
import { type Directory, loadDirectory, type PersonRow, type PlannedRow, planImport, type Sheet } from '../imports';
import { nameKey } from '../latin';
import type { ParticipationsRow } from '../roster';
import type { Store } from '../store/open';
import type { AnswerRow, NominationRow } from './writer';

type Input = CallArgs<'nominations.preview'>;

/** Everything a preview compares the forms with, read once per call inside the caller's transaction. */
export interface Context {
  eventId: string;
  delegations: Map<string, InvitationDelegation>;
  answers: Map<string, AnswerRow>;
  /** The event's roster by person. */
  roster: Map<string, ParticipationsRow>;
  /** The event's nominations already imported. */
  nominations: NominationRow[];
  eventTitle(id: string): string | null;
  today: string;
}

/** One row of a form, resolved: the planned person (as the directory import plans it) and what it does to the roster. */
export interface ResolvedRow {
  form: FormRow;
  planned: PlannedRow;
  role: ParticipantRole;
  person: PersonRow | null;
  action: NominationAction;
  candidates: PersonRow[];
  replaces: { personId: string; fullName: string } | null;
  problems: Array<{ severity: 'error' | 'warning'; message: string }>;
}

export interface PlannedFile {
  file: number;
  fileName: string;
  form: NominationForm | null;
  delegation: InvitationDelegation | null;
  deadline: string | null;
  refused: boolean;
  problems: Array<{ severity: 'error' | 'warning'; message: string }>;
  plan: { rows: PlannedRow[]; newOrganisations: Map<string, { name: string; countryCode: string | null }> } | null;
  rows: ResolvedRow[];
}

const MAPPING = ['fullName', 'position', 'organisation', 'email', 'phone'] as const;

/** The form's rows as a sheet the directory import reads: its own checks and matching, not a second set. */
function sheetOf(form: NominationForm): Sheet {
  return {
    format: 'xlsx',
    encoding: 'utf-8',
    delimiter: '',
    headers: [...MAPPING],
    rows: form.rows.map((r) => [r.name, r.position, r.organisation, r.email, r.phone]),
    rowNumbers: form.rows.map((r) => r.row),
    cellCounts: [],
  };
}

/** People by the Latin form of their name: the namesakes a row might be when nothing else decides. */
export function namesakesOf(db: Store): Map<string, PersonRow[]> {
  const byName = new Map<string, PersonRow[]>();
  const rows = db
    .prepare<[], PersonRow>('SELECT id, full_name, sort_name, position, organisation_id, country_code, emails, phones, languages, notes FROM people ORDER BY sort_name, id')
    .all();
  for (const p of rows) {
    const key = nameKey(p.full_name);
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
  }
  return byName;
}

export async function readForms(files: Input['files']): Promise<Array<NominationForm | Error>> {
  return Promise.all(
    files.map(async (f) => {
      try {
        return await readNominationForm(Buffer.from(f.base64, 'base64'));
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
}

/**
 * Every form against the directory and the roster: who each row is, what it does, what is wrong. Nothing
 * is written; the commit runs this again inside its transaction and writes what it says.
 */
export function planForms(db: Store, input: Input, forms: Array<NominationForm | Error>, context: Context): PlannedFile[] {
  const directory: Directory = loadDirectory(db);
  const namesakes = namesakesOf(db);
  const personById = new Map<string, PersonRow>();
  for (const list of namesakes.values()) for (const p of list) personById.set(p.id, p);
  const choices = new Map(input.choices.map((c) => [`${c.file}:${c.row}`, c.use]));

  const files: PlannedFile[] = input.files.map((f, file) => {
    const form = forms[file]!;
    const planned: PlannedFile = { file, fileName: f.fileName, form: null, delegation: null, deadline: null, refused: true, problems: [], plan: null, rows: [] };
    const refuse = (message: string) => {
      planned.problems.push({ severity: 'error', message });
      return planned;
    };
    if (form instanceof Error) return refuse(`Not a nomination form of Liaison: ${form.message}`);
    planned.form = form;
    if (form.eventId !== context.eventId) {
      const title = context.eventTitle(form.eventId);
      return refuse(title ? `This form is for another event: ${title}` : 'This form is for an event that is not in this directory');
    }
    const delegation = context.delegations.get(form.delegationKey);
    if (!delegation) return refuse('This form is for a delegation that is not a member of the event’s body');
    planned.delegation = delegation;
    planned.refused = false;
    const answer = context.answers.get(delegation.key);
    planned.deadline = answer?.deadline ?? null;
    if (planned.deadline && context.today > planned.deadline) {
      planned.problems.push({ severity: 'warning', message: `Received after the deadline of ${planned.deadline}` });
    }
    if (!form.rows.length) planned.problems.push({ severity: 'warning', message: 'The form names no one' });
    const plan = planImport(sheetOf(form), [...MAPPING], { countryCode: delegation.countryCode, organisationId: delegation.organisationId }, directory);
    planned.plan = plan;
    const previous = context.nominations.filter((n) => n.delegation_key === delegation.key);
    planned.rows = plan.rows.map((row, i) => resolveRow(form.rows[i]!, row, file, { delegation, choices, namesakes, personById, context, previous }));
    findSubstitutions(planned, previous, personById);
    return planned;
  });
  flagTwoDelegations(files, context);
  for (const f of files) for (const r of f.rows) if (r.problems.some((p) => p.severity === 'error') && r.action !== 'skip') r.action = 'error';
  return files;
}

/** Whom a nominee represents: the delegation's country with their own organisation, or the delegation's organisation with their own country. */
export function representingOf(delegation: InvitationDelegation, person: { country_code: string | null; organisation_id: string | null }) {
  return delegation.countryCode
    ? { representing_country_code: delegation.countryCode, representing_org_id: person.organisation_id }
    : { representing_country_code: person.country_code, representing_org_id: delegation.organisationId };
}

function resolveRow(
  form: FormRow,
  planned: PlannedRow,
  file: number,
  env: { delegation: InvitationDelegation; choices: Map<string, string>; namesakes: Map<string, PersonRow[]>; personById: Map<string, PersonRow>; context: Context; previous: NominationRow[] },
): ResolvedRow {
  const problems = planned.problems.map(({ severity, message }) => ({ severity, message }));
  let role: ParticipantRole = form.role ?? 'delegate';
  if (!form.role && form.roleText) problems.push({ severity: 'error', message: `Unknown role: ${form.roleText} (choose one from the list: ${Object.values(ROLE_LABELS).join(', ')})` });
  else if (!form.role) problems.push({ severity: 'warning', message: 'No role given: added as a delegate' });
  const chosen = env.choices.get(`${file}:${form.row}`);
  const resolved: ResolvedRow = { form, planned, role, person: null, action: 'add', candidates: [], replaces: null, problems };
  if (chosen === 'skip') {
    resolved.action = 'skip';
    return resolved;
  }
  if (planned.match?.by === 'email') resolved.person = planned.match.person;
  else if (planned.fullName) {
    // Several people of the same name: the one of the row's organisation when exactly one is, else the coordinator decides.
    const same = env.namesakes.get(nameKey(planned.fullName)) ?? [];
    const exact = planned.newOrganisationKey ? [] : same.filter((p) => p.organisation_id === planned.organisationId);
    if (exact.length === 1) resolved.person = exact[0]!;
    else if (exact.length > 1) resolved.candidates = exact;
    else resolved.candidates = same.filter((p) => !p.country_code || !planned.countryCode || p.country_code === planned.countryCode);
  }
  if (resolved.candidates.length) {
    if (chosen === 'new') resolved.candidates = [];
    else if (chosen && resolved.candidates.some((c) => c.id === chosen)) {
      resolved.person = env.personById.get(chosen)!;
      resolved.candidates = [];
    } else resolved.action = 'review';
  }
  if (resolved.action === 'review') return resolved;
  const on = resolved.person ? env.context.roster.get(resolved.person.id) : undefined;
  if (!on) return resolved;
  const nomination = env.previous.find((n) => n.person_id === resolved.person!.id);
  const represents = env.delegation.countryCode ? on.representing_country_code === env.delegation.countryCode : on.representing_org_id === env.delegation.organisationId;
  const same =
    on.role === role &&
    represents &&
    nomination?.role === role &&
    nomination.arrival === form.arrival &&
    nomination.departure === form.departure &&
    nomination.visa_letter === (form.visaLetter === null ? null : Number(form.visaLetter));
  resolved.action = same ? 'unchanged' : 'update';
  return resolved;
}

/** A form sent again with someone new in a role whose earlier nominee it no longer names: the new one replaces the old. */
function findSubstitutions(planned: PlannedFile, previous: NominationRow[], personById: Map<string, PersonRow>) {
  if (!previous.length) return;
  const named = new Set(planned.rows.flatMap((r) => (r.person ? [r.person.id] : [])));
  const dropped = previous.filter((n) => !named.has(n.person_id));
  for (const row of planned.rows) {
    if (row.action !== 'add') continue;
    const i = dropped.findIndex((n) => n.role === row.role);
    if (i < 0) continue;
    const [old] = dropped.splice(i, 1);
    row.replaces = { personId: old!.person_id, fullName: personById.get(old!.person_id)?.full_name ?? '' };
    row.action = 'substitute';
    row.problems.push({ severity: 'warning', message: `Replaces ${row.replaces.fullName} in the same role` });
  }
}

/** A person on two delegations' forms (or already nominated by another) cannot represent both: every such row is flagged. */
function flagTwoDelegations(files: PlannedFile[], context: Context) {
  const seen = new Map<string, Array<{ file: PlannedFile; row: ResolvedRow }>>();
  for (const file of files) {
    for (const row of file.rows) {
      if (row.action === 'skip') continue;
      const keys = row.person ? [`p:${row.person.id}`] : [...row.planned.emails.map((e) => `e:${e}`), `n:${nameKey(row.planned.fullName)}`];
      for (const key of keys) seen.set(key, [...(seen.get(key) ?? []), { file, row }]);
    }
  }
  const flagged = new Set<ResolvedRow>();
  for (const list of seen.values()) {
    const delegations = new Set(list.map((e) => e.file.delegation?.key));
    if (delegations.size < 2) continue;
    for (const entry of list) {
      if (flagged.has(entry.row)) continue;
      flagged.add(entry.row);
      const others = list.filter((o) => o.file.delegation?.key !== entry.file.delegation?.key).map((o) => `${o.file.delegation?.name} (${o.file.fileName}, row ${o.row.form.row})`);
      entry.row.problems.push({ severity: 'error', message: `Also nominated by ${[...new Set(others)].join(', ')}: a person represents one delegation` });
    }
  }
  for (const file of files) {
    for (const row of file.rows) {
      if (!row.person || flagged.has(row) || row.action === 'skip') continue;
      const other = context.nominations.find((n) => n.person_id === row.person!.id && n.delegation_key !== file.delegation?.key);
      if (other) {
        const name = context.delegations.get(other.delegation_key)?.name ?? other.delegation_key;
        row.problems.push({ severity: 'error', message: `Already nominated by ${name} (${other.file_name}, row ${other.form_row}): a person represents one delegation` });
      }
    }
  }
}

export function toPreview(files: PlannedFile[], organisationName: ReadonlyMap<string, string>): NominationPreview {
  const counts = { add: 0, update: 0, unchanged: 0, substitute: 0, review: 0, skip: 0, error: 0, created: 0 };
  const problems: NominationProblem[] = [];
  const rows: NominationPreviewRow[] = [];
  for (const f of files) {
    for (const p of f.problems) problems.push({ file: f.file, fileName: f.fileName, row: null, ...p });
    for (const r of f.rows) {
      counts[r.action]++;
      if (!r.person && (r.action === 'add' || r.action === 'substitute')) counts.created++;
      for (const p of r.problems) problems.push({ file: f.file, fileName: f.fileName, row: r.form.row, ...p });
      rows.push({
        file: f.file,
        row: r.form.row,
        fullName: r.planned.fullName,
        email: r.planned.emails[0] ?? r.form.email,
        organisationName: r.planned.organisationName,
        role: r.form.role,
        action: r.action,
        match: r.person ? { personId: r.person.id, fullName: r.person.full_name, by: matchedBy(r) } : null,
        candidates: r.candidates.map((c) => ({
          personId: c.id,
          fullName: c.full_name,
          organisationName: c.organisation_id ? (organisationName.get(c.organisation_id) ?? null) : null,
          email: (JSON.parse(c.emails) as string[])[0] ?? '',
        })),
        replaces: r.replaces,
        problems: r.problems,
      });
    }
  }
  return {
    files: files.map((f) => ({ file: f.file, fileName: f.fileName, delegationKey: f.delegation?.key ?? null, delegationName: f.delegation?.name ?? null, deadline: f.deadline, refused: f.refused })),
    rows,
    problems,
    counts,
  };
}

function matchedBy(r: ResolvedRow): 'email' | 'name+organisation' | 'chosen' {
  if (r.planned.match?.by === 'email' && r.planned.match.person.id === r.person?.id) return 'email';
  if (r.planned.match?.person.id === r.person?.id) return 'name+organisation';
  return 'chosen';
}
