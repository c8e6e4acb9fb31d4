import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { type Agenda, agendaItemKind } from '../../../src-shared/contract';
import { newId } from '../ids';
import type { AgendaWriter } from './writer';

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
              /** Only the follow-up of the previous meeting's actions carries one; templates keep none. */
              description: z.string().default(''),
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
            description: '',
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
export function laySkeleton(writer: AgendaWriter, eventId: string, firstDay: string, s: Skeleton, now: string, options: { hours: boolean }): void {
  const stamps = { created_at: now, updated_at: now };
  for (const d of s.days) {
    const date = addDays(firstDay, d.offset);
    if (options.hours) writer.setDayHours(eventId, date, d, now);
    d.sessions.forEach((sess, sessionIndex) => {
      const sessionId = newId();
      writer.sessions.insert({ id: sessionId, event_id: eventId, day: date, position: sessionIndex, title: sess.title, starts_at: sess.fixedStart, ends_at: null, ...stamps });
      sess.items.forEach((it, itemIndex) => {
        const itemId = newId();
        writer.items.insert({
          id: itemId,
          session_id: sessionId,
          position: itemIndex,
          kind: it.kind,
          title: it.title,
          description: it.description,
          starts_at: it.fixedStart,
          ends_at: null,
          duration_min: it.durationMin,
          notes: '',
          ...stamps,
        });
        it.speakerIds.forEach((personId, k) => writer.speakers.insert({ id: newId(), item_id: itemId, person_id: personId, position: k, ...stamps }));
      });
    });
  }
}
