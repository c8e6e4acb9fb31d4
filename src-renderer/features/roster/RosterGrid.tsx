import { useId, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { RosterRow } from '../../../src-shared/contract';
import { GROUP_HEIGHT, groupedItems, HEADER_HEIGHT, ROW_HEIGHT, type RosterPatch, useShownOrder } from './rosterGridItems';
import { RosterGroupRow, type RosterMark, RosterParticipantRow } from './RosterGridRows';
import { useRosterGridKeys } from './useRosterGridKeys';

export type { RosterPatch } from './rosterGridItems';

const HEADINGS = ['name', 'position', 'organisation', 'country', 'role', 'invitation', 'attendance', 'notes'] as const;

/**
 * The roster as a virtualized, keyboard-driven grid, one group per representing country.
 * Arrows move, Space ticks, Shift extends a range, Ctrl+A ticks everyone, Esc clears.
 * Focus never leaves the grid by itself: Tab and Enter go on to the next row, and rows keep
 * their place while one of them is being edited, so a changed role does not move it away.
 */
export function RosterGrid(props: {
  rows: RosterRow[];
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
  onSave: (row: RosterRow, patch: RosterPatch) => void;
  onEditRepresenting: (row: RosterRow) => void;
  /** By person: nominated by a form, replacing someone. */
  marks?: ReadonlyMap<string, RosterMark>;
}) {
  const { t } = useTranslation();
  const { selected, onSelectedChange } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const gridId = useId();
  // Only the rows being used carry real form controls: hundreds of selects made scrolling slow.
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const rows = useShownOrder(props.rows, focusId);

  const items = useMemo(() => groupedItems(rows, t('roster.counts.noCountry')), [rows, t]);
  const itemIndexById = useMemo(() => new Map(items.flatMap((item, i) => (item.kind === 'row' ? [[item.row.id, i] as const] : []))), [items]);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (items[i]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (i) => {
      const item = items[i];
      return item?.kind === 'row' ? item.row.id : `group-${item?.key ?? i}`;
    },
  });

  const keys = useRosterGridKeys({
    rows,
    selected,
    onSelectedChange,
    scrollRef,
    reveal: (rowId) => {
      const itemIndex = itemIndexById.get(rowId);
      if (itemIndex !== undefined) virtualizer.scrollToIndex(itemIndex, { align: 'auto' });
    },
  });
  const { activeId, activeIndex } = keys;
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const someSelected = !allSelected && rows.some((row) => selected.has(row.id));
  const rowDomId = (id: string) => `${gridId}-row-${id}`;

  return (
    <div
      ref={scrollRef}
      className="data-table roster-grid"
      role="grid"
      aria-label={t('roster.grid.label')}
      aria-multiselectable="true"
      aria-rowcount={rows.length + 1}
      aria-activedescendant={activeIndex >= 0 ? rowDomId(activeId!) : undefined}
      tabIndex={0}
      onKeyDown={keys.onKeyDown}
      data-testid="roster-grid"
    >
      <div className="roster-grid-inner">
        <div role="rowgroup" className="data-table-head" style={{ height: HEADER_HEIGHT }}>
          <div role="row" className="roster-row roster-head-row">
            <div role="columnheader" className="roster-cell roster-check">
              <input
                type="checkbox"
                tabIndex={-1}
                aria-label={t('roster.grid.selectAll')}
                title={t('roster.grid.selectAll')}
                checked={allSelected}
                ref={(el) => {
                  if (el) el.indeterminate = someSelected;
                }}
                onChange={() => onSelectedChange(allSelected ? new Set() : new Set(rows.map((row) => row.id)))}
              />
            </div>
            {HEADINGS.map((column) => (
              <div key={column} role="columnheader" className={`roster-cell roster-th col-${column}`}>
                {t(`roster.columns.${column}`)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="data-table-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            const item = items[virtual.index];
            if (!item) return null;
            const top = virtual.start - HEADER_HEIGHT;
            if (item.kind === 'group') {
              return <RosterGroupRow key={virtual.key} item={item} top={top} selected={selected} onToggle={() => keys.toggleGroup(item.ids)} />;
            }
            const { row } = item;
            return (
              <RosterParticipantRow
                key={virtual.key}
                row={row}
                mark={props.marks?.get(row.personId)}
                domId={rowDomId(row.id)}
                index={item.index}
                top={top}
                isSelected={selected.has(row.id)}
                isActive={row.id === activeId}
                live={row.id === activeId || row.id === hoverId || row.id === focusId}
                onClick={(event) => keys.onRowClick(event, row)}
                onToggle={(shift) => keys.toggle(row.id, shift)}
                onHover={() => setHoverId(row.id)}
                onFocus={() => setFocusId(row.id)}
                onLeave={() => setFocusId((id) => (id === row.id ? null : id))}
                onSave={(patch) => props.onSave(row, patch)}
                onEditRepresenting={() => props.onEditRepresenting(row)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
