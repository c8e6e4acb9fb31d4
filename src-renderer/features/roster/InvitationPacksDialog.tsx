import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LANGUAGES, type DocumentLanguage, type InvitationDelegation, type InvitationGroup, invitationGroups, type PackFormat } from '../../../src-shared/contract';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { documentLocale } from '../../components/documents/PrintPreview';
import { LANGUAGES } from '../../i18n/languages';
import { invoke, toAppError } from '../../lib/client';
import { downloadBase64 } from '../../lib/files';
import { useCall } from '../../lib/useCall';
import { LetterTemplateDialog } from './LetterTemplateDialog';

const SAVE_GAP_MS = 400;
const languageName = (code: DocumentLanguage) => LANGUAGES.find((l) => l.code === code)?.name ?? code;
const todayIso = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** "Invitation packs…": a letter, the calendar invitation and a nomination form for each delegation chosen, saved as one ZIP or as email drafts. */
export function InvitationPacksDialog(props: { open: boolean; eventId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { open, eventId } = props;
  const plan = useCall('invitations.plan', open ? { eventId } : null);
  const data = plan.data;
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set());
  const [languages, setLanguages] = useState<Record<string, DocumentLanguage>>({});
  const [deadline, setDeadline] = useState('');
  const [building, setBuilding] = useState<PackFormat | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    if (!open) return;
    setUnticked(new Set());
    setLanguages({});
    setFailed(null);
  }, [open]);
  useEffect(() => {
    if (data) setDeadline(data.defaultDeadline);
  }, [data]);

  const groups = useMemo(() => {
    const byGroup = new Map<InvitationGroup, InvitationDelegation[]>();
    for (const d of data?.delegations ?? []) byGroup.set(d.group, [...(byGroup.get(d.group) ?? []), d]);
    return invitationGroups.filter((g) => byGroup.has(g)).map((g) => ({ group: g, delegations: byGroup.get(g)! }));
  }, [data]);
  const chosen = (data?.delegations ?? []).filter((d) => !unticked.has(d.key));
  const noAddress = chosen.filter((d) => !d.contacts.some((c) => c.emails.length > 0));
  const today = todayIso();
  const deadlineError = deadline && deadline < today ? t('roster.packs.deadlinePast') : null;
  const busy = building !== null;

  const toggle = (key: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  async function save(format: PackFormat) {
    if (!data || chosen.length === 0 || deadlineError || !deadline) return;
    setBuilding(format);
    setFailed(null);
    try {
      const result = await invoke('invitations.build', {
        eventId,
        format,
        deadline,
        locale: documentLocale(),
        delegations: chosen.map((d) => ({ key: d.key, language: languages[d.key] ?? 'en' })),
      });
      // One at a time: Chromium drops downloads that a page starts in the same instant.
      for (const [i, file] of result.files.entries()) {
        setSaving({ done: i, total: result.files.length });
        downloadBase64(file.fileName, file.base64, file.mimeType);
        if (i < result.files.length - 1) await new Promise((resolve) => setTimeout(resolve, SAVE_GAP_MS));
      }
      toast('success', format === 'zip' ? t('roster.packs.savedZip', { fileName: result.files[0]?.fileName ?? '' }) : t('roster.packs.savedEmails', { n: result.files.length }));
    } catch (e) {
      const error = toAppError(e);
      setFailed(error.details?.issues?.[0]?.message ?? error.message);
    } finally {
      setBuilding(null);
      setSaving(null);
    }
  }

  const noBody = data && !data.bodyId;
  return (
    <>
      <Dialog
        open={open}
        title={t('roster.packs.title')}
        subtitle={data ? t('roster.packs.subtitle', { title: data.title }) : undefined}
        busy={busy}
        onClose={props.onClose}
        testId="invitation-packs"
        className="roster-dialog packs-dialog"
        actions={
          <>
            {data?.bodyId ? (
              <button type="button" className="button button-quiet packs-template-button" onClick={() => setEditing(true)} disabled={busy}>
                <Icon name="edit" size={16} />
                {t('roster.packs.editTemplate')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={props.onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button" onClick={() => void save('eml')} disabled={busy || !data?.bodyId || chosen.length === 0 || !!deadlineError || !deadline} aria-busy={building === 'eml'}>
              <Icon name="download" size={16} />
              {t('roster.packs.saveEmails')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void save('zip')} disabled={busy || !data?.bodyId || chosen.length === 0 || !!deadlineError || !deadline} aria-busy={building === 'zip'}>
              <Icon name="download" size={16} />
              {t('roster.packs.saveZip')}
            </button>
          </>
        }
      >
        {plan.error ? <FieldError message={plan.error.message} /> : null}
        {!data && !plan.error ? <div className="loading-note">{t('common.loading')}</div> : null}
        {noBody ? (
          <div className="packs-empty" data-testid="packs-no-body">
            <p>
              <strong>{t('roster.packs.noBodyTitle')}</strong>
            </p>
            <p>{t('roster.packs.noBodyText')}</p>
          </div>
        ) : null}
        {data?.bodyId ? (
          <>
            {data.cancelled ? <p className="packs-cancelled">{t('roster.packs.cancelled')}</p> : null}
            <div className="packs-settings">
              <label className="field packs-deadline">
                <span className="field-label">{t('roster.packs.deadline')}</span>
                <input type="date" className="input" value={deadline} min={today} onChange={(e) => setDeadline(e.target.value)} aria-invalid={deadlineError ? true : undefined} />
                {deadlineError ? <span className="field-error">{deadlineError}</span> : null}
              </label>
              <p className="muted small packs-count" aria-live="polite">
                {t('roster.packs.chosen', { n: chosen.length, total: data.delegations.length })}
              </p>
            </div>
            {noAddress.length ? (
              <p className="packs-no-address" data-testid="packs-no-address">
                {t('roster.packs.noAddress', { names: noAddress.map((d) => d.name).join(', ') })}
              </p>
            ) : null}
            {data.delegations.length === 0 ? <p className="muted">{t('roster.packs.noMembers', { body: data.bodyName ?? '' })}</p> : null}
            {groups.map(({ group, delegations }) => (
              <fieldset key={group} className="packs-group">
                <legend>{t(`roster.packs.groups.${group}`)}</legend>
                <ul className="packs-list">
                  {delegations.map((d) => {
                    const ticked = !unticked.has(d.key);
                    const contacts = d.contacts.map((c) => (c.emails.length ? c.fullName : `${c.fullName} (${t('roster.packs.noEmail')})`));
                    return (
                      <li key={d.key} className={ticked ? 'packs-row' : 'packs-row is-off'}>
                        <label className="checkbox packs-name">
                          <input type="checkbox" checked={ticked} onChange={() => toggle(d.key)} disabled={busy} />
                          <span>
                            <strong>{d.name}</strong>
                            <span className={d.contacts.length ? 'muted small packs-contacts' : 'small packs-contacts packs-none'}>
                              {d.contacts.length ? contacts.join(', ') : t('roster.packs.noContact')}
                            </span>
                          </span>
                        </label>
                        <select
                          className="select packs-language"
                          value={languages[d.key] ?? 'en'}
                          aria-label={t('roster.packs.language', { name: d.name })}
                          disabled={!ticked || busy}
                          onChange={(e) => setLanguages((current) => ({ ...current, [d.key]: e.target.value as DocumentLanguage }))}
                        >
                          {DOCUMENT_LANGUAGES.map((code) => (
                            <option key={code} value={code}>
                              {languageName(code)}
                            </option>
                          ))}
                        </select>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            ))}
            {busy ? (
              <div className="packs-progress" role="status">
                {saving ? (
                  <>
                    <progress value={saving.done} max={saving.total} aria-label={t('roster.packs.saving', { n: saving.done + 1, total: saving.total })} />
                    <span>{t('roster.packs.saving', { n: saving.done + 1, total: saving.total })}</span>
                  </>
                ) : (
                  <>
                    <progress aria-label={t('roster.packs.building', { n: chosen.length })} />
                    <span>{t('roster.packs.building', { n: chosen.length })}</span>
                  </>
                )}
              </div>
            ) : null}
            {failed ? <FieldError message={failed} /> : null}
          </>
        ) : null}
      </Dialog>
      {data?.bodyId ? <LetterTemplateDialog open={editing} bodyId={data.bodyId} bodyName={data.bodyName ?? ''} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
