import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Indicator, LinkedEvent, Project } from '../../../src-shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { countryNameByCode } from '../../lib/countries';
import { useLookups } from '../../lib/lookups';
import { dayIn } from '../../lib/time';
import { ActivityDialog, type ActivityTarget } from './ActivityDialog';
import { IndicatorDialog, type IndicatorTarget } from './IndicatorDialog';
import { LinkEventsDialog } from './LinkEventsDialog';
import { navigate, openEvent } from '../../lib/navigate';
import { formatCount } from './parts';
import { ProjectDialog } from './ProjectDialog';
import { formatDay } from '../../lib/format';

type Doomed = { kind: 'project' } | { kind: 'indicator'; indicator: Indicator } | { kind: 'activity'; activity: Activity };

/** The project's fields, what it counts, what it plans and which events serve it. */
export function SetupTab({ project, onChanged }: { project: Project; onChanged: () => void }) {
  const { t } = useTranslation();
  const countries = useLookups((s) => s.countries);
  const [editingProject, setEditingProject] = useState(false);
  const [indicator, setIndicator] = useState<IndicatorTarget | null>(null);
  const [activity, setActivity] = useState<ActivityTarget | null>(null);
  const [linking, setLinking] = useState(false);
  const [doomed, setDoomed] = useState<Doomed | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!doomed) return;
    setBusy(true);
    try {
      if (doomed.kind === 'project') {
        await invoke('projects.delete', { id: project.id });
        toast('success', t('projects.setup.projectDeleted', { name: project.acronym }));
        navigate({ page: 'projects' }, { replace: true, force: true });
      } else if (doomed.kind === 'indicator') {
        await invoke('indicators.delete', { id: doomed.indicator.id });
        toast('success', t('projects.indicators.deleted', { name: doomed.indicator.name }));
        onChanged();
      } else {
        await invoke('activities.delete', { id: doomed.activity.id });
        toast('success', t('projects.activities.deleted'));
        onChanged();
      }
      setDoomed(null);
    } catch (e) {
      toast('error', t('projects.setup.deleteFailed'), toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  async function setLinked(event: LinkedEvent, linked: boolean) {
    try {
      await invoke('projects.linkEvents', { projectId: project.id, eventIds: [event.id], linked });
      onChanged();
      if (!linked) {
        toast('success', t('projects.setup.unlinked', { title: event.title }), undefined, {
          label: t('projects.entries.undo'),
          run: () => void setLinked(event, true),
        });
      }
    } catch (e) {
      toast('error', t('projects.setup.linkFailed'), toAppError(e).message);
    }
  }

  const countryName = (code: string) => countryNameByCode(code, countries);

  return (
    <div className="project-setup" data-testid="project-setup">
      <section className="card setup-section" aria-labelledby="setup-project">
        <header className="setup-header">
          <h2 id="setup-project">{t('projects.setup.project')}</h2>
          <span className="spacer" />
          <button type="button" className="button button-danger-quiet" onClick={() => setDoomed({ kind: 'project' })}>
            <Icon name="trash" size={16} />
            {t('projects.setup.deleteProject')}
          </button>
          <button type="button" className="button" onClick={() => setEditingProject(true)}>
            <Icon name="edit" size={16} />
            {t('projects.setup.editProject')}
          </button>
        </header>
        {project.description ? <p className="setup-description">{project.description}</p> : <p className="muted small">{t('projects.setup.noDescription')}</p>}
      </section>

      <section className="card setup-section" aria-labelledby="setup-indicators" data-testid="setup-indicators">
        <header className="setup-header">
          <h2 id="setup-indicators">{t('projects.setup.indicators')}</h2>
          {project.indicators.length ? <span className="section-count">{project.indicators.length}</span> : null}
          <span className="spacer" />
          <button type="button" className="button button-primary" onClick={() => setIndicator({ mode: 'new' })}>
            <Icon name="plus" size={16} />
            {t('projects.setup.addIndicator')}
          </button>
        </header>
        {project.indicators.length === 0 ? (
          <p className="muted">{t('projects.setup.noIndicators')}</p>
        ) : (
          <div className="setup-table-scroll">
            <table className="setup-table" aria-label={t('projects.setup.indicators')}>
              <thead>
                <tr>
                  <th scope="col">{t('projects.indicators.name')}</th>
                  <th scope="col" className="num">
                    {t('projects.indicators.target')}
                  </th>
                  <th scope="col">{t('projects.setup.reporting')}</th>
                  <th scope="col">{t('projects.setup.source')}</th>
                  <th scope="col">{t('projects.indicators.byCountry')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('projects.entries.tools')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {project.indicators.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <span className="setup-name">{i.name}</span>
                      {i.unit ? <span className="muted small block">{i.unit}</span> : null}
                    </td>
                    <td className="num">
                      {formatCount(i.target)}
                      {i.baseline ? <span className="muted small block">{t('projects.setup.baseline', { baseline: formatCount(i.baseline) })}</span> : null}
                    </td>
                    <td>
                      {i.cumulative
                        ? t('projects.setup.cumulative', { period: t(`projects.periods.lower.${i.period}`) })
                        : t('projects.setup.perPeriod', { period: t(`projects.periods.lower.${i.period}`) })}
                    </td>
                    <td>
                      {i.feedMeasure ? (
                        <span className="setup-feed">
                          <Icon name="calendar" size={13} />
                          {t('projects.setup.fedBy', {
                            kind: i.feedEventKind ? t(`events.kinds.${i.feedEventKind}`) : t('projects.indicators.anyKind'),
                            measure: t(`projects.indicators.measures.${i.feedMeasure}`),
                          })}
                        </span>
                      ) : null}
                      {i.feedOfficers ? (
                        <span className="setup-feed">
                          <Icon name="people" size={13} />
                          {i.feedOfficers === 'project'
                            ? t('projects.setup.officersFromProject')
                            : t('projects.setup.officersFromIndicator', { name: project.indicators.find((x) => x.id === i.feedOfficersIndicatorId)?.name ?? '' })}
                        </span>
                      ) : null}
                      {!i.feedMeasure && !i.feedOfficers ? <span className="muted">{t('projects.setup.entriesOnly')}</span> : null}
                    </td>
                    <td className="setup-country-targets">
                      {i.targetsByCountry.length
                        ? i.targetsByCountry.map((c) => (
                            <span key={c.countryCode} className="country-target" title={countryName(c.countryCode)}>
                              <span className="partner-code">{c.countryCode}</span>
                              {formatCount(c.target)}
                            </span>
                          ))
                        : <span className="muted">–</span>}
                    </td>
                    <td className="entry-tools">
                      <button type="button" className="icon-button" title={t('projects.setup.edit')} aria-label={t('projects.indicators.editOne', { name: i.name })} onClick={() => setIndicator({ mode: 'edit', indicator: i })}>
                        <Icon name="edit" size={16} />
                      </button>
                      <button type="button" className="icon-button" title={t('projects.setup.delete')} aria-label={t('projects.indicators.deleteOne', { name: i.name })} onClick={() => setDoomed({ kind: 'indicator', indicator: i })}>
                        <Icon name="trash" size={16} />
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <div className="setup-columns">
        <section className="card setup-section" aria-labelledby="setup-activities" data-testid="setup-activities">
          <header className="setup-header">
            <h2 id="setup-activities">{t('projects.setup.activities')}</h2>
            {project.activities.length ? <span className="section-count">{project.activities.length}</span> : null}
            <span className="spacer" />
            <button type="button" className="button" onClick={() => setActivity({ mode: 'new' })}>
              <Icon name="plus" size={16} />
              {t('projects.setup.addActivity')}
            </button>
          </header>
          {project.activities.length === 0 ? (
            <p className="muted">{t('projects.setup.noActivities')}</p>
          ) : (
            <ul className="setup-list">
              {project.activities.map((a) => (
                <li key={a.id} className="setup-item">
                  <span className="setup-item-body">
                    <span className="setup-name">{a.title}</span>
                    <span className="muted small">
                      {[a.plannedStart || a.plannedEnd ? t('projects.dates', { start: formatDay(a.plannedStart) || '…', end: formatDay(a.plannedEnd) || '…' }) : null, a.eventTitle]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  <button type="button" className="icon-button" title={t('projects.setup.edit')} aria-label={t('projects.activities.editOne', { title: a.title })} onClick={() => setActivity({ mode: 'edit', activity: a })}>
                    <Icon name="edit" size={16} />
                  </button>
                  <button type="button" className="icon-button" title={t('projects.setup.delete')} aria-label={t('projects.activities.deleteOne', { title: a.title })} onClick={() => setDoomed({ kind: 'activity', activity: a })}>
                    <Icon name="trash" size={16} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card setup-section" aria-labelledby="setup-events" data-testid="setup-events">
          <header className="setup-header">
            <h2 id="setup-events">{t('projects.setup.events')}</h2>
            {project.events.length ? <span className="section-count">{project.events.length}</span> : null}
            <span className="spacer" />
            <button type="button" className="button" onClick={() => setLinking(true)}>
              <Icon name="link" size={16} />
              {t('projects.setup.linkEvents')}
            </button>
          </header>
          <p className="muted small">{t('projects.setup.eventsHint')}</p>
          {project.events.length === 0 ? (
            <p className="muted">{t('projects.setup.noEvents')}</p>
          ) : (
            <ul className="setup-list">
              {project.events.map((e) => (
                <li key={e.id} className="setup-item">
                  <span className="setup-item-body">
                    <button type="button" className="link-button setup-name" onClick={() => openEvent(e.id)} title={t('projects.dashboard.openEvent')}>
                      {e.title}
                    </button>
                    <span className="setup-event-meta">
                      <span className="muted small">{formatDay(dayIn(e.startsAt, e.timeZone))}</span>
                      <span className={`kind-badge ev-${e.kind}`}>{t(`events.kinds.${e.kind}`)}</span>
                      <span className={`status-badge status-${e.status}`}>{t(`events.statuses.${e.status}`)}</span>
                    </span>
                  </span>
                  <button type="button" className="icon-button" title={t('projects.setup.unlink')} aria-label={t('projects.setup.unlinkOne', { title: e.title })} onClick={() => void setLinked(e, false)}>
                    <Icon name="close" size={16} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <ProjectDialog
        open={editingProject}
        project={project}
        onClose={() => setEditingProject(false)}
        onSaved={(saved) => {
          toast('success', t('projects.saved', { name: saved.acronym }));
          onChanged();
        }}
      />
      <IndicatorDialog
        target={indicator}
        project={project}
        onClose={() => setIndicator(null)}
        onSaved={(saved, created) => {
          toast('success', created ? t('projects.indicators.created', { name: saved.name }) : t('projects.indicators.saved', { name: saved.name }));
          onChanged();
        }}
      />
      <ActivityDialog
        target={activity}
        project={project}
        onClose={() => setActivity(null)}
        onSaved={(_saved, created) => {
          toast('success', created ? t('projects.activities.created') : t('projects.activities.saved'));
          onChanged();
        }}
      />
      {linking ? (
        <LinkEventsDialog
          project={project}
          onClose={() => setLinking(false)}
          onLinked={(count) => {
            toast('success', t('projects.link.linked', { count: count }));
            onChanged();
          }}
        />
      ) : null}
      <ConfirmDialog
        open={doomed !== null}
        danger
        busy={busy}
        title={
          doomed?.kind === 'project'
            ? t('projects.setup.confirmProject', { name: project.acronym })
            : doomed?.kind === 'indicator'
              ? t('projects.indicators.confirmDelete', { name: doomed.indicator.name })
              : t('projects.activities.confirmDelete')
        }
        confirmLabel={doomed?.kind === 'project' ? t('projects.setup.confirmProjectButton') : t('projects.setup.confirmButton')}
        onConfirm={() => void remove()}
        onCancel={() => setDoomed(null)}
      >
        {doomed?.kind === 'project' ? <p>{t('projects.setup.confirmProjectText')}</p> : null}
        {doomed?.kind === 'indicator' ? <p>{t('projects.indicators.confirmDeleteText')}</p> : null}
        {doomed?.kind === 'activity' ? <p className="outcome-quote">{doomed.activity.title}</p> : null}
      </ConfirmDialog>
    </div>
  );
}
