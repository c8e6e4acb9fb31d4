import { useTranslation } from 'react-i18next';
import { DemoButton } from '../../components/DemoButton';
import { Icon } from '../../components/Icon';
import { useSystem } from '../../lib/system';
import { isFiltered, useCalendar } from './store';

/** Said over a period with no events: that the filters hide them all, or that there are none (with the demo data on offer to a new store). */
export function CalendarNotice({ period }: { period: string }) {
  const { t } = useTranslation();
  const filter = useCalendar((s) => s.filter);
  const systemEmpty = useSystem((s) => s.system?.empty ?? false);
  return isFiltered(filter) ? (
    <div className="calendar-notice" role="status" data-testid="calendar-no-match">
      <Icon name="search" size={16} />
      <span>{filter.search ? t('calendar.noMatch.search', { search: filter.search, period }) : t('calendar.noMatch.filters', { period })}</span>
      <button type="button" className="button button-small" onClick={() => useCalendar.getState().clearFilters()}>
        {t('common.clearFilters')}
      </button>
    </div>
  ) : (
    <div className="calendar-notice" role="status" data-testid="calendar-empty-period">
      <Icon name="info" size={16} />
      <span>{t('calendar.emptyPeriod', { period })}</span>
      {systemEmpty ? <DemoButton small /> : null}
    </div>
  );
}
