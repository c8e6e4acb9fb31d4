import { useMemo, useRef, useState, type DragEvent } from 'react';
import type { AgendaItem, AgendaSession } from '../../../src-shared/contract';

const DRAG_TYPE = 'application/x-liaison-agenda-item';

/** What a row and a session's end do with a dragged item. */
export interface Drag {
  start(e: DragEvent, item: AgendaItem): void;
  over(e: DragEvent, target: string): void;
  leave(): void;
  drop(e: DragEvent, session: AgendaSession, beforeItemId: string | null): void;
}

/**
 * Dragging items within and across sessions: `dropTarget` is the row (or session end) hovered,
 * `drag` stays the same object, so that the memoised rows re-render only when their own item changes.
 */
export function useAgendaDrag(props: {
  items: readonly AgendaItem[];
  moveItem: (item: AgendaItem, sessionId: string, index: number) => void;
  onDragStart: (item: AgendaItem) => void;
  onDropped: () => void;
}): { drag: Drag; dropTarget: string | null } {
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const drag = useMemo<Drag>(
    () => ({
      start(e, item) {
        e.dataTransfer.setData(DRAG_TYPE, item.id);
        e.dataTransfer.effectAllowed = 'move';
        latest.current.onDragStart(item);
      },
      over(e, target) {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setDropTarget(target);
      },
      leave: () => setDropTarget(null),
      /** Drops before `beforeItemId`, or at the end of the session when there is none. */
      drop(e, session, beforeItemId) {
        const id = e.dataTransfer.getData(DRAG_TYPE);
        setDropTarget(null);
        const item = latest.current.items.find((i) => i.id === id);
        if (!item || id === beforeItemId) return;
        e.preventDefault();
        const others = session.items.filter((i) => i.id !== id);
        const index = beforeItemId ? others.findIndex((i) => i.id === beforeItemId) : others.length;
        latest.current.moveItem(item, session.id, Math.max(0, index));
        latest.current.onDropped();
      },
    }),
    [],
  );
  return { drag, dropTarget };
}
