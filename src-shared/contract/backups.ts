import { z } from 'zod';
import type { CallSpec } from './domains';

export const backupReason = z.enum(['daily', 'manual', 'migration', 'import', 'restore', 'rotate']);
export type BackupReason = z.infer<typeof backupReason>;

/** A backup's file name inside `backups/`: nothing that could name another path. */
export const backupId = z
  .string()
  .max(120)
  .regex(/^liaison-[0-9TZ-]+-[a-z]+\.sqlite$/, 'Not a backup of this store');

export const backupInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: backupReason,
  sizeBytes: z.number().int(),
  /** Null when the backup cannot be read (damaged, or made with another key). */
  schemaVersion: z.number().int().nullable(),
  counts: z.object({ people: z.number().int(), events: z.number().int(), projects: z.number().int() }).nullable(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const verifyCheck = z.object({
  name: z.enum(['integrity', 'foreignKeys', 'search']),
  ok: z.boolean(),
  /** Plain words: what was checked, and what was found. */
  detail: z.string(),
});

export const backupCalls = {
  'backups.list': {
    summary: 'The encrypted backups of this store, newest first, with what each holds.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: z.array(backupInfo),
  },
  'backups.create': {
    summary: 'Back up now (encrypted with the same key), then apply the retention rule.',
    mutates: true,
    // Writes no row, but the list of backups changes: views showing it reload.
    changes: ['backups'],
    input: z.object({}).strict().default({}),
    output: backupInfo,
  },
  'backups.restore': {
    summary: 'Replace the store with a backup; the current store is backed up first.',
    mutates: true,
    changes: ['*'],
    input: z.object({ id: backupId }).strict(),
    output: z.object({ restored: backupInfo, safety: backupInfo.nullable() }),
  },
  'backups.export': {
    summary: 'A copy of a backup (or of the store now) to save elsewhere; it stays encrypted and opens with the passphrase.',
    mutates: false,
    input: z.object({ id: backupId.optional() }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  },
  'backups.verify': {
    summary: 'Check the store: SQLite integrity, foreign keys, and the search index.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: z.object({ ok: z.boolean(), checks: z.array(verifyCheck), checkedAt: z.string() }),
  },
} as const satisfies Record<string, CallSpec>;
