import { closeSync, copyFileSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type AppOptions, type LiaisonCore, openApp } from '../../src-main/core/app';
import { DATABASE_FILE } from '../../src-main/core/paths';
import { applyKey, type Store, type StoreKey } from '../../src-main/core/store/cipher';
import type { KdfParams } from '../../src-main/core/vault/kdf';
import { KEYRING_FILE, passphraseKek, readKeyring, unwrap } from '../../src-main/core/vault/keyring';

export const BENCH_PASSPHRASE = 'bench passphrase, not secret';

/** Argon2id at its floor: the benches that do not time the unlock should not wait on it. */
export const CHEAP_KDF: KdfParams = { memoryKiB: 64, iterations: 1, parallelism: 1 };

/** The app on a new data folder, its store created with the bench passphrase and open. */
export function openBenchApp(dataDir: string, options: { kdf?: KdfParams | 'default' } = {}): Promise<LiaisonCore> {
  const kdf = options.kdf ?? CHEAP_KDF;
  const app: AppOptions = { dataDir, transport: 'loopback', appVersion: 'bench', passphrase: BENCH_PASSPHRASE };
  return openApp(kdf === 'default' ? app : { ...app, kdf });
}

/** The store key of a bench data folder, unwrapped from its key file with the bench passphrase. */
export async function storeKeyOf(dataDir: string): Promise<StoreKey> {
  const ring = readKeyring(join(dataDir, KEYRING_FILE));
  if (!ring) throw new Error(`${dataDir} has no key file`);
  const key = unwrap(ring.passphrase, await passphraseKek(ring, BENCH_PASSPHRASE));
  if (!key) throw new Error(`The bench passphrase does not open ${dataDir}`);
  return key;
}

export const storePathOf = (dataDir: string) => join(dataDir, DATABASE_FILE);

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function hasPlaintextHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * A decrypted copy of an encrypted store, for comparisons only: `db` (open with the key) is
 * checkpointed so the main file holds every write, copied, and the copy rekeyed to no key.
 */
export function plaintextCopy(db: Store, key: StoreKey, target: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  for (const file of [target, `${target}-wal`, `${target}-shm`, `${target}-journal`]) rmSync(file, { force: true });
  copyFileSync(db.name, target);
  const copy = new Database(target, { fileMustExist: true });
  try {
    applyKey(copy, key);
    copy.pragma('journal_mode = DELETE');
    copy.pragma("rekey = ''");
  } finally {
    copy.close();
  }
  if (!hasPlaintextHeader(target)) throw new Error(`${target} is still encrypted after rekey to no key`);
}
