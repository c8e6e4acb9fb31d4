import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agenda, AgendaItem, AgendaSession, Domain, LiaisonEvent, RosterRow } from '../../../src-shared/contract';
import { LoadError } from '../../components/LoadError';
import { toast } from '../../components/Toast';
import { invoke } from '../../lib/client';
import { useCall } from '../../lib/useCall';
import { AgendaDayView } from './AgendaDayView';
import { AgendaEmpty } from './AgendaEmpty';
import { AgendaDeleteDialog, type DeleteTarget } from './AgendaDeleteDialog';
import { AgendaToolbar } from './AgendaToolbar';
import { type Placed, placedItems } from './placed';
import { ItemDialog, type ItemTarget } from './ItemDialog';
import { CarryOverDialog, SaveTemplateDialog, TemplatesDialog } from './ReuseDialogs';
import { useAgendaChanges } from './useAgendaChanges';
import { useAgendaDrag } from './useAgendaDrag';
import './agenda.css';

const BREAK_MINUTES = 30;

const WATCH: readonly Domain[] = ['agenda', 'roster', 'people', 'organisations'];
const NO_ROSTER: RosterRow[] = [];

async function readAgenda(eventId: string): Promise<{ agenda: Agenda; roster: RosterRow[] }> {
  const [agenda, roster] = await Promise.all([invoke('agenda.get', { eventId }), invoke('roster.list', { eventId })]);
  return { agenda, roster: roster.rows };
}

/** Days → sessions → items of one event, built by keyboard and drag; times flow from item to item. */
export function AgendaTab({ event }: { event: LiaisonEvent }) {
  const { t } = useTranslation();
  const read = useCall(() => readAgenda(event.id), `agenda:${event.id}`, { watch: WATCH });
  const agenda = read.data?.agenda ?? null;
  const roster = read.data?.roster ?? NO_ROSTER;
  const { error, refresh: load, setData } = read;
  const setAgenda = useCallback((next: Agenda) => setData((current) => ({ roster: current?.roster ?? NO_ROSTER, agenda: next })), [setData]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [itemTarget, setItemTarget] = useState<ItemTarget | null>(null);
  const [confirm, setConfirm] = useState<DeleteTarget | null>(null);
  const [dialog, setDialog] = useState<'carry' | 'saveTemplate' | 'templates' | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const { change, undo, remember } = useAgendaChanges(setAgenda, load);

  /** Moves an item, remembering where it was so that Ctrl+Z puts it back. */
  const moveItem = useCallback(
    (item: AgendaItem, sessionId: string, index: number) => {
      const from = agenda?.days.flatMap((d) => d.sessions).find((s) => s.id === item.sessionId);
      const fromIndex = from?.items.findIndex((i) => i.id === item.id) ?? -1;
      if (from && fromIndex >= 0) {
        remember(t('agenda.undo.move', { title: item.title }), () => invoke('agenda.moveItem', { id: item.id, sessionId: from.id, index: fromIndex }));
      }
      void change(() => invoke('agenda.moveItem', { id: item.id, sessionId, index }), t('agenda.failed.move'));
    },
    [agenda, change, remember, t],
  );

  const placed = useMemo(() => placedItems(agenda), [agenda]);
  const sessions = useMemo(() => agenda?.days.flatMap((d) => d.sessions) ?? [], [agenda]);
  const selected = placed.find((p) => p.item.id === selectedId) ?? null;

  useEffect(() => {
    if (selectedId) document.getElementById(`agenda-item-${selectedId}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const focusList = () => listRef.current?.focus({ preventScroll: true });

  function newItemAfter(at: Placed | null, session?: AgendaSession) {
    const target = session ?? at?.session ?? sessions.at(-1);
    if (!target) return;
    const after = at && at.session.id === target.id ? at.item : target.items.at(-1);
    setItemTarget({ mode: 'new', sessionId: target.id, afterItemId: after?.id, startMin: after ? after.endMin : target.startMin });
  }

  /** Selects the item an addition created, so that the next one goes after it and a run of additions reads in order. */
  const selectAdded = (next: Agenda) => {
    const known = new Set(placed.map((p) => p.item.id));
    const added = next.days.flatMap((d) => d.sessions.flatMap((s) => s.items)).find((i) => !known.has(i.id));
    if (added) setSelectedId(added.id);
  };

  function insertBreak(at: Placed | null) {
    const target = at?.session ?? sessions.at(-1);
    if (!target) return;
    const afterItemId = at?.item.id ?? target.items.at(-1)?.id;
    void change(async () => {
      const next = await invoke('agenda.addItem', { sessionId: target.id, ...(afterItemId ? { afterItemId } : {}), kind: 'break', title: t('agenda.breakTitle'), durationMin: BREAK_MINUTES });
      selectAdded(next);
      return next;
    }, t('agenda.failed.add'));
  }

  function split(at: Placed | null) {
    if (!at) return;
    if (at.index === 0) {
      toast('info', t('agenda.splitFirst'));
      return;
    }
    void change(() => invoke('agenda.splitSession', { itemId: at.item.id, title: '' }), t('agenda.failed.split'));
  }

  /** One step up or down in reading order, across sessions and days. */
  function moveBy(at: Placed, step: -1 | 1) {
    const sessionIndex = sessions.findIndex((s) => s.id === at.session.id);
    let sessionId = at.session.id;
    let index = at.index + step;
    if (index < 0 || index >= at.session.items.length) {
      const next = sessions[sessionIndex + step];
      if (!next) return;
      sessionId = next.id;
      index = step < 0 ? next.items.length : 0;
    }
    moveItem(at.item, sessionId, index);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget && (e.target as HTMLElement).matches('input, textarea, select, button')) return;
    const at = selected;
    const position = at ? placed.indexOf(at) : -1;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    let handled = true;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && e.altKey) {
      if (at) moveBy(at, key === 'ArrowUp' ? -1 : 1);
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      const next = placed[Math.max(0, Math.min(placed.length - 1, position + (key === 'ArrowUp' ? -1 : 1)))] ?? placed[0];
      if (next) setSelectedId(next.item.id);
    } else if (key === 'Home' || key === 'End') {
      const next = key === 'Home' ? placed[0] : placed.at(-1);
      if (next) setSelectedId(next.item.id);
    } else if (key === 'Enter' && at) {
      setItemTarget({ mode: 'edit', item: at.item });
    } else if (key === 'n' && !e.ctrlKey && !e.metaKey) {
      newItemAfter(at);
    } else if (key === 'b' && !e.ctrlKey && !e.metaKey) {
      insertBreak(at);
    } else if (key === 's' && !e.ctrlKey && !e.metaKey) {
      split(at);
    } else if ((key === 'Delete' || key === 'Backspace') && at) {
      setConfirm({ item: at.item });
    } else {
      handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  const { drag, dropTarget } = useAgendaDrag({
    items: placed.map((p) => p.item),
    moveItem,
    onDragStart: (item) => setSelectedId(item.id),
    onDropped: focusList,
  });
  const onSelect = useCallback((id: string) => {
    setSelectedId(id);
    listRef.current?.focus({ preventScroll: true });
  }, []);
  const onEdit = useCallback((item: AgendaItem) => setItemTarget({ mode: 'edit', item }), []);
  const onDeleteItem = useCallback((item: AgendaItem) => setConfirm({ item }), []);

  if (error) return <LoadError title={t('agenda.loadFailed')} error={error} onRetry={load} />;
  if (!agenda) return <p className="muted">{t('common.loading')}</p>;

  const empty = sessions.length === 0;
  const firstDay = agenda.days[0]?.day;

  return (
    <div className="agenda" data-testid="agenda">
      <AgendaToolbar
        eventId={event.id}
        agenda={agenda}
        empty={empty}
        canSplit={!!selected && selected.index !== 0}
        onNewItem={() => newItemAfter(selected)}
        onBreak={() => insertBreak(selected)}
        onSplit={() => split(selected)}
        onCarryOver={() => setDialog('carry')}
        onTemplates={() => setDialog(empty ? 'templates' : 'saveTemplate')}
        onFirstWarning={() => {
          const first = placed.find((p) => p.item.warnings.length);
          if (first) setSelectedId(first.item.id);
          focusList();
        }}
      />

      {empty ? (
        <AgendaEmpty
          onAddSession={firstDay ? () => void change(() => invoke('agenda.addSession', { eventId: event.id, day: firstDay, title: '' }), t('agenda.failed.add')) : null}
          onTemplates={() => setDialog('templates')}
        />
      ) : null}

      <div
        ref={listRef}
        className="agenda-days"
        tabIndex={0}
        aria-label={t('agenda.listLabel')}
        aria-activedescendant={selectedId ? `agenda-item-${selectedId}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget && !selectedId && placed[0]) setSelectedId(placed[0].item.id);
        }}
      >
        {agenda.days.map((day) => (
          <AgendaDayView
            key={day.day}
            eventId={event.id}
            day={day}
            showEmpty={!empty}
            selectedId={selectedId}
            dropTarget={dropTarget}
            drag={drag}
            onSelect={onSelect}
            onEdit={onEdit}
            onDeleteItem={onDeleteItem}
            onDeleteSession={(session) => setConfirm({ session })}
            onAddItem={(session) => newItemAfter(null, session)}
            change={change}
          />
        ))}
      </div>

      <ItemDialog
        target={itemTarget}
        roster={roster}
        onClose={() => {
          setItemTarget(null);
          focusList();
        }}
        onSaved={(next) => {
          selectAdded(next);
          setAgenda(next);
          // The roster may have gained the speakers who were not on it.
          load();
        }}
      />
      <AgendaDeleteDialog
        target={confirm}
        placed={placed}
        change={change}
        undo={undo}
        remember={remember}
        onSelect={setSelectedId}
        onClose={() => setConfirm(null)}
        onAnswered={focusList}
      />
      <CarryOverDialog open={dialog === 'carry'} event={event} agenda={agenda} onClose={() => setDialog(null)} />
      <SaveTemplateDialog open={dialog === 'saveTemplate'} eventId={event.id} onClose={() => setDialog(null)} onOpenTemplates={() => setDialog('templates')} />
      <TemplatesDialog open={dialog === 'templates'} eventId={event.id} canApply={empty} onClose={() => setDialog(null)} onApplied={setAgenda} />
    </div>
  );
}
