import { useCallback, useEffect, useMemo, useRef, type ComponentType, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../lib/commands';
import { useDataChanged } from '../lib/events';
import { formatNumber } from '../lib/format';
import type { ListView, PanelState } from '../lib/listView';
import { leaveTo, navigate, useRoute } from '../lib/navigate';
import { useSystem } from '../lib/system';
import { useDebounced } from '../lib/useDebounced';
import { usePagedList, type Page } from '../lib/usePagedList';
import type { RecordPanelProps } from '../lib/useRecordEditor';
import { Banner } from './Banner';
import { DemoButton } from './DemoButton';
import { DataTable, type DataColumn, type TableSort } from './DataTable';
import { EmptyState } from './EmptyState';
import { Icon, type IconName } from './Icon';
import { Kbd, ScreenHeader, SearchBox } from './Screen';
import { toast } from './Toast';
import type { Domain } from '../../src-shared/contract';

const PAGE_SIZE = 200;

export type ListQuery<S extends string, F extends object> = F & {
  search: string;
  sort: S;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
};

/**
 * A searchable, filterable, server-sorted list of records beside the panel that edits them.
 * Texts and test ids come from the feature's i18n section (`messages`): `title`, `count`,
 * `new`, `tableLabel`, `searchLabel`, `searchPlaceholder`, `empty.*`, `noMatch.*`,
 * `created`, `saved` and `deleted`; the empty states are `<messages>-empty` and `<messages>-no-match`.
 */
export function ListScreen<R extends { id: string }, S extends string, F extends object>(props: {
  /** Where the list lives: the record open in its panel is the address's (`#/people/<id>`, `#/people/new`). */
  page: 'people' | 'organisations' | 'bodies';
  messages: string;
  icon: IconName;
  /** Only the state every list shares is touched here; the feature sets its own filters. */
  view: ListView<S, object>;
  /** The filters' current values: sent with every page, and any set one counts as filtering. */
  filters: F;
  fetchPage: (query: ListQuery<S, F>) => Promise<Page<R>>;
  /** Domains whose changes show in these rows. */
  watch: readonly Domain[];
  columns: (t: TFunction) => DataColumn<R>[];
  /** Columns that give way while the side panel is open. */
  panelHiddenColumns: readonly string[];
  /** The filter controls, between the search box and "Clear filters". */
  filterControls: ReactNode;
  /** More header buttons, before "New". */
  headerActions?: ReactNode;
  nameOf: (record: R) => string;
  Panel: ComponentType<RecordPanelProps<R>>;
}) {
  const { t } = useTranslation();
  const { view, filters, messages: m, Panel, page } = props;
  const set = view.set;
  const systemEmpty = useSystem((s) => s.system?.empty ?? false);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const search = useDebounced(view.searchText.trim(), 150);
  const params = { search, ...filters, sort: view.sort, dir: view.desc ? ('desc' as const) : ('asc' as const) };
  const key = JSON.stringify(params);
  const list = usePagedList<R>(key, (offset, limit) => props.fetchPage({ ...params, offset, limit }), PAGE_SIZE);
  useDataChanged(props.watch, list.refresh);

  const columnsFor = props.columns;
  const columns = useMemo(() => columnsFor(t), [columnsFor, t]);
  const sort = useMemo<TableSort>(() => ({ id: view.sort, desc: view.desc }), [view.sort, view.desc]);
  const filtered = Boolean(search) || Object.values(filters).some(Boolean);
  const settled = list.key === key;

  const route = useRoute();
  const record = route.page === page ? route.id : null;
  // The row on screen fills the form at once; the panel reads the stored version anyway.
  const panel: PanelState<R> =
    record === 'new' ? { mode: 'new' } : record ? { mode: 'edit', id: record, row: list.rows.find((row) => row.id === record) ?? null } : null;

  // A record opened from elsewhere (a link, Back) is the one highlighted when the panel closes.
  useEffect(() => {
    if (record && record !== 'new') set({ selectedId: record });
  }, [record, set]);

  const openNew = useCallback(() => navigate({ page, id: 'new' }), [page]);
  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };
  useCommand('new', openNew);
  useCommand('search', focusSearch);

  function closePanel() {
    leaveTo({ page, id: null });
    requestAnimationFrame(() => gridRef.current?.focus());
  }

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
        icon={props.icon}
        title={t(`${m}.empty.title`)}
        testId={`${m}-empty`}
        actions={
          <>
            <button type="button" className="button button-primary" onClick={openNew}>
              <Icon name="plus" size={16} />
              {t(`${m}.new`)}
            </button>
            {systemEmpty ? (
              <DemoButton />
            ) : null}
          </>
        }
      >
        <p>{systemEmpty ? t(`${m}.empty.textWithDemo`) : t(`${m}.empty.text`)}</p>
      </EmptyState>
    );
  } else if (list.total === 0 && settled) {
    body = (
      <EmptyState
        icon="search"
        title={search ? t(`${m}.noMatch.search`, { search }) : t(`${m}.noMatch.filters`)}
        testId={`${m}-no-match`}
        actions={
          <button type="button" className="button" onClick={view.clearFilters}>
            {t('common.clearFilters')}
          </button>
        }
      >
        <p>{t(`${m}.noMatch.text`)}</p>
      </EmptyState>
    );
  } else {
    body = (
      <DataTable<R>
        label={t(`${m}.tableLabel`)}
        gridRef={gridRef}
        columns={columns}
        rows={list.rows}
        total={list.total}
        getRowId={(row) => row.id}
        sort={sort}
        onSortChange={(next) => set({ sort: next.id as S, desc: next.desc })}
        hasMore={list.hasMore}
        onLoadMore={list.loadMore}
        busy={!settled}
        hiddenColumns={panel ? props.panelHiddenColumns : undefined}
        selectedId={view.selectedId}
        onSelect={(id) => set({ selectedId: id })}
        onOpen={(row) => {
          if (panel?.mode === 'edit' && panel.id === row.id) return;
          navigate({ page, id: row.id });
        }}
      />
    );
  }

  return (
    <div className={panel ? 'screen has-panel' : 'screen'}>
      <div className="screen-main">
        <ScreenHeader
          title={t(`${m}.title`)}
          meta={list.total !== null ? t(`${m}.count`, { count: list.total, formatted: formatNumber(list.total) }) : null}
          actions={
            <>
              {props.headerActions}
              <button type="button" className="button button-primary" onClick={openNew} title={t('common.newShortcut')}>
                <Icon name="plus" size={16} />
                {t(`${m}.new`)}
                <Kbd>N</Kbd>
              </button>
            </>
          }
        />
        <div className="toolbar" role="search">
          <SearchBox
            label={t(`${m}.searchLabel`)}
            placeholder={t(`${m}.searchPlaceholder`)}
            value={view.searchText}
            onChange={(value) => set({ searchText: value })}
            inputRef={searchRef}
            onArrowDown={() => gridRef.current?.focus()}
          />
          {props.filterControls}
          {filtered ? (
            <button type="button" className="button button-quiet" onClick={view.clearFilters}>
              {t('common.clearFilters')}
            </button>
          ) : null}
        </div>
        <div className="screen-body">{body}</div>
      </div>
      {panel ? (
        <Panel
          key={panel.mode === 'edit' ? panel.id : 'new'}
          state={panel}
          onClose={closePanel}
          onSaved={(record, created) => {
            const name = props.nameOf(record);
            toast('success', created ? t(`${m}.created`, { name }) : t(`${m}.saved`, { name }));
            set({ selectedId: record.id });
            closePanel();
            list.refresh();
          }}
          onDeleted={(record) => {
            toast('success', t(`${m}.deleted`, { name: props.nameOf(record) }));
            set({ selectedId: null });
            closePanel();
            list.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
