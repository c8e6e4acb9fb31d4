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
