import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner';
import { Icon, type IconName } from '../components/Icon';
import { Toasts } from '../components/Toast';
import { Palette } from '../features/palette/Palette';
import { DamagedBanner } from '../features/vault/DamagedBanner';
import { SyncStatus } from '../features/exchange/SyncStatus';
import { transportKind } from '../lib/client';
import { useDataChanged } from '../lib/events';
import { onGlobalKey } from '../lib/keys';
import { startLookups } from '../lib/lookups';
import { openSection, openSettings, startNavigation, useRoute } from '../lib/navigate';
import { sectionOf, sections, type Section as SectionName } from '../lib/route';
import { formatShortcut } from '../lib/shortcut';
import { useSystem } from '../lib/system';
import { tellStoreSortLanguage } from '../lib/locale';
import { lockNow } from '../lib/vault';
import { Section } from './Section';

const icons: Record<SectionName, IconName> = {
  dashboard: 'dashboard',
  calendar: 'calendar',
  people: 'people',
  organisations: 'organisations',
  bodies: 'bodies',
  actions: 'check',
  projects: 'projects',
  settings: 'settings',
};

export function Shell() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const section = sectionOf(route);
  const mainRef = useRef<HTMLElement>(null);
  const system = useSystem((s) => s.system);
  const systemError = useSystem((s) => s.systemError);
  const loadSystem = useSystem((s) => s.loadSystem);

  useEffect(() => {
    void loadSystem();
    startLookups();
    // A browser window already goes back and forward on the mouse's side buttons; Electron's does not.
    startNavigation({ mouseButtons: transportKind === 'electron' });
    window.addEventListener('keydown', onGlobalKey);
    return () => window.removeEventListener('keydown', onGlobalKey);
  }, [loadSystem]);
  useDataChanged(['people', 'organisations', 'events', 'projects', 'system'], () => void loadSystem());
  useEffect(tellStoreSortLanguage, [i18n.language]);

  useEffect(() => {
    const where = section ? t(`sections.${section}`) : t('navigation.notFound.pageTitle');
    document.title = `${where} · ${t('app.name')}`;
  }, [section, t]);

  const ctrl = t('settings.keys.ctrl');

  return (
    <div className="app">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // The hash is the route: focus moves, the address stays.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('app.sectionsLabel')}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            L
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <ul className="nav-list">
          {sections.map((item, index) => (
            <li key={item}>
              <button
                type="button"
                className={item === section ? 'nav-item is-active' : 'nav-item'}
                aria-current={item === section ? 'page' : undefined}
                onClick={() => openSection(item)}
                title={`${t(`sections.${item}`)} (${formatShortcut(`Mod+${index + 1}`, { ctrl })})`}
              >
                <Icon name={icons[item]} />
                <span className="nav-label">{t(`sections.${item}`)}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="nav-item sidebar-lock" onClick={() => void lockNow()} title={`${t('vault.lock.title')} (${formatShortcut('Mod+L', { ctrl })})`}>
          <Icon name="lock" />
          <span className="nav-label">{t('vault.lock.button')}</span>
        </button>
        <div className="sidebar-footer">
          <Icon name="database" size={14} />
          <SyncStatus />
          {system ? <span className="sidebar-version">{t('app.version', { version: system.appVersion })}</span> : null}
        </div>
      </nav>
      <main id="main" ref={mainRef} className="main" tabIndex={-1}>
        {transportKind === 'none' ? (
          <div className="main-banner">
            <Banner kind="error" title={t('errors.noToken.title')}>
              {t('errors.noToken.text')}
            </Banner>
          </div>
        ) : systemError ? (
          <div className="main-banner">
            <Banner
              kind="error"
              title={t('errors.systemInfo')}
              actions={
                <button type="button" className="button button-small" onClick={() => void loadSystem()}>
                  {t('common.retry')}
                </button>
              }
            >
              {systemError.message}
            </Banner>
          </div>
        ) : null}
        <DamagedBanner onRestore={() => openSettings('data')} />
        <Section />
      </main>
      <Palette />
      <Toasts />
    </div>
  );
}
