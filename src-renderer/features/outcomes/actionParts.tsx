import { useTranslation } from 'react-i18next';
import { actionStatuses, type ActionItem, type ActionStatus } from '../../../src-shared/contract';
import { Icon } from '../../components/Icon';
import { toast } from '../../components/Toast';
import i18n from '../../i18n';
import { invoke, toAppError } from '../../lib/client';
import { formatDay } from '../../lib/format';
import { openEvent } from '../../lib/navigate';
import './actions.css';

/** Opens the event's page on its Outcomes tab, where the item was recorded. */
export function openEventOutcomes(eventId: string): void {
  openEvent(eventId, 'outcomes');
}

/** The fields `actions.update` replaces, as the item has them now. */
export function actionFields(item: ActionItem) {
  return { agendaItemId: item.agendaItemId, title: item.title, ownerId: item.ownerId, dueOn: item.dueOn, status: item.status, notes: item.notes };
}

/** Saves a new status at once; a refusal (changed elsewhere meanwhile) is said in a toast and null returned. */
export async function saveStatus(item: ActionItem, status: ActionStatus): Promise<ActionItem | null> {
  try {
    return await invoke('actions.update', { id: item.id, ...actionFields(item), status, expectedUpdatedAt: item.updatedAt });
  } catch (e) {
    const error = toAppError(e);
    const t = i18n.t.bind(i18n);
    toast('error', error.code === 'conflict' ? t('actions.conflict', { title: item.title }) : t('actions.statusFailed', { title: item.title }), error.message);
    return null;
  }
}

export function StatusSelect(props: { item: ActionItem; disabled?: boolean; onChange: (status: ActionStatus) => void }) {
  const { t } = useTranslation();
  const { item } = props;
  return (
    <select
      className={`select action-status action-status-${item.status}`}
      aria-label={t('actions.statusOf', { title: item.title })}
      value={item.status}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value as ActionStatus)}
    >
      {actionStatuses.map((status) => (
        <option key={status} value={status}>
          {t(`actions.statuses.${status}`)}
        </option>
      ))}
    </select>
  );
}

/** The due date, and "Overdue" in words as well as colour. */
export function DueDate({ item }: { item: ActionItem }) {
  const { t } = useTranslation();
  return (
    <span className="action-due">
      {item.dueOn ? <span className="action-due-date">{formatDay(item.dueOn)}</span> : <span className="muted">{t('actions.noDueDate')}</span>}
      {item.overdue ? (
        <span className="action-overdue">
          <Icon name="alert" size={12} />
          {t('actions.overdue')}
        </span>
      ) : null}
    </span>
  );
}

/** "Ion Popescu" over "RO · IGPR", or a quiet "No owner". */
export function Owner({ item }: { item: ActionItem }) {
  const { t } = useTranslation();
  if (!item.ownerName) return <span className="muted">{t('actions.noOwner')}</span>;
  const detail = [item.ownerCountryCode, item.ownerOrganisation].filter(Boolean).join(' · ');
  return (
    <span className="action-stack">
      <span>{item.ownerName}</span>
      {detail ? <span className="muted small">{detail}</span> : null}
    </span>
  );
}

/** What must be done, the agenda item it came from, and its notes where the screen has room for them. */
export function ActionWhat({ item, withNotes = false }: { item: ActionItem; withNotes?: boolean }) {
  return (
    <span className="action-stack">
      <span className="action-title">{item.title}</span>
      {item.agendaItemTitle ? (
        <span className="muted small action-agenda-item">
          <Icon name="agenda" size={13} />
          {item.agendaItemTitle}
        </span>
      ) : null}
      {withNotes && item.notes ? <span className="muted small action-notes">{item.notes}</span> : null}
    </span>
  );
}
