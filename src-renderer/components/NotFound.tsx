import { useTranslation } from 'react-i18next';
import { goHome } from '../lib/navigate';
import { EmptyState } from './EmptyState';
import { Icon } from './Icon';

/** An address that names no screen: said plainly, with the way home. */
export function NotFound({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <div className="screen-main screen-scroll">
        <EmptyState
          icon="search"
          title={t('navigation.notFound.title')}
          testId="route-not-found"
          actions={
            <button type="button" className="button button-primary" onClick={goHome}>
              <Icon name="dashboard" size={16} />
              {t('navigation.notFound.home')}
            </button>
          }
        >
          <p>{t('navigation.notFound.text', { path })}</p>
        </EmptyState>
      </div>
    </div>
  );
}
