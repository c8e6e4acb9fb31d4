import type { Body, CallArgs, DocumentLanguage, FileToSave, InvitationDelegation, InvitationTemplate, invitationCalls, LiaisonEvent } from '../../../src-shared/contract';
import type { CallsOf, DomainContext, DomainModule } from '../domain';
import { nominationWriters } from '../nominations/writer';
import { invalidField } from '../errors';
import { nowIso } from '../ids';
import { invitationCalendar } from './calendar';
import { delegationsReader } from './delegations';
import { buildPacks } from './packs';
import { reminderDrafts } from './reminders';
import { DEFAULT_TEMPLATE } from './template';
import { invitationWriters, type TemplateRow } from './writer';

export { readNominationForm, type NominationForm, type NominationRow as FormRow } from './nomination-form';

export interface InvitationSources {
  event(id: string): LiaisonEvent;
  body(id: string): Body;
  seriesTitles(seriesId: string): Partial<Record<string, string>>;
  organisationKind(id: string): string | null;
}

const DAY = 86_400_000;

/** Three weeks before the event, never before today. */
export function defaultDeadline(event: LiaisonEvent, today: string): string {
  const threeWeeks = new Date(Date.parse(`${event.startsAt.slice(0, 10)}T12:00:00Z`) - 21 * DAY).toISOString().slice(0, 10);
  return threeWeeks < today ? today : threeWeeks;
}

const TITLE_AT = 4;
/** What the calendar invitation says: a change to any of these since the last pack raises the SEQUENCE. */
const fingerprintOf = (e: LiaisonEvent) =>
  JSON.stringify([e.startsAt, e.endsAt, e.timeZone, e.when.allDay, e.title, e.venueName, e.venueCity, e.venueCountryCode, e.status === 'cancelled']);

export interface InvitationsApi {
  /** The delegations an event's packs can go to, with their contact points. */
  delegations(eventId: string): InvitationDelegation[];
  /** Reminder drafts with the nomination form again, each naming the delegation's own deadline, in its pack's language. */
  reminders(eventId: string, delegations: Array<{ delegation: InvitationDelegation; deadline: string; language: DocumentLanguage }>): Promise<FileToSave[]>;
}

/** Invitation packs for an event (issue 16): a letter, the calendar invitation and a nomination form per delegation. */
export function invitationsDomain(context: DomainContext, sources: InvitationSources): DomainModule<CallsOf<typeof invitationCalls>, InvitationsApi> {
  const { db } = context;
  const writers = invitationWriters(context);
  const answers = nominationWriters(context);
  const delegationsOf = delegationsReader(db, sources.organisationKind);
  const calendarFor = invitationCalendar(db);
  // The sender a body's template starts with: the contact point on the staff of the organisation that fosters it.
  const parentContact = db.prepare<[string], { full_name: string; emails: string }>(
    'SELECT full_name, emails FROM people WHERE organisation_id = ? AND is_spoc = 1 ORDER BY sort_name, id LIMIT 1',
  );

  function templateOf(body: Body): InvitationTemplate & { saved: boolean } {
    const row = writers.templates.get(body.id);
    if (row) {
      return { subject: row.subject, letter: row.letter, email: row.email, signature: row.signature, senderName: row.sender_name, senderEmail: row.sender_email, saved: true };
    }
    const contact = body.parentOrgId ? parentContact.get(body.parentOrgId) : undefined;
    const email = contact ? ((JSON.parse(contact.emails) as string[])[0] ?? '') : '';
    return { ...DEFAULT_TEMPLATE, senderName: contact?.full_name ?? '', senderEmail: email, saved: false };
  }

  function bodyOf(event: LiaisonEvent): Body {
    if (!event.bodyId) throw invalidField('eventId', 'This event belongs to no body: choose its body on the event first');
    return sources.body(event.bodyId);
  }

  /** The SEQUENCE of this issue, recorded: the last one again while the invitation says the same, one more once it changed. */
  const issue = db.transaction((event: LiaisonEvent): number => {
    const fingerprint = fingerprintOf(event);
    const last = writers.issues.get(event.id);
    const sequence = !last ? event.icalSequence : Math.max(event.icalSequence, last.fingerprint === fingerprint ? last.sequence : last.sequence + 1);
    writers.recordIssue({ event_id: event.id, sequence, fingerprint, issued_at: nowIso() });
    return sequence;
  });

  async function build(input: CallArgs<'invitations.build'>) {
    const event = sources.event(input.eventId);
    const body = bodyOf(event);
    const all = new Map(delegationsOf(event, body).map((d) => [d.key, d]));
    const chosen = input.delegations.map((choice, i) => {
      const delegation = all.get(choice.key);
      if (!delegation) throw invalidField(`delegations.${i}.key`, 'Must be a country or an organisation of the body');
      return { delegation, language: choice.language as DocumentLanguage };
    });
    const template = templateOf(body);
    const method = event.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    // A cancelled meeting loses its number ("Meeting of … (cancelled)"): the cancellation names it as the delegations were invited to it.
    const sent = writers.issues.get(event.id);
    const named = method === 'CANCEL' && sent ? { ...event, title: (JSON.parse(sent.fingerprint) as unknown[])[TITLE_AT] as string, seriesNumber: null } : event;
    const sequence = issue(named);
    // Each delegation a pack invites now waits for its answer by the pack's deadline.
    if (method === 'REQUEST') {
      const now = nowIso();
      db.transaction(() => {
        for (const { delegation, language } of chosen) answers.markInvited(event.id, delegation.key, input.deadline, language, now);
      })();
    }
    const sender = { name: template.senderName, email: template.senderEmail };
    const files = await buildPacks({
      pack: {
        event: named,
        bodyName: body.acronym && body.acronym !== body.name ? `${body.name} (${body.acronym})` : body.name,
        seriesTitles: event.seriesId ? sources.seriesTitles(event.seriesId) : {},
        template,
        deadline: input.deadline,
        locale: input.locale,
      },
      format: input.format,
      delegations: chosen,
      method,
      sender,
      calendarFor: (delegation) => calendarFor(event.id, { method, sequence, sender, delegation }),
      now: new Date(),
    });
    const noAddress = chosen.filter(({ delegation }) => !delegation.contacts.some((c) => c.emails.length > 0)).map(({ delegation }) => delegation.name);
    return { files, sequence, method, noAddress } as const;
  }

  return {
    handlers: {
      'invitations.plan': ({ eventId }) => {
        const event = sources.event(eventId);
        const body = event.bodyId ? sources.body(event.bodyId) : null;
        return {
          eventId,
          title: event.title,
          bodyId: body?.id ?? null,
          bodyName: body?.name ?? null,
          cancelled: event.status === 'cancelled',
          defaultDeadline: defaultDeadline(event, nowIso().slice(0, 10)),
          delegations: delegationsOf(event, body),
          issuedSequence: writers.issues.get(eventId)?.sequence ?? null,
        };
      },
      'invitations.template': ({ bodyId }) => templateOf(sources.body(bodyId)),
      'invitations.saveTemplate': ({ bodyId, ...fields }) => {
        sources.body(bodyId);
        const row: TemplateRow = {
          body_id: bodyId,
          subject: fields.subject,
          letter: fields.letter,
          email: fields.email,
          signature: fields.signature,
          sender_name: fields.senderName,
          sender_email: fields.senderEmail,
          updated_at: nowIso(),
        };
        db.transaction(() => writers.saveTemplate(row))();
        return { ...fields, saved: true };
      },
      'invitations.build': (input) => build(input),
    },
    api: {
      delegations: (eventId) => {
        const event = sources.event(eventId);
        return delegationsOf(event, event.bodyId ? sources.body(event.bodyId) : null);
      },
      reminders: (eventId, delegations) => {
        const event = sources.event(eventId);
        const body = bodyOf(event);
        const template = templateOf(body);
        return reminderDrafts({
          pack: {
            event,
            bodyName: body.acronym && body.acronym !== body.name ? `${body.name} (${body.acronym})` : body.name,
            seriesTitles: event.seriesId ? sources.seriesTitles(event.seriesId) : {},
            template,
            locale: 'en-GB',
          },
          delegations,
          sender: { name: template.senderName, email: template.senderEmail },
          now: new Date(),
        });
      },
    },
  };
}
