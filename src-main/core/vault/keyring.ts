import { createCipheriv, createDecipheriv, randomBytes, randomInt } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { fsyncDir } from '../backups';
import { KEY_BYTES, type StoreKey } from '../store/cipher';
import { type KdfParams, passphraseKey, recoveryKey } from './kdf';

export const KEYRING_FILE = 'liaison.keys.json';

const b64 = z.string().max(4096).regex(/^[A-Za-z0-9+/=]*$/);
const wrapped = z.object({ iv: b64, tag: b64, data: b64 });
export type Wrapped = z.infer<typeof wrapped>;

const keyringSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  passphrase: wrapped.extend({
    kdf: z.literal('argon2id'),
    salt: b64,
    memoryKiB: z.number().int().min(8).max(4_194_304),
    iterations: z.number().int().min(1).max(64),
    parallelism: z.number().int().min(1).max(16),
  }),
  recovery: wrapped.extend({ salt: b64 }),
  /** The key wrapped by the operating system's keychain (Electron safeStorage), and which backend did it. */
  system: z.object({ backend: z.string().max(64), data: b64 }).optional(),
  idleLockMinutes: z.number().int().min(0).max(1440).default(15),
});
export type Keyring = z.infer<typeof keyringSchema>;

/** Binds a wrap to its purpose: a wrapped key cannot be passed off as anything else. */
const AAD = Buffer.from('liaison store key v1');

export function wrap(key: Buffer, kek: Buffer): Wrapped {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(AAD);
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** The key, or null when the wrapping key is wrong (GCM's tag does not match). */
export function unwrap(w: Wrapped, kek: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(AAD);
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(w.data, 'base64')), decipher.final()]);
    return key.length === KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

/** No I, O, 0 or 1: the code is read from paper and typed back. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const RECOVERY_CODE_LENGTH = 30;

export function newRecoveryCode(): string {
  return Array.from({ length: RECOVERY_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** ABCDE-FGHIJ-…: six groups of five, as shown to the user. */
export function formatRecoveryCode(code: string): string {
  return code.match(/.{1,5}/g)!.join('-');
}

export interface Secrets {
  passphrase: string;
  recoveryCode: string;
}

/** The passphrase's wrap of the key, under a fresh salt: changing the passphrase rewrites only this. */
export async function passphraseWrap(key: StoreKey, passphrase: string, kdf: KdfParams): Promise<Keyring['passphrase']> {
  const salt = randomBytes(16);
  const kek = await passphraseKey(passphrase, salt, kdf);
  return { kdf: 'argon2id', salt: salt.toString('base64'), ...kdf, ...wrap(key, kek) };
}

export function recoveryWrap(key: StoreKey, recoveryCode: string): Keyring['recovery'] {
  const salt = randomBytes(16);
  return { salt: salt.toString('base64'), ...wrap(key, recoveryKey(recoveryCode, salt)) };
}

/** Wraps the store key by the passphrase (Argon2id) and by the recovery code. */
export async function sealKey(key: StoreKey, secrets: Secrets, kdf: KdfParams, idleLockMinutes: number): Promise<Keyring> {
  return {
    format: 1,
    createdAt: new Date().toISOString(),
    passphrase: await passphraseWrap(key, secrets.passphrase, kdf),
    recovery: recoveryWrap(key, secrets.recoveryCode),
    idleLockMinutes,
  };
}

export async function passphraseKek(ring: Keyring, passphrase: string): Promise<Buffer> {
  const { salt, memoryKiB, iterations, parallelism } = ring.passphrase;
  return passphraseKey(passphrase, Buffer.from(salt, 'base64'), { memoryKiB, iterations, parallelism });
}

export function recoveryKek(ring: Keyring, code: string): Buffer {
  return recoveryKey(code, Buffer.from(ring.recovery.salt, 'base64'));
}

export function readKeyring(path: string): Keyring | null {
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`The key file ${path} is not readable JSON. Restore it from a copy; without it the store cannot be opened.`);
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The key file ${path} is not a Liaison key file. Restore it from a copy; without it the store cannot be opened.`);
  return parsed.data;
}

/** Written whole or not at all: a temp file, fsync, rename, then fsync of the folder. */
export function writeKeyring(path: string, ring: Keyring): void {
  writePrivateFileAtomic(path, `${JSON.stringify(ring, null, 2)}\n`);
}

export function writePrivateFileAtomic(path: string, content: string | Buffer): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  fsyncDir(dirname(path));
}
