import { useEffect, useRef } from 'react';
import type { ChangedDomain, Domain } from '../../src-shared/contract';
import { on } from './client';

/** Domains whose changes also show up in a given view (people rows show organisation names, …). */
export function touches(changed: readonly ChangedDomain[], watched: readonly Domain[]): boolean {
  return changed.length === 0 || changed.some((domain) => domain === '*' || watched.includes(domain));
}

/** Runs `callback` when the service reports a change in one of `domains`. */
export function useDataChanged(domains: readonly Domain[], callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  const key = domains.join(',');
  useEffect(() => {
    const watched = key.split(',') as Domain[];
    return on('data.changed', (payload) => {
      if (touches(payload?.domains ?? [], watched)) latest.current();
    });
  }, [key]);
}
