import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../src-shared/contract';
import { Icon } from '../../components/Icon';
import { invoke } from '../../lib/client';
import { useCall } from '../../lib/useCall';
import { formatNumber } from '../../lib/format';
import { navigate, openProject } from '../../lib/navigate';
import { formatCount, formatExpected, ProgressBar, StatusChip } from './parts';
import './projects.css';
import { userToday } from '../../lib/time';

const SHOWN = 6;

interface Behind {
  projectId: string;
  acronym: string;
  indicator: ProjectSummary['indicators'][number];
  /** How far short of today's expectation, as a share of the way to the target: what orders the list. */
  gap: number;
}

async function readBehind(): Promise<{ rows: Behind[]; projectCount: number }> {
  const portfolio = await invoke('projects.portfolio', { today: userToday() });
  const rows = portfolio
    .flatMap((p) =>
      p.indicators
        .filter((i) => i.status === 'behind')
        .map((indicator) => ({
          projectId: p.id,
          acronym: p.acronym,
          indicator,
          gap: indicator.expectedPercent - indicator.percent,
        })),
    )
    .sort((a, b) => b.gap - a.gap);
  return { rows, projectCount: portfolio.length };
}

/** The dashboard's indicators furthest behind schedule, across every project. */
export function BehindCard() {
  const { t } = useTranslation();
  const call = useCall(readBehind, 'behind', { watch: ['projects', 'events', 'roster'] });
  const rows = call.error ? [] : (call.data?.rows ?? null);
  const projectCount = call.data?.projectCount ?? 0;

  return (
    <section className="card behind-card" aria-labelledby="dashboard-behind" data-testid="dashboard-behind">
      <header className="behind-header">
        <h2 id="dashboard-behind">{t('projects.behindCard.title')}</h2>
        {rows?.length ? <span className="section-count">{formatNumber(rows.length)}</span> : null}
        <span className="spacer" />
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => navigate({ page: 'projects' })}
        >
          <Icon name="projects" size={14} />
          {t('projects.behindCard.openAll')}
        </button>
      </header>
      {rows === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{projectCount ? t('projects.behindCard.none') : t('projects.behindCard.noProjects')}</p>
      ) : (
        <ul className="behind-list">
          {rows.slice(0, SHOWN).map(({ projectId, acronym, indicator }) => (
            <li key={indicator.id}>
              <button type="button" className="behind-item" onClick={() => openProject(projectId)}>
                <span className="behind-acronym">{acronym}</span>
                <span className="behind-body">
                  <span className="behind-name">{indicator.name}</span>
                  <span className="muted small">
                    {t('projects.behindCard.numbers', {
                      actual: formatCount(indicator.actual),
                      expected: formatExpected(indicator.expected),
                      target: formatCount(indicator.target),
                      unit: indicator.unit,
                    })}
                  </span>
                </span>
                <span className="behind-progress">
                  <ProgressBar
                    size="small"
                    percent={indicator.percent}
                    expectedPercent={indicator.expectedPercent}
                    status={indicator.status}
                    label={t(indicator.decreasing ? 'projects.progressLabelDown' : 'projects.progressLabel', { actual: formatCount(indicator.actual), target: formatCount(indicator.target), expected: formatExpected(indicator.expected) })}
                  />
                </span>
                <StatusChip status={indicator.status} small />
              </button>
            </li>
          ))}
        </ul>
      )}
      {rows && rows.length > SHOWN ? <p className="muted small">{t('projects.behindCard.more', { count: rows.length - SHOWN })}</p> : null}
    </section>
  );
}
