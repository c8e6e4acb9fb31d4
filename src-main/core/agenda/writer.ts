import type { DomainContext } from '../domain';
import { newId } from '../ids';
import { tableWriter } from '../store/table';

export type AgendaDaysRow = { id: string; event_id: string; day: string; starts_at: string; ends_at: string; created_at: string; updated_at: string };
export type AgendaSessionsRow = {
  id: string;
  event_id: string;
  day: string;
  position: number;
  title: string;
  starts_at: string | null;
  ends_at: string | null;
  created_at: string;
  updated_at: string;
};
export type AgendaItemsRow = {
  id: string;
  session_id: string;
  position: number;
  kind: string;
  title: string;
  description: string;
  starts_at: string | null;
  ends_at: string | null;
  duration_min: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
};
export type AgendaItemSpeakersRow = { id: string; item_id: string; person_id: string; position: number; created_at: string; updated_at: string };
export type AgendaTemplatesRow = { id: string; name: string; skeleton: string; created_at: string; updated_at: string };

const STAMPS = ['created_at', 'updated_at'] as const;

/** The one writer of agendas (days, sessions, items, speakers) and of the templates made from them. */
export function agendaWriter({ db, onChange }: DomainContext) {
  const days = tableWriter<AgendaDaysRow>(db, onChange, {
    table: 'agenda_days',
    columns: ['id', 'event_id', 'day', 'starts_at', 'ends_at', ...STAMPS],
    natural: (r) => [r.event_id, r.day],
  });
  const sessions = tableWriter<AgendaSessionsRow>(db, onChange, {
    table: 'agenda_sessions',
    columns: ['id', 'event_id', 'day', 'position', 'title', 'starts_at', 'ends_at', ...STAMPS],
  });
  const items = tableWriter<AgendaItemsRow>(db, onChange, {
    table: 'agenda_items',
    columns: ['id', 'session_id', 'position', 'kind', 'title', 'description', 'starts_at', 'ends_at', 'duration_min', 'notes', ...STAMPS],
  });
  const speakers = tableWriter<AgendaItemSpeakersRow>(db, onChange, {
    table: 'agenda_item_speakers',
    columns: ['id', 'item_id', 'person_id', 'position', ...STAMPS],
    natural: (r) => [r.item_id, r.person_id],
  });
  const templates = tableWriter<AgendaTemplatesRow>(db, onChange, { table: 'agenda_templates', columns: ['id', 'name', 'skeleton', ...STAMPS] });
  return {
    days,
    sessions,
    items,
    speakers,
    templates,
    /** A day keeps its row (and id) when its planned hours change. */
    setDayHours(eventId: string, day: string, hours: { startsAt: string; endsAt: string }, now: string): void {
      const [current] = days.select({ event_id: eventId, day });
      if (current) days.update(current.id, { starts_at: hours.startsAt, ends_at: hours.endsAt, updated_at: now });
      else days.insert({ id: newId(), event_id: eventId, day, starts_at: hours.startsAt, ends_at: hours.endsAt, created_at: now, updated_at: now });
    },
  };
}
export type AgendaWriter = ReturnType<typeof agendaWriter>;
