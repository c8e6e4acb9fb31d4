import { type CallArgs, type CallOutput, type DelegationAnswer, documentLanguage, type LiaisonEvent, type nominationCalls, type ParticipantRole, type Substitution } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { invalidField, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { importWriter, type PlannedRow } from '../imports';
import { defaultDeadline, type InvitationsApi } from '../invitations';
import { organisationsWriter } from '../organisations';
import { peopleWriter } from '../people';
import { invited, participationsWriter, type ParticipationsRow } from '../roster';
import { type Context, type PlannedFile, planForms, readForms, representingOf, toPreview } from './plan';
import { nominationWriters, type SubstitutionRow } from './writer';

export { nominationWriters } from './writer';

export interface NominationSources {
  event(id: string): LiaisonEvent;
  invitations: InvitationsApi;
}

/** Statuses a returned form moves on to `nominated`; a confirmation or a refusal stays as the coordinator set it. */
const BEFORE_NOMINATED = new Set(['invited', 'acknowledged']);

const toSubstitution = (r: SubstitutionRow): Substitution => ({
  id: r.id,
  replacedPersonId: r.replaced_person_id,
  replacedName: r.replaced_name,
  replacementPersonId: r.replacement_person_id,
  replacementName: r.replacement_name,
  role: r.role as ParticipantRole,
  source: r.source as Substitution['source'],
  substitutedAt: r.substituted_at,
});

/** Nominations back in (issue 16): filled forms onto the roster, each delegation's answer, reminders, and who replaced whom. */
export function nominationsDomain(context: DomainContext, sources: NominationSources): DomainModule<CallsOf<typeof nominationCalls>> {
  const { db } = context;
  const writers = nominationWriters(context);
  const participations = participationsWriter(context);
  const people = peopleWriter(context);
  const writePeople = importWriter(db, { people, organisations: organisationsWriter(context) });
  const eventTitle = db.prepare<[string], { title: string }>('SELECT title FROM events WHERE id = ?');
  const organisationNames = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM organisations');
  const personName = db.prepare<[string], { full_name: string }>('SELECT full_name FROM people WHERE id = ?');
  const substitutionsOf = db.prepare<[string], SubstitutionRow>('SELECT * FROM substitutions WHERE event_id = ? ORDER BY substituted_at, id');

  function contextOf(eventId: string): Context {
    const event = sources.event(eventId);
    return {
      eventId: event.id,
      delegations: new Map(sources.invitations.delegations(eventId).map((d) => [d.key, d])),
      answers: new Map(writers.answers.select({ event_id: eventId }).map((a) => [a.delegation_key, a])),
      roster: new Map(participations.select({ event_id: eventId }).map((p) => [p.person_id, p])),
      nominations: writers.nominations.select({ event_id: eventId }),
      eventTitle: (id) => eventTitle.get(id)?.title ?? null,
      today: nowIso().slice(0, 10),
    };
  }

  const orgNames = () => new Map(organisationNames.all().map((o) => [o.id, o.name]));

  /** Every reason the import cannot go in as it is, by file and row; the commit refuses them all at once. */
  function refusalsOf(files: PlannedFile[]): string[] {
    const refusals: string[] = [];
    for (const f of files) {
      for (const p of f.problems) if (p.severity === 'error') refusals.push(`${f.fileName}: ${p.message}`);
      for (const r of f.rows) {
        if (r.action === 'error') for (const p of r.problems) if (p.severity === 'error') refusals.push(`${f.fileName}, row ${r.form.row}: ${p.message}`);
        if (r.action === 'review') refusals.push(`${f.fileName}, row ${r.form.row}: several people in the directory could be ${r.planned.fullName}; choose one or a new person`);
      }
    }
    return refusals;
  }

  function write(files: PlannedFile[]): CallOutput<'nominations.commit'> {
    const now = nowIso();
    const result = { added: 0, updated: 0, unchanged: 0, substituted: 0, created: 0 };
    // Each form is planned on its own: an organisation two forms name is created by the first and joined by the next.
    const createdOrganisations = new Map<string, string>();
    for (const f of files) {
      if (!f.plan || !f.delegation) continue;
      const delegation = f.delegation;
      // The directory import writes the people, with the person each row was resolved to (a choice made in review included).
      const rows = f.rows.filter((r) => r.action !== 'skip');
      const decided = rows.map((r) => {
        const created = r.planned.newOrganisationKey ? createdOrganisations.get(r.planned.newOrganisationKey) : undefined;
        return {
          row: {
            ...r.planned,
            ...(created ? { organisationId: created, newOrganisationKey: null } : {}),
            ...(r.person ? { match: { person: r.person, by: 'email' as const } } : { match: undefined }),
          } as PlannedRow,
          action: r.person ? ('merge' as const) : ('create' as const),
        };
      });
      const placed = new Map<PlannedRow, string>();
      result.created += writePeople({ rows: decided.map((d) => d.row), newOrganisations: f.plan.newOrganisations }, decided, placed).created;
      rows.forEach((r, i) => {
        const personId = placed.get(decided[i]!.row)!;
        const person = people.get(personId)!;
        const key = decided[i]!.row.newOrganisationKey;
        if (key && !r.person && person.organisation_id) createdOrganisations.set(key, person.organisation_id);
        const represents = representingOf(delegation, person);
        const on = participations.select({ event_id: f.form!.eventId, person_id: personId })[0];
        if (!on) {
          participations.insert(invited({ event_id: f.form!.eventId, person_id: personId, role: r.role, ...represents }, now));
        } else if (on.role !== r.role || on.representing_country_code !== represents.representing_country_code || on.representing_org_id !== represents.representing_org_id) {
          participations.update(on.id, { role: r.role, ...represents, updated_at: now });
        }
        const nomination = {
          event_id: f.form!.eventId,
          person_id: personId,
          delegation_key: delegation.key,
          role: r.role,
          arrival: r.form.arrival,
          departure: r.form.departure,
          visa_letter: r.form.visaLetter === null ? null : Number(r.form.visaLetter),
        };
        const [old] = writers.nominations.select({ event_id: nomination.event_id, delegation_key: delegation.key, person_id: personId });
        // The file and row it first came from stay: the same form imported again changes nothing.
        if (!old) writers.nominations.insert({ id: '', ...nomination, file_name: f.fileName.slice(0, 300), form_row: r.form.row, received_at: now, created_at: now, updated_at: now });
        else writers.nominations.update(old.id, (o) => (Object.entries(nomination).every(([k, v]) => o[k as keyof typeof o] === v) ? {} : { ...nomination, updated_at: now }));
        if (r.replaces) {
          replaceOn(f.form!.eventId, r.replaces.personId, personId, r.role, delegation.key, 'form', now);
          result.substituted++;
        }
        if (r.action === 'add') result.added++;
        else if (r.action === 'update') result.updated++;
        else if (r.action === 'unchanged') result.unchanged++;
      });
      // An empty form nominates no one: the delegation's answer stays as it was.
      const answer = writers.answerOf(f.form!.eventId, delegation.key);
      if (rows.length && (!answer || BEFORE_NOMINATED.has(answer.status))) writers.setStatus(f.form!.eventId, delegation.key, 'nominated', now);
    }
    return result;
  }

  /** The replaced person leaves the roster and the delegation's nominees; the history keeps both names. */
  function replaceOn(eventId: string, replacedId: string, replacementId: string, role: string, delegationKey: string, source: 'form' | 'manual', now: string): SubstitutionRow {
    const [gone] = participations.select({ event_id: eventId, person_id: replacedId });
    if (gone) participations.delete(gone.id);
    writers.nominations.deleteWhere({ event_id: eventId, person_id: replacedId });
    const row: SubstitutionRow = {
      id: newId(),
      event_id: eventId,
      replaced_person_id: replacedId,
      replacement_person_id: replacementId,
      replaced_name: personName.get(replacedId)?.full_name ?? '',
      replacement_name: personName.get(replacementId)?.full_name ?? '',
      role,
      delegation_key: delegationKey,
      source,
      substituted_at: now,
      created_at: now,
      updated_at: now,
    };
    writers.substitutions.insert(row);
    return row;
  }

  async function commit(input: CallArgs<'nominations.commit'>): Promise<CallOutput<'nominations.commit'>> {
    const forms = await readForms(input.files);
    // Read and written in one transaction: what the preview showed is what goes in, or nothing does.
    return db.transaction(() => {
      const files = planForms(db, input, forms, contextOf(input.eventId));
      const refusals = refusalsOf(files);
      if (refusals.length) {
        throw new AppError('invalid_input', `Nothing was imported: ${refusals.length === 1 ? 'one problem' : `${refusals.length} problems`}. ${refusals[0]}`, {
          issues: refusals.map((message) => ({ path: 'files', message })),
          problems: refusals,
        });
      }
      return write(files);
    }).immediate();
  }

  const delegationKeyOf = (p: ParticipationsRow) => (p.representing_country_code ? `country:${p.representing_country_code}` : p.representing_org_id ? `org:${p.representing_org_id}` : '');

  return {
    handlers: {
      'nominations.preview': async (input) => {
        const forms = await readForms(input.files);
        return db.transaction(() => toPreview(planForms(db, input, forms, contextOf(input.eventId)), orgNames()))();
      },
      'nominations.commit': commit,
      'nominations.answers': ({ eventId }) => {
        const context = contextOf(eventId);
        const nominees = new Map<string, number>();
        for (const n of context.nominations) nominees.set(n.delegation_key, (nominees.get(n.delegation_key) ?? 0) + 1);
        const delegations: DelegationAnswer[] = [...context.delegations.values()].map((d) => {
          const answer = context.answers.get(d.key);
          const deadline = answer?.deadline ?? null;
          return {
            key: d.key,
            name: d.name,
            group: d.group,
            status: (answer?.status as DelegationAnswer['status']) ?? null,
            deadline,
            overdue: !!answer && BEFORE_NOMINATED.has(answer.status) && !!deadline && deadline < context.today,
            nominees: nominees.get(d.key) ?? 0,
            hasAddress: d.contacts.some((c) => c.emails.length > 0),
          };
        });
        const nominated = context.nominations.map((n) => ({ personId: n.person_id, delegationKey: n.delegation_key }));
        return { delegations, nominated, substitutions: substitutionsOf.all(eventId).map(toSubstitution), today: context.today };
      },
      'nominations.setAnswer': ({ eventId, delegationKey, status }) => {
        const context = contextOf(eventId);
        if (!context.delegations.has(delegationKey)) throw invalidField('delegationKey', 'Must be a country or an organisation of the body');
        return db.transaction(() => ({ status: writers.setStatus(eventId, delegationKey, status, nowIso()).status as DelegationAnswer['status'] & string }))();
      },
      'nominations.reminders': async ({ eventId, delegations: keys }) => {
        const event = sources.event(eventId);
        const context = contextOf(eventId);
        const chosen = keys.map((key, i) => {
          const delegation = context.delegations.get(key);
          if (!delegation) throw invalidField(`delegations.${i}`, 'Must be a country or an organisation of the body');
          const answer = context.answers.get(key);
          // A language another laptop wrote and this one does not know reads as English.
          const language = documentLanguage.safeParse(answer?.language).data ?? 'en';
          return { delegation, deadline: answer?.deadline ?? defaultDeadline(event, context.today), language };
        });
        const files = await sources.invitations.reminders(eventId, chosen);
        const noAddress = chosen.filter(({ delegation }) => !delegation.contacts.some((c) => c.emails.length > 0)).map(({ delegation }) => delegation.name);
        return { files, noAddress };
      },
      'nominations.replace': ({ participationId, personId }) =>
        db.transaction(() => {
          const old = participations.get(participationId);
          if (!old) throw notFound('Participation', participationId);
          if (!people.get(personId)) throw notFound('Person', personId);
          if (participations.select({ event_id: old.event_id, person_id: personId }).length) throw invalidField('personId', 'This person is already on the roster');
          const now = nowIso();
          const [nomination] = writers.nominations.select({ event_id: old.event_id, person_id: old.person_id });
          participations.insert({ ...old, id: '', person_id: personId, attendance: null, notes: '', created_at: now, updated_at: now });
          if (nomination) writers.nominations.insert({ ...nomination, id: '', person_id: personId, created_at: now, updated_at: now });
          return toSubstitution(replaceOn(old.event_id, old.person_id, personId, old.role, nomination?.delegation_key ?? delegationKeyOf(old), 'manual', now));
        })(),
    },
    api: {},
  };
}
