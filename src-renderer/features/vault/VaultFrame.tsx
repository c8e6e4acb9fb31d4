import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './vault.css';

/** The page every vault screen sits on: the app's name, one card, nothing from the store. */
export function VaultFrame({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <main className="vault-page" data-testid="vault-page">
      <div className={wide ? 'vault-column is-wide' : 'vault-column'}>
        <div className="vault-brand">
          <span className="brand-mark" aria-hidden="true">
            L
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="card vault-card">{children}</div>
        <p className="vault-footnote">{t('vault.footnote')}</p>
      </div>
    </main>
  );
}
