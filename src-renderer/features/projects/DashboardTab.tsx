import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorProgress } from '../../../src-shared/contract';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../lib/format';
import { formatDays } from '../../lib/time';
import { openEvent } from '../../lib/navigate';
import { formatCount, formatExpected, NoIndicators, periodLabel, periodWord, ProgressBar, StatusChip } from './parts';
import type { ProjectData } from './types';
import { useProjectsView } from './store';

// The chart library is most of the section's code: it arrives when a project's dashboard first shows a chart.
const BurnUpChart = lazy(() => import('./BurnUpChart').then((m) => ({ default: m.BurnUpChart })));

/** One card per indicator, and the burn-up chart of the one chosen. */
export function DashboardTab({ data }: { data: ProjectData }) {
  const { t } = useTranslation();
  const { indicators } = data.dashboard;
  const chosen = useProjectsView((s) => s.indicatorId);
  const setIndicator = useProjectsView((s) => s.setIndicator);
  const selected = indicators.find((i) => i.indicator.id === chosen) ?? indicators[0] ?? null;

  if (indicators.length === 0) {
    return <NoIndicators text={t('projects.dashboard.emptyText')} testId="project-dashboard-empty" />;
  }

  const behind = indicators.filter((i) => i.status === 'behind').length;
  return (
    <div className="project-dashboard" data-testid="project-dashboard">
      <p className="project-dashboard-summary">
        {behind
          ? t('projects.dashboard.summaryBehind', { count: behind, formatted: formatNumber(behind), total: formatNumber(indicators.length) })
          : t('projects.dashboard.summaryNoneBehind', { count: indicators.length })}
      </p>
      <ul className="indicator-grid" aria-label={t('projects.dashboard.indicatorsLabel')}>
        {indicators.map((progress) => (
          <li key={progress.indicator.id}>
            <IndicatorCard
              progress={progress}
              sourceName={(id) => indicators.find((i) => i.indicator.id === id)?.indicator.name ?? ''}
              charted={selected?.indicator.id === progress.indicator.id}
              onChart={() => {
                setIndicator(progress.indicator.id);
                requestAnimationFrame(() => document.getElementById('project-burnup')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
              }}
            />
          </li>
        ))}
      </ul>
      {selected ? (
        <section className="card burnup-card" id="project-burnup" aria-labelledby="project-burnup-title">
          <header className="burnup-header">
            <h2 id="project-burnup-title">{t('projects.chart.title')}</h2>
            <select
              className="select burnup-select"
              aria-label={t('projects.chart.indicator')}
              value={selected.indicator.id}
              onChange={(e) => setIndicator(e.target.value)}
            >
              {indicators.map((p) => (
                <option key={p.indicator.id} value={p.indicator.id}>
                  {p.indicator.name}
                </option>
              ))}
            </select>
            <span className="spacer" />
            <StatusChip status={selected.status} />
          </header>
          <Suspense fallback={<div className="burnup-loading loading-note">{t('common.loading')}</div>}>
            <BurnUpChart progress={selected} />
          </Suspense>
        </section>
      ) : null}
    </div>
  );
}

function IndicatorCard({ progress, charted, onChart, sourceName }: { progress: IndicatorProgress; charted: boolean; onChart: () => void; sourceName: (id: string | null) => string }) {
  const { t } = useTranslation();
  const [showEvents, setShowEvents] = useState(false);
  const { indicator, currentPeriod } = progress;
  const unit = indicator.unit;
  const fed = indicator.feedMeasure !== null;
  const officers = indicator.feedOfficers !== null;
  const listId = `feed-${indicator.id}`;
  return (
    <article className={`card indicator-card is-${progress.status}${charted ? ' is-charted' : ''}`} aria-label={indicator.name} data-testid="indicator-card">
      <header className="indicator-card-header">
        <h3 className="indicator-name">{indicator.name}</h3>
        <StatusChip status={progress.status} />
      </header>
      <p className="indicator-figure">
        <span className="indicator-actual" data-testid="indicator-actual">
          {formatCount(progress.actual)}
        </span>
        <span className="indicator-target">{t(indicator.decreasing ? 'projects.dashboard.ofTargetDown' : 'projects.dashboard.ofTarget', { target: formatCount(progress.target), unit })}</span>
        <span className="indicator-percent">{t('projects.dashboard.percent', { percent: formatNumber(Math.round(progress.percent)) })}</span>
      </p>
      <ProgressBar
        percent={progress.percent}
        expectedPercent={progress.expectedPercent}
        status={progress.status}
        label={t(indicator.decreasing ? 'projects.progressLabelDown' : 'projects.progressLabel', { actual: formatCount(progress.actual), target: formatCount(progress.target), expected: formatExpected(progress.expected) })}
      />
      <div className="indicator-facts-line">
        <dl className="indicator-facts">
          <div>
            <dt>{t('projects.dashboard.expectedToday')}</dt>
            <dd>
              <span className="indicator-marker-key" aria-hidden="true" />
              {formatExpected(progress.expected)}
            </dd>
          </div>
          {!indicator.cumulative && currentPeriod ? (
            <div data-testid="indicator-period">
              <dt>{t('projects.dashboard.currentPeriod', { period: periodLabel(currentPeriod.key) })}</dt>
              <dd>{t('projects.dashboard.periodOf', { actual: formatCount(currentPeriod.actual), target: formatCount(currentPeriod.target), this: periodWord(indicator.period) })}</dd>
            </div>
          ) : null}
          {indicator.baseline ? (
            <div>
              <dt>{t('projects.dashboard.baseline')}</dt>
              <dd>{formatCount(indicator.baseline)}</dd>
            </div>
          ) : null}
          {fed || officers ? (
            <div>
              <dt>{t('projects.dashboard.fromEntries')}</dt>
              <dd>{formatCount(progress.fromEntries)}</dd>
            </div>
          ) : null}
        </dl>
        <button
          type="button"
          className={charted ? 'button button-small indicator-chart is-pressed' : 'button button-quiet button-small indicator-chart'}
          aria-pressed={charted}
          title={t('projects.dashboard.chartTitle')}
          onClick={onChart}
        >
          <Icon name="projects" size={14} />
          {t('projects.dashboard.chart')}
        </button>
      </div>
      {fed ? (
        <div className="indicator-feed">
          <button
            type="button"
            className="link-button indicator-feed-toggle"
            aria-expanded={showEvents}
            aria-controls={listId}
            onClick={() => setShowEvents((v) => !v)}
            disabled={progress.feedEvents.length === 0}
          >
            <Icon name="calendar" size={14} />
            {t('projects.dashboard.fromCalendar', { formatted: formatCount(progress.fromEvents) })}
            {progress.feedEvents.length ? <Icon name="chevronRight" size={14} className={showEvents ? 'indicator-feed-chevron is-open' : 'indicator-feed-chevron'} /> : null}
          </button>
          <p className="muted small indicator-feed-rule">
            {t('projects.dashboard.feedRule', {
              kind: indicator.feedEventKind ? t(`events.kinds.${indicator.feedEventKind}`) : t('projects.indicators.anyKind'),
              measure: t(`projects.indicators.measures.${indicator.feedMeasure}`),
            })}
          </p>
          {showEvents ? (
            <ul id={listId} className="indicator-feed-list">
              {progress.feedEvents.map((event) => (
                <li key={event.eventId}>
                  <button type="button" className="link-button" onClick={() => openEvent(event.eventId)} title={t('projects.dashboard.openEvent')}>
                    {event.title}
                  </button>
                  <span className="muted small">{formatDays(event.day, event.day)}</span>
                  <span className="indicator-feed-count">+{formatCount(event.count)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {progress.feedEvents.length === 0 ? <p className="muted small">{t('projects.dashboard.noHeldEvents')}</p> : null}
        </div>
      ) : null}
      {officers ? (
        <div className="indicator-feed" data-testid="indicator-officers">
          <p className="indicator-feed-toggle">
            <Icon name="people" size={14} />
            {t('projects.dashboard.fromOfficers', { formatted: formatCount(progress.fromOfficers) })}
          </p>
          <p className="muted small indicator-feed-rule">
            {indicator.feedOfficers === 'project'
              ? t('projects.dashboard.officersRuleProject')
              : t('projects.dashboard.officersRuleIndicator', { name: sourceName(indicator.feedOfficersIndicatorId) })}
          </p>
        </div>
      ) : null}
    </article>
  );
}
