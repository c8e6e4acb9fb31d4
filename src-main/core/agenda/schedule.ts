import type { AgendaWarning, InvitationStatus } from '../../../src-shared/contract';

/** `09:30` → 570. */
export const toMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** 570 → `09:30`; past midnight it keeps counting (`24:15`), which says "next day" better than `00:15`. */
export const toClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export const span = (start: number, end: number) => `${toClock(start)}–${toClock(end)}`;

export interface ScheduleItem {
  id: string;
  title: string;
  fixedStart: string | null;
  durationMin: number;
  speakerIds: string[];
}

export interface ScheduleSession {
  id: string;
  fixedStart: string | null;
  items: ScheduleItem[];
}

export interface Timed {
  startMin: number;
  endMin: number;
}

export interface DaySchedule {
  sessions: Map<string, Timed>;
  items: Map<string, Timed>;
}

/**
 * Times flow: a session starts where the one before it ended (the first at the day's start)
 * unless its start is fixed; an item starts where the one before it ended unless fixed, and
 * lasts its duration.
 */
export function scheduleDay(dayStart: string, sessions: ScheduleSession[]): DaySchedule {
  const result: DaySchedule = { sessions: new Map(), items: new Map() };
  let cursor = toMinutes(dayStart);
  for (const session of sessions) {
    const sessionStart = session.fixedStart ? toMinutes(session.fixedStart) : cursor;
    cursor = sessionStart;
    for (const item of session.items) {
      const start = item.fixedStart ? toMinutes(item.fixedStart) : cursor;
      const end = start + item.durationMin;
      result.items.set(item.id, { startMin: start, endMin: end });
      cursor = end;
    }
    result.sessions.set(session.id, { startMin: sessionStart, endMin: cursor });
  }
  return result;
}

export interface SpeakerFacts {
  fullName: string;
  /** Null when the person is not on the event's roster. */
  invitation: InvitationStatus | null;
}

/**
 * Warnings about one day, where the problem is: items outside the planned hours, items that
 * overlap the one before them, and speakers who are in two items at once or not confirmed.
 * Other events at the same time are checked by the caller, which knows the instants.
 */
export function dayWarnings(
  day: { startsAt: string; endsAt: string },
  sessions: ScheduleSession[],
  schedule: DaySchedule,
  speakers: Map<string, SpeakerFacts>,
): Map<string, AgendaWarning[]> {
  const warnings = new Map<string, AgendaWarning[]>();
  const warn = (itemId: string, warning: AgendaWarning) => {
    const list = warnings.get(itemId);
    if (list) list.push(warning);
    else warnings.set(itemId, [warning]);
  };
  const dayStart = toMinutes(day.startsAt);
  const dayEnd = toMinutes(day.endsAt);
  const ordered = sessions.flatMap((s) => s.items).map((item) => ({ item, time: schedule.items.get(item.id)! }));

  let previous: { item: ScheduleItem; time: Timed } | null = null;
  for (const current of ordered) {
    const { item, time } = current;
    if (time.startMin < dayStart) {
      warn(item.id, { code: 'before_day_start', message: `Starts at ${toClock(time.startMin)}, before the day's planned start (${day.startsAt})` });
    }
    if (time.endMin > dayEnd) {
      warn(item.id, { code: 'past_day_end', message: `Ends at ${toClock(time.endMin)}, after the day's planned end (${day.endsAt})` });
    }
    if (previous && time.startMin < previous.time.endMin && previous.time.endMin > previous.time.startMin && time.endMin > time.startMin) {
      warn(item.id, {
        code: 'overlap',
        message: `Starts at ${toClock(time.startMin)}, before “${previous.item.title}” ends (${toClock(previous.time.endMin)})`,
      });
    }
    // The later end carries on: an item nested inside a long one still overlaps it.
    if (!previous || time.endMin >= previous.time.endMin) previous = current;

    for (const personId of item.speakerIds) {
      const facts = speakers.get(personId);
      if (!facts) continue;
      if (facts.invitation === null) {
        warn(item.id, { code: 'speaker_not_on_roster', personId, message: `${facts.fullName} is not on the roster of this event` });
      } else if (facts.invitation === 'declined') {
        warn(item.id, { code: 'speaker_declined', personId, message: `${facts.fullName} has declined the invitation` });
      } else if (facts.invitation === 'invited') {
        warn(item.id, { code: 'speaker_unconfirmed', personId, message: `${facts.fullName} has not confirmed yet` });
      }
    }
  }

  // Speakers in two items at once: every pair of the day's items sharing a speaker and overlapping.
  const bySpeaker = new Map<string, Array<{ item: ScheduleItem; time: Timed }>>();
  for (const entry of ordered) {
    for (const personId of entry.item.speakerIds) {
      const list = bySpeaker.get(personId);
      if (list) list.push(entry);
      else bySpeaker.set(personId, [entry]);
    }
  }
  for (const [personId, entries] of bySpeaker) {
    if (entries.length < 2) continue;
    const name = speakers.get(personId)?.fullName ?? 'A speaker';
    for (const a of entries) {
      for (const b of entries) {
        if (a === b || !(a.time.startMin < b.time.endMin && b.time.startMin < a.time.endMin)) continue;
        warn(a.item.id, {
          code: 'speaker_clash',
          personId,
          message: `${name} also speaks in “${b.item.title}” (${span(b.time.startMin, b.time.endMin)}) at the same time`,
        });
      }
    }
  }
  return warnings;
}
