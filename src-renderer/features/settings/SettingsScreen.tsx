import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/navigate';
import { sections, settingsTabs, type SettingsTab } from '../../lib/route';
import { useSystem } from '../../lib/system';
import { useTheme, type ThemePreference } from '../../lib/theme';
import { Banner } from '../../components/Banner';
import { Kbd, ScreenHeader } from '../../components/Screen';
import { Tabs } from '../../components/Tabs';
import { transportKind } from '../../lib/client';
import { formatShortcut } from '../../lib/shortcut';
import { DataSettings } from './DataSettings';
import { LanguageSettings } from './LanguageSettings';

const themes: ThemePreference[] = ['system', 'light', 'dark'];

/** Settings; which tab is open is in the address (`#/settings/data`). The exchange tab is another feature's, given by the section. */
export function SettingsScreen({ tab, exchange }: { tab: SettingsTab; exchange: ReactNode }) {
  const { t } = useTranslation();
  const system = useSystem((s) => s.system);
  const systemError = useSystem((s) => s.systemError);
  const loadSystem = useSystem((s) => s.loadSystem);
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  const setTab = (next: SettingsTab) => navigate({ page: 'settings', tab: next });

  useEffect(() => {
    void loadSystem();
  }, [loadSystem]);

  const ctrl = t('settings.keys.ctrl');
  const mod = (key: string) => formatShortcut(`Mod+${key}`, { ctrl });
  const transport = system?.transport ?? (transportKind === 'none' ? null : transportKind);
  const rows: Array<[string, string | number | undefined, boolean?]> = [
    [t('settings.about.dataDir'), system?.dataDir, true],
    [t('settings.about.databasePath'), system?.databasePath, true],
    [t('settings.about.schemaVersion'), system?.schemaVersion],
    [t('settings.about.transport'), transport ? t(`settings.transport.${transport}`) : undefined],
    [t('settings.about.appVersion'), system?.appVersion],
    [t('settings.about.sqliteVersion'), system?.sqliteVersion],
    [t('settings.about.platform'), system?.platform],
  ];
  const shortcuts: Array<[string, string[]]> = [
    [t('settings.keys.sections'), [mod('1'), '…', mod(String(sections.length))]],
    [t('settings.keys.search'), ['/', mod('F')]],
    [t('settings.keys.new'), ['N', mod('N')]],
    [t('settings.keys.move'), ['↑', '↓', 'Home', 'End']],
    [t('settings.keys.open'), ['Enter']],
    [t('settings.keys.save'), [mod('S'), mod('Enter')]],
    [t('settings.keys.close'), ['Esc']],
    [t('settings.keys.today'), ['T']],
    [t('settings.keys.previousNext'), ['←', '→', 'PgUp', 'PgDn']],
    [t('settings.keys.views'), ['M', 'W', 'D', 'A', 'Y']],
    [t('settings.keys.undoMove'), [mod('Z')]],
    [t('settings.keys.lock'), [mod('L')]],
    [t('settings.keys.palette'), [mod('K')]],
    [t('settings.keys.backForward'), [formatShortcut('Alt+←', { ctrl }), formatShortcut('Alt+→', { ctrl })]],
  ];

  const general = (
    <>
      <LanguageSettings />
      <section className="card settings-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('settings.appearance.title')}</h2>
        <fieldset className="segmented" aria-describedby="settings-theme-hint">
          <legend className="field-label">{t('settings.appearance.theme')}</legend>
          <div className="segmented-options">
            {themes.map((theme) => (
              <label key={theme} className={preference === theme ? 'segmented-option is-checked' : 'segmented-option'}>
                <input type="radio" name="theme" value={theme} checked={preference === theme} onChange={() => setPreference(theme)} />
                {t(`settings.appearance.themes.${theme}`)}
              </label>
            ))}
          </div>
          <p id="settings-theme-hint" className="field-hint">
            {t('settings.appearance.hint')}
          </p>
        </fieldset>
      </section>
      <section className="card settings-section" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about.title')}</h2>
        {systemError ? (
          <Banner kind="error" title={t('errors.systemInfo')}>
            {systemError.message}
          </Banner>
        ) : null}
        <dl className="info-list" data-testid="system-info">
          {rows.map(([label, value, mono]) => (
            <div key={label} className="info-row">
              <dt>{label}</dt>
              <dd className={mono ? 'mono' : undefined}>{value ?? '–'}</dd>
            </div>
          ))}
        </dl>
        <p className="field-hint">{t('settings.about.privacy')}</p>
      </section>
      <section className="card settings-section" aria-labelledby="settings-keys">
        <h2 id="settings-keys">{t('settings.keys.title')}</h2>
        <dl className="info-list">
          {shortcuts.map(([label, keys]) => (
            <div key={label} className="info-row">
              <dt>{label}</dt>
              <dd className="keys">
                {keys.map((key) => (key === '…' ? <span key={key}>…</span> : <Kbd key={key}>{key}</Kbd>))}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );

  return (
    <div className="screen">
      <div className="screen-main screen-scroll">
        <ScreenHeader title={t('settings.title')} />
        <Tabs tabs={settingsTabs} active={tab} onChange={setTab} label={t('settings.tabsLabel')} idPrefix="settings">
          {(name) => t(`settings.tabs.${name}`)}
        </Tabs>
        <div role="tabpanel" id={`settings-tabpanel-${tab}`} aria-labelledby={`settings-tab-${tab}`} className="tab-panel">
          {tab === 'data' ? <DataSettings /> : tab === 'exchange' ? exchange : general}
        </div>
      </div>
    </div>
  );
}
