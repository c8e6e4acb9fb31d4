import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { formatNumber } from '../../lib/format';
import { returnTo } from '../../lib/navigate';
import { useCall } from '../../lib/useCall';
import { DueDate, openEventOutcomes } from './actionParts';
import { userToday } from '../../lib/time';

const SHOWN = 5;

const readOpen = () => invoke('actions.list', { show: 'open', today: userToday() });

/** The dashboard's most urgent open action items, overdue first. */
export function OpenActionsCard() {
  const { t } = useTranslation();
  const call = useCall(readOpen, 'open-actions', { watch: ['actions', 'outcomes', 'events', 'people'] });
  const open = call.error ? [] : call.data;

  const overdue = open?.filter((a) => a.overdue).length ?? 0;
  return (
    <section className="card open-actions-card" aria-labelledby="dashboard-actions" data-testid="dashboard-actions">
      <header className="open-actions-header">
        <h2 id="dashboard-actions">{t('actions.dashboard.title')}</h2>
        {open?.length ? <span className="section-count">{formatNumber(open.length)}</span> : null}
        {overdue ? <span className="action-overdue">{t('actions.meta.overdue', { count: overdue, formatted: formatNumber(overdue) })}</span> : null}
        <span className="spacer" />
        <button type="button" className="button button-quiet button-small" onClick={() => returnTo('actions')}>
          <Icon name="check" size={14} />
          {t('actions.dashboard.openAll')}
        </button>
      </header>
      {open === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : open.length === 0 ? (
        <p className="muted">{t('actions.dashboard.none')}</p>
      ) : (
        <ul className="open-actions-list">
          {open.slice(0, SHOWN).map((item) => (
            <li key={item.id}>
              <button type="button" className="open-action" onClick={() => openEventOutcomes(item.eventId)}>
                <span className="action-stack">
                  <span className="action-title">{item.title}</span>
                  <span className="muted small">{[item.ownerName, item.eventTitle].filter(Boolean).join(' · ')}</span>
                </span>
                <DueDate item={item} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && open.length > SHOWN ? <p className="muted small">{t('actions.dashboard.more', { count: open.length - SHOWN })}</p> : null}
    </section>
  );
}
