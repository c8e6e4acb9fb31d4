import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../src-shared/errors';
import { Banner } from './Banner';

/** What a screen shows when its data could not be read: what failed, why, and a way to try again. */
export function LoadError(props: { title: string; error: AppErrorData; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Banner
      kind="error"
      title={props.title}
      actions={
        <button type="button" className="button button-small" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      }
    >
      {props.error.message}
    </Banner>
  );
}
