import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, CallOutput } from '../../../src-shared/contract';
import type { AppErrorData } from '../../../src-shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { TaskProgress } from '../../components/RecoveryCodeView';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { useCall } from '../../lib/useCall';
import { formatDateTime, formatMegabytes, formatNumber } from '../../lib/format';
import { percent, useVault } from '../../lib/vault';
import { downloadBase64 } from '../../lib/files';
import { SecuritySettings } from './SecuritySettings';
import './settings.css';

type Verification = CallOutput<'backups.verify'>;

/** Settings → Data and security: the backups, a check of the store, and the passphrase and key. */
export function DataSettings() {
  return (
    <>
      <BackupsSection />
      <VerifySection />
      <SecuritySettings />
    </>
  );
}

/** "12 people · 30 events · 2 projects", or that the backup cannot be read. */
function useHolds() {
  const { t } = useTranslation();
  return (backup: BackupInfo) =>
    backup.counts
      ? [
          t('settings.data.counts.people', { count: backup.counts.people, formatted: formatNumber(backup.counts.people) }),
          t('settings.data.counts.events', { count: backup.counts.events, formatted: formatNumber(backup.counts.events) }),
          t('settings.data.counts.projects', { count: backup.counts.projects, formatted: formatNumber(backup.counts.projects) }),
        ].join(' · ')
      : t('settings.data.unreadable');
}

function BackupsSection() {
  const { t } = useTranslation();
  const holds = useHolds();
  const { data: backups, error: loadError, refresh: load } = useCall('backups.list', {}, { watch: ['backups'] });
  const [busy, setBusy] = useState<'backup' | 'export' | null>(null);
  const [target, setTarget] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const damaged = useVault((s) => s.state?.damaged ?? false);
  const restoreProgress = useVault((s) => s.progress.restore);
  const backupProgress = useVault((s) => s.progress.backup);
  const headingRef = useRef<HTMLHeadingElement>(null);


  // Coming from the damaged-store notice: the way out is the first thing in view.
  useEffect(() => {
    if (damaged) headingRef.current?.scrollIntoView({ block: 'start' });
  }, [damaged]);

  async function backUp() {
    setBusy('backup');
    useVault.getState().startTask('backup');
    try {
      const made = await invoke('backups.create', {});
      toast('success', t('settings.data.backedUp'), `${formatDateTime(made.createdAt)} · ${formatMegabytes(made.sizeBytes)}`);
      await load();
    } catch (error) {
      toast('error', t('settings.data.backupFailed'), toAppError(error).message);
    } finally {
      setBusy(null);
    }
  }

  async function exportCopy(backup?: BackupInfo) {
    setBusy('export');
    try {
      const file = await invoke('backups.export', backup ? { id: backup.id } : {});
      downloadBase64(file.fileName, file.contentBase64, 'application/zip');
      toast('success', t('settings.data.exported'), t('settings.data.exportedDetail', { file: file.fileName }));
    } catch (error) {
      toast('error', t('settings.data.exportFailed'), toAppError(error).message);
    } finally {
      setBusy(null);
    }
  }

  async function restore() {
    if (!target) return;
    setRestoring(true);
    useVault.getState().startTask('restore');
    try {
      const { restored, safety } = await invoke('backups.restore', { id: target.id });
      toast(
        'success',
        t('settings.data.restored', { date: formatDateTime(restored.createdAt) }),
        safety ? t('settings.data.restoredSafety', { date: formatDateTime(safety.createdAt) }) : undefined,
      );
      setTarget(null);
      await load();
    } catch (error) {
      toast('error', t('settings.data.restoreFailed'), toAppError(error).message);
    } finally {
      setRestoring(false);
    }
  }

  const latestGood = backups?.find((backup) => backup.counts !== null)?.id;

  return (
    <section className="card settings-section" aria-labelledby="settings-backups" data-testid="settings-backups">
      <div className="settings-section-header">
        <div>
          <h2 id="settings-backups" ref={headingRef}>
            {t('settings.data.backups.title')}
          </h2>
          <p className="muted small">{t('settings.data.backups.intro')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => void backUp()} disabled={busy !== null} aria-busy={busy === 'backup'}>
            <Icon name="database" size={16} />
            {busy === 'backup' ? t('settings.data.backingUp') : t('settings.data.backUpNow')}
          </button>
          <button type="button" className="button" onClick={() => void exportCopy()} disabled={busy !== null} title={t('settings.data.exportStoreTitle')}>
            <Icon name="download" size={16} />
            {t('settings.data.exportStore')}
          </button>
        </div>
      </div>
      {busy === 'backup' ? <TaskProgress label={t('vault.progress.backup')} value={percent(backupProgress)} /> : null}
      {loadError ? (
        <LoadError title={t('settings.data.loadFailed')} error={loadError} onRetry={() => void load()} />
      ) : backups === null ? (
        <p className="loading-note">{t('common.loading')}</p>
      ) : backups.length === 0 ? (
        <EmptyState icon="database" title={t('settings.data.empty.title')} testId="backups-empty">
          {t('settings.data.empty.text')}
        </EmptyState>
      ) : (
        <div className="backups-scroll">
          <table className="backups-table" aria-label={t('settings.data.backups.title')} data-testid="backups-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.data.columns.date')}</th>
                <th scope="col">{t('settings.data.columns.reason')}</th>
                <th scope="col" className="num">
                  {t('settings.data.columns.size')}
                </th>
                <th scope="col" className="num">
                  {t('settings.data.columns.schema')}
                </th>
                <th scope="col" className="num">
                  {t('settings.data.columns.people')}
                </th>
                <th scope="col" className="num">
                  {t('settings.data.columns.events')}
                </th>
                <th scope="col" className="num">
                  {t('settings.data.columns.projects')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.data.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id} data-testid="backup-row">
                  <th scope="row" className="backup-date">
                    {formatDateTime(backup.createdAt)}
                    {damaged && backup.id === latestGood ? <span className="badge badge-accent">{t('settings.data.latestGood')}</span> : null}
                  </th>
                  <td>{t(`settings.data.reasons.${backup.reason}`)}</td>
                  <td className="num">{formatMegabytes(backup.sizeBytes)}</td>
                  {backup.counts && backup.schemaVersion !== null ? (
                    <>
                      <td className="num">{backup.schemaVersion}</td>
                      <td className="num">{formatNumber(backup.counts.people)}</td>
                      <td className="num">{formatNumber(backup.counts.events)}</td>
                      <td className="num">{formatNumber(backup.counts.projects)}</td>
                    </>
                  ) : (
                    <td colSpan={4} className="backup-unreadable">
                      <Icon name="alert" size={14} />
                      {t('settings.data.unreadable')}
                    </td>
                  )}
                  <td className="backup-actions">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setTarget(backup)}
                      disabled={backup.counts === null || restoring}
                    >
                      {t('settings.data.restore')}
                      <span className="visually-hidden"> {t('settings.data.ofBackup', { date: formatDateTime(backup.createdAt) })}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      onClick={() => void exportCopy(backup)}
                      disabled={busy !== null}
                    >
                      {t('settings.data.export')}
                      <span className="visually-hidden"> {t('settings.data.ofBackup', { date: formatDateTime(backup.createdAt) })}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={target !== null}
        title={t('settings.data.restoreDialog.title')}
        confirmLabel={restoring ? t('settings.data.restoreDialog.busy') : t('settings.data.restoreDialog.confirm')}
        danger
        busy={restoring}
        onConfirm={() => void restore()}
        onCancel={() => setTarget(null)}
      >
        {target ? (
          <div className="restore-summary" data-testid="restore-dialog">
            <p>{t('settings.data.restoreDialog.text', { date: formatDateTime(target.createdAt) })}</p>
            <dl className="restore-facts">
              <dt>{t('settings.data.columns.reason')}</dt>
              <dd>{t(`settings.data.reasons.${target.reason}`)}</dd>
              <dt>{t('settings.data.restoreDialog.holds')}</dt>
              <dd>{holds(target)}</dd>
              <dt>{t('settings.data.columns.schema')}</dt>
              <dd>{target.schemaVersion ?? '–'}</dd>
            </dl>
            <p>{t('settings.data.restoreDialog.safety')}</p>
            {restoring ? <TaskProgress label={t('vault.progress.restore')} value={percent(restoreProgress)} /> : null}
          </div>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

const checkOrder = ['integrity', 'foreignKeys', 'search'] as const;

function VerifySection() {
  const { t } = useTranslation();
  const [result, setResult] = useState<Verification | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      const answer = await invoke('backups.verify', {});
      setResult(answer);
      if (answer.ok) toast('success', t('settings.data.verify.allOk'));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  const checks = result ? [...result.checks].sort((a, b) => checkOrder.indexOf(a.name) - checkOrder.indexOf(b.name)) : [];

  return (
    <section className="card settings-section" aria-labelledby="settings-verify" data-testid="settings-verify">
      <div className="settings-section-header">
        <div>
          <h2 id="settings-verify">{t('settings.data.verify.title')}</h2>
          <p className="muted small">{t('settings.data.verify.intro')}</p>
        </div>
        <button type="button" className="button" onClick={() => void verify()} disabled={busy} aria-busy={busy}>
          <Icon name="shield" size={16} />
          {busy ? t('settings.data.verify.busy') : t('settings.data.verify.run')}
        </button>
      </div>
      {error ? <LoadError title={t('settings.data.verify.failed')} error={error} onRetry={() => void verify()} /> : null}
      {result ? (
        <div role="status" className="verify-result">
          <p className={result.ok ? 'verify-summary is-ok' : 'verify-summary is-problem'}>
            <Icon name={result.ok ? 'check' : 'alert'} size={16} />
            {result.ok ? t('settings.data.verify.summaryOk') : t('settings.data.verify.summaryProblem')}
            <span className="muted small">{t('settings.data.verify.checkedAt', { date: formatDateTime(result.checkedAt) })}</span>
          </p>
          <ul className="verify-checks" data-testid="verify-checks">
            {checks.map((check) => (
              <li key={check.name} className={check.ok ? 'verify-check is-ok' : 'verify-check is-problem'} data-testid={`verify-${check.name}`}>
                <Icon name={check.ok ? 'check' : 'alert'} size={16} />
                <div>
                  <div className="verify-check-name">
                    {t(`settings.data.verify.checks.${check.name}`)}
                    <span className="verify-check-state">{check.ok ? t('settings.data.verify.ok') : t('settings.data.verify.problem')}</span>
                  </div>
                  <div className="muted small">{check.detail}</div>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
