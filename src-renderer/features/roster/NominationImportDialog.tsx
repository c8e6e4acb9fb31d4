import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationPreview, NominationPreviewRow } from '../../../src-shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { translateIssue } from '../../i18n';
import { invoke, toAppError } from '../../lib/client';
import type { ChosenFile } from '../../lib/files';
import { formatNumber } from '../../lib/format';

type Use = string;
const keyOf = (file: number, row: number) => `${file}:${row}`;

/**
 * Filled nomination forms back in: a preview per delegation of who goes on the roster, the problems by
 * file and row, a choice for each row several directory people could be, then all of it at once.
 */
export function NominationImportDialog(props: { eventId: string; files: ChosenFile[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState(props.files);
  const [choices, setChoices] = useState<Map<string, Use>>(() => new Map());
  const [preview, setPreview] = useState<NominationPreview | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const input = useMemo(
    () => ({
      eventId: props.eventId,
      files: files.map((f) => ({ fileName: f.fileName, base64: f.base64 })),
      choices: [...choices].map(([key, use]) => {
        const [file, row] = key.split(':').map(Number);
        return { file: file!, row: row!, use };
      }),
    }),
    [props.eventId, files, choices],
  );

  useEffect(() => {
    if (!input.files.length) return;
    let current = true;
    setFailed(null);
    invoke('nominations.preview', input)
      .then((result) => current && setPreview(result))
      .catch((e) => current && setFailed(toAppError(e).message));
    return () => {
      current = false;
    };
  }, [input]);

  const counts = preview?.counts;
  const blocked = !preview || preview.files.some((f) => f.refused) || (counts?.error ?? 0) > 0 || (counts?.review ?? 0) > 0;
  const going = counts ? counts.add + counts.update + counts.substitute : 0;

  function choose(row: NominationPreviewRow, use: Use | '') {
    setChoices((current) => {
      const next = new Map(current);
      if (use) next.set(keyOf(row.file, row.row), use);
      else next.delete(keyOf(row.file, row.row));
      return next;
    });
  }

  function removeFile(index: number) {
    // Choices name files by position: the ones after the removed file move up.
    setChoices((current) => {
      const next = new Map<string, Use>();
      for (const [key, use] of current) {
        const [file, row] = key.split(':').map(Number);
        if (file! < index) next.set(key, use);
        else if (file! > index) next.set(keyOf(file! - 1, row!), use);
      }
      return next;
    });
    setFiles((current) => current.filter((_, i) => i !== index));
    setPreview(null);
  }

  async function commit() {
    setConfirming(false);
    setBusy(true);
    setFailed(null);
    try {
      const result = await invoke('nominations.commit', input);
      toast(
        'success',
        t('roster.nominations.committed', {
          added: formatNumber(result.added),
          updated: formatNumber(result.updated),
          substituted: formatNumber(result.substituted),
          created: formatNumber(result.created),
        }),
      );
      props.onDone();
      props.onClose();
    } catch (e) {
      const error = toAppError(e);
      setFailed(error.message);
    } finally {
      setBusy(false);
    }
  }

  const actionLabel = (row: NominationPreviewRow) =>
    row.action === 'substitute' ? t('roster.nominations.actions.substitute', { name: row.replaces?.fullName ?? '' }) : t(`roster.nominations.actions.${row.action}`);
  const matchLabel = (row: NominationPreviewRow) => {
    if (!row.match) return row.action === 'review' || row.action === 'error' || row.action === 'skip' ? '' : t('roster.nominations.newPerson');
    const by = row.match.by === 'email' ? 'matchedEmail' : row.match.by === 'chosen' ? 'matchedChosen' : 'matchedName';
    return t(`roster.nominations.${by}`, { name: row.match.fullName });
  };

  return (
    <>
      <Dialog
        open
        title={t('roster.nominations.title')}
        subtitle={t('roster.nominations.subtitle', { n: formatNumber(files.length) })}
        busy={busy}
        onClose={props.onClose}
        testId="nomination-import"
        className="roster-dialog nominations-dialog"
        actions={
          <DialogActions onCancel={props.onClose} onConfirm={() => (counts?.substitute ? setConfirming(true) : void commit())} busy={busy} disabled={blocked || going === 0}>
            {t('roster.nominations.commit', { n: formatNumber(going) })}
          </DialogActions>
        }
      >
        {!preview && !failed ? <div className="loading-note">{t('roster.nominations.reading')}</div> : null}
        {counts ? (
          <p className="nominations-counts" data-testid="nomination-counts" aria-live="polite">
            {t('roster.nominations.counts', {
              add: formatNumber(counts.add),
              update: formatNumber(counts.update),
              unchanged: formatNumber(counts.unchanged),
              substitute: formatNumber(counts.substitute),
              review: formatNumber(counts.review),
              error: formatNumber(counts.error),
            })}
          </p>
        ) : null}
        {preview && blocked ? <p className="nominations-blocked">{t('roster.nominations.blocked')}</p> : null}
        {preview?.files.map((file) => {
          const rows = preview.rows.filter((r) => r.file === file.file);
          const fileProblems = preview.problems.filter((p) => p.file === file.file && p.row === null);
          return (
            <section key={file.file} className={file.refused ? 'nominations-file is-refused' : 'nominations-file'} data-testid="nomination-file" aria-label={file.delegationName ?? file.fileName}>
              <header className="nominations-file-head">
                <h3>{file.delegationName ?? t('roster.nominations.refused')}</h3>
                <span className="muted small">{file.fileName}</span>
                <button type="button" className="button button-quiet button-small" onClick={() => removeFile(file.file)} aria-label={t('roster.nominations.removeFile', { file: file.fileName })}>
                  <Icon name="close" size={14} />
                </button>
              </header>
              {fileProblems.map((p, i) => (
                <p key={i} className={p.severity === 'error' ? 'nominations-problem is-error' : 'nominations-problem'}>
                  <Icon name="alert" size={14} /> {translateIssue(p.message)}
                </p>
              ))}
              {rows.length ? (
                <table className="nominations-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('roster.nominations.columns.row')}</th>
                      <th scope="col">{t('roster.nominations.columns.name')}</th>
                      <th scope="col">{t('roster.nominations.columns.role')}</th>
                      <th scope="col">{t('roster.nominations.columns.action')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.row} className={`nominations-row is-${row.action}`} data-testid="nomination-row">
                        <td className="nominations-number">{row.row}</td>
                        <td>
                          <strong>{row.fullName || '—'}</strong>
                          <span className="muted small nominations-detail">{[row.email, row.organisationName].filter(Boolean).join(' · ')}</span>
                        </td>
                        <td>{row.role ? t(`roster.roles.${row.role}`) : '—'}</td>
                        <td>
                          <span className="nominations-action">{actionLabel(row)}</span>
                          <span className="muted small nominations-detail">{matchLabel(row)}</span>
                          {row.candidates.length || row.action === 'error' || choices.has(keyOf(row.file, row.row)) ? (
                            <select
                              className="select nominations-choice"
                              aria-label={t('roster.nominations.choose', { name: row.fullName || row.row })}
                              value={choices.get(keyOf(row.file, row.row)) ?? ''}
                              onChange={(e) => choose(row, e.target.value)}
                            >
                              <option value="">{row.candidates.length ? t('roster.nominations.choosePrompt') : t('roster.nominations.keep')}</option>
                              {row.candidates.map((c) => (
                                <option key={c.personId} value={c.personId}>
                                  {[c.fullName, c.organisationName, c.email].filter(Boolean).join(' · ')}
                                </option>
                              ))}
                              {row.candidates.length ? <option value="new">{t('roster.nominations.chooseNew')}</option> : null}
                              <option value="skip">{t('roster.nominations.chooseSkip')}</option>
                            </select>
                          ) : null}
                          {row.problems.map((p, i) => (
                            <span key={i} className={p.severity === 'error' ? 'nominations-problem is-error' : 'nominations-problem'}>
                              {translateIssue(p.message)}
                            </span>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </section>
          );
        })}
        {failed ? <FieldError message={failed} /> : null}
      </Dialog>
      <ConfirmDialog
        open={confirming}
        title={t('roster.nominations.confirmTitle')}
        confirmLabel={t('roster.nominations.confirm')}
        onConfirm={() => void commit()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('roster.nominations.confirmText', { n: formatNumber(counts?.substitute ?? 0) })}</p>
        <ul>
          {preview?.rows
            .filter((r) => r.action === 'substitute')
            .map((r) => (
              <li key={keyOf(r.file, r.row)}>{t('roster.nominations.replaces', { replacement: r.fullName, replaced: r.replaces?.fullName ?? '' })}</li>
            ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
