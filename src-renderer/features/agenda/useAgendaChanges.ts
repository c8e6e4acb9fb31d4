import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../src-shared/contract';
import { toast } from '../../components/Toast';
import { toAppError } from '../../lib/client';
import { useCommand } from '../../lib/commands';

/** Runs a change and shows the agenda it returns; a refusal is said in a toast and nothing moves. */
export type Change = (run: () => Promise<Agenda>, failure: string) => Promise<void>;

/**
 * Changes to the agenda, and the inverse of the last moves and deletions, newest last: Ctrl+Z
 * (or `undo`) runs them back; `remember` adds one.
 */
export function useAgendaChanges(setAgenda: (next: Agenda) => void, load: () => void) {
  const { t } = useTranslation();
  const undoStack = useRef<Array<{ label: string; run: () => Promise<Agenda> }>>([]);

  const change = useCallback<Change>(
    async (run, failure) => {
      try {
        setAgenda(await run());
      } catch (e) {
        toast('error', failure, toAppError(e).message);
        load();
      }
    },
    [load],
  );

  const undo = useCallback(async () => {
    const last = undoStack.current.pop();
    if (!last) {
      toast('info', t('agenda.undo.nothing'));
      return;
    }
    try {
      setAgenda(await last.run());
      toast('success', t('agenda.undo.done', { what: last.label }));
    } catch (e) {
      toast('error', t('agenda.undo.failed', { what: last.label }), toAppError(e).message);
      load();
    }
  }, [load, t]);
  useCommand('undo', () => void undo());

  const remember = useCallback((label: string, run: () => Promise<Agenda>) => undoStack.current.push({ label, run }), []);
  return { change, undo, remember };
}
