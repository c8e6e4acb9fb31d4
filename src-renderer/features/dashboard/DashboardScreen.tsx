import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/store';
import { loadDemoData } from '../../app/demo';
import { Icon, type IconName } from '../../components/Icon';
import { ScreenHeader } from '../../components/Screen';
import { invoke } from '../../lib/client';
import { useDataChanged } from '../../lib/events';
import { formatNumber } from '../../lib/format';
import { usePeopleView } from '../people/store';

interface Counts {
  people: number;
  spocs: number;
  organisations: number;
}

const today = () => new Intl.DateTimeFormat(navigator.languages as string[], { dateStyle: 'full' }).format(new Date());

export function DashboardScreen() {
  const { t } = useTranslation();
  const system = useApp((s) => s.system);
  const go = useApp((s) => s.go);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [loadingDemo, setLoadingDemo] = useState(false);

  const loadCounts = useCallback(async () => {
    try {
      const [people, spocs, organisations] = await Promise.all([
        invoke('people.list', { limit: 1 }),
        invoke('people.list', { limit: 1, spocOnly: true }),
        invoke('organisations.list', { limit: 1 }),
      ]);
      setCounts({ people: people.total, spocs: spocs.total, organisations: organisations.total });
    } catch {
      setCounts(null);
    }
  }, []);
  useEffect(() => {
    void loadCounts();
  }, [loadCounts]);
  useDataChanged(['people', 'organisations'], () => void loadCounts());

  async function demo() {
    setLoadingDemo(true);
    await loadDemoData();
    setLoadingDemo(false);
    void loadCounts();
  }

  function newPerson() {
    usePeopleView.getState().set({ panel: { mode: 'new' } });
    go('people');
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
                <button type="button" className="button" onClick={newPerson}>
                  <Icon name="plus" size={16} />
                  {t('dashboard.welcome.addPerson')}
                </button>
              </div>
              <p className="muted small">{t('dashboard.welcome.demoNote')}</p>
            </div>
          </section>
        ) : null}
        <div className="stat-grid">
          <StatCard icon="people" label={t('dashboard.stats.people')} value={counts?.people} onOpen={() => go('people')} />
          <StatCard
            icon="people"
            label={t('dashboard.stats.spocs')}
            value={counts?.spocs}
            onOpen={() => {
              usePeopleView.getState().set({ spocOnly: true });
              go('people');
            }}
          />
          <StatCard icon="organisations" label={t('dashboard.stats.organisations')} value={counts?.organisations} onOpen={() => go('organisations')} />
        </div>
        <section className="card coming-card" aria-labelledby="dashboard-coming">
          <h2 id="dashboard-coming">{t('dashboard.coming.title')}</h2>
          <p>{t('dashboard.coming.text')}</p>
          <ul className="coming-list">
            <ComingItem icon="calendar" label={t('dashboard.coming.meetings')} />
            <ComingItem icon="check" label={t('dashboard.coming.actions')} />
            <ComingItem icon="projects" label={t('dashboard.coming.indicators')} />
          </ul>
        </section>
      </div>
    </div>
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

function ComingItem(props: { icon: IconName; label: string }) {
  const { t } = useTranslation();
  return (
    <li>
      <Icon name={props.icon} size={16} />
      <span>{props.label}</span>
      <span className="badge">{t('common.coming')}</span>
    </li>
  );
}
