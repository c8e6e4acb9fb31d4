import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/Banner';
import { Icon } from '../../components/Icon';
import { Tabs } from '../../components/Tabs';
import { invoke } from '../../lib/client';
import { useCommand } from '../../lib/commands';
import { countryName } from '../../lib/countries';
import { formatDay, formatNumber } from '../../lib/format';
import { leaveTo, navigate, replaceRoute } from '../../lib/navigate';
import { projectTabs, type ProjectTab } from '../../lib/route';
import { userToday } from '../../lib/time';
import { useCall } from '../../lib/useCall';
import { DashboardTab } from './DashboardTab';
import { EntriesTab } from './EntriesTab';
import { ExportTab } from './ExportTab';
import { ProjectStatusBadge } from './parts';
import { PivotTab } from './PivotTab';
import { SetupTab } from './SetupTab';
import { useProjectsView } from './store';
import type { ProjectData } from './types';
import type { Domain } from '../../../src-shared/contract';

const WATCH: readonly Domain[] = ['projects', 'events', 'roster', 'organisations'];

async function readProject(id: string): Promise<ProjectData> {
  const [project, dashboard] = await Promise.all([invoke('projects.get', { id }), invoke('projects.dashboard', { id, today: userToday() })]);
  return { project, dashboard };
}

/** One project: its header, and its dashboard, pivot, entries, setup and export. `indicatorId` is chosen on arrival. */
export function ProjectPage({ id, tab, indicatorId }: { id: string; tab: ProjectTab; indicatorId?: string | undefined }) {
  const { t } = useTranslation();
  const { data, error, refresh: load } = useCall(() => readProject(id), `project:${id}`, { watch: WATCH });
  const setTab = (next: ProjectTab) => navigate({ page: 'project', id, tab: next });
  const close = () => leaveTo({ page: 'projects' });

  useEffect(() => {
    useProjectsView.getState().enter(id);
  }, [id]);
  // `?indicator=` (a link from the command palette) chooses the indicator once, then leaves the address.
  useEffect(() => {
    if (!indicatorId) return;
    useProjectsView.getState().setIndicator(indicatorId);
    replaceRoute({ page: 'project', id, tab });
  }, [id, tab, indicatorId]);

  useCommand('close', close);
  // N means a new entry anywhere on the page; the Entries tab, once open, takes the key itself.
  useCommand('new', () => {
    setTab('entries');
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="quick-entry"] select')?.focus());
  });

  const project = data?.project;
  return (
    <div className="screen-main screen-scroll project-page" data-testid="project-page">
      <div className="project-page-inner">
        <nav className="project-back">
          <button type="button" className="button button-quiet" onClick={close} title={t('common.closeEsc')}>
            <Icon name="arrowLeft" size={16} />
            {t('projects.page.back')}
          </button>
        </nav>
        {error ? (
          <Banner
            kind="error"
            title={error.code === 'not_found' ? t('projects.page.notFound') : t('projects.page.loadFailed')}
            actions={
              <>
                {error.code === 'not_found' ? null : (
                  <button type="button" className="button button-small" onClick={load}>
                    {t('common.retry')}
                  </button>
                )}
                <button type="button" className="button button-small" onClick={close}>
                  {t('projects.page.back')}
                </button>
              </>
            }
          >
            {error.code === 'not_found' ? t('projects.page.notFoundText') : error.message}
          </Banner>
        ) : null}
        {!data && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
        {data && project ? (
          <>
            <header className="project-header">
              <div className="project-heading">
                <div className="project-heading-line">
                  <h1 className="screen-title">{project.acronym}</h1>
                  <ProjectStatusBadge status={project.status} />
                </div>
                <p className="project-header-title">{project.title}</p>
                <dl className="project-facts">
                  <div>
                    <dt>{t('projects.page.dates')}</dt>
                    <dd>{t('projects.dates', { start: formatDay(project.startsOn), end: formatDay(project.endsOn) })}</dd>
                  </div>
                  {project.fundingProgramme ? (
                    <div>
                      <dt>{t('projects.fields.fundingProgramme')}</dt>
                      <dd>{project.fundingProgramme}</dd>
                    </div>
                  ) : null}
                  {project.leadOrgName ? (
                    <div>
                      <dt>{t('projects.page.lead')}</dt>
                      <dd>{project.leadOrgName}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t('projects.page.elapsed')}</dt>
                    <dd>{t('projects.elapsed', { percent: Math.round(data.dashboard.project.elapsedPercent) })}</dd>
                  </div>
                </dl>
                {project.partners.length ? (
                  <ul className="chips project-partners" aria-label={t('projects.fields.partners')}>
                    {project.partners.map((p) => (
                      <li key={`${p.countryCode ?? ''}${p.organisationId ?? ''}`} className={`chip partner-chip partner-${p.role}`} title={t(`projects.roles.${p.role}`)}>
                        {p.countryCode ? <span className="partner-code">{p.countryCode}</span> : <Icon name="organisations" size={12} />}
                        <span className="chip-label">{countryName(p.countryCode, p.name)}</span>
                        <span className="visually-hidden">{` (${t(`projects.roles.${p.role}`)})`}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </header>
            <Tabs tabs={projectTabs} active={tab} onChange={setTab} label={t('projects.page.tabsLabel')} idPrefix="project">
              {(name) => (
                <>
                  {t(`projects.page.tabs.${name}`)}
                  {name === 'dashboard' && data.dashboard.project.behindCount ? (
                    <span className="tab-count tab-count-behind">{t('projects.page.behindCount', { count: data.dashboard.project.behindCount, formatted: formatNumber(data.dashboard.project.behindCount) })}</span>
                  ) : null}
                </>
              )}
            </Tabs>
            <section role="tabpanel" id={`project-tabpanel-${tab}`} aria-labelledby={`project-tab-${tab}`} className="tab-panel">
              {tab === 'dashboard' ? <DashboardTab data={data} /> : null}
              {tab === 'pivot' ? <PivotTab project={project} /> : null}
              {tab === 'entries' ? <EntriesTab project={project} /> : null}
              {tab === 'setup' ? <SetupTab project={project} onChanged={load} /> : null}
              {tab === 'export' ? <ExportTab project={project} /> : null}
            </section>
          </>
        ) : null}
      </div>
    </div>
  );
}
