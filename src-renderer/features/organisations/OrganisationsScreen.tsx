import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationKinds, type Organisation } from '../../../src-shared/contract';
import { useApp } from '../../app/store';
import { guarded, useCommand } from '../../app/commands';
import { loadDemoData } from '../../app/demo';
import { Banner } from '../../components/Banner';
import { DataTable, type TableSort } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { FilterSelect, Kbd, ScreenHeader, SearchBox } from '../../components/Screen';
import { toast } from '../../components/Toast';
import { invoke } from '../../lib/client';
import { useDataChanged } from '../../lib/events';
import { formatNumber } from '../../lib/format';
import { useLookups } from '../../lib/lookups';
import { useDebounced } from '../../lib/useDebounced';
import { usePagedList } from '../../lib/usePagedList';
import { organisationColumns } from './columns';
import { OrganisationPanel } from './OrganisationPanel';
import { useOrganisationsView, type OrganisationSort } from './store';

const PAGE_SIZE = 200;
/** Columns that give way while the side panel is open. */
const PANEL_HIDDEN_COLUMNS = ['kind', 'updated'];

export function OrganisationsScreen() {
  const { t } = useTranslation();
  const view = useOrganisationsView();
  const systemEmpty = useApp((s) => s.system?.empty ?? false);
  const countries = useLookups((s) => s.countries);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const search = useDebounced(view.searchText.trim(), 150);
  const params = {
    search,
    countryCode: view.countryCode,
    kind: view.kind,
    sort: view.sort,
    dir: view.desc ? ('desc' as const) : ('asc' as const),
  };
  const key = JSON.stringify(params);
  const list = usePagedList<Organisation>(key, (offset, limit) => invoke('organisations.list', { ...params, offset, limit }), PAGE_SIZE);
  useDataChanged(['organisations', 'people', 'countries'], list.refresh);

  const columns = useMemo(() => organisationColumns(t), [t]);
  const sort = useMemo<TableSort>(() => ({ id: view.sort, desc: view.desc }), [view.sort, view.desc]);
  const filtered = Boolean(search || view.countryCode || view.kind);
  const settled = list.key === key;

  const openNew = useCallback(() => guarded(() => useOrganisationsView.getState().set({ panel: { mode: 'new' } })), []);
  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };
  useCommand('new', openNew);
  useCommand('search', focusSearch);

  function closePanel() {
    view.set({ panel: null });
    requestAnimationFrame(() => gridRef.current?.focus());
  }

  const countryOptions = useMemo(() => countries.map((c) => ({ value: c.code, label: c.name })), [countries]);
  const kindOptions = useMemo(() => organisationKinds.map((kind) => ({ value: kind, label: t(`organisations.kinds.${kind}`) })), [t]);

  let body;
  if (list.error && list.total === null) {
    body = (
      <Banner
        kind="error"
        title={t('errors.loadFailed')}
        actions={
          <button type="button" className="button" onClick={list.refresh}>
            {t('common.retry')}
          </button>
        }
      >
        {list.error.message}
      </Banner>
    );
  } else if (list.total === null) {
    body = <div className="loading-note">{t('common.loading')}</div>;
  } else if (list.total === 0 && settled && !filtered) {
    body = (
      <EmptyState
        icon="organisations"
        title={t('organisations.empty.title')}
        testId="organisations-empty"
        actions={
          <>
            <button type="button" className="button button-primary" onClick={openNew}>
              <Icon name="plus" size={16} />
              {t('organisations.new')}
            </button>
            {systemEmpty ? (
              <button type="button" className="button" onClick={() => void loadDemoData()}>
                <Icon name="sparkles" size={16} />
                {t('demo.load')}
              </button>
            ) : null}
          </>
        }
      >
        <p>{systemEmpty ? t('organisations.empty.textWithDemo') : t('organisations.empty.text')}</p>
      </EmptyState>
    );
  } else if (list.total === 0 && settled) {
    body = (
      <EmptyState
        icon="search"
        title={search ? t('organisations.noMatch.search', { search }) : t('organisations.noMatch.filters')}
        testId="organisations-no-match"
        actions={
          <button type="button" className="button" onClick={view.clearFilters}>
            {t('common.clearFilters')}
          </button>
        }
      >
        <p>{t('organisations.noMatch.text')}</p>
      </EmptyState>
    );
  } else {
    body = (
      <DataTable<Organisation>
        label={t('organisations.tableLabel')}
        gridRef={gridRef}
        columns={columns}
        rows={list.rows}
        total={list.total}
        getRowId={(org) => org.id}
        sort={sort}
        onSortChange={(next) => view.set({ sort: next.id as OrganisationSort, desc: next.desc })}
        hasMore={list.hasMore}
        onLoadMore={list.loadMore}
        busy={!settled}
        hiddenColumns={view.panel ? PANEL_HIDDEN_COLUMNS : undefined}
        selectedId={view.selectedId}
        onSelect={(id) => view.set({ selectedId: id })}
        onOpen={(org) => {
          if (view.panel?.mode === 'edit' && view.panel.id === org.id) return;
          guarded(() => view.set({ selectedId: org.id, panel: { mode: 'edit', id: org.id, row: org } }));
        }}
      />
    );
  }

  const panel = view.panel;
  return (
    <div className={panel ? 'screen has-panel' : 'screen'}>
      <div className="screen-main">
        <ScreenHeader
          title={t('organisations.title')}
          meta={list.total !== null ? t('organisations.count', { count: list.total, formatted: formatNumber(list.total) }) : null}
          actions={
            <button type="button" className="button button-primary" onClick={openNew} title={t('common.newShortcut')}>
              <Icon name="plus" size={16} />
              {t('organisations.new')}
              <Kbd>N</Kbd>
            </button>
          }
        />
        <div className="toolbar" role="search">
          <SearchBox
            label={t('organisations.searchLabel')}
            placeholder={t('organisations.searchPlaceholder')}
            value={view.searchText}
            onChange={(value) => view.set({ searchText: value })}
            inputRef={searchRef}
            onArrowDown={() => gridRef.current?.focus()}
          />
          <FilterSelect
            label={t('organisations.filterCountry')}
            anyLabel={t('filters.allCountries')}
            value={view.countryCode}
            options={countryOptions}
            onChange={(value) => view.set({ countryCode: value })}
          />
          <FilterSelect
            label={t('organisations.filterKind')}
            anyLabel={t('filters.allKinds')}
            value={view.kind}
            options={kindOptions}
            onChange={(value) => view.set({ kind: value as Organisation['kind'] | null })}
          />
          {filtered ? (
            <button type="button" className="button button-quiet" onClick={view.clearFilters}>
              {t('common.clearFilters')}
            </button>
          ) : null}
        </div>
        <div className="screen-body">{body}</div>
      </div>
      {panel ? (
        <OrganisationPanel
          key={panel.mode === 'edit' ? panel.id : 'new'}
          state={panel}
          onClose={closePanel}
          onSaved={(org, created) => {
            toast('success', created ? t('organisations.created', { name: org.name }) : t('organisations.saved', { name: org.name }));
            view.set({ selectedId: org.id });
            closePanel();
            list.refresh();
          }}
          onDeleted={(org) => {
            toast('success', t('organisations.deleted', { name: org.name }));
            view.set({ selectedId: null });
            closePanel();
            list.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
