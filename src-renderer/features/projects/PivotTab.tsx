import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../src-shared/contract';
import { LoadError } from '../../components/LoadError';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { countryName } from '../../lib/countries';
import { useCall } from '../../lib/useCall';
import { formatCount, NoIndicators, periodLabel, showProjectTab } from './parts';
import { useProjectsView } from './store';
import { userToday } from '../../lib/time';

/** One indicator by country and period: who did how much, when, against their targets. */
export function PivotTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const chosen = useProjectsView((s) => s.indicatorId);
  const setIndicator = useProjectsView((s) => s.setIndicator);
  const indicator = project.indicators.find((i) => i.id === chosen) ?? project.indicators[0] ?? null;
  const selectId = useId();
  const indicatorId = indicator?.id ?? null;
  // The last pivot stays on screen while another indicator's loads.
  const { data: pivot, error, refresh: load } = useCall('projects.pivot', indicatorId ? { indicatorId } : null, {
    watch: ['projects', 'events', 'roster'],
    keep: true,
  });

  if (!indicator) {
    return <NoIndicators text={t('projects.dashboard.emptyText')} />;
  }

  const shown = pivot && pivot.indicatorId === indicator.id ? pivot : null;
  const today = userToday();
  const hasTargets = shown?.rows.some((r) => r.target !== null) ?? false;
  const showPeriodTargets = !indicator.cumulative || indicator.targetsByPeriod.length > 0;
  const wholeTarget = shown && !indicator.cumulative ? shown.totals.targets.reduce((a, b) => a + b, 0) : indicator.target;
  return (
    <div className="project-pivot" data-testid="project-pivot">
      <div className="pivot-toolbar">
        <div className="inline-field">
          <label htmlFor={selectId}>{t('projects.pivot.indicator')}</label>
          <select id={selectId} className="select" value={indicator.id} onChange={(e) => setIndicator(e.target.value)}>
            {project.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
        <p className="pivot-note">
          <Icon name="info" size={15} />
          {t('projects.pivot.note')}
        </p>
      </div>
      {error ? (
        <LoadError title={t('projects.pivot.loadFailed')} error={error} onRetry={() => load()} />
      ) : null}
      {!shown && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
      {shown ? (
        shown.rows.length === 0 ? (
          <EmptyState
            icon="list"
            title={t('projects.pivot.emptyTitle')}
            actions={
              <button type="button" className="button" onClick={() => showProjectTab('entries')}>
                <Icon name="plus" size={16} />
                {t('projects.pivot.addEntries')}
              </button>
            }
          >
            <p>{t('projects.pivot.emptyText')}</p>
          </EmptyState>
        ) : (
          <div className="card pivot-scroll">
            <table className="pivot-table" aria-label={t('projects.pivot.tableLabel', { name: indicator.name })}>
              <thead>
                <tr>
                  <th scope="col" className="pivot-country">
                    {t('projects.pivot.country')}
                  </th>
                  {shown.periods.map((p) => (
                    <th key={p.key} scope="col" className={p.start <= today && today < p.end ? 'pivot-num is-current' : 'pivot-num'}>
                      {periodLabel(p.key)}
                    </th>
                  ))}
                  <th scope="col" className="pivot-num pivot-total">
                    {t('projects.pivot.total')}
                  </th>
                  {hasTargets ? (
                    <th scope="col" className="pivot-num">
                      {t('projects.pivot.target')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((row) => {
                  const reached = row.target !== null && row.target > 0 && row.total >= row.target;
                  return (
                    <tr key={row.countryCode ?? 'none'}>
                      <th scope="row" className="pivot-country">
                        {row.countryCode ? (
                          <>
                            <span className="partner-code">{row.countryCode}</span>
                            {countryName(row.countryCode, row.countryName) ?? row.countryCode}
                          </>
                        ) : (
                          <span className="muted">{t('projects.pivot.noCountry')}</span>
                        )}
                      </th>
                      {row.cells.map((value, index) => (
                        <td key={shown.periods[index]?.key ?? index} className={value ? 'pivot-num' : 'pivot-num is-zero'}>
                          {value ? formatCount(value) : '–'}
                        </td>
                      ))}
                      <td className="pivot-num pivot-total">{formatCount(row.total)}</td>
                      {hasTargets ? (
                        <td className={reached ? 'pivot-num pivot-target is-reached' : 'pivot-num pivot-target'}>
                          {row.target === null ? '' : formatCount(row.target)}
                          {reached ? (
                            <span className="pivot-reached">
                              <Icon name="check" size={12} />
                              <span className="visually-hidden">{t('projects.pivot.reached')}</span>
                            </span>
                          ) : null}
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr className="pivot-totals">
                  <th scope="row" className="pivot-country">
                    {t('projects.pivot.totals')}
                  </th>
                  {shown.totals.cells.map((value, index) => (
                    <td key={shown.periods[index]?.key ?? index} className="pivot-num">
                      {formatCount(value)}
                    </td>
                  ))}
                  <td className="pivot-num pivot-total">{formatCount(shown.totals.total)}</td>
                  {hasTargets ? <td className="pivot-num pivot-target">{formatCount(wholeTarget)}</td> : null}
                </tr>
                {showPeriodTargets ? (
                  <tr className="pivot-period-targets">
                    <th scope="row" className="pivot-country">
                      {t('projects.pivot.periodTargets')}
                    </th>
                    {shown.totals.targets.map((value, index) => (
                      <td key={shown.periods[index]?.key ?? index} className="pivot-num">
                        {formatCount(value)}
                      </td>
                    ))}
                    <td className="pivot-num pivot-total">{formatCount(wholeTarget)}</td>
                    {hasTargets ? <td /> : null}
                  </tr>
                ) : null}
              </tfoot>
            </table>
          </div>
        )
      ) : null}
    </div>
  );
}
