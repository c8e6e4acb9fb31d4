import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus } from '../../../src-shared/contract';
import { LoadError } from '../../components/LoadError';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { FilterSelect, ScreenHeader, type SelectOption } from '../../components/Screen';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { csvSeparatorFor } from '../../lib/csv';
import { formatDate, formatNumber } from '../../lib/format';
import { useBodyOptions, useCountryOptions } from '../../lib/lookups';
import { navigate } from '../../lib/navigate';
import { useCall } from '../../lib/useCall';
import { ActionWhat, DueDate, openEventOutcomes, Owner, saveStatus, StatusSelect } from './actionParts';
import { useActionsView, type ActionsFilter } from './store';
import { userTimeZone, userToday } from '../../lib/time';
import { downloadBase64 } from '../../lib/files';
import { compareText } from '../../lib/locale';

interface Loaded {
  rows: ActionItem[];
  /** Every action item, for the owner filter and the counts in the header. */
  all: ActionItem[];
}

function listInput(filter: ActionsFilter, today: string) {
  return {
    show: filter.show,
    today,
    ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
    ...(filter.countryCode ? { countryCode: filter.countryCode } : {}),
    ...(filter.bodyId ? { bodyId: filter.bodyId } : {}),
  };
}

async function readActions(filter: ActionsFilter): Promise<Loaded> {
  const today = userToday();
  const [rows, all] = await Promise.all([invoke('actions.list', listInput(filter, today)), invoke('actions.list', { show: 'all', today })]);
  return { rows, all };
}

/** Action items across every event: overdue and open first. */
export function ActionsScreen() {
  const { t } = useTranslation();
  const view = useActionsView();
  const { show, ownerId, countryCode, bodyId } = view;
  const countryOptions = useCountryOptions();
  const bodyOptions = useBodyOptions();
  const [saving, setSaving] = useState<string | null>(null);
  const filter = { show, ownerId, countryCode, bodyId };
  // The list on screen stays while another filter's loads.
  const { data, error, refresh: load } = useCall((): Promise<Loaded> => readActions(filter), JSON.stringify(filter), {
    watch: ['actions', 'outcomes', 'events', 'people'],
    keep: true,
  });

  const ownerOptions = useMemo<SelectOption[]>(() => {
    const owners = new Map<string, string>();
    for (const a of data?.all ?? []) {
      if (a.ownerId && a.ownerName) owners.set(a.ownerId, a.ownerCountryCode ? `${a.ownerName} (${a.ownerCountryCode})` : a.ownerName);
    }
    return [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => compareText(a.label, b.label));
  }, [data]);

  const pending = data?.all.filter((a) => a.status === 'open' || a.status === 'in_progress').length ?? 0;
  const overdue = data?.all.filter((a) => a.overdue).length ?? 0;
  const filtered = Boolean(ownerId || countryCode || bodyId);

  const separator = useMemo(() => csvSeparatorFor(), []);

  /** The list as it is filtered now, as a file. */
  async function exportAs(format: 'csv' | 'xlsx') {
    try {
      const file = await invoke('actions.export', {
        ...listInput({ show, ownerId, countryCode, bodyId }, userToday()),
        timeZone: userTimeZone(),
        format,
        ...(format === 'csv' ? { separator } : {}),
      });
      downloadBase64(file.fileName, file.base64, file.mimeType);
      toast('success', t('actions.export.saved', { fileName: file.fileName }));
    } catch (e) {
      toast('error', t('actions.export.failed'), toAppError(e).message);
    }
  }

  async function changeStatus(item: ActionItem, status: ActionStatus) {
    setSaving(item.id);
    await saveStatus(item, status);
    setSaving(null);
    load();
  }

  const meta = data ? (
    <span data-testid="actions-meta">
      {t('actions.meta.open', { count: pending, formatted: formatNumber(pending) })}
      {overdue ? <span className="actions-meta-overdue">{` · ${t('actions.meta.overdue', { count: overdue, formatted: formatNumber(overdue) })}`}</span> : null}
    </span>
  ) : null;

  return (
    <div className="screen">
      <div className="screen-main screen-scroll actions-screen" data-testid="actions-screen">
        <ScreenHeader title={t('actions.title')} meta={meta} />
        <div className="toolbar" role="toolbar" aria-label={t('actions.filters')}>
          <div className="segmented-options actions-show" role="radiogroup" aria-label={t('actions.show.label')}>
            {(['open', 'all'] as const).map((value) => (
              <label key={value} className={show === value ? 'segmented-option is-checked' : 'segmented-option'}>
                <input type="radio" name="actions-show" value={value} checked={show === value} onChange={() => view.set({ show: value })} />
                {t(`actions.show.${value}`)}
              </label>
            ))}
          </div>
          <FilterSelect label={t('actions.filterOwner')} anyLabel={t('actions.allOwners')} value={ownerId} options={ownerOptions} onChange={(value) => view.set({ ownerId: value })} />
          <FilterSelect
            label={t('actions.filterCountry')}
            anyLabel={t('filters.allCountries')}
            value={countryCode}
            options={countryOptions}
            onChange={(value) => view.set({ countryCode: value })}
          />
          <FilterSelect label={t('actions.filterBody')} anyLabel={t('actions.allBodies')} value={bodyId} options={bodyOptions} onChange={(value) => view.set({ bodyId: value })} />
          {filtered ? (
            <button type="button" className="button button-quiet" onClick={view.clear}>
              <Icon name="close" size={16} />
              {t('common.clearFilters')}
            </button>
          ) : null}
          {data && data.rows.length > 0 ? (
            <span className="actions-export" role="group" aria-label={t('actions.export.label')}>
              <span className="muted small">{t('actions.export.label')}</span>
              <button type="button" className="button" onClick={() => void exportAs('csv')} title={t('actions.export.csvTitle')}>
                <Icon name="download" size={16} />
                {t(separator === ';' ? 'actions.export.csvSemicolon' : 'actions.export.csvComma')}
              </button>
              <button type="button" className="button" onClick={() => void exportAs('xlsx')} title={t('actions.export.xlsxTitle')}>
                <Icon name="download" size={16} />
                {t('actions.export.xlsx')}
              </button>
            </span>
          ) : null}
        </div>
        {error ? (
          <LoadError title={t('actions.loadFailed')} error={error} onRetry={load} />
        ) : null}
        {!data && !error ? <div className="loading-note">{t('common.loading')}</div> : null}
        {data && data.rows.length === 0 ? (
          data.all.length === 0 ? (
            <EmptyState
              icon="check"
              title={t('actions.empty.noneTitle')}
              testId="actions-screen-empty"
              actions={
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => navigate({ page: 'calendar' })}
                >
                  <Icon name="calendar" size={16} />
                  {t('actions.empty.openCalendar')}
                </button>
              }
            >
              <p>{t('actions.empty.noneText')}</p>
            </EmptyState>
          ) : (
            <EmptyState
              icon="filter"
              title={filtered ? t('actions.empty.filteredTitle') : t('actions.empty.doneTitle')}
              testId="actions-screen-empty"
              actions={
                <>
                  {filtered ? (
                    <button type="button" className="button" onClick={view.clear}>
                      {t('common.clearFilters')}
                    </button>
                  ) : null}
                  {show === 'open' ? (
                    <button type="button" className="button" onClick={() => view.set({ show: 'all' })}>
                      {t('actions.empty.showAll')}
                    </button>
                  ) : null}
                </>
              }
            >
              <p>{filtered ? t('actions.empty.filteredText') : t('actions.empty.doneText')}</p>
            </EmptyState>
          )
        ) : null}
        {data && data.rows.length > 0 ? (
          <div className="card action-table-scroll">
            <table className="action-table actions-all" aria-label={t('actions.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('actions.columns.what')}</th>
                  <th scope="col">{t('actions.columns.meeting')}</th>
                  <th scope="col">{t('actions.columns.owner')}</th>
                  <th scope="col">{t('actions.columns.due')}</th>
                  <th scope="col">{t('actions.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((item) => (
                  <tr key={item.id} className={item.overdue ? 'action-row is-overdue' : `action-row is-${item.status}`}>
                    <td className="action-what">
                      <ActionWhat item={item} />
                    </td>
                    <td className="action-meeting">
                      <span className="action-stack">
                        <button
                          type="button"
                          className="link-button"
                          title={t('actions.openEvent')}
                          onClick={() => openEventOutcomes(item.eventId)}
                        >
                          {item.eventTitle}
                        </button>
                        <span className="muted small">{[formatDate(item.eventStartsAt), item.bodyName].filter(Boolean).join(' · ')}</span>
                      </span>
                    </td>
                    <td>
                      <Owner item={item} />
                    </td>
                    <td>
                      <DueDate item={item} />
                    </td>
                    <td>
                      <StatusSelect item={item} disabled={saving === item.id} onChange={(status) => void changeStatus(item, status)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </div>
  );
}
