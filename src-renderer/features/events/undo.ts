import type { CalendarEvent, CallInput, LiaisonEvent, Renumbering } from '../../../src-shared/contract';
import { toast } from '../../components/Toast';
import i18n from '../../i18n';
import { invoke, toAppError } from '../../lib/client';
import { formatDays, formatInstants, userTimeZone } from '../../lib/time';
import { describeRenumbering } from '../../lib/renumber';
import { useCalendar, type UndoEntry } from './store';

/** "Tue 21 May 2024" or "Tue 21 May 2024, 09:30–16:30" (the user's clock). */
export function describeWhen(event: Pick<LiaisonEvent, 'when' | 'startsAt' | 'endsAt'>): string {
  return event.when.allDay ? formatDays(event.when.start, event.when.end) : formatInstants(event.startsAt, event.endsAt, userTimeZone());
}

/** Which other meetings of its series a drag renumbers, asked before the move (none if the question fails). */
export async function renumberedByMove(row: CalendarEvent, input: CallInput<'events.move'>): Promise<Renumbering[]> {
  const at = input.allDay ? { when: { allDay: true as const, start: input.start, end: input.end, timeZone: row.timeZone } } : { startsAt: input.startsAt };
  try {
    const preview = await invoke('events.renumberPreview', { id: row.id, seriesId: row.seriesId, status: row.status, ...at });
    return preview.renumbered;
  } catch {
    return [];
  }
}

/** Remembers a drag and says where the event went — and which meetings it renumbered — offering to put it back. */
export function announceMove(entry: UndoEntry, moved: LiaisonEvent, renumbered: Renumbering[] = []): void {
  useCalendar.getState().pushUndo(entry);
  const where = describeWhen(moved);
  const text = renumbered.length ? `${where}. ${i18n.t('renumber.moved', { list: renumbered.map(describeRenumbering).join('; ') })}` : where;
  toast('success', i18n.t('calendar.moved', { title: moved.title }), text, {
    label: i18n.t('calendar.undo'),
    run: () => void undoLastMove(),
  });
}

/** Puts the most recently dragged event back where it was (Ctrl+Z, or "Undo" in the toast). */
export async function undoLastMove(): Promise<void> {
  const { popUndo } = useCalendar.getState();
  const entry = popUndo();
  if (!entry) {
    toast('info', i18n.t('calendar.nothingToUndo'));
    return;
  }
  try {
    const back = await invoke('events.move', { id: entry.id, ...entry.before, expectedUpdatedAt: entry.updatedAt } as CallInput<'events.move'>);
    // An earlier drag of the same event now starts from this version.
    useCalendar.setState((s) => {
      const index = s.undo.findLastIndex((e) => e.id === entry.id);
      if (index < 0) return {};
      const undo = [...s.undo];
      undo[index] = { ...undo[index]!, updatedAt: back.updatedAt };
      return { undo };
    });
    toast('success', i18n.t('calendar.undone', { title: back.title }), describeWhen(back));
  } catch (error) {
    const data = toAppError(error);
    toast('error', i18n.t('calendar.undoFailed', { title: entry.title }), data.code === 'conflict' ? i18n.t('calendar.undoConflict') : data.message);
  }
}
