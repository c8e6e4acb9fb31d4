import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import './exchange.css';

/** How often a laptop syncs with the office server while it is set: changes reach the others within minutes. */
export const SYNC_EVERY_MS = 5 * 60_000;

/**
 * The sidebar's line about exchange: offline, in a group, or synced with the office server (and
 * what waits to be sent). While a server is set it syncs at start and every few minutes; a failed
 * attempt shows as "not reachable" and is tried again at the next turn.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const { data: status, refresh } = useCall('exchange.status', {}, { watch: ['exchange'] });
  const hasServer = Boolean(status?.server);

  useEffect(() => {
    if (!hasServer) return;
    const sync = () =>
      void invoke('exchange.syncNow', {})
        .catch(() => undefined)
        .finally(() => void refresh());
    sync();
    const timer = setInterval(sync, SYNC_EVERY_MS);
    return () => clearInterval(timer);
  }, [hasServer, refresh]);

  if (!status?.group) return <span>{t('app.offline')}</span>;
  const server = status.server;
  return (
    <span data-testid="sync-status">
      {t('exchange.sidebar.group', { name: status.group.name })}
      {server ? (
        <>
          <br />
          {server.reachable ? (
            server.lastSync ? t('exchange.sidebar.synced', { at: formatDateTime(server.lastSync) }) : null
          ) : (
            <span className="sync-unreachable">
              <Icon name="alert" size={12} /> {t('exchange.sidebar.unreachable')}
            </span>
          )}
          {server.pending ? (
            <>
              <br />
              {t('exchange.sidebar.pending', { count: server.pending, formatted: formatNumber(server.pending) })}
            </>
          ) : null}
        </>
      ) : null}
    </span>
  );
}
