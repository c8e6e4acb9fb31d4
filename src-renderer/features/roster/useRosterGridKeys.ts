import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { RosterRow } from '../../../src-shared/contract';
import { gridTarget } from '../../lib/gridKeys';
import { type Column, COLUMNS, ROW_HEIGHT } from './rosterGridItems';

/**
 * The roster grid's selection and keys: arrows move, Space ticks, Shift extends a range, Ctrl+A
 * ticks everyone, Esc clears; Tab and Enter go on to the next row from a row's controls.
 */
export function useRosterGridKeys(props: {
  rows: RosterRow[];
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Scrolls the row into view. */
  reveal: (rowId: string) => void;
}) {
  const { rows, selected, onSelectedChange, scrollRef, reveal } = props;
  const [activeId, setActiveId] = useState<string | null>(null);
  const anchor = useRef<string | null>(null);
  const pendingFocus = useRef<{ rowId: string; column: Column } | null>(null);

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

  const activeIndex = activeId === null ? -1 : rows.findIndex((row) => row.id === activeId);

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
    reveal(row.id);
  }

  function focusCell(index: number, column: Column): boolean {
    const row = rows[index];
    if (!row) return false;
    pendingFocus.current = { rowId: row.id, column };
    setActiveId(row.id);
    anchor.current = row.id;
    reveal(row.id);
    return true;
  }

  /** Back from a row's controls to the grid, with the row active. */
  function backToGrid(rowId: string) {
    setActiveId(rowId);
    anchor.current = rowId;
    scrollRef.current?.focus({ preventScroll: true });
  }

  /** Keys pressed on a control inside a row: Esc steps back to the grid, Tab and Enter go on to the next row. */
  function onRowControlKey(event: KeyboardEvent<HTMLDivElement>, control: HTMLElement, rowId: string) {
    const column = control.dataset.col as Column;
    const index = rows.findIndex((row) => row.id === rowId);
    if (event.key === 'Escape') {
      // The row's edit is over; the event page stays open.
      event.preventDefault();
      event.stopPropagation();
      backToGrid(rowId);
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

  /** Keys pressed on the grid itself. */
  function onGridKey(event: KeyboardEvent<HTMLDivElement>) {
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

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const from = event.target as HTMLElement;
    const control = from === event.currentTarget ? null : from.closest<HTMLElement>('[data-col]');
    const rowId = control?.closest<HTMLElement>('[data-row-id]')?.dataset.rowId;
    if (control && rowId) onRowControlKey(event, control, rowId);
    else if (from === event.currentTarget && !event.altKey) onGridKey(event);
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

  return { activeId, activeIndex, toggle, toggleGroup, onKeyDown, onRowClick };
}
