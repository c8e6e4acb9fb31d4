import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../src-shared/contract';
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
import { organisationLabel, useLookups } from '../../lib/lookups';
import { useDebounced } from '../../lib/useDebounced';
import { usePagedList } from '../../lib/usePagedList';
import { personColumns } from './columns';
import { PersonPanel } from './PersonPanel';
import { usePeopleView, type PersonSort } from './store';

const PAGE_SIZE = 200;
/** Columns that give way while the side panel is open. */
const PANEL_HIDDEN_COLUMNS = ['emails', 'updated'];

export function PeopleScreen() {
  const { t } = useTranslation();
  const view = usePeopleView();
  const systemEmpty = useApp((s) => s.system?.empty ?? false);
  const countries = useLookups((s) => s.countries);
  const organisations = useLookups((s) => s.organisations);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const search = useDebounced(view.searchText.trim(), 150);
  const params = {
    search,
    countryCode: view.countryCode,
    organisationId: view.organisationId,
    spocOnly: view.spocOnly,
    sort: view.sort,
    dir: view.desc ? ('desc' as const) : ('asc' as const),
  };
  const key = JSON.stringify(params);
  const list = usePagedList<Person>(key, (offset, limit) => invoke('people.list', { ...params, offset, limit }), PAGE_SIZE);
  useDataChanged(['people', 'organisations', 'countries'], list.refresh);

  const columns = useMemo(() => personColumns(t), [t]);
  const sort = useMemo<TableSort>(() => ({ id: view.sort, desc: view.desc }), [view.sort, view.desc]);
  const filtered = Boolean(search || view.countryCode || view.organisationId || view.spocOnly);
  const settled = list.key === key;

  const openNew = useCallback(() => guarded(() => usePeopleView.getState().set({ panel: { mode: 'new' } })), []);
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
  const organisationOptions = useMemo(() => organisations.map((o) => ({ value: o.id, label: organisationLabel(o) })), [organisations]);

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
        icon="people"
        title={t('people.empty.title')}
        testId="people-empty"
        actions={
          <>
            <button type="button" className="button button-primary" onClick={openNew}>
              <Icon name="plus" size={16} />
              {t('people.new')}
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
        <p>{systemEmpty ? t('people.empty.textWithDemo') : t('people.empty.text')}</p>
      </EmptyState>
    );
  } else if (list.total === 0 && settled) {
    body = (
      <EmptyState
        icon="search"
        title={search ? t('people.noMatch.search', { search }) : t('people.noMatch.filters')}
        testId="people-no-match"
        actions={
          <button type="button" className="button" onClick={view.clearFilters}>
            {t('common.clearFilters')}
          </button>
        }
      >
        <p>{t('people.noMatch.text')}</p>
      </EmptyState>
    );
  } else {
    body = (
      <DataTable<Person>
        label={t('people.tableLabel')}
        gridRef={gridRef}
        columns={columns}
        rows={list.rows}
        total={list.total}
        getRowId={(person) => person.id}
        sort={sort}
        onSortChange={(next) => view.set({ sort: next.id as PersonSort, desc: next.desc })}
        hasMore={list.hasMore}
        onLoadMore={list.loadMore}
        busy={!settled}
        hiddenColumns={view.panel ? PANEL_HIDDEN_COLUMNS : undefined}
        selectedId={view.selectedId}
        onSelect={(id) => view.set({ selectedId: id })}
        onOpen={(person) => {
          if (view.panel?.mode === 'edit' && view.panel.id === person.id) return;
          guarded(() => view.set({ selectedId: person.id, panel: { mode: 'edit', id: person.id, row: person } }));
        }}
      />
    );
  }

  const panel = view.panel;
  return (
    <div className={panel ? 'screen has-panel' : 'screen'}>
      <div className="screen-main">
        <ScreenHeader
          title={t('people.title')}
          meta={list.total !== null ? t('people.count', { count: list.total, formatted: formatNumber(list.total) }) : null}
          actions={
            <button type="button" className="button button-primary" onClick={openNew} title={t('common.newShortcut')}>
              <Icon name="plus" size={16} />
              {t('people.new')}
              <Kbd>N</Kbd>
            </button>
          }
        />
        <div className="toolbar" role="search">
          <SearchBox
            label={t('people.searchLabel')}
            placeholder={t('people.searchPlaceholder')}
            value={view.searchText}
            onChange={(value) => view.set({ searchText: value })}
            inputRef={searchRef}
            onArrowDown={() => gridRef.current?.focus()}
          />
          <FilterSelect
            label={t('people.filterCountry')}
            anyLabel={t('filters.allCountries')}
            value={view.countryCode}
            options={countryOptions}
            onChange={(value) => view.set({ countryCode: value })}
          />
          <FilterSelect
            label={t('people.filterOrganisation')}
            anyLabel={t('filters.allOrganisations')}
            value={view.organisationId}
            options={organisationOptions}
            onChange={(value) => view.set({ organisationId: value })}
          />
          <label className="checkbox toolbar-checkbox">
            <input type="checkbox" checked={view.spocOnly} onChange={(event) => view.set({ spocOnly: event.target.checked })} />
            {t('people.spocOnly')}
          </label>
          {filtered ? (
            <button type="button" className="button button-quiet" onClick={view.clearFilters}>
              {t('common.clearFilters')}
            </button>
          ) : null}
        </div>
        <div className="screen-body">{body}</div>
      </div>
      {panel ? (
        <PersonPanel
          key={panel.mode === 'edit' ? panel.id : 'new'}
          state={panel}
          onClose={closePanel}
          onSaved={(person, created) => {
            toast('success', created ? t('people.created', { name: person.fullName }) : t('people.saved', { name: person.fullName }));
            view.set({ selectedId: person.id });
            closePanel();
            list.refresh();
          }}
          onDeleted={(person) => {
            toast('success', t('people.deleted', { name: person.fullName }));
            view.set({ selectedId: null });
            closePanel();
            list.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
