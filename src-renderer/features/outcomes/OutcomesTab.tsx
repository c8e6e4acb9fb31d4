import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus, LiaisonEvent, Outcome, RosterRow, Domain } from '../../../src-shared/contract';
import { Banner } from '../../components/Banner';
import { LoadError } from '../../components/LoadError';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { useCall } from '../../lib/useCall';
import { ActionWhat, DueDate, Owner, saveStatus, StatusSelect } from './actionParts';
import { DocumentButtons } from '../../components/documents/DocumentButtons';
import { ActionDialog, type ActionTarget } from './ActionDialog';
import { agendaChoices, type AgendaChoice } from './AgendaItemSelect';
import { OutcomeList } from './OutcomeList';
import './outcomes.css';
import { userToday } from '../../lib/time';

interface Data {
  outcomes: Outcome[];
  actions: ActionItem[];
  agendaItems: AgendaChoice[];
  roster: RosterRow[];
  /** Outcomes stay usable when the agenda cannot be read; only choosing an agenda item is lost. */
  agendaError: string | null;
}

const WATCH: readonly Domain[] = ['outcomes', 'actions', 'agenda', 'roster', 'people', 'organisations'];

async function readOutcomes(eventId: string): Promise<Data> {
  // Actions come from actions.list so that "overdue" is measured against the user's own today.
  let agendaError: string | null = null;
  const [listed, actions, agenda, roster] = await Promise.all([
    invoke('outcomes.list', { eventId }),
    invoke('actions.list', { eventId, show: 'all', today: userToday() }),
    invoke('agenda.get', { eventId }).catch((e: unknown) => {
      agendaError = toAppError(e).message;
      return null;
    }),
    invoke('roster.list', { eventId }),
  ]);
  return { outcomes: listed.outcomes, actions, agendaItems: agendaChoices(agenda), roster: roster.rows, agendaError };
}

/** Conclusions, decisions and action items of one event. */
export function OutcomesTab({ event }: { event: LiaisonEvent }) {
  const { t } = useTranslation();
  const { data, error, refresh: load } = useCall(() => readOutcomes(event.id), `outcomes:${event.id}`, { watch: WATCH });

  const overdue = data?.actions.filter((a) => a.overdue).length ?? 0;
  return (
    <div className="outcomes" data-testid="outcomes-tab">
      <div className="outcomes-toolbar">
        <p className="outcomes-summary" data-testid="outcomes-summary">
          {data ? (
            <>
              <strong>{t('outcomes.summary.outcomes', { count: data.outcomes.length })}</strong>
              {' · '}
              {t('outcomes.summary.actions', { count: data.actions.length })}
              {overdue ? <span className="outcomes-summary-overdue">{` · ${t('outcomes.summary.overdue', { count: overdue })}`}</span> : null}
            </>
          ) : null}
        </p>
        <DocumentButtons eventId={event.id} document="outcomes" />
        {event.status === 'held' ? <DocumentButtons eventId={event.id} document="report" /> : null}
      </div>
      {error ? (
        <LoadError title={t('outcomes.loadFailed')} error={error} onRetry={load} />
      ) : null}
      {!data && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
      {data?.agendaError ? (
        <Banner kind="warning" title={t('outcomes.agendaFailed')}>
          {data.agendaError}
        </Banner>
      ) : null}
      {data ? (
        <>
          <OutcomeList eventId={event.id} outcomes={data.outcomes} agendaItems={data.agendaItems} onChanged={load} />
          <ActionSection eventId={event.id} data={data} onChanged={load} />
        </>
      ) : null}
    </div>
  );
}

function ActionSection({ eventId, data, onChanged }: { eventId: string; data: Data; onChanged: () => void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ActionTarget | null>(null);
  const [confirm, setConfirm] = useState<ActionItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [saving, setSaving] = useState<string | null>(null);
  const rosterIds = useMemo(() => new Set(data.roster.map((r) => r.personId)), [data.roster]);

  async function changeStatus(item: ActionItem, status: ActionStatus) {
    setSaving(item.id);
    await saveStatus(item, status);
    setSaving(null);
    onChanged();
  }

  async function remove(item: ActionItem) {
    setBusy(true);
    try {
      await invoke('actions.delete', { id: item.id });
      setConfirm(null);
      toast('success', t('outcomes.actions.deleted'));
      onChanged();
    } catch (e) {
      toast('error', t('outcomes.actions.deleteFailed'), toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  const addButton = (
    <button type="button" className="button button-primary" onClick={() => setTarget({ mode: 'new' })}>
      <Icon name="plus" size={16} />
      {t('outcomes.actions.add')}
    </button>
  );

  return (
    <section className="card outcomes-section" aria-labelledby="outcomes-actions-title" data-testid="outcomes-actions">
      <header className="outcomes-section-header">
        <h2 id="outcomes-actions-title">{t('outcomes.actions.title')}</h2>
        {data.actions.length ? <span className="section-count">{data.actions.length}</span> : null}
        <span className="spacer" />
        {data.actions.length ? addButton : null}
      </header>
      {data.actions.length === 0 ? (
        <div className="outcomes-empty">
          <EmptyState icon="check" title={t('outcomes.actions.emptyTitle')} actions={addButton} testId="actions-empty">
            <p>{t('outcomes.actions.emptyText')}</p>
          </EmptyState>
        </div>
      ) : (
        <div className="action-table-scroll">
          <table className="action-table" aria-label={t('outcomes.actions.title')}>
            <thead>
              <tr>
                <th scope="col">{t('actions.columns.what')}</th>
                <th scope="col">{t('actions.columns.owner')}</th>
                <th scope="col">{t('actions.columns.due')}</th>
                <th scope="col">{t('actions.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions.columns.tools')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.actions.map((item) => (
                <tr key={item.id} className={item.overdue ? 'action-row is-overdue' : `action-row is-${item.status}`}>
                  <td className="action-what">
                    <ActionWhat item={item} withNotes />
                  </td>
                  <td>
                    <Owner item={item} />
                    {item.ownerId && !rosterIds.has(item.ownerId) ? <span className="badge action-off-roster">{t('outcomes.actions.notOnRoster')}</span> : null}
                  </td>
                  <td>
                    <DueDate item={item} />
                  </td>
                  <td>
                    <StatusSelect item={item} disabled={saving === item.id} onChange={(status) => void changeStatus(item, status)} />
                  </td>
                  <td className="action-tools">
                    <button type="button" className="icon-button" title={t('outcomes.actions.edit')} aria-label={t('outcomes.actions.editOne', { title: item.title })} onClick={() => setTarget({ mode: 'edit', item })}>
                      <Icon name="edit" size={16} />
                    </button>
                    <button type="button" className="icon-button" title={t('outcomes.actions.delete')} aria-label={t('outcomes.actions.deleteOne', { title: item.title })} onClick={() => setConfirm(item)}>
                      <Icon name="trash" size={16} />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ActionDialog
        target={target}
        eventId={eventId}
        roster={data.roster}
        agendaItems={data.agendaItems}
        agendaUnavailable={data.agendaError !== null}
        onClose={() => setTarget(null)}
        onSaved={(item) => {
          toast('success', target?.mode === 'edit' ? t('outcomes.actions.saved') : t('outcomes.actions.added', { title: item.title }));
          onChanged();
        }}
      />
      <ConfirmDialog
        open={confirm !== null}
        danger
        busy={busy}
        title={t('outcomes.actions.confirmDelete')}
        confirmLabel={t('outcomes.actions.confirmDeleteButton')}
        onConfirm={() => confirm && void remove(confirm)}
        onCancel={() => setConfirm(null)}
      >
        {confirm ? <p className="outcome-quote">{confirm.title}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
