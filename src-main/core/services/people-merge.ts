import type { Person } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import { nowIso } from '../ids';
import type { Store } from '../store/open';

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Merges a duplicate into the person kept. Nothing the duplicate took part in is lost: where
 * both were on the same event's roster the kept row stays and takes what it lacked.
 */
export function peopleMerge(db: Store, get: (id: string) => Person) {
  const participationsOf = db.prepare<[string], { id: string; event_id: string; attendance: string | null; notes: string }>(
    'SELECT id, event_id, attendance, notes FROM participations WHERE person_id = ?',
  );
  const keptOn = db.prepare<[string, string], { id: string; attendance: string | null; notes: string }>(
    'SELECT id, attendance, notes FROM participations WHERE person_id = ? AND event_id = ?',
  );
  const moveParticipation = db.prepare('UPDATE participations SET person_id = @keepId, updated_at = @now WHERE id = @id');
  const completeParticipation = db.prepare(
    'UPDATE participations SET attendance = coalesce(attendance, @attendance), notes = @notes, updated_at = @now WHERE id = @id',
  );
  const dropParticipation = db.prepare<[string]>('DELETE FROM participations WHERE id = ?');
  const moveSpeakers = db.prepare('UPDATE OR IGNORE agenda_item_speakers SET person_id = @keepId, updated_at = @now WHERE person_id = @mergeId');
  const moveActions = db.prepare('UPDATE action_items SET owner_person_id = @keepId, updated_at = @now WHERE owner_person_id = @mergeId');
  const remove = db.prepare<[string]>('DELETE FROM people WHERE id = ?');
  const update = db.prepare(
    `UPDATE people SET position = @position, organisation_id = @organisationId, country_code = @countryCode, emails = @emails,
       phones = @phones, languages = @languages, is_spoc = @isSpoc, notes = @notes, updated_at = @now WHERE id = @id`,
  );

  return db.transaction(({ keepId, mergeId }: { keepId: string; mergeId: string }): Person => {
    const keep = get(keepId);
    const dup = get(mergeId);
    const now = nowIso();
    for (const p of participationsOf.all(mergeId)) {
      const kept = keptOn.get(keepId, p.event_id);
      if (!kept) {
        moveParticipation.run({ id: p.id, keepId, now });
        continue;
      }
      const notes = [kept.notes, p.notes].filter(Boolean).filter((n, i, all) => all.indexOf(n) === i).join('\n');
      completeParticipation.run({ id: kept.id, attendance: p.attendance, notes, now });
      dropParticipation.run(p.id);
    }
    moveSpeakers.run({ keepId, mergeId, now });
    moveActions.run({ keepId, mergeId, now });

    const emails = union(keep.emails, dup.emails);
    const phones = union(keep.phones, dup.phones);
    const languages = union(keep.languages, dup.languages);
    if (emails.length > 10 || phones.length > 10 || languages.length > 20) {
      throw new AppError('conflict', 'Together they have more emails, phones or languages than one person can hold (10, 10, 20): remove some first');
    }
    // The duplicate goes first, so its emails are free for the person kept.
    remove.run(mergeId);
    update.run({
      id: keepId,
      position: keep.position || dup.position,
      organisationId: keep.organisationId ?? dup.organisationId,
      countryCode: keep.countryCode ?? dup.countryCode,
      emails: JSON.stringify(emails),
      phones: JSON.stringify(phones),
      languages: JSON.stringify(languages),
      isSpoc: keep.isSpoc || dup.isSpoc ? 1 : 0,
      notes: [keep.notes, dup.notes].filter(Boolean).filter((n, i, all) => all.indexOf(n) === i).join('\n'),
      now,
    });
    return get(keepId);
  });
}
