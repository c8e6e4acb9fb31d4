import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, type CalendarEvent, type EventKind, type Project } from '../../../src-shared/contract';
import { Banner } from '../../components/Banner';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { FilterSelect, SearchBox } from '../../components/Screen';
import { invoke, toAppError } from '../../lib/client';
import { formatDateTime, formatDay, formatNumber } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { addDays, dayIn } from '../../lib/time';

/** Events of the calendar during the project, to link to it: held ones then feed its indicators. */
export function LinkEventsDialog(props: { project: Project; onClose: () => void; onLinked: (count: number) => void }) {
  const { t } = useTranslation();
  const { project } = props;
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<EventKind | null>(null);
  const [failed, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const query = useDebounced(search.trim(), 200);
  const linked = useMemo(() => new Set(project.events.map((e) => e.id)), [project.events]);

  // The whole project, from its first day to the end of its last; the list on screen stays while the next search runs.
  const from = new Date(`${project.startsOn}T00:00:00`).toISOString();
  const to = new Date(`${addDays(project.endsOn, 1)}T00:00:00`).toISOString();
  const read = useCall('events.range', { from, to, filter: { search: query, kinds: kind ? [kind] : [], bodyIds: [], countryCodes: [], statuses: [], tags: [] } }, { keep: true });
  const events: CalendarEvent[] | null = read.data;
  const error = failed ?? read.error?.message ?? null;
  // A refusal to link is said until the next list arrives.
  useEffect(() => setError(null), [read.data]);

  function toggle(id: string) {
    setChosen((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function link() {
    if (chosen.size === 0 || busy) return;
    setBusy(true);
    try {
      await invoke('projects.linkEvents', { projectId: project.id, eventIds: [...chosen], linked: true });
      props.onLinked(chosen.size);
      props.onClose();
    } catch (e) {
      setError(toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      title={t('projects.link.title', { project: project.acronym })}
      subtitle={t('projects.link.subtitle')}
      busy={busy}
      onClose={props.onClose}
      testId="link-events-dialog"
      className="projects-dialog"
      actions={
        <DialogActions
          note={
            <span className="muted small period-grid-count" aria-live="polite">
              {t('projects.link.chosen', { count: chosen.size })}
            </span>
          }
          onCancel={props.onClose}
          onConfirm={() => void link()}
          busy={busy}
          disabled={chosen.size === 0}
        >
          <Icon name="link" size={16} />
          {t('projects.link.link', { count: chosen.size })}
        </DialogActions>
      }
    >
      <div
        className="link-events"
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            void link();
          }
        }}
      >
        <div className="toolbar">
          <SearchBox label={t('projects.link.search')} placeholder={t('projects.link.searchPlaceholder')} value={search} onChange={setSearch} />
          <FilterSelect
            label={t('projects.link.kind')}
            anyLabel={t('filters.allKinds')}
            value={kind}
            options={eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
            onChange={(value) => setKind(value as EventKind | null)}
          />
        </div>
        {error ? <Banner kind="error" title={t('projects.link.failed')}>{error}</Banner> : null}
        {!events && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
        {events && events.length === 0 ? <p className="muted">{t('projects.link.none')}</p> : null}
        {events && events.length > 0 ? (
          <>
            <p className="muted small">{t('projects.link.found', { count: events.length, formatted: formatNumber(events.length) })}</p>
            <ul className="link-event-list">
              {events.map((event) => {
                const already = linked.has(event.id);
                return (
                  <li key={event.id}>
                    <label className={already ? 'link-event is-linked' : 'link-event'}>
                      <input type="checkbox" checked={already || chosen.has(event.id)} disabled={already} onChange={() => toggle(event.id)} />
                      <span className="link-event-body">
                        <span className="link-event-title">{event.title}</span>
                        <span className="muted small">{[event.allDay ? formatDay(dayIn(event.startsAt, event.timeZone)) : formatDateTime(event.startsAt), event.venueCity, event.bodyName].filter(Boolean).join(' · ')}</span>
                      </span>
                      <span className={`kind-badge ev-${event.kind}`}>{t(`events.kinds.${event.kind}`)}</span>
                      <span className={`status-badge status-${event.status}`}>{t(`events.statuses.${event.status}`)}</span>
                      {already ? <span className="badge badge-accent">{t('projects.link.already')}</span> : null}
                    </label>
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
      </div>
    </Dialog>
  );
}
