import type { DomainContext } from '../domain';
import { tableWriter } from '../store/table';

export type OutcomesRow = {
  id: string;
  event_id: string;
  agenda_item_id: string | null;
  kind: string;
  text: string;
  restricted: number;
  position: number;
  created_at: string;
  updated_at: string;
};
export type ActionItemsRow = {
  id: string;
  event_id: string;
  agenda_item_id: string | null;
  title: string;
  owner_person_id: string | null;
  due_on: string | null;
  status: string;
  notes: string;
  created_at: string;
  updated_at: string;
};

/** The one writer of an event's conclusions, decisions and action items. */
export function outcomesWriter({ db, onChange }: DomainContext) {
  return {
    outcomes: tableWriter<OutcomesRow>(db, onChange, {
      table: 'outcomes',
      columns: ['id', 'event_id', 'agenda_item_id', 'kind', 'text', 'restricted', 'position', 'created_at', 'updated_at'],
    }),
    actions: tableWriter<ActionItemsRow>(db, onChange, {
      table: 'action_items',
      columns: ['id', 'event_id', 'agenda_item_id', 'title', 'owner_person_id', 'due_on', 'status', 'notes', 'created_at', 'updated_at'],
    }),
  };
}
export type OutcomesWriter = ReturnType<typeof outcomesWriter>;
