import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { type Agenda, agendaItemKind } from '../../../src-shared/contract';
import { newId } from '../ids';
import type { Store } from '../store/open';

/**
 * The shape of an agenda without its event: what a template keeps and what carry-over copies.
 * Days are counted from the event's first day, so the skeleton lands on any dates.
 */
export const skeleton = z.object({
  days: z.array(
    z.object({
      offset: z.number().int().min(0),
      startsAt: z.string(),
      endsAt: z.string(),
      sessions: z.array(
        z.object({
          title: z.string(),
          fixedStart: z.string().nullable(),
          items: z.array(
            z.object({
              kind: agendaItemKind,
              title: z.string(),
              fixedStart: z.string().nullable(),
              durationMin: z.number().int(),
              speakerIds: z.array(z.string()).default([]),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type Skeleton = z.infer<typeof skeleton>;

const daysBetween = (from: string, to: string) => Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to)).days;
export const addDays = (day: string, days: number) => Temporal.PlainDate.from(day).add({ days }).toString();

/** Days that hold sessions, from the event's first day; speakers only when asked. */
export function skeletonOf(agenda: Agenda, firstDay: string, withSpeakers: boolean): Skeleton {
  return {
    days: agenda.days
      .filter((d) => d.sessions.length > 0)
      .map((d) => ({
        offset: Math.max(0, daysBetween(firstDay, d.day)),
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        sessions: d.sessions.map((s) => ({
          title: s.title,
          fixedStart: s.fixedStart,
          items: s.items.map((i) => ({
            kind: i.kind,
            title: i.title,
            fixedStart: i.fixedStart,
            durationMin: i.durationMin,
            speakerIds: withSpeakers ? i.speakers.map((sp) => sp.personId) : [],
          })),
        })),
      })),
  };
}

export const skeletonCounts = (s: Skeleton) => ({
  dayCount: s.days.length,
  itemCount: s.days.reduce((n, d) => n + d.sessions.reduce((m, session) => m + session.items.length, 0), 0),
});

/**
 * Lays a skeleton on an event whose agenda is empty, day 0 on `firstDay`. Speakers must already be
 * on the roster. Planned hours come along only when asked: a template meets events with hours of their own.
 */
export function skeletonWriter(db: Store) {
  const day = db.prepare(
    `INSERT INTO agenda_days (id, event_id, day, starts_at, ends_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (event_id, day) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, updated_at = excluded.updated_at`,
  );
  const session = db.prepare(
    'INSERT INTO agenda_sessions (id, event_id, day, position, title, starts_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const item = db.prepare(
    `INSERT INTO agenda_items (id, session_id, position, kind, title, starts_at, duration_min, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const speaker = db.prepare('INSERT INTO agenda_item_speakers (id, item_id, person_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  return (eventId: string, firstDay: string, s: Skeleton, now: string, options: { hours: boolean }) => {
    for (const d of s.days) {
      const date = addDays(firstDay, d.offset);
      if (options.hours) day.run(newId(), eventId, date, d.startsAt, d.endsAt, now, now);
      d.sessions.forEach((sess, sessionIndex) => {
        const sessionId = newId();
        session.run(sessionId, eventId, date, sessionIndex, sess.title, sess.fixedStart, now, now);
        sess.items.forEach((it, itemIndex) => {
          const itemId = newId();
          item.run(itemId, sessionId, itemIndex, it.kind, it.title, it.fixedStart, it.durationMin, now, now);
          it.speakerIds.forEach((personId, k) => speaker.run(newId(), itemId, personId, k, now, now));
        });
      });
    }
  };
}
