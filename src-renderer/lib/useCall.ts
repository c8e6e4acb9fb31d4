import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput, Domain } from '../../src-shared/contract';
import type { AppErrorData } from '../../src-shared/errors';
import { invoke, toAppError } from './client';
import { useDataChanged } from './events';

export interface CallOptions {
  /** Data domains whose changes read the data again (`['events', 'bodies']`). */
  watch?: readonly Domain[];
  /** Keep showing the previous key's data while the new one loads (a search as the user types). */
  keep?: boolean;
  /** Wait this long after the key last changed before asking (typing). */
  delay?: number;
}

export interface CallState<T> {
  /** The latest answer, or null before the first one (and, unless `keep`, after the key changed). */
  data: T | null;
  error: AppErrorData | null;
  /** A request for the current key is under way. */
  loading: boolean;
  /** The key `data` answers: lets a screen tell a settled result from one kept while the next loads. */
  key: string | null;
  /** Asks again, keeping what is shown until the answer comes; settles (never fails) once it has. */
  refresh: () => Promise<void>;
  /** Replaces the data shown (or changes it from what is shown), after a change the screen made itself and got back. */
  setData: (data: T | ((current: T | null) => T | null)) => void;
}

interface Request<T> {
  key: string;
  run: () => Promise<T>;
}

/**
 * Reads data for a screen: one contract call (`useCall('events.get', { id })`) or a function that
 * makes several (`useCall(() => Promise.all(…), key)`). Only the answer to the latest key and the
 * latest refresh is kept: a slower, older answer arriving late is dropped. `null` (as input or
 * key) asks nothing.
 */
export function useCall<N extends CallName>(name: N, input: CallInput<N> | null, options?: CallOptions): CallState<CallOutput<N>>;
export function useCall<T>(run: () => Promise<T>, key: string | null, options?: CallOptions): CallState<T>;
export function useCall<T>(what: CallName | (() => Promise<T>), arg: unknown, options: CallOptions = {}): CallState<T> {
  const request: Request<T> | null =
    typeof what === 'function'
      ? arg === null
        ? null
        : { key: arg as string, run: what }
      : arg === null
        ? null
        : { key: `${what}:${JSON.stringify(arg)}`, run: () => invoke(what, arg as never) as Promise<T> };
  const key = request?.key ?? null;
  const runRef = useRef(request?.run);
  runRef.current = request?.run;

  const [state, setState] = useState<{ data: T | null; error: AppErrorData | null; loading: boolean; key: string | null }>({
    data: null,
    error: null,
    loading: key !== null,
    key: null,
  });
  const latest = useRef(0);
  const { keep = false, delay = 0 } = options;

  const load = useCallback(
    (fresh: boolean): Promise<void> => {
      const run = runRef.current;
      const mine = ++latest.current;
      if (key === null || !run) {
        setState({ data: null, error: null, loading: false, key: null });
        return Promise.resolve();
      }
      setState((s) => (fresh && !keep ? { data: null, error: null, loading: true, key: null } : { ...s, loading: true }));
      return run().then(
        (data) => {
          if (mine === latest.current) setState({ data, error: null, loading: false, key });
        },
        (error: unknown) => {
          if (mine === latest.current) setState((s) => ({ ...s, error: toAppError(error), loading: false, key }));
        },
      );
    },
    [key, keep],
  );

  useEffect(() => {
    if (delay <= 0 || key === null) {
      void load(true);
    } else {
      // Stale answers are dropped from now on, even before the pause is over.
      latest.current++;
      setState((s) => ({ ...s, loading: true }));
      const timer = setTimeout(() => void load(true), delay);
      return () => clearTimeout(timer);
    }
    return () => {
      // An answer arriving after the screen is gone is nobody's.
      latest.current++;
    };
  }, [load, delay, key]);

  const refresh = useCallback(() => load(false), [load]);
  const watch = options.watch ?? [];
  useDataChanged(watch, () => {
    if (watch.length) void refresh();
  });

  const setData = useCallback(
    (next: T | ((current: T | null) => T | null)) =>
      setState((s) => ({ ...s, data: typeof next === 'function' ? (next as (current: T | null) => T | null)(s.data) : next, error: null })),
    [],
  );

  return { ...state, refresh, setData };
}
