import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

/** An agenda with no session yet: a first session on the event's first day, or a template. */
export function AgendaEmpty({ onAddSession, onTemplates }: { onAddSession: (() => void) | null; onTemplates: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon="agenda"
      title={t('agenda.empty.title')}
      testId="agenda-empty"
      actions={
        <>
          {onAddSession ? (
            <button type="button" className="button button-primary" onClick={onAddSession}>
              {t('agenda.empty.addSession')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onTemplates}>
            {t('agenda.templates.open')}
          </button>
        </>
      }
    >
      <p>{t('agenda.empty.text')}</p>
    </EmptyState>
  );
}
