import type { Agenda, AgendaItem, AgendaSession } from '../../../src-shared/contract';

/** Every item in reading order, with where it sits: what keyboard moves walk through. */
export interface Placed {
  item: AgendaItem;
  session: AgendaSession;
  index: number;
}

export function placedItems(agenda: Agenda | null): Placed[] {
  return agenda?.days.flatMap((d) => d.sessions.flatMap((session) => session.items.map((item, index) => ({ item, session, index })))) ?? [];
}
