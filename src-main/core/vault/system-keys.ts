import type { Keyring } from './keyring';

/**
 * The operating system's keychain, as Electron's safeStorage offers it. Only the Electron shell
 * provides one; the core never imports Electron.
 */
export interface SystemKeyStore {
  /** e.g. "keychain", "dpapi", "gnome_libsecret", "kwallet5"; "basic_text" means no real protection. */
  backend(): string;
  encrypt(data: Buffer): Buffer;
  decrypt(data: Buffer): Buffer;
}

/** A hard-coded password is no protection: Linux without a keyring falls back to the passphrase alone. */
export function usable(store: SystemKeyStore | undefined): store is SystemKeyStore {
  if (!store) return false;
  try {
    return store.backend() !== 'basic_text' && store.backend() !== 'unknown';
  } catch {
    return false;
  }
}

/** The keyring with the key wrapped by the keychain too, when there is a usable one; without, as it was. */
export function withSystemWrap(ring: Keyring, key: Buffer, system: SystemKeyStore | undefined): Keyring {
  if (!usable(system)) return ring;
  try {
    return { ...ring, system: { backend: system.backend(), data: system.encrypt(key).toString('base64') } };
  } catch {
    return ring;
  }
}
