import type { DomainContext } from '../domain';
import { type Patch, tableWriter } from '../store/table';

export type ParticipationsRow = {
  id: string;
  event_id: string;
  person_id: string;
  role: string;
  representing_country_code: string | null;
  representing_org_id: string | null;
  invitation: string;
  attendance: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
};

const COLUMNS = [
  'id', 'event_id', 'person_id', 'role', 'representing_country_code', 'representing_org_id', 'invitation', 'attendance', 'notes', 'created_at', 'updated_at',
] as const;

/**
 * The one writer of `participations`, for the roster and for everyone who puts people on it
 * (agenda speakers, the next meeting, a merge of two people). A person already on an event's
 * roster is skipped: insert then returns false.
 */
export function participationsWriter({ db, onChange }: DomainContext) {
  const writer = tableWriter<ParticipationsRow>(db, onChange, {
    table: 'participations',
    columns: COLUMNS,
    onConflict: 'ignore',
    natural: (r) => [r.event_id, r.person_id],
  });
  return {
    ...writer,
    /**
     * The row, or for a person already on the event's roster the patch to their row (the iCalendar
     * import's participants). Returns the row as it is now.
     */
    upsert(row: ParticipationsRow, patch: Patch<ParticipationsRow>): ParticipationsRow {
      if (writer.insert(row)) return row;
      const [old] = writer.select({ event_id: row.event_id, person_id: row.person_id });
      if (!old) throw new Error(`participations: ${row.id} was refused without a row of the same person on the event`);
      return writer.update(old.id, patch)!;
    },
  };
}
export type ParticipationsWriter = ReturnType<typeof participationsWriter>;

/** A new participation: invited, attendance not known yet, no notes; its id is the writer's (UUIDv5 of event and person). */
export function invited(row: Pick<ParticipationsRow, 'event_id' | 'person_id' | 'role' | 'representing_country_code' | 'representing_org_id'> & { invitation?: string }, now: string): ParticipationsRow {
  return { id: '', invitation: 'invited', ...row, attendance: null, notes: '', created_at: now, updated_at: now };
}
