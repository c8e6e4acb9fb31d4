import { z } from 'zod';
import { fileToSave } from './common';
import type { CallSpec } from './domains';

/** A bundle's bytes before base64. */
export const BUNDLE_MAX_BYTES = 512 * 1024 * 1024;

const laptopName = z.string().trim().min(1, 'Give this laptop a name others will recognise').max(80);
const passphrase = z.string().min(10, 'At least 10 characters: the passphrase protects everything the group exchanges').max(1024);
const nodeId = z.string().regex(/^[0-9A-F]{16}$/, 'Not a laptop of this group');
const serverUrl = z
  .string()
  .trim()
  .max(200, 'At most 200 characters')
  .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), 'An http:// or https:// address, e.g. http://liaison-sync.office.lan:5107');
const bundleFile = z.object({ base64: z.string().min(1, 'The file is empty').max(Math.ceil(BUNDLE_MAX_BYTES / 3) * 4 + 4, 'The file is larger than 512 MB') }).strict();

export const laptopInfo = z.object({
  node: z.string(),
  name: z.string(),
  /** When this laptop last exchanged with it (ISO), or null. */
  lastExchange: z.string().nullable(),
  removed: z.boolean(),
});

export const exchangeStatus = z.object({
  group: z.object({ id: z.string(), name: z.string(), joinCode: z.string() }).nullable(),
  laptop: z.object({ node: z.string(), name: z.string() }),
  laptops: z.array(laptopInfo),
  /** Messages this laptop holds. */
  messages: z.number().int(),
  /** Changes held apart: their laptop's clock is more than a day ahead. */
  heldForClock: z.array(z.object({ node: z.string(), name: z.string(), count: z.number().int(), aheadBy: z.string() })),
  /** Changes for columns this version does not know yet (a newer Liaison made them). */
  waitingForUpgrade: z.number().int(),
  /** Rows waiting for a parent that has not arrived. */
  waitingRows: z.number().int(),
  openConflicts: z.number().int(),
  /** A file-sync service (OneDrive, Dropbox…) whose folder holds the data folder, or null. */
  syncedFolder: z.string().nullable(),
  /** The office's sync server, when one is set: its address, the last sync that went through, and whether the last attempt reached it. */
  server: z.object({ url: z.string(), lastSync: z.string().nullable(), reachable: z.boolean(), pending: z.number().int() }).nullable(),
});
export type ExchangeStatus = z.infer<typeof exchangeStatus>;

/** What a bundle brings, per table: rows it creates, changes and deletes. */
export const bundleEffect = z.object({
  from: z.object({ node: z.string(), name: z.string() }),
  group: z.string(),
  messages: z.number().int(),
  /** Messages this laptop did not have. */
  received: z.number().int(),
  duplicates: z.number().int(),
  tables: z.record(z.string(), z.object({ created: z.number().int(), changed: z.number().int(), deleted: z.number().int() })),
  conflicts: z.number().int(),
  waiting: z.number().int(),
  heldForClock: z.number().int(),
});
export type BundleEffect = z.infer<typeof bundleEffect>;

export const conflictInfo = z.object({
  id: z.string(),
  dataset: z.string(),
  row: z.string(),
  /** The record in words: a person's name, an event's title; empty when it has gone. */
  label: z.string(),
  column: z.string(),
  kept: z.object({ value: z.unknown(), laptop: z.string(), at: z.string() }),
  other: z.object({ value: z.unknown(), laptop: z.string(), at: z.string() }),
});
export type ConflictInfo = z.infer<typeof conflictInfo>;

export const exchangeCalls = {
  'exchange.status': {
    summary: "This laptop's exchange group, the laptops it has heard from, and what waits.",
    mutates: false,
    input: z.object({}).strict(),
    output: exchangeStatus,
  },
  'exchange.createGroup': {
    summary: 'Start an exchange group: its passphrase is shared out of band; the join code goes to the other laptops.',
    mutates: true,
    changes: ['exchange'],
    input: z.object({ name: z.string().trim().min(1, 'Name the group').max(200), passphrase, laptopName }).strict(),
    output: exchangeStatus,
  },
  'exchange.joinGroup': {
    summary: 'Join a group with its join code and passphrase.',
    mutates: true,
    changes: ['exchange'],
    input: z.object({ code: z.string().trim().min(1, 'Paste the join code').max(4096), passphrase, laptopName }).strict(),
    output: exchangeStatus,
  },
  'exchange.leaveGroup': {
    summary: 'Leave the group: every row stays here; the log of changes is forgotten.',
    mutates: true,
    changes: ['exchange'],
    input: z.object({}).strict(),
    output: exchangeStatus,
  },
  'exchange.removeLaptop': {
    summary: 'Stop listing a laptop of the group (its changes already here stay).',
    mutates: true,
    changes: ['exchange'],
    input: z.object({ node: nodeId }).strict(),
    output: exchangeStatus,
  },
  'exchange.exportBundle': {
    summary: 'A changes file with everything the given laptop may lack (everything, for a laptop not heard from).',
    mutates: false,
    input: z.object({ to: nodeId.nullable() }).strict(),
    output: fileToSave.extend({ messages: z.number().int() }),
  },
  'exchange.previewBundle': {
    summary: 'What a changes file would bring, without applying it.',
    mutates: false,
    input: bundleFile,
    output: bundleEffect,
  },
  'exchange.importBundle': {
    summary: 'Apply a changes file in one transaction, and make the reply with what its sender lacks.',
    mutates: true,
    changes: ['*'],
    input: bundleFile,
    output: bundleEffect.extend({ reply: fileToSave.extend({ messages: z.number().int() }).nullable() }),
  },
  'exchange.lastChange': {
    summary: 'Which laptop last changed a record, and when (null when it was this one, or before the group).',
    mutates: false,
    input: z.object({ dataset: z.enum(['people', 'organisations', 'events', 'bodies', 'projects']), row: z.string().max(64) }).strict(),
    output: z.object({ lastChange: z.object({ laptop: z.string(), at: z.string() }).nullable() }),
  },
  'exchange.conflicts': {
    summary: 'Cells edited on two laptops, newest first; for one record when given.',
    mutates: false,
    input: z.object({ dataset: z.string().max(40).optional(), row: z.string().max(64).optional() }).strict(),
    output: z.object({ conflicts: z.array(conflictInfo) }),
  },
  'exchange.resolveConflict': {
    summary: 'Keep the value that was kept, or use the other one; the choice is itself a change that travels.',
    mutates: true,
    changes: ['*'],
    input: z.object({ id: z.string().uuid(), use: z.enum(['kept', 'other']) }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'exchange.setServer': {
    summary: "Use the office's sync server: registers this laptop with it (the server never gets the group key); null stops using one.",
    mutates: true,
    changes: ['exchange'],
    input: z.object({ url: serverUrl.nullable() }).strict(),
    output: exchangeStatus,
  },
  'exchange.syncNow': {
    summary: "Send this laptop's changes to the sync server and apply the other laptops' changes, until both hold the same.",
    mutates: true,
    changes: ['*'],
    input: z.object({}).strict(),
    output: z.object({ sent: z.number().int(), received: z.number().int(), conflicts: z.number().int(), at: z.string() }),
  },
} as const satisfies Record<string, CallSpec>;
