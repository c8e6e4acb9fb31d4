import { useEffect, useRef } from 'react';
import { on } from './client';

/** Domains whose changes also show up in a given view (people rows show organisation names, …). */
export function touches(changed: readonly string[], watched: readonly string[]): boolean {
  return changed.length === 0 || changed.includes('*') || changed.some((domain) => watched.includes(domain));
}

/** Runs `callback` when the service reports a change in one of `domains`. */
export function useDataChanged(domains: readonly string[], callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  const key = domains.join(',');
  useEffect(() => {
    const watched = key.split(',');
    return on('data.changed', (payload) => {
      if (touches(payload?.domains ?? [], watched)) latest.current();
    });
  }, [key]);
}
