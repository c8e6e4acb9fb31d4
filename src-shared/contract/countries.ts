import { z } from 'zod';
import type { CallSpec } from './domains';
import { countryCode, id } from './common';

export const country = z.object({
  id,
  code: z.string(),
  name: z.string(),
  /** The country's own name for itself: Türkiye, Србија, Ελλάδα. */
  localName: z.string(),
});
export type Country = z.infer<typeof country>;

export const countryCalls = {
  'countries.list': {
    summary: 'Every country, sorted by English name.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: z.array(country),
  },
} as const satisfies Record<string, CallSpec>;

export { countryCode };
