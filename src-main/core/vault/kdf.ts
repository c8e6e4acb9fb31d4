import { hkdfSync } from 'node:crypto';
import { argon2id } from 'hash-wasm';

/** Argon2id cost: 64 MiB, 3 passes, 1 lane; stored with each wrap so a later change of cost still opens old files. */
export interface KdfParams {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

export const DEFAULT_KDF: KdfParams = { memoryKiB: 65_536, iterations: 3, parallelism: 1 };

/**
 * hash-wasm rather than node:crypto: Electron's BoringSSL has no Argon2, and the same
 * WebAssembly gives the same key in Node and in Electron.
 */
export async function passphraseKey(passphrase: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  const hash = await argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return Buffer.from(hash);
}

/** A recovery code already carries 150 random bits: a slow hash would add nothing but waiting. */
export function recoveryKey(code: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', code, salt, 'liaison recovery code v1', 32));
}
