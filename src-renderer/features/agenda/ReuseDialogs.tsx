import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agenda, AgendaTemplate, LiaisonEvent } from '../../../src-shared/contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field, FieldError } from '../../components/Field';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { useDataChanged } from '../../lib/events';
import { formatDate, formatDay } from '../../lib/format';
import { addDays, daysBetween } from '../../lib/time';
import { openEvent } from '../../lib/navigate';
import { RenumberNotice } from '../../components/RenumberNotice';
import { useRenumberPreview } from '../../lib/renumber';
import { useCall } from '../../lib/useCall';
import { formatAgendaDay } from './clock';

export function CarryOverDialog(props: { open: boolean; event: LiaisonEvent; agenda: Agenda; onClose: () => void }) {
  const { t } = useTranslation();
  const { open, event, agenda } = props;
  const firstDay = agenda.days[0]?.day ?? '';
  const [start, setStart] = useState('');
  const [includeSpeakers, setIncludeSpeakers] = useState(false);
  const [includeInvitations, setIncludeInvitations] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The number the new meeting gets, and any meeting a date before the last would renumber.
  const offset = start && firstDay ? daysBetween(firstDay, start) : null;
  const preview = useRenumberPreview(
    open && event.seriesId && offset !== null && Math.abs(offset) < 100_000
      ? { id: null, seriesId: event.seriesId, status: 'planned', startsAt: new Date(Date.parse(event.startsAt) + offset * 86_400_000).toISOString() }
      : null,
  );

  const next = useCall('agenda.nextMeeting', open ? { fromEventId: event.id } : null);
  const proposal = next.data;

  useEffect(() => {
    if (!open) return;
    setError(null);
    setIncludeSpeakers(false);
    setIncludeInvitations(true);
  }, [open, event, firstDay]);
  // The proposed date, or half a year on when there is none, until the user picks another.
  useEffect(() => {
    if (next.data) setStart(next.data.start);
    else if (next.error) setStart(firstDay ? addDays(firstDay, 182) : '');
    // Only a new answer sets it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [next.data, next.error]);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const { eventId } = await invoke('agenda.carryOver', { fromEventId: event.id, start, includeSpeakers, includeInvitations });
      props.onClose();
      toast('success', t('agenda.carryOver.done'));
      openEvent(eventId, 'agenda');
    } catch (e) {
      const err = toAppError(e);
      setError(err.details?.issues?.[0]?.message ?? err.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      title={t('agenda.carryOver.title')}
      subtitle={event.seriesId ? t('agenda.carryOver.hintSeries', { series: event.seriesName ?? '' }) : t('agenda.carryOver.hint')}
      busy={busy}
      onClose={props.onClose}
      testId="agenda-carry-over"
      className="agenda-dialog-small"
      actions={
        <DialogActions onCancel={props.onClose} onConfirm={() => void create()} busy={busy} disabled={!start}>
          {t('agenda.carryOver.confirm')}
        </DialogActions>
      }
    >
      <div className="form">
        <Field label={t('agenda.carryOver.start')} hint={start ? formatAgendaDay(start) : undefined} required>
          {(control) => <input {...control} type="date" className="input" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        {proposal?.last && event.seriesId ? (
          <p className="muted small" data-testid="next-meeting-proposal">
            {t('renumber.nextAfter', { title: proposal.last.title, date: formatDay(proposal.last.firstDay), days: proposal.intervalDays })}
          </p>
        ) : null}
        {preview ? <RenumberNotice preview={preview} /> : null}
        <label className="checkbox">
          <input type="checkbox" checked={includeInvitations} onChange={(e) => setIncludeInvitations(e.target.checked)} />
          {t('agenda.carryOver.invitations')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={includeSpeakers} onChange={(e) => setIncludeSpeakers(e.target.checked)} />
          {t('agenda.carryOver.speakers')}
        </label>
        <p className="muted small">{t('agenda.carryOver.copies')}</p>
        {error ? <FieldError message={error} /> : null}
      </div>
    </Dialog>
  );
}

export function SaveTemplateDialog(props: { open: boolean; eventId: string; onClose: () => void; onOpenTemplates: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [replace, setReplace] = useState(false);
  const [taken, setTaken] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!props.open) return;
    setName('');
    setReplace(false);
    setTaken(false);
    setError(null);
  }, [props.open]);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const template = await invoke('agendaTemplates.save', { eventId: props.eventId, name, replace });
      toast('success', t('agenda.templates.saved', { name: template.name }));
      props.onClose();
    } catch (e) {
      const err = toAppError(e);
      if (err.code === 'conflict') setTaken(true);
      setError(err.details?.issues?.[0]?.message ?? err.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={props.open}
      title={t('agenda.templates.saveTitle')}
      subtitle={t('agenda.templates.saveHint')}
      busy={busy}
      onClose={props.onClose}
      testId="agenda-save-template"
      className="agenda-dialog-small"
      actions={
        <DialogActions
          note={
            <button type="button" className="button button-quiet" onClick={props.onOpenTemplates}>
              {t('agenda.templates.manage')}
            </button>
          }
          onCancel={props.onClose}
          onConfirm={() => void save()}
          busy={busy}
          disabled={!name.trim()}
        >
          {t('agenda.templates.saveConfirm')}
        </DialogActions>
      }
    >
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field label={t('agenda.templates.name')} required error={error ?? undefined}>
          {(control) => <input {...control} className="input" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
        {taken ? (
          <label className="checkbox">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            {t('agenda.templates.replace')}
          </label>
        ) : null}
      </form>
    </Dialog>
  );
}

export function TemplatesDialog(props: { open: boolean; eventId: string; canApply: boolean; onClose: () => void; onApplied: (agenda: Agenda) => void }) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<AgendaTemplate[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const load = () =>
    void invoke('agendaTemplates.list', {}).then(setTemplates, (e) => {
      toast('error', t('agenda.templates.loadFailed'), toAppError(e).message);
      setTemplates([]);
    });
  useEffect(() => {
    if (props.open) load();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- reload each time it opens
  }, [props.open]);
  useDataChanged(['agendaTemplates'], () => {
    if (props.open) load();
  });

  async function apply(template: AgendaTemplate) {
    setBusy(true);
    try {
      props.onApplied(await invoke('agendaTemplates.apply', { templateId: template.id, eventId: props.eventId }));
      toast('success', t('agenda.templates.applied', { name: template.name }));
      props.onClose();
    } catch (e) {
      toast('error', t('agenda.templates.applyFailed'), toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  async function remove(template: AgendaTemplate) {
    setBusy(true);
    try {
      await invoke('agendaTemplates.delete', { id: template.id });
      setDeleting(null);
      load();
    } catch (e) {
      toast('error', t('agenda.templates.deleteFailed'), toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={props.open}
      title={t('agenda.templates.title')}
      subtitle={props.canApply ? t('agenda.templates.hint') : t('agenda.templates.hintNotEmpty')}
      busy={busy}
      onClose={props.onClose}
      testId="agenda-templates"
      className="agenda-dialog-small"
      actions={
        <button type="button" className="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      }
    >
      {templates === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : templates.length === 0 ? (
        <p className="muted">{t('agenda.templates.none')}</p>
      ) : (
        <ul className="agenda-template-list">
          {templates.map((template) => (
            <li key={template.id} className="agenda-template">
              <div>
                <strong>{template.name}</strong>
                <div className="muted small">
                  {t('agenda.templates.counts', { days: template.dayCount, items: template.itemCount })} · {formatDate(template.updatedAt)}
                </div>
              </div>
              {deleting === template.id ? (
                <span className="agenda-template-actions">
                  <span className="small">{t('agenda.templates.deleteQuestion')}</span>
                  <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void remove(template)}>
                    {t('agenda.templates.deleteConfirm')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => setDeleting(null)}>
                    {t('common.cancel')}
                  </button>
                </span>
              ) : (
                <span className="agenda-template-actions">
                  <button type="button" className="button button-small button-primary" disabled={busy || !props.canApply} onClick={() => void apply(template)}>
                    {t('agenda.templates.apply')}
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button-small"
                    aria-label={t('agenda.templates.delete', { name: template.name })}
                    onClick={() => setDeleting(template.id)}
                  >
                    ×
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
