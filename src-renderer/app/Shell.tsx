import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Icon, type IconName } from '../components/Icon';
import { Toasts } from '../components/Toast';
import { transportKind } from '../lib/client';
import { useDataChanged } from '../lib/events';
import { formatShortcut } from '../lib/shortcut';
import { startLookups } from '../lib/lookups';
import { lockNow } from '../lib/vault';
import { BodiesScreen } from '../features/bodies/BodiesScreen';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { useCalendar } from '../features/calendar/store';
import { ActionsScreen } from '../features/actions/ActionsScreen';
import { ProjectsScreen } from '../features/projects/ProjectsScreen';
import { useProjectsView } from '../features/projects/store';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { OrganisationsScreen } from '../features/organisations/OrganisationsScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useSettingsView } from '../features/settings/store';
import { DamagedBanner } from '../features/vault/DamagedBanner';
import { guarded, runCommand, type CommandName } from './commands';
import { sections, useApp, type Section } from './store';

const icons: Record<Section, IconName> = {
  dashboard: 'dashboard',
  calendar: 'calendar',
  people: 'people',
  organisations: 'organisations',
  bodies: 'bodies',
  actions: 'check',
  projects: 'projects',
  settings: 'settings',
};

/** Inputs where a letter is a click, not text: the calendar's letter keys still work there. */
const notTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !notTextInputs.has(target.type);
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Where arrow keys already mean something: lists, tabs, and the controls of a side panel. */
function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="grid"], [role="tablist"], .side-panel, .fc-popover') !== null;
}

/** One-letter keys of the screens that listen for them (the calendar's views and "today"). */
const letterCommands: Record<string, CommandName> = {
  t: 'today',
  m: 'viewMonth',
  w: 'viewWeek',
  d: 'viewDay',
  a: 'viewAgenda',
  y: 'viewYear',
};

/** App-wide keys; screens and panels say what "new", "save", "search", "close" and the rest mean for them. */
function onGlobalKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  // Locking wins over everything, an open dialog and unsaved edits included: it is for when someone walks up.
  if (mod && !event.altKey && !event.shiftKey && key === 'l') {
    event.preventDefault();
    void lockNow();
    return;
  }
  // A modal dialog owns the keyboard until it closes.
  if (document.querySelector('dialog[open]')) return;
  const plain = !mod && !event.altKey;
  const sectionKeys = new RegExp(`^[1-${sections.length}]$`);

  if (mod && !event.altKey && !event.shiftKey && sectionKeys.test(key)) {
    event.preventDefault();
    const target = sections[Number(key) - 1]!;
    if (target !== useApp.getState().section) guarded(() => useApp.getState().go(target));
  } else if (mod && (key === 's' || key === 'Enter')) {
    event.preventDefault();
    runCommand('save');
  } else if ((mod && key === 'f') || (plain && key === '/' && !isTyping(event.target))) {
    if (runCommand('search')) event.preventDefault();
  } else if ((mod && !event.shiftKey && key === 'n') || (plain && key === 'n' && !isTyping(event.target))) {
    if (runCommand('new')) event.preventDefault();
  } else if (key === 'Escape') {
    if (runCommand('close')) event.preventDefault();
  } else if (mod && !event.altKey && !event.shiftKey && key === 'z' && !isTyping(event.target)) {
    // In a text field Ctrl+Z stays the field's own undo.
    if (runCommand('undo')) event.preventDefault();
  } else if (plain && !event.shiftKey && !isTyping(event.target)) {
    const letter = letterCommands[key];
    let command: CommandName | null = letter ?? null;
    if (!command && !ownsArrows(event.target)) {
      if (key === 'ArrowLeft' || key === 'PageUp') command = 'previous';
      else if (key === 'ArrowRight' || key === 'PageDown') command = 'next';
    }
    if (command && runCommand(command)) event.preventDefault();
  }
}

/**
 * A click in the sidebar shows the section's main screen (the calendar, not the event last
 * opened; the portfolio, not a project), while Ctrl+digit returns to where the user left it.
 */
function goHome(section: Section): void {
  if (section === 'calendar') {
    useCalendar.getState().setPanel(null);
    useCalendar.getState().closeEvent();
  } else if (section === 'projects') {
    useProjectsView.getState().close();
  }
  useApp.getState().go(section);
}

function openBackups(): void {
  useSettingsView.getState().setTab('data');
  guarded(() => useApp.getState().go('settings'));
}

function Screen({ section }: { section: Section }) {
  switch (section) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'people':
      return <PeopleScreen />;
    case 'organisations':
      return <OrganisationsScreen />;
    case 'bodies':
      return <BodiesScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'calendar':
      return <CalendarScreen />;
    case 'actions':
      return <ActionsScreen />;
    case 'projects':
      return <ProjectsScreen />;
  }
}

export function Shell() {
  const { t } = useTranslation();
  const section = useApp((s) => s.section);
  const mainRef = useRef<HTMLElement>(null);
  const system = useApp((s) => s.system);
  const systemError = useApp((s) => s.systemError);
  const loadSystem = useApp((s) => s.loadSystem);

  useEffect(() => {
    void loadSystem();
    startLookups();
    window.addEventListener('keydown', onGlobalKey);
    return () => window.removeEventListener('keydown', onGlobalKey);
  }, [loadSystem]);
  useDataChanged(['*', 'people', 'organisations', 'events', 'projects', 'system'], () => void loadSystem());

  useEffect(() => {
    document.title = `${t(`sections.${section}`)} · ${t('app.name')}`;
  }, [section, t]);

  const ctrl = t('settings.keys.ctrl');

  return (
    <div className="app">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // The hash holds the loopback token: focus moves, the address stays.
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
                onClick={() => guarded(() => goHome(item))}
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
          <span>{t('app.offline')}</span>
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
        <DamagedBanner onRestore={openBackups} />
        <ErrorBoundary
          key={section}
          area={t(`sections.${section}`)}
          exit={section === 'dashboard' ? undefined : { label: t('errorBoundary.toDashboard'), run: () => useApp.getState().go('dashboard') }}
        >
          <Screen section={section} />
        </ErrorBoundary>
      </main>
      <Toasts />
    </div>
  );
}
