import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectStatuses, type ProjectSummary } from '../../../src-shared/contract';
import { useCommand } from '../../lib/commands';
import { useSystem } from '../../lib/system';
import { LoadError } from '../../components/LoadError';
import { EmptyState } from '../../components/EmptyState';
import { DemoButton } from '../../components/DemoButton';
import { Icon } from '../../components/Icon';
import { Kbd, ScreenHeader } from '../../components/Screen';
import { toast } from '../../components/Toast';
import { invoke } from '../../lib/client';
import { useCall } from '../../lib/useCall';
import { formatDay, formatNumber } from '../../lib/format';
import { ElapsedBar, formatCount, formatExpected, ProgressBar, ProjectStatusBadge, StatusChip } from './parts';
import { ProjectDialog } from './ProjectDialog';
import { useProjectsView } from './store';
import { openProject } from '../../lib/navigate';
import { userToday } from '../../lib/time';

const WORST_SHOWN = 3;

const readPortfolio = () => invoke('projects.portfolio', { today: userToday() });

/** Every project at a glance: time gone by and the indicators furthest behind first. */
export function Portfolio() {
  const { t } = useTranslation();
  const status = useProjectsView((s) => s.status);
  const setStatus = useProjectsView((s) => s.setStatus);
  const systemEmpty = useSystem((s) => s.system?.empty ?? false);
  const portfolio = useCall(readPortfolio, 'portfolio', { watch: ['projects', 'events', 'roster'] });
  const { data: projects, error } = portfolio;
  const load = portfolio.refresh;
  const [creating, setCreating] = useState(false);
  useCommand('new', () => setCreating(true));

  const shown = projects?.filter((p) => !status || p.status === status) ?? [];
  const countOf = (s: string | null) => projects?.filter((p) => !s || p.status === s).length ?? 0;
  const behind = projects?.reduce((sum, p) => sum + p.behindCount, 0) ?? 0;

  const newButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)} title={t('common.newShortcut')}>
      <Icon name="plus" size={16} />
      {t('projects.new')}
      <Kbd>N</Kbd>
    </button>
  );

  return (
    <div className="screen-main screen-scroll projects-portfolio" data-testid="projects-portfolio">
      <ScreenHeader
        title={t('projects.title')}
        meta={
          projects ? (
            <span>
              {t('projects.count', { count: projects.length, formatted: formatNumber(projects.length) })}
              {behind ? <span className="projects-meta-behind">{` · ${t('projects.behindCount', { count: behind, formatted: formatNumber(behind) })}`}</span> : null}
            </span>
          ) : null
        }
        actions={newButton}
      />
      {projects && projects.length > 0 ? (
        <div className="toolbar">
          <div className="segmented-options" role="radiogroup" aria-label={t('projects.filterStatus')}>
            {[null, ...projectStatuses].map((value) => (
              <label key={value ?? 'all'} className={status === value ? 'segmented-option is-checked' : 'segmented-option'}>
                <input type="radio" name="projects-status" checked={status === value} onChange={() => setStatus(value)} />
                {value ? t(`projects.statuses.${value}`) : t('projects.allStatuses')}
                <span className="segmented-count">{formatNumber(countOf(value))}</span>
              </label>
            ))}
          </div>
        </div>
      ) : null}
      {error ? (
        <LoadError title={t('projects.loadFailed')} error={error} onRetry={() => load()} />
      ) : null}
      {!projects && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
      {projects && projects.length === 0 ? (
        <EmptyState
          icon="projects"
          title={t('projects.empty.title')}
          testId="projects-empty"
          actions={
            <>
              {newButton}
              {systemEmpty ? (
                <DemoButton />
              ) : null}
            </>
          }
        >
          <p>{t('projects.empty.text')}</p>
          {systemEmpty ? <p>{t('projects.empty.demo')}</p> : null}
        </EmptyState>
      ) : null}
      {projects && projects.length > 0 && shown.length === 0 ? (
        <EmptyState
          icon="filter"
          title={t('projects.noMatch')}
          actions={
            <button type="button" className="button" onClick={() => setStatus(null)}>
              {t('common.clearFilters')}
            </button>
          }
        />
      ) : null}
      {shown.length > 0 ? (
        <ul className="project-list" aria-label={t('projects.listLabel')}>
          {shown.map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} onOpen={() => openProject(project.id)} />
            </li>
          ))}
        </ul>
      ) : null}
      <ProjectDialog
        open={creating}
        project={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          toast('success', t('projects.created', { name: saved.acronym }));
          openProject(saved.id, 'setup');
        }}
      />
    </div>
  );
}

function ProjectCard({ project, onOpen }: { project: ProjectSummary; onOpen: () => void }) {
  const { t } = useTranslation();
  const worst = project.indicators.slice(0, WORST_SHOWN);
  return (
    <button type="button" className={project.behindCount ? 'card project-card has-behind' : 'card project-card'} onClick={onOpen} data-testid="project-card">
      <span className="project-card-main">
        <span className="project-card-heading">
          <span className="project-acronym">{project.acronym}</span>
          <ProjectStatusBadge status={project.status} />
        </span>
        <span className="project-card-title">{project.title}</span>
        <span className="project-card-dates">
          <Icon name="calendar" size={13} />
          {t('projects.dates', { start: formatDay(project.startsOn), end: formatDay(project.endsOn) })}
        </span>
        <ElapsedBar percent={project.elapsedPercent} />
      </span>
      <span className="project-card-indicators">
        <span className="project-card-summary">
          {project.indicatorCount === 0
            ? t('projects.noIndicators')
            : project.behindCount
              ? t('projects.indicatorsBehind', { count: project.behindCount, formatted: formatNumber(project.behindCount), total: formatNumber(project.indicatorCount) })
              : t('projects.indicatorsNoneBehind', { count: project.indicatorCount })}
        </span>
        {worst.map((indicator) => (
          <span key={indicator.id} className="project-card-indicator">
            <span className="project-card-indicator-line">
              <span className="project-card-indicator-name">{indicator.name}</span>
              <StatusChip status={indicator.status} small />
            </span>
            <ProgressBar
              size="small"
              percent={indicator.percent}
              expectedPercent={indicator.expectedPercent}
              status={indicator.status}
              label={t(indicator.decreasing ? 'projects.progressLabelDown' : 'projects.progressLabel', { actual: formatCount(indicator.actual), target: formatCount(indicator.target), expected: formatExpected(indicator.expected) })}
            />
            <span className="project-card-indicator-numbers">
              {t(indicator.decreasing ? 'projects.actualOfTargetDown' : 'projects.actualOfTarget', { actual: formatCount(indicator.actual), target: formatCount(indicator.target), unit: indicator.unit })}
              <span className="muted">{` · ${t('projects.expectedShort', { expected: formatExpected(indicator.expected) })}`}</span>
            </span>
          </span>
        ))}
        {project.indicators.length > WORST_SHOWN ? (
          <span className="muted small">{t('projects.moreIndicators', { count: project.indicators.length - WORST_SHOWN })}</span>
        ) : null}
      </span>
      <Icon name="chevronRight" className="project-card-chevron" />
    </button>
  );
}
