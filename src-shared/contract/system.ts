import { z } from 'zod';
import type { CallSpec } from './domains';

export const transportKind = z.enum(['electron', 'loopback']);

export const systemInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  databasePath: z.string(),
  transport: transportKind,
  platform: z.string(),
  sqliteVersion: z.string(),
  /** True while the store holds no people, organisations or events: the UI offers demo data. */
  empty: z.boolean(),
});
export type SystemInfo = z.infer<typeof systemInfo>;

export const demoSummary = z.object({
  organisations: z.number().int(),
  people: z.number().int(),
  bodies: z.number().int(),
  events: z.number().int(),
  projects: z.number().int(),
});
export type DemoSummary = z.infer<typeof demoSummary>;

export const systemCalls = {
  'system.info': {
    summary: 'Where the data lives, the schema version and the transport in use.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: systemInfo,
  },
  'system.loadDemo': {
    summary: 'Fill an empty store with demo data built from the seed documents. Refused when the store holds data.',
    mutates: true,
    changes: ['people', 'organisations', 'events', 'bodies', 'tags', 'roster', 'projects', 'system'],
    input: z.object({}).strict().default({}),
    output: demoSummary,
  },
} as const satisfies Record<string, CallSpec>;
