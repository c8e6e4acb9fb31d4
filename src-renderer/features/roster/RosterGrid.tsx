import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, InvitationStatus, ParticipantRole, RosterRow } from '../../../src-shared/contract';
import { formatNumber } from '../../lib/format';
import { attendanceOptions, groupKey, invitationOptions, representing, roleOptions } from './labels';
import { gridTarget } from '../../lib/gridKeys';

/** The fields a row edits in place; everything else of the participation is kept as it is. */
export type RosterPatch = Partial<{
  role: ParticipantRole;
  invitation: InvitationStatus;
  attendance: AttendanceStatus | null;
  notes: string;
  representingCountryCode: string | null;
  representingOrgId: string | null;
}>;

/** The cells of a row that hold a control, in Tab order. */
const COLUMNS = ['country', 'role', 'invitation', 'attendance', 'notes'] as const;
type Column = (typeof COLUMNS)[number];

type Item = { kind: 'group'; key: string; name: string; ids: string[] } | { kind: 'row'; row: RosterRow; index: number };

const HEADER_HEIGHT = 38;
const ROW_HEIGHT = 42;
const GROUP_HEIGHT = 34;

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
}) {
  const { t } = useTranslation();
  const { selected, onSelectedChange } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const gridId = useId();
  const [activeId, setActiveId] = useState<string | null>(null);
  // Only the rows being used carry real form controls: hundreds of selects made scrolling slow.
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const anchor = useRef<string | null>(null);
  const shownOrder = useRef<string[]>([]);
  const pendingFocus = useRef<{ rowId: string; column: Column } | null>(null);

  // While focus is in a row the order shown stays as it was; the roster's own order returns once focus leaves the rows.
  const rows = useMemo(() => {
    if (focusId === null) {
      shownOrder.current = props.rows.map((row) => row.id);
      return props.rows;
    }
    const byId = new Map(props.rows.map((row) => [row.id, row]));
    const known = new Set(shownOrder.current);
    const kept = shownOrder.current.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    const next = [...kept, ...props.rows.filter((row) => !known.has(row.id))];
    shownOrder.current = next.map((row) => row.id);
    return next;
  }, [props.rows, focusId]);

  // A cell asked for focus gets it once its row is drawn with real controls (it may have to scroll into view first).
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const want = pendingFocus.current;
      if (!want) return;
      const control = scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(want.rowId)}"] [data-col="${want.column}"]`);
      if (control) {
        pendingFocus.current = null;
        control.focus();
      } else if (tries++ < 10) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  });

  const items = useMemo<Item[]>(() => {
    const list: Item[] = [];
    let group: Extract<Item, { kind: 'group' }> | null = null;
    rows.forEach((row, index) => {
      const key = groupKey(row);
      if (!group || group.key !== key) {
        group = { kind: 'group', key, name: row.representingCountryName ?? t('roster.counts.noCountry'), ids: [] };
        list.push(group);
      }
      group.ids.push(row.id);
      list.push({ kind: 'row', row, index });
    });
    return list;
  }, [rows, t]);
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

  const activeIndex = activeId === null ? -1 : rows.findIndex((row) => row.id === activeId);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const someSelected = !allSelected && rows.some((row) => selected.has(row.id));

  function range(fromId: string | null, toId: string): string[] {
    const to = rows.findIndex((row) => row.id === toId);
    const from = fromId === null ? -1 : rows.findIndex((row) => row.id === fromId);
    if (from < 0) return [toId];
    const [a, b] = from < to ? [from, to] : [to, from];
    return rows.slice(a, b + 1).map((row) => row.id);
  }

  function toggle(id: string, shift: boolean) {
    const next = new Set(selected);
    if (shift && anchor.current !== null) {
      const on = !selected.has(id) || selected.has(anchor.current);
      for (const rid of range(anchor.current, id)) {
        if (on) next.add(rid);
        else next.delete(rid);
      }
    } else if (next.has(id)) next.delete(id);
    else next.add(id);
    anchor.current = id;
    setActiveId(id);
    onSelectedChange(next);
  }

  function toggleGroup(ids: string[]) {
    const next = new Set(selected);
    const all = ids.every((id) => next.has(id));
    for (const id of ids) {
      if (all) next.delete(id);
      else next.add(id);
    }
    onSelectedChange(next);
  }

  function moveTo(index: number, extend: boolean) {
    const clamped = Math.max(0, Math.min(index, rows.length - 1));
    const row = rows[clamped];
    if (!row) return;
    if (extend) {
      const from = anchor.current ?? activeId ?? row.id;
      anchor.current = from;
      onSelectedChange(new Set([...selected, ...range(from, row.id)]));
    } else {
      anchor.current = row.id;
    }
    setActiveId(row.id);
    const itemIndex = itemIndexById.get(row.id);
    if (itemIndex !== undefined) virtualizer.scrollToIndex(itemIndex, { align: 'auto' });
  }

  function focusCell(index: number, column: Column): boolean {
    const row = rows[index];
    if (!row) return false;
    pendingFocus.current = { rowId: row.id, column };
    setActiveId(row.id);
    anchor.current = row.id;
    const itemIndex = itemIndexById.get(row.id);
    if (itemIndex !== undefined) virtualizer.scrollToIndex(itemIndex, { align: 'auto' });
    return true;
  }

  /** Keys pressed on a control inside a row: Esc steps back to the grid, Tab and Enter go on to the next row. */
  function onRowControlKey(event: KeyboardEvent<HTMLDivElement>, control: HTMLElement, rowId: string) {
    const column = control.dataset.col as Column;
    const index = rows.findIndex((row) => row.id === rowId);
    if (event.key === 'Escape') {
      // The row's edit is over; the event page stays open.
      event.preventDefault();
      event.stopPropagation();
      setActiveId(rowId);
      anchor.current = rowId;
      scrollRef.current?.focus({ preventScroll: true });
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && control.tagName !== 'BUTTON') {
      event.preventDefault();
      // Like a spreadsheet: the same cell of the next row; after the last row, the grid itself.
      if (!focusCell(index + (event.shiftKey ? -1 : 1), column)) {
        setActiveId(rowId);
        scrollRef.current?.focus({ preventScroll: true });
      }
    } else if (event.key === 'Tab' && !event.ctrlKey && !event.altKey) {
      const last = column === COLUMNS[COLUMNS.length - 1];
      const first = column === COLUMNS[0];
      if (!event.shiftKey && last && focusCell(index + 1, COLUMNS[0])) event.preventDefault();
      else if (event.shiftKey && first && focusCell(index - 1, COLUMNS[COLUMNS.length - 1]!)) event.preventDefault();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const from = event.target as HTMLElement;
    const control = from === event.currentTarget ? null : from.closest<HTMLElement>('[data-col]');
    const rowId = control?.closest<HTMLElement>('[data-row-id]')?.dataset.rowId;
    if (control && rowId) {
      onRowControlKey(event, control, rowId);
      return;
    }
    if (from !== event.currentTarget || event.altKey) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelectedChange(new Set(rows.map((row) => row.id)));
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const at = activeIndex;
    const target = gridTarget(event.key, at, page, rows.length);
    if (target !== null) {
      event.preventDefault();
      moveTo(target, event.shiftKey);
    } else if (event.key === ' ') {
      const row = rows[at];
      if (row) {
        event.preventDefault();
        toggle(row.id, event.shiftKey);
      }
    } else if (event.key === 'Enter' && activeId !== null) {
      // Enter steps into the row: its role first, Tab goes on along the row.
      const select = scrollRef.current?.querySelector<HTMLSelectElement>(`[data-row-id="${CSS.escape(activeId)}"] select`);
      if (select) {
        event.preventDefault();
        select.focus();
      }
    } else if (event.key === 'Escape') {
      // Esc clears the ticks; it never closes the event page from inside the roster.
      event.preventDefault();
      event.stopPropagation();
      if (selected.size > 0) onSelectedChange(new Set());
    }
  }

  function onRowClick(event: MouseEvent<HTMLDivElement>, row: RosterRow) {
    // Clicks on the row's own controls do their own thing.
    if ((event.target as HTMLElement).closest('select, input, button, label')) return;
    if (event.shiftKey || event.ctrlKey || event.metaKey) toggle(row.id, event.shiftKey);
    else {
      setActiveId(row.id);
      anchor.current = row.id;
    }
    scrollRef.current?.focus({ preventScroll: true });
  }

  const rowDomId = (id: string) => `${gridId}-row-${id}`;
  const roles = roleOptions();
  const invitations = invitationOptions();
  const attendances = attendanceOptions();

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
      onKeyDown={onKeyDown}
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
            {(['name', 'position', 'organisation', 'country', 'role', 'invitation', 'attendance', 'notes'] as const).map((column) => (
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
              const all = item.ids.every((id) => selected.has(id));
              const some = !all && item.ids.some((id) => selected.has(id));
              return (
                <div role="row" key={virtual.key} className="roster-row roster-group" style={{ height: GROUP_HEIGHT, transform: `translateY(${top}px)` }}>
                  <div role="gridcell" className="roster-cell roster-check">
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      aria-label={t('roster.grid.selectGroup', { group: item.name })}
                      title={t('roster.grid.selectGroup', { group: item.name })}
                      checked={all}
                      ref={(el) => {
                        if (el) el.indeterminate = some;
                      }}
                      onChange={() => toggleGroup(item.ids)}
                    />
                  </div>
                  <div role="gridcell" className="roster-cell roster-group-name">
                    <span className="roster-group-title">{item.name}</span>
                    <span className="muted small">{t('roster.grid.groupCount', { count: item.ids.length, formatted: formatNumber(item.ids.length) })}</span>
                  </div>
                </div>
              );
            }
            const { row } = item;
            const isSelected = selected.has(row.id);
            const classes = ['roster-row', 'data-table-row', isSelected ? 'is-checked' : '', row.id === activeId ? 'is-selected' : ''].filter(Boolean).join(' ');
            const organisation = row.organisationAcronym || row.organisationName || '';
            const live = row.id === activeId || row.id === hoverId || row.id === focusId;
            return (
              <div
                role="row"
                id={rowDomId(row.id)}
                key={virtual.key}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                data-row-id={row.id}
                className={classes}
                style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
                onClick={(event) => onRowClick(event, row)}
                onPointerEnter={() => setHoverId(row.id)}
                onFocus={() => setFocusId(row.id)}
                onBlur={(event) => {
                  if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusId((id) => (id === row.id ? null : id));
                }}
              >
                <div role="gridcell" className="roster-cell roster-check">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={t('roster.grid.selectRow', { name: row.fullName })}
                    checked={isSelected}
                    // A checkbox's change comes from a click: its Shift extends the range.
                    onChange={(event) => toggle(row.id, (event.nativeEvent as { shiftKey?: boolean }).shiftKey === true)}
                  />
                </div>
                <div role="gridcell" className="roster-cell col-name">
                  <span className="cell-text cell-strong" title={row.fullName}>
                    {row.fullName}
                  </span>
                </div>
                <div role="gridcell" className="roster-cell col-position">
                  <span className="cell-text" title={row.position}>
                    {row.position}
                  </span>
                </div>
                <div role="gridcell" className="roster-cell col-organisation">
                  <span className="cell-text" title={row.organisationName ?? undefined}>
                    {organisation}
                  </span>
                </div>
                <div role="gridcell" className="roster-cell col-country">
                  {live ? (
                    <button
                      type="button"
                      className="roster-representing"
                      data-col="country"
                      title={t('roster.representing.edit', { name: row.fullName })}
                      aria-label={t('roster.representing.edit', { name: row.fullName })}
                      onClick={() => props.onEditRepresenting(row)}
                    >
                      {representing(row) || t('roster.representing.none')}
                    </button>
                  ) : (
                    <span className="cell-text cell-muted" title={representing(row)}>
                      {representing(row)}
                    </span>
                  )}
                </div>
                <div role="gridcell" className="roster-cell col-role">
                  {!live ? (
                    <StaticChoice className="select roster-select" label={labelOf(roles, row.role)} />
                  ) : (
                    <select
                      className="select roster-select"
                      data-col="role"
                      aria-label={t('roster.grid.roleOf', { name: row.fullName })}
                      value={row.role}
                      onChange={(e) => props.onSave(row, { role: e.target.value as ParticipantRole })}
                    >
                      {roles.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
                <div role="gridcell" className="roster-cell col-invitation">
                  {!live ? (
                    <StaticChoice className={`select roster-select roster-status-${row.invitation}`} label={labelOf(invitations, row.invitation)} />
                  ) : (
                    <select
                      className={`select roster-select roster-status-${row.invitation}`}
                      data-col="invitation"
                      aria-label={t('roster.grid.invitationOf', { name: row.fullName })}
                      value={row.invitation}
                      onChange={(e) => props.onSave(row, { invitation: e.target.value as InvitationStatus })}
                    >
                      {invitations.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
                <div role="gridcell" className="roster-cell col-attendance">
                  {!live ? (
                    <StaticChoice
                      className={`select roster-select roster-status-${row.attendance ?? 'unknown'}`}
                      label={row.attendance ? labelOf(attendances, row.attendance) : t('roster.attendance.unknown')}
                    />
                  ) : (
                    <select
                      className={`select roster-select roster-status-${row.attendance ?? 'unknown'}`}
                      data-col="attendance"
                      aria-label={t('roster.grid.attendanceOf', { name: row.fullName })}
                      value={row.attendance ?? ''}
                      onChange={(e) => props.onSave(row, { attendance: (e.target.value || null) as AttendanceStatus | null })}
                    >
                      <option value="">{t('roster.attendance.unknown')}</option>
                      {attendances.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
                <div role="gridcell" className="roster-cell col-notes">
                  {live ? (
                    <NotesInput key={row.updatedAt} row={row} onSave={(notes) => props.onSave(row, { notes })} />
                  ) : (
                    <StaticChoice className="input roster-notes" label={row.notes} />
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** What a control shows while its row is not in use; the real control takes its place on hover or focus. */
function StaticChoice({ className, label }: { className: string; label: string }) {
  return (
    <span className={`${className} roster-static`} title={label || undefined}>
      {label}
    </span>
  );
}

const labelOf = <V extends string>(options: ReadonlyArray<{ value: V; label: string }>, value: V) =>
  options.find((o) => o.value === value)?.label ?? value;

/** Notes save when the field is left or Enter is pressed; Esc puts the stored text back, a second Esc leaves the field. */
function NotesInput({ row, onSave }: { row: RosterRow; onSave: (notes: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(row.notes);
  const commit = () => {
    if (text.trim() !== row.notes.trim()) onSave(text.trim());
  };
  return (
    <input
      className="input roster-notes"
      data-col="notes"
      value={text}
      maxLength={5000}
      placeholder={t('roster.grid.notesPlaceholder')}
      aria-label={t('roster.grid.notesOf', { name: row.fullName })}
      title={row.notes || undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        // Enter goes on to the grid, which moves to the next row; the note saves as the field is left.
        if (e.key === 'Escape' && text !== row.notes) {
          e.preventDefault();
          e.stopPropagation();
          setText(row.notes);
        }
      }}
    />
  );
}
