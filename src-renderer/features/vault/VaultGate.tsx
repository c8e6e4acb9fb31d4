import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { RecoveryCodeView } from '../../components/RecoveryCodeView';
import { Toasts } from '../../components/Toast';
import { transportKind } from '../../lib/client';
import { markActive, reportActivity, startVault, useVault } from '../../lib/vault';
import { CreateScreen } from './CreateScreen';
import { UnlockScreen } from './UnlockScreen';
import { VaultFrame } from './VaultFrame';

const activityEvents = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Shows the app only while the store is open. Until then — and again as soon as it locks,
 * by the user, the idle timer or a refused call — the shell is unmounted, so nothing read
 * from the store stays in the page.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const state = useVault((s) => s.state);
  const loadError = useVault((s) => s.loadError);
  const pendingCode = useVault((s) => s.pendingCode);
  const holding = useVault((s) => s.holding);
  const refresh = useVault((s) => s.refresh);
  const showCode = useVault((s) => s.showCode);
  const unlocked = state?.status === 'unlocked';

  useEffect(() => {
    if (transportKind === 'none') return;
    startVault();
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!unlocked) return;
    markActive();
    const onActivity = () => reportActivity();
    for (const name of activityEvents) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [unlocked]);

  // Without its token the shell says how to open the app properly.
  if (transportKind === 'none') return <>{children}</>;

  if (!state) {
    return (
      <VaultFrame title={t('vault.loading')}>
        {loadError ? (
          <LoadError title={t('vault.loadFailed')} error={loadError} onRetry={() => void refresh()} />
        ) : (
          <p className="loading-note">{t('vault.loading')}</p>
        )}
      </VaultFrame>
    );
  }

  let screen: ReactNode;
  if (pendingCode && unlocked) {
    screen = (
      <VaultFrame title={t('vault.code.title')} wide>
        <RecoveryCodeView code={pendingCode} doneLabel={t('vault.code.open')} onDone={() => showCode(null)} />
      </VaultFrame>
    );
  } else if (holding === 'create' || state.status === 'new') {
    screen = <CreateScreen state={state} />;
  } else if (holding === 'recover' || state.status === 'locked') {
    screen = <UnlockScreen state={state} />;
  } else {
    return <>{children}</>;
  }
  return (
    <>
      {screen}
      <Toasts />
    </>
  );
}
