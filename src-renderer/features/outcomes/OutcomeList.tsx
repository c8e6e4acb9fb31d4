import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeKinds, type Outcome } from '../../../src-shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { issuesByPath } from '../../lib/issues';
import { AgendaItemSelect, type AgendaChoice } from './AgendaItemSelect';

type OutcomeKind = Outcome['kind'];

interface Draft {
  kind: OutcomeKind;
  agendaItemId: string | null;
  text: string;
  restricted: boolean;
}

/** Conclusions and decisions in the order they were recorded, added and edited in place. */
export function OutcomeList(props: { eventId: string; outcomes: Outcome[]; agendaItems: AgendaChoice[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(draft: Draft): Promise<string | null> {
    try {
      await invoke('outcomes.create', { eventId: props.eventId, ...draft });
      props.onChanged();
      return null;
    } catch (e) {
      return messageOf(e);
    }
  }

  async function update(outcome: Outcome, draft: Draft): Promise<string | null> {
    try {
      await invoke('outcomes.update', { id: outcome.id, ...draft });
      setEditingId(null);
      props.onChanged();
      return null;
    } catch (e) {
      return messageOf(e);
    }
  }

  async function remove(outcome: Outcome) {
    setBusy(true);
    try {
      await invoke('outcomes.delete', { id: outcome.id });
      setConfirm(null);
      toast('success', t(`outcomes.deleted.${outcome.kind}`));
      props.onChanged();
    } catch (e) {
      toast('error', t('outcomes.deleteFailed'), toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card outcomes-section" aria-labelledby="outcomes-list-title" data-testid="outcomes-list">
      <header className="outcomes-section-header">
        <h2 id="outcomes-list-title">{t('outcomes.list.title')}</h2>
        {props.outcomes.length ? <span className="section-count">{props.outcomes.length}</span> : null}
      </header>
      {props.outcomes.length === 0 ? (
        <div className="outcomes-empty">
          <EmptyState icon="flag" title={t('outcomes.list.emptyTitle')} testId="outcomes-empty">
            <p>{t('outcomes.list.emptyText')}</p>
          </EmptyState>
        </div>
      ) : (
        <ol className="outcome-list">
          {props.outcomes.map((outcome, index) => (
            <li key={outcome.id} className={`outcome outcome-${outcome.kind}`} data-testid="outcome">
              {editingId === outcome.id ? (
                <OutcomeForm
                  initial={{ kind: outcome.kind, agendaItemId: outcome.agendaItemId, text: outcome.text, restricted: outcome.restricted }}
                  agendaItems={props.agendaItems}
                  missingItemLabel={outcome.agendaItemTitle}
                  submitLabel={t('common.save')}
                  onSubmit={(draft) => update(outcome, draft)}
                  onCancel={() => setEditingId(null)}
                />
              ) : (
                <>
                  <span className="outcome-number" aria-hidden="true">
                    {index + 1}.
                  </span>
                  <div className="outcome-body">
                    <div className="outcome-meta">
                      <span className={`badge outcome-kind outcome-kind-${outcome.kind}`}>{t(`outcomes.kinds.${outcome.kind}`)}</span>
                      {outcome.restricted ? (
                        <span className="badge badge-warning" title={t('outcomes.restrictedHint')}>
                          {t('outcomes.restricted')}
                        </span>
                      ) : null}
                      {outcome.agendaItemTitle ? (
                        <span className="muted small outcome-item">
                          <Icon name="agenda" size={13} />
                          {outcome.agendaItemTitle}
                        </span>
                      ) : null}
                    </div>
                    <p className="outcome-text">{outcome.text}</p>
                  </div>
                  <div className="outcome-actions">
                    <button type="button" className="icon-button" title={t('outcomes.edit')} aria-label={t('outcomes.editOne', { number: index + 1 })} onClick={() => setEditingId(outcome.id)}>
                      <Icon name="edit" size={16} />
                    </button>
                    <button type="button" className="icon-button" title={t('outcomes.delete')} aria-label={t('outcomes.deleteOne', { number: index + 1 })} onClick={() => setConfirm(outcome)}>
                      <Icon name="trash" size={16} />
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="outcome-new" data-testid="outcome-new">
        <OutcomeForm
          initial={{ kind: 'conclusion', agendaItemId: null, text: '', restricted: false }}
          agendaItems={props.agendaItems}
          missingItemLabel={null}
          submitLabel={t('outcomes.add')}
          onSubmit={create}
        />
      </div>
      <ConfirmDialog
        open={confirm !== null}
        danger
        busy={busy}
        title={confirm ? t(`outcomes.confirmDelete.${confirm.kind}`) : ''}
        confirmLabel={t('outcomes.confirmDelete.confirm')}
        onConfirm={() => confirm && void remove(confirm)}
        onCancel={() => setConfirm(null)}
      >
        {confirm ? <p className="outcome-quote">{confirm.text}</p> : null}
      </ConfirmDialog>
    </section>
  );
}

function messageOf(e: unknown): string {
  const error = toAppError(e);
  const byPath = issuesByPath(error.details?.issues ?? []);
  return Object.values(byPath)[0] ?? error.message;
}

/** Kind, agenda item and text; Ctrl+Enter saves, Esc leaves an edit. Resolves with an error message, or null once saved. */
function OutcomeForm(props: {
  initial: Draft;
  agendaItems: AgendaChoice[];
  missingItemLabel: string | null;
  submitLabel: string;
  onSubmit: (draft: Draft) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = props.onCancel !== undefined;

  async function submit() {
    if (busy) return;
    if (!draft.text.trim()) {
      setError(t('outcomes.form.textRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    const message = await props.onSubmit({ ...draft, text: draft.text.trim() });
    setBusy(false);
    if (message) setError(message);
    // Kind and agenda item stay: the next one is often about the same item.
    else if (!editing) setDraft((d) => ({ ...d, text: '' }));
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape' && props.onCancel) {
      e.preventDefault();
      e.stopPropagation();
      props.onCancel();
    }
  };

  return (
    <form
      className={editing ? 'outcome-form is-editing' : 'outcome-form'}
      aria-label={editing ? t('outcomes.form.editLabel') : t('outcomes.form.newLabel')}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="outcome-form-row">
        <select
          className="select outcome-form-kind"
          aria-label={t('outcomes.form.kind')}
          value={draft.kind}
          onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as OutcomeKind }))}
        >
          {outcomeKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`outcomes.kinds.${kind}`)}
            </option>
          ))}
        </select>
        <AgendaItemSelect
          label={t('outcomes.agendaItem')}
          items={props.agendaItems}
          value={draft.agendaItemId}
          missingLabel={props.missingItemLabel}
          onChange={(agendaItemId) => setDraft((d) => ({ ...d, agendaItemId }))}
        />
        <label className="checkbox outcome-form-restricted" title={t('outcomes.restrictedHint')}>
          <input type="checkbox" checked={draft.restricted} onChange={(e) => setDraft((d) => ({ ...d, restricted: e.target.checked }))} />
          {t('outcomes.form.restricted')}
        </label>
      </div>
      <textarea
        className="textarea"
        rows={editing ? 4 : 3}
        maxLength={10_000}
        autoFocus={editing}
        aria-label={t('outcomes.form.text')}
        aria-invalid={error ? true : undefined}
        placeholder={t(`outcomes.form.placeholder.${draft.kind}`)}
        value={draft.text}
        onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))}
      />
      {error ? <FieldError message={error} /> : null}
      <div className="outcome-form-actions">
        <span className="muted small">{editing ? t('outcomes.form.keysEdit') : t('outcomes.form.keys')}</span>
        <span className="spacer" />
        {props.onCancel ? (
          <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button button-primary" disabled={busy}>
          {editing ? null : <Icon name="plus" size={16} />}
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
