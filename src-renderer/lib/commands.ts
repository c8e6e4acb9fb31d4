import { useEffect, useRef } from 'react';

/** Keyboard actions the shell forwards to whatever screen or panel currently handles them. */
export type CommandName =
  | 'new'
  | 'save'
  | 'close'
  | 'search'
  | 'undo'
  | 'today'
  | 'previous'
  | 'next'
  | 'viewMonth'
  | 'viewWeek'
  | 'viewDay'
  | 'viewAgenda'
  | 'viewYear'
  | 'palette';

type Handler = () => void;
const stacks = new Map<CommandName, Handler[]>();

/** Runs the most recently registered handler; false when none is listening. */
export function runCommand(name: CommandName): boolean {
  const handler = stacks.get(name)?.at(-1);
  if (!handler) return false;
  handler();
  return true;
}

/** Registers a handler while the component is mounted (and `enabled`); later registrations win. */
export function useCommand(name: CommandName, handler: Handler, enabled = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const entry: Handler = () => latest.current();
    const stack = stacks.get(name) ?? [];
    stacks.set(name, [...stack, entry]);
    return () => {
      stacks.set(name, (stacks.get(name) ?? []).filter((h) => h !== entry));
    };
  }, [name, enabled]);
}

type Guard = (proceed: () => void) => void;
const guards: Guard[] = [];

/**
 * Runs `action` unless an open form objects: a form with unsaved edits first asks whether
 * to discard them, and runs the action only if the user agrees.
 */
export function guarded(action: () => void): void {
  const guard = guards.at(-1);
  if (guard) guard(action);
  else action();
}

/** Lets a form with unsaved edits intercept navigation (other row, new item, other section). */
export function useLeaveGuard(guard: Guard): void {
  const latest = useRef(guard);
  latest.current = guard;
  useEffect(() => {
    const entry: Guard = (proceed) => latest.current(proceed);
    guards.push(entry);
    return () => {
      const index = guards.indexOf(entry);
      if (index >= 0) guards.splice(index, 1);
    };
  }, []);
}
