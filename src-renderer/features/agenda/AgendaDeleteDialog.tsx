import { useTranslation } from 'react-i18next';
import type { Agenda, AgendaItem, AgendaSession } from '../../../src-shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { toast } from '../../components/Toast';
import { invoke } from '../../lib/client';
import type { Placed } from './placed';
import type { Change } from './useAgendaChanges';

export type DeleteTarget = { item: AgendaItem } | { session: AgendaSession };

/** Puts a deleted item back as it was, after `afterItemId`; speakers dropped from the roster since then are not re-added. */
function restoreItem(item: AgendaItem, afterItemId: string | null): Promise<Agenda> {
  return invoke('agenda.addItem', {
    sessionId: item.sessionId,
    afterItemId,
    kind: item.kind,
    title: item.title,
    description: item.description,
    notes: item.notes,
    fixedStart: item.fixedStart,
    durationMin: item.durationMin,
    speakerIds: item.speakers.filter((sp) => sp.invitation !== null).map((sp) => sp.personId),
  });
}

/** Asks before an item or a whole session goes; a deleted item can be put back with Ctrl+Z. */
export function AgendaDeleteDialog(props: {
  target: DeleteTarget | null;
  placed: readonly Placed[];
  change: Change;
  undo: () => Promise<void>;
  remember: (label: string, run: () => Promise<Agenda>) => void;
  /** The item to select once the deleted one is gone. */
  onSelect: (id: string | null) => void;
  onClose: () => void;
  /** After the answer, cancel or delete: focus goes back to the list. */
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const { target: confirm, placed, change } = props;

  function deleteItem(item: AgendaItem) {
    const at = placed.findIndex((p) => p.item.id === item.id);
    props.onSelect(placed[at + 1]?.item.id ?? placed[at - 1]?.item.id ?? null);
    const before = placed[at - 1]?.session.id === item.sessionId ? placed[at - 1]!.item.id : null;
    props.remember(t('agenda.undo.delete', { title: item.title }), () => restoreItem(item, before));
    void change(async () => {
      const next = await invoke('agenda.deleteItem', { id: item.id });
      toast('success', t('agenda.deleted', { title: item.title }), undefined, { label: t('agenda.undo.label'), run: () => void props.undo() });
      return next;
    }, t('agenda.failed.delete'));
  }

  return (
    <ConfirmDialog
      open={confirm !== null}
      danger
      title={
        confirm && 'item' in confirm
          ? t('agenda.delete.itemTitle', { title: confirm.item.title })
          : t('agenda.delete.sessionTitle', { title: confirm?.session.title || t('agenda.session.untitled') })
      }
      confirmLabel={t('agenda.delete.confirm')}
      onCancel={() => {
        props.onClose();
        props.onAnswered();
      }}
      onConfirm={() => {
        const what = confirm;
        props.onClose();
        if (!what) return;
        if ('item' in what) deleteItem(what.item);
        else void change(() => invoke('agenda.deleteSession', { id: what.session.id }), t('agenda.failed.delete'));
        props.onAnswered();
      }}
    >
      {confirm && 'session' in confirm && confirm.session.items.length ? (
        <p>{t('agenda.delete.sessionItems', { count: confirm.session.items.length })}</p>
      ) : null}
    </ConfirmDialog>
  );
}
