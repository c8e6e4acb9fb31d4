import type { z } from 'zod';

/**
 * What the renderer's views watch. A call that writes announces the domains its writes reach, and
 * every view showing one of them reloads: a person's new name shows on rosters, so `people.update`
 * changes `people` and `roster`.
 */
export const domains = [
  'people',
  'organisations',
  'events',
  'tags',
  'bodies',
  'roster',
  'agenda',
  'agendaTemplates',
  'outcomes',
  'actions',
  'projects',
  'settings',
  'system',
  'backups',
  'exchange',
] as const;
export type Domain = (typeof domains)[number];

/** A domain, or `*` after the whole store changed (a backup restored, a new key): everything reloads. */
export type ChangedDomain = Domain | '*';

interface CallBase {
  summary: string;
  input: z.ZodType;
  output: z.ZodType;
}

/** A call that only reads: it announces nothing. */
export interface ReadCall extends CallBase {
  mutates: false;
}

/** A call that writes, with every domain it changes; none for the vault's own calls, which announce `vault.changed`. */
export interface WriteCall extends CallBase {
  mutates: true;
  changes: readonly ChangedDomain[];
}

export type CallSpec = ReadCall | WriteCall;
