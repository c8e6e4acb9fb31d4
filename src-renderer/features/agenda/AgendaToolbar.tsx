import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../src-shared/contract';
import { DocumentButtons } from '../../components/documents/DocumentButtons';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../lib/format';
import { userTimeZone } from '../../lib/time';

/** The agenda's buttons, then a line that counts its items and warnings and recalls the keys. */
export function AgendaToolbar(props: {
  eventId: string;
  agenda: Agenda;
  empty: boolean;
  /** Whether the selected item can start a session of its own (it is not the first of its session). */
  canSplit: boolean;
  onNewItem: () => void;
  onBreak: () => void;
  onSplit: () => void;
  onCarryOver: () => void;
  onTemplates: () => void;
  onFirstWarning: () => void;
}) {
  const { t } = useTranslation();
  const { agenda, empty } = props;
  const otherZone = agenda.timeZone !== userTimeZone();
  return (
    <>
      <div className="agenda-toolbar" role="toolbar" aria-label={t('agenda.toolbar')}>
        <button type="button" className="button button-primary" disabled={empty} onClick={props.onNewItem} title={t('agenda.keys.new')}>
          <Icon name="plus" size={16} />
          {t('agenda.addItem')}
        </button>
        <button type="button" className="button" disabled={empty} onClick={props.onBreak} title={t('agenda.keys.break')}>
          {t('agenda.insertBreak')}
        </button>
        <button type="button" className="button" disabled={!props.canSplit} onClick={props.onSplit} title={t('agenda.keys.split')}>
          {t('agenda.split')}
        </button>
        <span className="agenda-toolbar-gap" />
        <button type="button" className="button" onClick={props.onCarryOver} disabled={empty}>
          {t('agenda.carryOver.open')}
        </button>
        <button type="button" className="button" onClick={props.onTemplates}>
          {empty ? t('agenda.templates.open') : t('agenda.templates.save')}
        </button>
        <DocumentButtons eventId={props.eventId} document="agenda" />
      </div>
      <div className="agenda-summary muted small">
        <span>
          {t('agenda.summary', { count: agenda.itemCount, formatted: formatNumber(agenda.itemCount) })}
          {otherZone ? ` · ${t('agenda.zone', { zone: agenda.timeZone })}` : ''}
        </span>
        {agenda.warningCount ? (
          <button type="button" className="agenda-warning-count" data-testid="agenda-warning-count" onClick={props.onFirstWarning}>
            <Icon name="alert" size={14} />
            {t('agenda.warnings', { count: agenda.warningCount, formatted: formatNumber(agenda.warningCount) })}
          </button>
        ) : null}
        {!empty ? <span className="agenda-keys">{t('agenda.keys.summary')}</span> : null}
      </div>
    </>
  );
}
