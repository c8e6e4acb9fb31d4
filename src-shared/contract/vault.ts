import { z } from 'zod';
import type { CallSpec } from './domains';
import { PASSPHRASE_MAX, PASSPHRASE_MIN, passphraseStrength } from '../passphrase';

/** Typed at the lock screen: bounded but never refused for its shape, so a wrong one is simply wrong. */
const typedPassphrase = z.string().min(1, 'Type your passphrase').max(PASSPHRASE_MAX, `At most ${PASSPHRASE_MAX} characters`);

/** A new passphrase: long enough, and not trivially guessable. */
export const newPassphrase = z
  .string()
  .min(PASSPHRASE_MIN, `Use at least ${PASSPHRASE_MIN} characters`)
  .max(PASSPHRASE_MAX, `At most ${PASSPHRASE_MAX} characters`)
  .refine((p) => passphraseStrength(p) > 0, 'Too easy to guess: add words, or mix letters, digits and signs');

/** Six groups of five letters and digits, as shown at creation; spaces, dashes and case are forgiven. */
export const recoveryCode = z
  .string()
  .max(100)
  .transform((code) => code.toUpperCase().replace(/[^A-Z0-9]/g, ''))
  .refine((code) => code.length === 30, 'A recovery code has 30 letters and digits, like ABCDE-FGHIJ-…');

export const vaultStatus = z.enum([
  /** No store yet, or only a plaintext store from an earlier version: a passphrase must be created. */
  'new',
  'locked',
  'unlocked',
]);
export type VaultStatus = z.infer<typeof vaultStatus>;

export const vaultState = z.object({
  status: vaultStatus,
  /** A store from an earlier, unencrypted version waits to be converted when the passphrase is created. */
  plaintextStore: z.boolean(),
  /** The store failed its integrity check: it is open read-only and nothing is written into it. */
  damaged: z.boolean(),
  /** Milliseconds before another passphrase attempt is answered (it grows with each wrong one). */
  retryAfterMs: z.number().int().min(0),
  /** The app locks itself after this many idle minutes (0: never). */
  idleLockMinutes: z.number().int().min(0),
});
export type VaultState = z.infer<typeof vaultState>;

const recoveryShown = z.object({
  /** Shown once, never stored in clear: with the passphrase lost, it is the only way back in. */
  recoveryCode: z.string(),
  state: vaultState,
});

export const vaultCalls = {
  'vault.state': {
    summary: 'Whether the store is new, locked or unlocked; answered even while locked.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: vaultState,
  },
  'vault.activity': {
    summary: 'The user is at work: postpones the idle lock. Answered even while locked.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: vaultState,
  },
  'vault.create': {
    summary: 'Create the passphrase of a new store (or convert a plaintext store to an encrypted one); returns the recovery code, once.',
    mutates: true,
    changes: [],
    input: z.object({ passphrase: newPassphrase }).strict(),
    output: recoveryShown,
  },
  'vault.unlock': {
    summary: 'Open the store with the passphrase. A wrong one is refused after a delay that grows with each attempt.',
    mutates: false,
    input: z.object({ passphrase: typedPassphrase }).strict(),
    output: vaultState,
  },
  'vault.recover': {
    summary: 'Open the store with the recovery code and set a new passphrase; the code is used up and a new one returned.',
    mutates: true,
    changes: [],
    input: z.object({ recoveryCode, newPassphrase }).strict(),
    output: recoveryShown,
  },
  'vault.lock': {
    summary: 'Close the store and forget its key until the passphrase is typed again.',
    mutates: false,
    input: z.object({}).strict().default({}),
    output: vaultState,
  },
  'vault.changePassphrase': {
    summary: 'Wrap the key with a new passphrase (the data is not rewritten).',
    mutates: true,
    changes: [],
    input: z.object({ current: typedPassphrase, next: newPassphrase }).strict(),
    output: vaultState,
  },
  'vault.rotateKey': {
    summary: 'Re-encrypt the whole store under a new key, verify it, then swap; returns a new recovery code.',
    mutates: true,
    changes: ['*'],
    input: z.object({ passphrase: typedPassphrase }).strict(),
    output: recoveryShown,
  },
  'vault.setIdleLock': {
    summary: 'Minutes of inactivity before the app locks itself (0: never; at most a day).',
    mutates: true,
    changes: [],
    input: z.object({ minutes: z.number().int().min(0).max(1440) }).strict(),
    output: vaultState,
  },
} as const satisfies Record<string, CallSpec>;
