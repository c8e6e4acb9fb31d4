import type { ParticipationHistoryRow } from '../../../src-shared/contract';
import { notFound } from '../errors';
import type { Store } from '../store/open';

/** The events a person took part in, newest first. */
export function participationHistory(db: Store) {
  const history = db.prepare<[string], Record<string, string | null>>(
    `SELECT p.id, p.event_id, e.title, e.starts_at, e.status, p.role, p.representing_country_code, p.invitation, p.attendance
     FROM participations p JOIN events e ON e.id = p.event_id WHERE p.person_id = ? ORDER BY e.starts_at DESC`,
  );
  const personExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM people WHERE id = ?');
  return (personId: string): ParticipationHistoryRow[] => {
    if (!personExists.get(personId)) throw notFound('Person', personId);
    return history.all(personId).map((r) => ({
      participationId: r.id!,
      eventId: r.event_id!,
      title: r.title!,
      startsAt: r.starts_at!,
      status: r.status as ParticipationHistoryRow['status'],
      role: r.role as ParticipationHistoryRow['role'],
      representingCountryCode: r.representing_country_code ?? null,
      invitation: r.invitation as ParticipationHistoryRow['invitation'],
      attendance: (r.attendance ?? null) as ParticipationHistoryRow['attendance'],
    }));
  };
}
