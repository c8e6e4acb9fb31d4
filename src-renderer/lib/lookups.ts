import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { BodySummary, Country, OrganisationOption, Tag } from '../../src-shared/contract';
import { invoke, on } from './client';
import { countryOptions } from './countries';
import { touches } from './events';
import { compareText } from './locale';

interface LookupState {
  countries: Country[];
  organisations: OrganisationOption[];
  bodies: BodySummary[];
  tags: Tag[];
  loaded: boolean;
  load: () => Promise<void>;
  loadBodies: () => Promise<void>;
  loadTags: () => Promise<void>;
}

/** Countries, organisations, bodies and tags for pickers and filters, fetched once and refreshed on change. */
export const useLookups = create<LookupState>((set, get) => ({
  countries: [],
  organisations: [],
  bodies: [],
  tags: [],
  loaded: false,
  async load() {
    const [countries, organisations] = await Promise.all([
      invoke('countries.list', {}),
      invoke('organisations.options', {}),
      get().loadBodies(),
      get().loadTags(),
    ]);
    set({ countries, organisations, loaded: true });
  },
  async loadBodies() {
    set({ bodies: await invoke('bodies.list', {}) });
  },
  async loadTags() {
    set({ tags: await invoke('tags.list', {}) });
  },
}));

let started = false;

export function startLookups(): void {
  const load = () => useLookups.getState().load().catch((error: unknown) => console.error(error));
  // The shell mounts again after each unlock: what changed meanwhile (a restore) is read anew.
  void load();
  if (started) return;
  started = true;
  const report = (error: unknown) => console.error(error);
  on('data.changed', ({ domains }) => {
    const changed = domains ?? [];
    if (touches(changed, ['organisations'])) void load();
    else {
      // Event counts and current chairs show in the body pickers too.
      if (touches(changed, ['bodies', 'events'])) useLookups.getState().loadBodies().catch(report);
      if (touches(changed, ['tags', 'events'])) useLookups.getState().loadTags().catch(report);
    }
  });
}

export function organisationLabel(option: { name: string; acronym: string }): string {
  return option.acronym && option.acronym !== option.name ? `${option.name} (${option.acronym})` : option.name;
}

/** Countries for a picker, named and sorted in the interface language (named again when it changes). */
export function useCountryOptions(): { value: string; label: string }[] {
  const countries = useLookups((s) => s.countries);
  const { i18n } = useTranslation();
  return useMemo(() => countryOptions(countries), [countries, i18n.language]);
}

/** Organisations as options in the service's order, or by their label as shown; `except` leaves one out. */
export function useOrganisationOptions(options: { byLabel?: boolean; except?: string | undefined } = {}): { value: string; label: string }[] {
  const organisations = useLookups((s) => s.organisations);
  const { byLabel = false, except } = options;
  return useMemo(() => {
    const list = organisations.filter((o) => o.id !== except).map((o) => ({ value: o.id, label: organisationLabel(o) }));
    return byLabel ? list.sort((a, b) => compareText(a.label, b.label)) : list;
  }, [organisations, byLabel, except]);
}

export function bodyLabel(body: { name: string; acronym: string }): string {
  return organisationLabel(body);
}

export function useBodyOptions(): { value: string; label: string }[] {
  const bodies = useLookups((s) => s.bodies);
  return useMemo(() => bodies.map((b) => ({ value: b.id, label: bodyLabel(b) })), [bodies]);
}
