import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../src-shared/contract';
import { invoke, toAppError } from '../lib/client';
import { formatDateTime } from '../lib/format';
import { useCall } from '../lib/useCall';
import { toast } from './Toast';

type Record = CallInput<'exchange.lastChange'>;

/**
 * On a record kept by several laptops: which laptop changed it last, and any field edited on two
 * laptops, with the value that was kept and the other one to choose instead. Nothing when the store
 * is in no exchange group.
 */
export function ChangedOn({ dataset, row }: Record) {
  const { t } = useTranslation();
  const { data: last } = useCall('exchange.lastChange', { dataset, row }, { watch: ['exchange', 'people', 'events', 'organisations', 'bodies', 'projects'] });
  const { data: open } = useCall('exchange.conflicts', { dataset, row }, { watch: ['exchange', 'people', 'events', 'organisations', 'bodies', 'projects'] });
  const show = (value: unknown) => (value === null || value === '' ? t('exchange.conflicts.empty_value') : `“${typeof value === 'string' ? value : JSON.stringify(value)}”`);

  async function useOther(id: string) {
    try {
      await invoke('exchange.resolveConflict', { id, use: 'other' });
    } catch (error) {
      toast('error', toAppError(error).message);
    }
  }

  if (!last?.lastChange && !open?.conflicts.length) return null;
  return (
    <div className="changed-on field-hint" data-testid="changed-on">
      {last?.lastChange ? <p>{t('exchange.record.changedOn', { laptop: last.lastChange.laptop, at: formatDateTime(last.lastChange.at) })}</p> : null}
      {open?.conflicts.map((c) => (
        <p key={c.id} className="changed-on-conflict">
          {t('exchange.record.conflict', {
            field: t(`exchange.columns.${c.column}`, { defaultValue: c.column.replace(/_/g, ' ') }),
            value: show(c.kept.value),
            laptop: c.kept.laptop,
            at: formatDateTime(c.kept.at),
          })}{' '}
          <button type="button" className="button button-small" onClick={() => void useOther(c.id)}>
            {t('exchange.record.useOther', { value: show(c.other.value) })}
          </button>
        </p>
      ))}
    </div>
  );
}
