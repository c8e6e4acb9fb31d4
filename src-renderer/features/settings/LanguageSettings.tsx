import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { toast } from '../../components/Toast';
import i18n, { LANGUAGES } from '../../i18n';
import COVERAGE from '../../i18n/coverage.json';
import { chooseLanguage, currentLanguage, localized } from '../../lib/locale';

const percentFormat = localized((locales) => new Intl.NumberFormat(locales, { style: 'percent', maximumFractionDigits: 0 }));

/** The interface language, each with how far its catalog can be trusted: its status and how much of it is translated. */
export function LanguageSettings() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [busy, setBusy] = useState(false);

  async function choose(code: string) {
    const next = LANGUAGES.find((l) => l.code === code);
    if (!next || next.code === language.code) return;
    setBusy(true);
    try {
      await chooseLanguage(next);
      // In the new language: `t` of this render still speaks the old one.
      toast('success', i18n.t('settings.language.changed', { language: next.name }));
    } finally {
      setBusy(false);
    }
  }

  const label = (code: string, status: string) => {
    // Counted from the catalogs by their test (I18N_WRITE=1 writes it), so opening Settings reads no catalog.
    const share = (COVERAGE as Record<string, number>)[code];
    const parts = [t(`settings.language.status.${status}`)];
    if (share !== undefined) parts.push(t('settings.language.coverage', { percent: percentFormat().format(Math.floor(share * 100) / 100) }));
    return parts.join(' · ');
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <Field label={t('settings.language.label')} hint={t('settings.language.hint')}>
        {(control) => (
          <select {...control} className="input" value={language.code} disabled={busy} onChange={(e) => void choose(e.target.value)} data-testid="language-picker">
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {`${l.name} — ${label(l.code, l.status)}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="field-hint" data-testid="language-status">
        <strong>{label(language.code, language.status)}</strong>
        {` — ${t(`settings.language.statusHint.${language.status}`)}`}
      </p>
    </section>
  );
}
