import type { DomainContext } from '../domain';
import { tableWriter } from '../store/table';

export type AnswerRow = {
  id: string;
  event_id: string;
  delegation_key: string;
  status: string;
  deadline: string | null;
  invited_at: string | null;
  answered_at: string | null;
  /** The language of the last pack the delegation was sent (`DocumentLanguage`). */
  language: string;
  created_at: string;
  updated_at: string;
};

export type NominationRow = {
  id: string;
  event_id: string;
  person_id: string;
  delegation_key: string;
  role: string;
  arrival: string | null;
  departure: string | null;
  visa_letter: number | null;
  file_name: string;
  form_row: number;
  received_at: string;
  created_at: string;
  updated_at: string;
};

export type SubstitutionRow = {
  id: string;
  event_id: string;
  replaced_person_id: string | null;
  replacement_person_id: string | null;
  replaced_name: string;
  replacement_name: string;
  role: string;
  delegation_key: string;
  source: string;
  substituted_at: string;
  created_at: string;
  updated_at: string;
};

/** The one writer of each table of nominations; all three are shared between laptops. */
export function nominationWriters({ db, onChange }: DomainContext) {
  const answers = tableWriter<AnswerRow>(db, onChange, {
    table: 'delegation_answers',
    columns: ['id', 'event_id', 'delegation_key', 'status', 'deadline', 'invited_at', 'answered_at', 'language', 'created_at', 'updated_at'],
    natural: (r) => [r.event_id, r.delegation_key],
  });
  const nominations = tableWriter<NominationRow>(db, onChange, {
    table: 'nominations',
    columns: ['id', 'event_id', 'person_id', 'delegation_key', 'role', 'arrival', 'departure', 'visa_letter', 'file_name', 'form_row', 'received_at', 'created_at', 'updated_at'],
    natural: (r) => [r.event_id, r.delegation_key, r.person_id],
  });
  const substitutions = tableWriter<SubstitutionRow>(db, onChange, {
    table: 'substitutions',
    columns: ['id', 'event_id', 'replaced_person_id', 'replacement_person_id', 'replaced_name', 'replacement_name', 'role', 'delegation_key', 'source', 'substituted_at', 'created_at', 'updated_at'],
  });
  const answerOf = (eventId: string, delegationKey: string) => answers.select({ event_id: eventId, delegation_key: delegationKey })[0];

  return {
    answers,
    nominations,
    substitutions,
    answerOf,
    /** A pack went out: the delegation is invited with its return date and language, unless it already answered. */
    markInvited(eventId: string, delegationKey: string, deadline: string, language: string, now: string): void {
      const old = answerOf(eventId, delegationKey);
      if (!old) {
        answers.insert({ id: '', event_id: eventId, delegation_key: delegationKey, status: 'invited', deadline, invited_at: now, answered_at: null, language, created_at: now, updated_at: now });
        return;
      }
      answers.update(old.id, (row) => (row.deadline === deadline && row.language === language ? {} : { deadline, language, invited_at: now, updated_at: now }));
    },
    setStatus(eventId: string, delegationKey: string, status: string, now: string): AnswerRow {
      const old = answerOf(eventId, delegationKey);
      if (!old) {
        const row: AnswerRow = { id: '', event_id: eventId, delegation_key: delegationKey, status, deadline: null, invited_at: null, answered_at: now, language: 'en', created_at: now, updated_at: now };
        answers.insert(row);
        return row;
      }
      return answers.update(old.id, (row) => (row.status === status ? {} : { status, answered_at: now, updated_at: now }))!;
    },
  };
}
export type NominationWriters = ReturnType<typeof nominationWriters>;
