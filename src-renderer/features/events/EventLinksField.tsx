import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/Field';
import { Icon } from '../../components/Icon';
import type { EventFormPart } from './EventFormSections';

const MAX_LINKS = 30;

/** The event's links, a label and an address each; `errors` by row, as `listErrors` gives them. */
export function EventLinksField({ draft, setDraft, errors }: Pick<EventFormPart, 'draft' | 'setDraft'> & { errors: Record<number, string> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field list-field">
      <legend className="field-label">{t('events.form.links')}</legend>
      {draft.links.map((link, index) => {
        const error = errors[index];
        const errorId = `event-link-${index}-error`;
        const update = (patch: Partial<typeof link>) => setDraft((d) => ({ ...d, links: d.links.map((l, i) => (i === index ? { ...l, ...patch } : l)) }));
        return (
          <div key={index} className={`list-field-item${error ? ' has-error' : ''}`}>
            <div className="link-row">
              <input
                className="input link-label"
                value={link.label}
                aria-label={t('events.form.linkLabelN', { n: index + 1 })}
                aria-describedby={error ? errorId : undefined}
                placeholder={t('events.form.linkLabelPlaceholder')}
                onChange={(e) => update({ label: e.target.value })}
              />
              <input
                className="input"
                type="url"
                inputMode="url"
                value={link.url}
                spellCheck={false}
                aria-label={t('events.form.linkUrlN', { n: index + 1 })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                placeholder="https://"
                onChange={(e) => update({ url: e.target.value })}
              />
              {draft.links.length > 1 || link.label || link.url ? (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('events.form.removeLinkN', { n: index + 1 })}
                  title={t('common.remove')}
                  onClick={() => setDraft((d) => ({ ...d, links: d.links.length > 1 ? d.links.filter((_, i) => i !== index) : [{ label: '', url: '' }] }))}
                >
                  <Icon name="close" size={16} />
                </button>
              ) : null}
            </div>
            {error ? <FieldError id={errorId} message={error} /> : null}
          </div>
        );
      })}
      {draft.links.length < MAX_LINKS ? (
        <button type="button" className="button button-quiet button-small" onClick={() => setDraft((d) => ({ ...d, links: [...d.links, { label: '', url: '' }] }))}>
          <Icon name="plus" size={14} />
          {t('events.form.addLink')}
        </button>
      ) : null}
    </fieldset>
  );
}
