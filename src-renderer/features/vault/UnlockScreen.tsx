import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultState } from '../../../src-shared/contract';
import { PASSPHRASE_MAX } from '../../../src-shared/passphrase';
import { Banner } from '../../components/Banner';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { emptyPassphrase, PassphraseFields, passphraseProblem } from '../../components/PassphraseFields';
import { WaitNote } from '../../components/WaitNote';
import { invoke, toAppError } from '../../lib/client';
import { useSecondsLeft } from '../../lib/useCountdown';
import { useVault } from '../../lib/vault';
import { VaultFrame } from './VaultFrame';

/** How long the service makes the next attempt wait: from the refusal itself, else from its state. */
async function nextDelay(details: Record<string, unknown> | undefined): Promise<number> {
  if (typeof details?.retryAfterMs === 'number') return details.retryAfterMs;
  try {
    const state = await invoke('vault.state', {});
    useVault.getState().apply(state);
    return state.retryAfterMs;
  } catch {
    return 0;
  }
}

export function UnlockScreen({ state }: { state: VaultState }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>(() => (useVault.getState().holding === 'recover' ? 'recovery' : 'passphrase'));
  return mode === 'passphrase' ? (
    <VaultFrame title={t('vault.unlock.title')}>
      <PassphraseForm state={state} onRecover={() => setMode('recovery')} />
    </VaultFrame>
  ) : (
    <VaultFrame title={t('vault.recover.title')}>
      <RecoveryForm onBack={() => setMode('passphrase')} />
    </VaultFrame>
  );
}

function PassphraseForm({ state, onRecover }: { state: VaultState; onRecover: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [retryUntil, setRetryUntil] = useState(() => (state.retryAfterMs > 0 ? Date.now() + state.retryAfterMs : 0));
  const wait = useSecondsLeft(retryUntil);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || wait > 0) return;
    if (!passphrase) {
      setError(t('vault.unlock.empty'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      useVault.getState().apply(await invoke('vault.unlock', { passphrase }));
    } catch (e) {
      const problem = toAppError(e);
      const wrong = problem.details?.issues?.some((issue) => issue.path === 'passphrase');
      // Refused before it was tried: the wait from earlier attempts is not over.
      const early = !wrong && typeof problem.details?.retryAfterMs === 'number';
      setError(wrong ? t('vault.unlock.wrong') : early ? t('vault.unlock.tooMany') : problem.message);
      if (wrong) setPassphrase('');
      const delay = await nextDelay(problem.details);
      if (delay > 0) setRetryUntil(Date.now() + delay);
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  return (
    <form className="form vault-form" onSubmit={(e) => void submit(e)} noValidate data-testid="vault-unlock">
      <div className="vault-heading">
        <span className="vault-icon" aria-hidden="true">
          <Icon name="lock" size={22} />
        </span>
        <div>
          <h1 className="vault-title">{t('vault.unlock.title')}</h1>
          <p className="muted">{t('vault.unlock.intro')}</p>
        </div>
      </div>
      {state.damaged ? (
        <Banner kind="warning" title={t('vault.damaged.title')}>
          {t('vault.damaged.text')}
        </Banner>
      ) : null}
      <Field label={t('vault.fields.passphrase')} error={error ?? undefined}>
        {(control) => (
          <input
            {...control}
            aria-required
            ref={inputRef}
            className="input passphrase-input"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            maxLength={PASSPHRASE_MAX}
            autoFocus
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Field>
      <WaitNote seconds={wait} testId="unlock-wait" />
      <div className="button-row vault-actions">
        <button type="submit" className="button button-primary" disabled={busy || wait > 0} aria-busy={busy}>
          {busy ? t('vault.unlock.busy') : t('vault.unlock.submit')}
        </button>
        <button type="button" className="link-button" onClick={onRecover}>
          {t('vault.unlock.useCode')}
        </button>
      </div>
    </form>
  );
}

function RecoveryForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [value, setValue] = useState(emptyPassphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [retryUntil, setRetryUntil] = useState(0);
  const wait = useSecondsLeft(retryUntil);
  const codeRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (busy || wait > 0) return;
    const clean = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const badCode = clean.length !== 30;
    setCodeError(badCode ? t('vault.recover.codeShape') : null);
    if (badCode) {
      codeRef.current?.focus();
      return;
    }
    if (passphraseProblem(value)) return;
    const vault = useVault.getState();
    setBusy(true);
    setError(null);
    vault.hold('recover');
    try {
      const result = await invoke('vault.recover', { recoveryCode: code, newPassphrase: value.passphrase });
      vault.showCode(result.recoveryCode);
      vault.apply(result.state);
    } catch (e) {
      const problem = toAppError(e);
      const onCode = problem.details?.issues?.find((issue) => issue.path === 'recoveryCode');
      const early = !problem.details?.issues?.length && typeof problem.details?.retryAfterMs === 'number';
      if (onCode) setCodeError(problem.details?.retryAfterMs !== undefined ? t('vault.recover.wrong') : onCode.message);
      else setError(early ? t('vault.unlock.tooMany') : problem.details?.issues?.[0]?.message ?? problem.message);
      const delay = await nextDelay(problem.details);
      if (delay > 0) setRetryUntil(Date.now() + delay);
    } finally {
      setBusy(false);
      vault.hold(null);
    }
  }

  return (
    <form className="form vault-form" onSubmit={(e) => void submit(e)} noValidate data-testid="vault-recover">
      <div>
        <h1 className="vault-title">{t('vault.recover.title')}</h1>
        <p className="muted">{t('vault.recover.intro')}</p>
      </div>
      <Field label={t('vault.fields.recoveryCode')} hint={t('vault.recover.codeHint')} error={codeError ?? undefined}>
        {(control) => (
          <input
            {...control}
            aria-required
            ref={codeRef}
            className="input recovery-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={100}
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </Field>
      <PassphraseFields value={value} onChange={setValue} showErrors={tried} />
      {error ? (
        <Banner kind="error" title={t('vault.recover.failed')}>
          {error}
        </Banner>
      ) : null}
      <WaitNote seconds={wait} />
      <div className="button-row vault-actions">
        <button type="submit" className="button button-primary" disabled={busy || wait > 0} aria-busy={busy}>
          {busy ? t('vault.recover.busy') : t('vault.recover.submit')}
        </button>
        <button type="button" className="link-button" onClick={onBack}>
          {t('vault.recover.back')}
        </button>
      </div>
    </form>
  );
}
