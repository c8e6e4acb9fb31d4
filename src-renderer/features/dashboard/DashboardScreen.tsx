import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent } from '../../../src-shared/contract';
import { Icon, type IconName } from '../../components/Icon';
import { ScreenHeader } from '../../components/Screen';
import { invoke } from '../../lib/client';
import { loadDemoData } from '../../lib/demo';
import { formatNumber } from '../../lib/format';
import { navigate, openEvent, openPerson, returnTo } from '../../lib/navigate';
import { useSystem } from '../../lib/system';
import { currentLocales } from '../../lib/locale';
import { allDaySpan, addDays, dayIn, dayParts, formatShortDay, formatShortDays, formatTimes, userTimeZone } from '../../lib/time';
import { useCall } from '../../lib/useCall';

const today = () => new Intl.DateTimeFormat(currentLocales(), { dateStyle: 'full' }).format(new Date());

async function readCounts() {
  const [people, spocs, organisations] = await Promise.all([
    invoke('people.list', { limit: 1 }),
    invoke('people.list', { limit: 1, spocOnly: true }),
    invoke('organisations.list', { limit: 1 }),
  ]);
  return { people: people.total, spocs: spocs.total, organisations: organisations.total };
}

function readUpcoming(): Promise<CalendarEvent[]> {
  const from = new Date();
  const to = new Date(from.getTime() + UPCOMING_DAYS * 86_400_000);
  return invoke('events.range', { from: from.toISOString(), to: to.toISOString() });
}

/**
 * The first screen. Cards from other features come from the app: `attention` (what asks for an
 * answer) under the counts, `more` (open actions, projects behind) at the end.
 */
export function DashboardScreen({ attention, more }: { attention?: ReactNode; more?: ReactNode }) {
  const { t } = useTranslation();
  const system = useSystem((s) => s.system);
  const [loadingDemo, setLoadingDemo] = useState(false);
  const countsCall = useCall(readCounts, 'counts', { watch: ['people', 'organisations'] });
  const counts = countsCall.error ? null : countsCall.data;
  const upcomingCall = useCall(readUpcoming, 'upcoming', { watch: ['events', 'bodies'] });
  const upcoming = upcomingCall.error ? [] : upcomingCall.data;

  async function demo() {
    setLoadingDemo(true);
    await loadDemoData();
    setLoadingDemo(false);
    countsCall.refresh();
  }

  return (
    <div className="screen">
      <div className="screen-main screen-scroll">
        <ScreenHeader title={t('dashboard.title')} meta={today()} />
        {system?.empty ? (
          <section className="card welcome-card" aria-labelledby="welcome-title">
            <div className="welcome-icon">
              <Icon name="sparkles" size={26} />
            </div>
            <div className="welcome-body">
              <h2 id="welcome-title">{t('dashboard.welcome.title')}</h2>
              <p>{t('dashboard.welcome.text')}</p>
              <div className="button-row">
                <button type="button" className="button button-primary" onClick={() => void demo()} disabled={loadingDemo}>
                  <Icon name="sparkles" size={16} />
                  {loadingDemo ? t('demo.loading') : t('demo.load')}
                </button>
                <button type="button" className="button" onClick={() => openPerson('new')}>
                  <Icon name="plus" size={16} />
                  {t('dashboard.welcome.addPerson')}
                </button>
              </div>
              <p className="muted small">{t('dashboard.welcome.demoNote')}</p>
            </div>
          </section>
        ) : null}
        <div className="stat-grid">
          <StatCard icon="people" label={t('dashboard.stats.people')} value={counts?.people} onOpen={() => returnTo('people')} />
          <StatCard
            icon="people"
            label={t('dashboard.stats.spocs')}
            value={counts?.spocs}
            onOpen={() => navigate({ page: 'people', id: null, spocOnly: true })}
          />
          <StatCard icon="organisations" label={t('dashboard.stats.organisations')} value={counts?.organisations} onOpen={() => returnTo('organisations')} />
        </div>
        {attention}
        <section className="card upcoming-card" aria-labelledby="dashboard-upcoming" data-testid="dashboard-upcoming">
          <header className="upcoming-header">
            <h2 id="dashboard-upcoming">{t('dashboard.upcoming.title')}</h2>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => navigate({ page: 'calendar' })}
            >
              <Icon name="calendar" size={14} />
              {t('dashboard.upcoming.openCalendar')}
            </button>
          </header>
          {upcoming === null ? (
            <p className="muted">{t('common.loading')}</p>
          ) : upcoming.length === 0 ? (
            <p className="muted">{t('dashboard.upcoming.none')}</p>
          ) : (
            <ul className="upcoming-list">
              {upcoming.slice(0, UPCOMING_SHOWN).map((event) => (
                <UpcomingItem key={event.id} event={event} onOpen={() => openEvent(event.id)} />
              ))}
            </ul>
          )}
          {upcoming && upcoming.length > UPCOMING_SHOWN ? (
            <p className="muted small upcoming-more">{t('dashboard.upcoming.more', { count: upcoming.length - UPCOMING_SHOWN })}</p>
          ) : null}
        </section>
        {more}
      </div>
    </div>
  );
}

const UPCOMING_DAYS = 56;
const UPCOMING_SHOWN = 8;

function UpcomingItem({ event, onOpen }: { event: CalendarEvent; onOpen: () => void }) {
  const { t } = useTranslation();
  const here = userTimeZone();
  let day: string;
  let when: string;
  if (event.allDay) {
    const { start, endExclusive } = allDaySpan(event.startsAt, event.endsAt, event.timeZone);
    const last = addDays(endExclusive, -1);
    day = start;
    when = last === start ? `${formatShortDay(start)} · ${t('dashboard.upcoming.allDay')}` : formatShortDays(start, last);
  } else {
    day = dayIn(event.startsAt, here);
    when = `${formatShortDay(day)} · ${formatTimes(event.startsAt, event.endsAt, here)}`;
  }
  const leaf = dayParts(day);
  const place = [event.venueCity, event.bodyName].filter(Boolean).join(' · ');
  return (
    <li>
      <button type="button" className="upcoming-item" onClick={onOpen}>
        <span className={`upcoming-date ev-${event.kind}`} aria-hidden="true">
          <span className="upcoming-weekday">{leaf.weekday}</span>
          <span className="upcoming-day">{leaf.day}</span>
          <span className="upcoming-month">{leaf.month}</span>
        </span>
        <span className="upcoming-body">
          <span className={`upcoming-title status-${event.status}`}>{event.title}</span>
          <span className="upcoming-meta">
            {when}
            {place ? ` · ${place}` : ''}
          </span>
        </span>
        <span className="upcoming-tags">
          <span className={`kind-badge ev-${event.kind}`}>{t(`events.kinds.${event.kind}`)}</span>
          {event.status === 'cancelled' || event.status === 'postponed' ? (
            <span className={`status-badge status-${event.status}`}>{t(`events.statuses.${event.status}`)}</span>
          ) : null}
        </span>
      </button>
    </li>
  );
}

function StatCard(props: { icon: IconName; label: string; value: number | undefined; onOpen: () => void }) {
  return (
    <button type="button" className="card stat-card" onClick={props.onOpen}>
      <span className="stat-icon">
        <Icon name={props.icon} size={20} />
      </span>
      <span className="stat-value">{props.value === undefined ? '–' : formatNumber(props.value)}</span>
      <span className="stat-label">{props.label}</span>
    </button>
  );
}
