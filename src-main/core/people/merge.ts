import type { Person } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { AgendaWriter } from '../agenda';
import type { DomainContext } from '../domain';
import { nowIso } from '../ids';
import type { OutcomesWriter } from '../outcomes';
import type { ParticipationsWriter } from '../roster';
import type { PeopleWriter } from './writer';

/** The writers of every table that points at a person. */
export interface MergeWriters {
  people: PeopleWriter;
  participations: ParticipationsWriter;
  agenda: Pick<AgendaWriter, 'speakers'>;
  outcomes: Pick<OutcomesWriter, 'actions'>;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const joinedNotes = (...notes: string[]) => notes.filter(Boolean).filter((n, i, all) => all.indexOf(n) === i).join('\n');

/**
 * Merges a duplicate into the person kept. Nothing the duplicate took part in is lost: where
 * both were on the same event's roster the kept row stays and takes what it lacked.
 */
export function peopleMerge({ db }: DomainContext, get: (id: string) => Person, w: MergeWriters) {
  return db.transaction(({ keepId, mergeId }: { keepId: string; mergeId: string }): Person => {
    const keep = get(keepId);
    const dup = get(mergeId);
    const now = nowIso();
    for (const p of w.participations.select({ person_id: mergeId })) {
      const [kept] = w.participations.select({ person_id: keepId, event_id: p.event_id });
      if (!kept) {
        w.participations.update(p.id, { person_id: keepId, updated_at: now });
        continue;
      }
      w.participations.update(kept.id, { attendance: kept.attendance ?? p.attendance, notes: joinedNotes(kept.notes, p.notes), updated_at: now });
      w.participations.delete(p.id);
    }
    // Where both speak in the same item the kept one's slot stays; the duplicate's goes with them.
    w.agenda.speakers.updateWhere({ person_id: mergeId }, { person_id: keepId, updated_at: now }, { onConflict: 'ignore' });
    w.outcomes.actions.updateWhere({ owner_person_id: mergeId }, { owner_person_id: keepId, updated_at: now });

    const emails = union(keep.emails, dup.emails);
    const phones = union(keep.phones, dup.phones);
    const languages = union(keep.languages, dup.languages);
    if (emails.length > 10 || phones.length > 10 || languages.length > 20) {
      throw new AppError('conflict', 'Together they have more emails, phones or languages than one person can hold (10, 10, 20): remove some first');
    }
    // The duplicate goes first, so its emails are free for the person kept.
    w.people.delete(mergeId);
    w.people.update(keepId, {
      position: keep.position || dup.position,
      organisation_id: keep.organisationId ?? dup.organisationId,
      country_code: keep.countryCode ?? dup.countryCode,
      emails: JSON.stringify(emails),
      phones: JSON.stringify(phones),
      languages: JSON.stringify(languages),
      is_spoc: keep.isSpoc || dup.isSpoc ? 1 : 0,
      notes: joinedNotes(keep.notes, dup.notes),
      updated_at: now,
    });
    return get(keepId);
  });
}
