import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MAX } from '../../../src-shared/passphrase';
import { Banner } from '../../components/Banner';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { emptyPassphrase, PassphraseFields, passphraseProblem } from '../../components/PassphraseFields';
import { WaitNote } from '../../components/WaitNote';
import { RecoveryCodeView, TaskProgress } from '../../components/RecoveryCodeView';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { formatShortcut } from '../../lib/shortcut';
import { useSecondsLeft } from '../../lib/useCountdown';
import { percent, useVault } from '../../lib/vault';

const idleChoices = [5, 15, 30, 60, 0] as const;

/** The passphrase, the key under it, and when the app locks itself. */
export function SecuritySettings() {
  const { t } = useTranslation();
  const idleMinutes = useVault((s) => s.state?.idleLockMinutes);
  const [dialog, setDialog] = useState<'passphrase' | 'rotate' | null>(null);
  const [savingIdle, setSavingIdle] = useState(false);
  const choices: number[] = idleMinutes === undefined || (idleChoices as readonly number[]).includes(idleMinutes) ? [...idleChoices] : [idleMinutes, ...idleChoices];

  async function setIdle(minutes: number) {
    setSavingIdle(true);
    try {
      useVault.getState().apply(await invoke('vault.setIdleLock', { minutes }));
      toast('success', minutes === 0 ? t('settings.security.idle.savedNever') : t('settings.security.idle.saved', { count: minutes }));
    } catch (error) {
      toast('error', t('settings.security.idle.failed'), toAppError(error).message);
    } finally {
      setSavingIdle(false);
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="settings-security" data-testid="settings-security">
      <h2 id="settings-security">{t('settings.security.title')}</h2>
      <div className="security-rows">
        <div className="security-row">
          <div>
            <h3 className="security-row-title">{t('settings.security.passphrase.title')}</h3>
            <p className="muted small">{t('settings.security.passphrase.text')}</p>
          </div>
          <button type="button" className="button" onClick={() => setDialog('passphrase')}>
            <Icon name="key" size={16} />
            {t('settings.security.passphrase.open')}
          </button>
        </div>
        <div className="security-row">
          <div>
            <h3 className="security-row-title">{t('settings.security.rotate.title')}</h3>
            <p className="muted small">{t('settings.security.rotate.text')}</p>
          </div>
          <button type="button" className="button" onClick={() => setDialog('rotate')}>
            <Icon name="lock" size={16} />
            {t('settings.security.rotate.open')}
          </button>
        </div>
        <div className="security-row">
          <Field label={t('settings.security.idle.label')} hint={t('settings.security.idle.hint', { shortcut: formatShortcut('Mod+L', { ctrl: t('settings.keys.ctrl') }) })} className="security-idle">
            {(control) => (
              <select
                {...control}
                className="select"
                value={idleMinutes ?? ''}
                disabled={idleMinutes === undefined || savingIdle}
                onChange={(e) => void setIdle(Number(e.target.value))}
              >
                {choices.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {minutes === 0 ? t('settings.security.idle.never') : t('settings.security.idle.minutes', { count: minutes })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      {dialog === 'passphrase' ? <ChangePassphraseDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'rotate' ? <RotateKeyDialog onClose={() => setDialog(null)} /> : null}
    </section>
  );
}

/** The passphrase as typed at the lock screen: any text, checked by the service. */
function CurrentPassphrase(props: { value: string; onChange: (value: string) => void; error?: string; label: string; autoFocus?: boolean }) {
  return (
    <Field label={props.label} error={props.error}>
      {(control) => (
        <input
          {...control}
          aria-required
          className="input passphrase-input"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          maxLength={PASSPHRASE_MAX}
          autoFocus={props.autoFocus}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Which field a refusal points at; the service names `current` or `passphrase` when the passphrase was wrong. */
function refusal(error: unknown, field: string): { onField: string | null; other: string | null; retryAfterMs: number } {
  const problem = toAppError(error);
  const retryAfterMs = typeof problem.details?.retryAfterMs === 'number' ? problem.details.retryAfterMs : 0;
  const issue = problem.details?.issues?.find((i) => i.path === field);
  if (issue) return { onField: issue.message, other: null, retryAfterMs };
  if (problem.code === 'invalid_input' && !problem.details?.issues?.length) return { onField: problem.message, other: null, retryAfterMs };
  return { onField: null, other: problem.details?.issues?.[0]?.message ?? problem.message, retryAfterMs };
}

function ChangePassphraseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState(emptyPassphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [retryUntil, setRetryUntil] = useState(0);
  const wait = useSecondsLeft(retryUntil);
  const formId = 'change-passphrase-form';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setCurrentError(current ? null : t('vault.unlock.empty'));
    if (busy || wait > 0 || !current || passphraseProblem(next)) return;
    setBusy(true);
    setError(null);
    try {
      useVault.getState().apply(await invoke('vault.changePassphrase', { current, next: next.passphrase }));
      toast('success', t('settings.security.passphrase.saved'), t('settings.security.passphrase.savedDetail'));
      onClose();
    } catch (e) {
      const { onField, other, retryAfterMs } = refusal(e, 'current');
      setCurrentError(onField);
      setError(other);
      if (retryAfterMs > 0) setRetryUntil(Date.now() + retryAfterMs);
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      title={t('settings.security.passphrase.title')}
      subtitle={t('settings.security.passphrase.subtitle')}
      busy={busy}
      onClose={onClose}
      className="security-dialog"
      testId="change-passphrase-dialog"
      actions={
        <DialogActions onCancel={onClose} form={formId} busy={busy} disabled={wait > 0} markBusy>
          {busy ? t('settings.security.passphrase.busy') : t('settings.security.passphrase.submit')}
        </DialogActions>
      }
    >
      <form id={formId} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <CurrentPassphrase label={t('vault.fields.currentPassphrase')} value={current} onChange={setCurrent} error={currentError ?? undefined} autoFocus />
        <WaitNote seconds={wait} />
        <PassphraseFields value={next} onChange={setNext} showErrors={tried} />
        {error ? (
          <Banner kind="error" title={t('settings.security.passphrase.failed')}>
            {error}
          </Banner>
        ) : null}
      </form>
    </Dialog>
  );
}

function RotateKeyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [retryUntil, setRetryUntil] = useState(0);
  const wait = useSecondsLeft(retryUntil);
  const progress = useVault((s) => s.progress.rotate);
  const formId = 'rotate-key-form';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || wait > 0) return;
    if (!passphrase) {
      setPassphraseError(t('vault.unlock.empty'));
      return;
    }
    setBusy(true);
    setPassphraseError(null);
    setError(null);
    useVault.getState().startTask('rotate');
    try {
      const result = await invoke('vault.rotateKey', { passphrase });
      useVault.getState().apply(result.state);
      setCode(result.recoveryCode);
      toast('success', t('settings.security.rotate.done'));
    } catch (e) {
      const { onField, other, retryAfterMs } = refusal(e, 'passphrase');
      setPassphraseError(onField);
      setError(other);
      if (retryAfterMs > 0) setRetryUntil(Date.now() + retryAfterMs);
    } finally {
      setBusy(false);
    }
  }

  if (code) {
    return (
      // Until the new code is stored, Esc does not close: the old one no longer works.
      <Dialog open title={t('settings.security.rotate.title')} busy onClose={onClose} className="security-dialog recovery-dialog" testId="rotate-key-dialog" actions={null}>
        <RecoveryCodeView code={code} doneLabel={t('common.close')} onDone={onClose} headingLevel={2} />
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      title={t('settings.security.rotate.title')}
      busy={busy}
      onClose={onClose}
      className="security-dialog"
      testId="rotate-key-dialog"
      actions={
        <DialogActions onCancel={onClose} form={formId} busy={busy} disabled={wait > 0} danger markBusy>
          {busy ? t('settings.security.rotate.busy') : t('settings.security.rotate.submit')}
        </DialogActions>
      }
    >
      <form id={formId} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Banner kind="warning" title={t('settings.security.rotate.warningTitle')}>
          {t('settings.security.rotate.warning')}
        </Banner>
        <CurrentPassphrase label={t('vault.fields.passphrase')} value={passphrase} onChange={setPassphrase} error={passphraseError ?? undefined} autoFocus />
        <WaitNote seconds={wait} />
        {error ? (
          <Banner kind="error" title={t('settings.security.rotate.failed')}>
            {error}
          </Banner>
        ) : null}
        {busy ? <TaskProgress label={t('vault.progress.rotate')} value={percent(progress)} /> : null}
      </form>
    </Dialog>
  );
}
