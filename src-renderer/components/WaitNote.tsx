import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** The wait the service imposes after a wrong passphrase; nothing once it is over. */
export function WaitNote({ seconds, testId }: { seconds: number; testId?: string }) {
  const { t } = useTranslation();
  if (seconds <= 0) return null;
  return (
    <p className="vault-wait" role="status" data-testid={testId}>
      <Icon name="clock" size={16} />
      {t('vault.unlock.wait', { count: seconds })}
    </p>
  );
}
