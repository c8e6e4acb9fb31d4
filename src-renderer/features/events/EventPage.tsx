import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiaisonEvent, Domain } from '../../../src-shared/contract';
import { guarded, useCommand } from '../../lib/commands';
import { Banner } from '../../components/Banner';
import { Icon } from '../../components/Icon';
import { Tabs } from '../../components/Tabs';
import { countryName } from '../../lib/countries';
import { formatDateTime, formatNumber } from '../../lib/format';
import { exportIcs } from '../../lib/ics-export';
import { navigate, openBody } from '../../lib/navigate';
import { eventTabs, type EventTab } from '../../lib/route';
import { daysBetween, formatDays, formatInstants, formatTimes, userTimeZone, zoneOffsetLabel } from '../../lib/time';
import { useCall } from '../../lib/useCall';
import { useCalendar } from './store';
import { TookPlaceBanner } from './TookPlace';
import { ChangedOn } from '../../components/ChangedOn';

/** What an event's tab other than the overview shows; those tabs belong to other features, which the app puts here. */
export type EventTabContent = (tab: Exclude<EventTab, 'overview'>, event: LiaisonEvent) => ReactNode;

const WATCH: readonly Domain[] = ['events', 'bodies', 'organisations'];

/** One event: everything recorded about it, its roster, and the agenda and outcomes to come. */
export function EventPage({ id, tab, tabContent }: { id: string; tab: EventTab; tabContent: EventTabContent }) {
  const { t } = useTranslation();
  const { data: event, error } = useCall('events.get', { id }, { watch: WATCH });
  const setTab = (next: EventTab) => navigate({ page: 'event', id, tab: next });
  const editing = useCalendar((s) => s.panel?.mode === 'edit');

  const back = () =>
    guarded(() => {
      useCalendar.getState().setPanel(null);
      navigate({ page: 'calendar' }, { force: true });
    });
  const edit = () => {
    if (event) guarded(() => useCalendar.getState().setPanel({ mode: 'edit', id: event.id, row: event }));
  };
  useCommand('close', back);
  useCommand('new', () => guarded(() => useCalendar.getState().setPanel({ mode: 'new', prefill: {} })));

  return (
    <div className="screen-main screen-scroll event-page" data-testid="event-page">
      <div className={tab === 'overview' ? 'event-page-inner' : 'event-page-inner is-wide'}>
        <nav className="event-back">
          <button type="button" className="button button-quiet" onClick={back} title={t('common.closeEsc')}>
            <Icon name="arrowLeft" size={16} />
            {t('events.page.back')}
          </button>
        </nav>
        {error ? (
          <Banner
            kind="error"
            title={error.code === 'not_found' ? t('events.notFound.title') : t('errors.codes.internal')}
            actions={
              <button type="button" className="button button-small" onClick={back}>
                {t('events.page.back')}
              </button>
            }
          >
            {error.code === 'not_found' ? t('events.notFound.pageText') : error.message}
          </Banner>
        ) : null}
        {!event && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
        {event ? (
          <>
            <header className="event-header">
              <div className="event-heading">
                <div className="event-badges">
                  <span className={`kind-badge ev-${event.kind}`}>{t(`events.kinds.${event.kind}`)}</span>
                  <span className={`status-badge status-${event.status}`}>{t(`events.statuses.${event.status}`)}</span>
                </div>
                <h1 className={`screen-title event-title status-${event.status}`}>{event.title}</h1>
                <p className="event-summary">
                  <Icon name="clock" size={15} />
                  <span>{whenSummary(event)}</span>
                  {event.venueCity || event.venueName ? (
                    <>
                      <Icon name="pin" size={15} />
                      <span>{[event.venueName, event.venueCity, countryName(event.venueCountryCode, event.venueCountryName)].filter(Boolean).join(', ')}</span>
                    </>
                  ) : null}
                </p>
              </div>
              <div className="screen-actions">
                <button type="button" className="button" onClick={() => void exportIcs({ eventIds: [event.id] })} title={t('events.page.exportTitle')}>
                  <Icon name="download" size={16} />
                  {t('events.page.export')}
                </button>
                <button type="button" className="button button-primary" onClick={edit} disabled={editing}>
                  <Icon name="edit" size={16} />
                  {t('events.page.edit')}
                </button>
              </div>
            </header>
            <TookPlaceBanner event={event} />
            <Tabs tabs={eventTabs} active={tab} onChange={setTab} label={t('events.page.tabsLabel')} idPrefix="event">
              {(name) => (
                <>
                  {t(`events.page.tabs.${name}`)}
                  {name === 'participants' && event.participantCount ? <span className="tab-count">{formatNumber(event.participantCount)}</span> : null}
                </>
              )}
            </Tabs>
            <section role="tabpanel" id={`event-tabpanel-${tab}`} aria-labelledby={`event-tab-${tab}`} className="tab-panel">
              {tab === 'overview' ? <Overview event={event} /> : tabContent(tab, event)}
            </section>
          </>
        ) : null}
      </div>
    </div>
  );

  function whenSummary(e: LiaisonEvent): string {
    if (e.when.allDay) return formatDays(e.when.start, e.when.end);
    return formatInstants(e.startsAt, e.endsAt, e.timeZone);
  }
}

function Row({ label, children, empty }: { label: string; children?: ReactNode; empty?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="info-row">
      <dt>{label}</dt>
      <dd>{empty ? <span className="not-set">{t('events.page.notSet')}</span> : children}</dd>
    </div>
  );
}

function Overview({ event }: { event: LiaisonEvent }) {
  const { t } = useTranslation();
  const here = userTimeZone();
  const days = event.when.allDay ? daysBetween(event.when.start, event.when.end) + 1 : 0;


  return (
    <div className="event-overview">
      <dl className="info-list card event-card" data-testid="event-overview">
        <Row label={t('events.page.when')}>
          {event.when.allDay ? (
            <div className="when-lines">
              <span className="when-main">{formatDays(event.when.start, event.when.end)}</span>
              <span className="muted">
                {t('events.page.allDay', { count: days })} · {t('events.page.daysIn', { zone: event.timeZone })}
              </span>
            </div>
          ) : (
            <div className="when-lines">
              <span className="when-main">
                {formatInstants(event.startsAt, event.endsAt, event.timeZone)}{' '}
                <span className="zone-name">
                  {event.timeZone} ({zoneOffsetLabel(event.startsAt, event.timeZone)})
                </span>
              </span>
              {event.timeZone !== here ? (
                <span className="when-local" data-testid="event-local-time">
                  {t('events.page.yourTime', { time: formatTimes(event.startsAt, event.endsAt, here), zone: here })}
                </span>
              ) : (
                <span className="muted">{t('events.page.sameZone')}</span>
              )}
            </div>
          )}
        </Row>
        <Row label={t('events.page.kind')}>{t(`events.kinds.${event.kind}`)}</Row>
        <Row label={t('events.page.status')}>{t(`events.statuses.${event.status}`)}</Row>
        <Row label={t('events.page.body')} empty={!event.bodyName}>
          <button type="button" className="link-button" onClick={() => event.bodyId && openBody(event.bodyId)}>
            {event.bodyName}
          </button>
        </Row>
        <Row label={t('events.page.series')} empty={!event.seriesId}>
          {event.seriesNumber
            ? t('events.page.seriesNumber', { ordinal: t('events.ordinal', { count: event.seriesNumber, ordinal: true }), name: event.seriesName })
            : t('events.page.seriesUnnumbered', { name: event.seriesName })}
        </Row>
        <Row label={t('events.page.venue')} empty={!event.venueName && !event.venueCity && !event.venueCountryName}>
          {[event.venueName, event.venueCity, countryName(event.venueCountryCode, event.venueCountryName)].filter(Boolean).join(', ')}
        </Row>
        <Row label={t('events.page.host')} empty={!event.hostOrgName}>
          {event.hostOrgName}
        </Row>
        <Row label={t('events.page.organisers')} empty={event.organisers.length === 0}>
          {event.organisers.map((o) => (o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name)).join('; ')}
        </Row>
        <Row label={t('events.page.funding')} empty={!event.fundingProgramme}>
          {event.fundingProgramme}
        </Row>
        <Row label={t('events.page.audience')} empty={!event.audience}>
          {event.audience}
        </Row>
        <Row label={t('events.page.tags')} empty={event.tags.length === 0}>
          <span className="chips">
            {event.tags.map((tag) => (
              <span key={tag} className="chip">
                <span className="chip-label">{tag}</span>
              </span>
            ))}
          </span>
        </Row>
        <Row label={t('events.page.links')} empty={event.links.length === 0}>
          <ul className="link-list">
            {event.links.map((link, i) => (
              <li key={i}>
                <Icon name="link" size={14} />
                <span>{link.label || link.url}</span>
                {link.label ? <span className="muted small mono">{link.url}</span> : null}
              </li>
            ))}
          </ul>
        </Row>
        <Row label={t('events.page.notes')} empty={!event.notes}>
          <div className="notes">{event.notes}</div>
        </Row>
      </dl>
      <p className="field-hint event-meta">
        {t('common.updatedAt', { date: formatDateTime(event.updatedAt) })} · {t('common.createdAt', { date: formatDateTime(event.createdAt) })}
        {event.icalUid ? ` · ${t('events.page.uid', { uid: event.icalUid })}` : ''}
      </p>
      <ChangedOn dataset="events" row={event.id} />
    </div>
  );
}

