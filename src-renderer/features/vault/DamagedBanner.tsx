import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/Banner';
import { useVault } from '../../lib/vault';
import './vault.css';

/** While the store failed its check it is open read-only: said on every screen, with the way out. */
export function DamagedBanner({ onRestore }: { onRestore: () => void }) {
  const { t } = useTranslation();
  const damaged = useVault((s) => s.state?.damaged ?? false);
  if (!damaged) return null;
  return (
    <div className="damaged-banner" data-testid="damaged-banner">
      <Banner
        kind="error"
        title={t('vault.damaged.title')}
        actions={
          <button type="button" className="button button-small" onClick={onRestore}>
            {t('vault.damaged.restore')}
          </button>
        }
      >
        {t('vault.damaged.text')}
      </Banner>
    </div>
  );
}
