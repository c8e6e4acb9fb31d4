import { useMemo } from 'react';
import { create } from 'zustand';
import type { Country, OrganisationOption } from '../../src-shared/contract';
import { invoke, on } from './client';
import { touches } from './events';

interface LookupState {
  countries: Country[];
  organisations: OrganisationOption[];
  loaded: boolean;
  load: () => Promise<void>;
}

/** Countries and organisation options for pickers and filters, fetched once and refreshed on change. */
export const useLookups = create<LookupState>((set) => ({
  countries: [],
  organisations: [],
  loaded: false,
  async load() {
    const [countries, organisations] = await Promise.all([
      invoke('countries.list', {}),
      invoke('organisations.options', {}),
    ]);
    set({ countries, organisations, loaded: true });
  },
}));

let started = false;

export function startLookups(): void {
  if (started) return;
  started = true;
  const load = () => useLookups.getState().load().catch((error: unknown) => console.error(error));
  void load();
  on('data.changed', ({ domains }) => {
    if (touches(domains ?? [], ['organisations', 'countries'])) void load();
  });
}

export function organisationLabel(option: { name: string; acronym: string }): string {
  return option.acronym && option.acronym !== option.name ? `${option.name} (${option.acronym})` : option.name;
}

export function useCountryOptions(): { value: string; label: string }[] {
  const countries = useLookups((s) => s.countries);
  return useMemo(() => countries.map((c) => ({ value: c.code, label: c.name })), [countries]);
}

/** Organisations as options in the service's order, or by their label as shown; `except` leaves one out. */
export function useOrganisationOptions(options: { byLabel?: boolean; except?: string | undefined } = {}): { value: string; label: string }[] {
  const organisations = useLookups((s) => s.organisations);
  const { byLabel = false, except } = options;
  return useMemo(() => {
    const list = organisations.filter((o) => o.id !== except).map((o) => ({ value: o.id, label: organisationLabel(o) }));
    return byLabel ? list.sort((a, b) => a.label.localeCompare(b.label)) : list;
  }, [organisations, byLabel, except]);
}
