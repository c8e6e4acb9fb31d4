import { useTranslation } from 'react-i18next';
import { loadDemoData } from '../lib/demo';
import { Icon } from './Icon';

/** "Load demo data", offered where an empty store shows nothing yet. */
export function DemoButton({ small }: { small?: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={small ? 'button button-small' : 'button'} onClick={() => void loadDemoData()}>
      <Icon name="sparkles" size={small ? 14 : 16} />
      {t('demo.load')}
    </button>
  );
}
