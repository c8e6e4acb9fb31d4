import { useEffect, useId, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import {
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
  type RowData,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import './DataTable.css';
import { gridTarget } from '../lib/gridKeys';

/** Sorting happens on the server; the table only tracks which header is active. */
export interface DataColumnMeta {
  /** Numbers line up on the right, header included. */
  align?: 'end';
}
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  columnMeta: {} as DataColumnMeta,
});
export type DataTableFeatures = typeof dataTableFeatures;
export type DataColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>;
export const columnHelper = <T extends RowData>() => createColumnHelper<DataTableFeatures, T>();

export interface TableSort {
  id: string;
  desc: boolean;
}

export interface DataTableProps<T extends RowData> {
  /** Accessible name of the grid. */
  label: string;
  columns: DataColumn<T>[];
  rows: T[];
  /** Every row the server holds for this query, loaded or not. */
  total: number;
  getRowId: (row: T) => string;
  sort: TableSort;
  onSortChange: (sort: TableSort) => void;
  hasMore: boolean;
  onLoadMore: () => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Click or Enter: the screen selects the row and opens it (it may first ask about unsaved edits). */
  onOpen: (row: T) => void;
  /** Dims the rows while a new query is on its way. */
  busy?: boolean;
  rowHeight?: number;
  gridRef?: Ref<HTMLDivElement>;
  /** Column ids to leave out, e.g. while a side panel narrows the table. */
  hiddenColumns?: readonly string[];
}

const HEADER_HEIGHT = 38;

/** A virtualized, keyboard-driven grid over server-side pages. */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const { rows, columns, sort, onSortChange, rowHeight = 40, hasMore, onLoadMore, selectedId } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const gridId = useId();

  // A sort no column shows (the directory's best-match order while searching) marks no header.
  const sorting = useMemo<SortingState>(() => (columns.some((c) => c.id === sort.id) ? [sort] : []), [sort, columns]);
  const hiddenKey = (props.hiddenColumns ?? []).join(',');
  const columnVisibility = useMemo(() => Object.fromEntries(hiddenKey.split(',').filter(Boolean).map((id) => [id, false])), [hiddenKey]);
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: props.getRowId,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (next[0]) onSortChange({ id: next[0].id, desc: next[0].desc });
    },
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const tableRows = table.getRowModel().rows;
  const leafColumns = table.getVisibleLeafColumns();
  const minWidth = leafColumns.reduce((sum, column) => sum + (column.columnDef.minSize ?? 80), 0);

  const virtualizer = useVirtualizer({
    count: tableRows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (index) => tableRows[index]?.id ?? `more-${index}`,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastIndex >= tableRows.length - 30) onLoadMore();
  }, [hasMore, lastIndex, tableRows.length, onLoadMore]);

  const selectedIndex = selectedId === null ? -1 : tableRows.findIndex((row) => row.id === selectedId);

  function moveTo(index: number) {
    const clamped = Math.max(0, Math.min(index, tableRows.length - 1));
    const row = tableRows[clamped];
    if (!row) return;
    props.onSelect(row.id);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    if (hasMore && clamped >= tableRows.length - 5) onLoadMore();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const at = selectedIndex;
    const target = gridTarget(event.key, at, page, tableRows.length);
    if (target !== null) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = tableRows[at];
      if (row) {
        event.preventDefault();
        props.onOpen(row.original);
      }
    }
  }

  const rowDomId = (id: string) => `${gridId}-row-${id}`;
  const cellStyle = (size: number, min: number | undefined) => ({ flex: `${size} 1 ${size}px`, minWidth: min ?? 80 });

  return (
    <div
      ref={(node) => {
        scrollRef.current = node;
        const { gridRef } = props;
        if (typeof gridRef === 'function') gridRef(node);
        else if (gridRef) gridRef.current = node;
      }}
      className={props.busy ? 'data-table is-busy' : 'data-table'}
      role="grid"
      aria-label={props.label}
      aria-rowcount={props.total + 1}
      aria-colcount={leafColumns.length}
      aria-activedescendant={selectedIndex >= 0 ? rowDomId(selectedId!) : undefined}
      aria-busy={props.busy || undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="data-table-inner" style={{ minWidth }}>
        <div role="rowgroup" className="data-table-head" style={{ height: HEADER_HEIGHT }}>
          {table.getHeaderGroups().map((group) => (
            <div role="row" aria-rowindex={1} className="data-table-row" key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <div
                    role="columnheader"
                    key={header.id}
                    className={header.column.columnDef.meta?.align === 'end' ? 'data-table-th align-end' : 'data-table-th'}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
                    style={cellStyle(header.getSize(), header.column.columnDef.minSize)}
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="data-table-sort"
                        tabIndex={-1}
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('table.sortBy', { column: String(header.column.columnDef.header ?? '') })}
                      >
                        <table.FlexRender header={header} />
                        <span className={`sort-indicator ${sorted || ''}`} aria-hidden="true">
                          {sorted === 'desc' ? '↓' : sorted === 'asc' ? '↑' : '↕'}
                        </span>
                      </button>
                    ) : (
                      <span className="data-table-th-label">
                        <table.FlexRender header={header} />
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div role="rowgroup" className="data-table-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = tableRows[item.index];
            const top = item.start - HEADER_HEIGHT;
            if (!row) {
              return (
                <div role="row" key={item.key} className="data-table-row is-loading" style={{ height: rowHeight, transform: `translateY(${top}px)` }}>
                  <div role="gridcell" className="data-table-td muted">
                    {t('table.loadingMore')}
                  </div>
                </div>
              );
            }
            const selected = row.id === selectedId;
            return (
              <div
                role="row"
                id={rowDomId(row.id)}
                key={item.key}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                data-row-id={row.id}
                className={selected ? 'data-table-row is-selected' : 'data-table-row'}
                style={{ height: rowHeight, transform: `translateY(${top}px)` }}
                onClick={() => props.onOpen(row.original)}
              >
                {row.getVisibleCells().map((cell) => (
                  <div
                    role="gridcell"
                    key={cell.id}
                    className={cell.column.columnDef.meta?.align === 'end' ? 'data-table-td align-end' : 'data-table-td'}
                    style={cellStyle(cell.column.getSize(), cell.column.columnDef.minSize)}>
                    <table.FlexRender cell={cell} />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
