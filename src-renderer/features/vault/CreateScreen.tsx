import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultState } from '../../../src-shared/contract';
import { Banner } from '../../components/Banner';
import { emptyPassphrase, PassphraseFields, passphraseProblem } from '../../components/PassphraseFields';
import { TaskProgress } from '../../components/RecoveryCodeView';
import { invoke, toAppError } from '../../lib/client';
import { percent, useVault } from '../../lib/vault';
import { VaultFrame } from './VaultFrame';

/** The first start (or the first start after an update that brings encryption): choose the passphrase. */
export function CreateScreen({ state }: { state: VaultState }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(emptyPassphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useVault((s) => s.progress.convert);
  const converting = state.plaintextStore;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (busy || passphraseProblem(value)) return;
    const vault = useVault.getState();
    setBusy(true);
    setError(null);
    vault.hold('create');
    if (converting) vault.startTask('convert');
    try {
      const result = await invoke('vault.create', { passphrase: value.passphrase });
      vault.showCode(result.recoveryCode);
      vault.apply(result.state);
    } catch (e) {
      const problem = toAppError(e);
      setError(problem.details?.issues?.[0]?.message ?? problem.message);
    } finally {
      setBusy(false);
      vault.hold(null);
    }
  }

  return (
    <VaultFrame title={t('vault.create.title')}>
      <form className="form vault-form" onSubmit={(e) => void submit(e)} noValidate data-testid="vault-create">
        <div>
          <h1 className="vault-title">{t('vault.create.title')}</h1>
          <p className="muted">{t('vault.create.intro')}</p>
        </div>
        {converting ? (
          <Banner kind="info" title={t('vault.create.convertTitle')}>
            {t('vault.create.convertText')}
          </Banner>
        ) : null}
        <PassphraseFields value={value} onChange={setValue} showErrors={tried} label={t('vault.fields.passphrase')} autoFocus />
        {error ? (
          <Banner kind="error" title={t('vault.create.failed')}>
            {error}
          </Banner>
        ) : null}
        {busy && converting ? <TaskProgress label={t('vault.progress.convert')} value={percent(progress)} /> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
            {busy ? (converting ? t('vault.create.converting') : t('vault.create.creating')) : t('vault.create.submit')}
          </button>
        </div>
      </form>
    </VaultFrame>
  );
}
