import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorData } from '../../src-shared/errors';
import { toAppError } from './client';

export interface Page<T> {
  rows: T[];
  total: number;
}

export interface PagedList<T> {
  rows: T[];
  /** Null until the first page has arrived. */
  total: number | null;
  loading: boolean;
  error: AppErrorData | null;
  /** The query key the rows belong to: lets screens tell a settled result from a stale one. */
  key: string | null;
  hasMore: boolean;
  loadMore: () => void;
  /** Reloads every row loaded so far, keeping the scroll position meaningful. */
  refresh: () => void;
}

const MAX_LIMIT = 500;

/**
 * Pages of a server-side list, appended as the user scrolls. A new `key` (search, filters,
 * sort) starts over, keeping the old rows on screen until the new first page arrives.
 */
export function usePagedList<T>(
  key: string,
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  pageSize = 200,
): PagedList<T> {
  const [state, setState] = useState<Omit<PagedList<T>, 'hasMore' | 'loadMore' | 'refresh'>>({
    rows: [],
    total: null,
    loading: true,
    error: null,
    key: null,
  });
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const stateRef = useRef(state);
  stateRef.current = state;
  const generation = useRef(0);
  const busy = useRef(false);

  const reload = useCallback(
    async (count: number) => {
      const gen = ++generation.current;
      busy.current = true;
      setState((s) => ({ ...s, loading: true }));
      try {
        let rows: T[] = [];
        let total = 0;
        do {
          const page = await fetchRef.current(rows.length, Math.min(MAX_LIMIT, count - rows.length));
          if (gen !== generation.current) return;
          rows = rows.concat(page.rows);
          total = page.total;
          if (page.rows.length === 0) break;
        } while (rows.length < Math.min(count, total));
        setState({ rows, total, loading: false, error: null, key });
      } catch (error) {
        if (gen === generation.current) setState((s) => ({ ...s, loading: false, error: toAppError(error), key }));
      } finally {
        if (gen === generation.current) busy.current = false;
      }
    },
    [key],
  );

  useEffect(() => {
    void reload(pageSize);
  }, [reload, pageSize]);

  const loadMore = useCallback(() => {
    const current = stateRef.current;
    if (busy.current || current.total === null || current.rows.length >= current.total) return;
    const gen = generation.current;
    busy.current = true;
    setState((s) => ({ ...s, loading: true }));
    const offset = current.rows.length;
    fetchRef
      .current(offset, pageSize)
      .then((page) => {
        if (gen !== generation.current) return;
        setState((s) => (s.rows.length === offset ? { ...s, rows: s.rows.concat(page.rows), total: page.total, loading: false } : { ...s, loading: false }));
      })
      .catch((error: unknown) => {
        if (gen === generation.current) setState((s) => ({ ...s, loading: false, error: toAppError(error) }));
      })
      .finally(() => {
        if (gen === generation.current) busy.current = false;
      });
  }, [pageSize]);

  const refresh = useCallback(() => {
    void reload(Math.max(pageSize, stateRef.current.rows.length));
  }, [reload, pageSize]);

  return {
    ...state,
    hasMore: state.total !== null && state.rows.length < state.total,
    loadMore,
    refresh,
  };
}
