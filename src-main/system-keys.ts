import { safeStorage } from 'electron';
import type { SystemKeyStore } from './core/vault/system-keys';

/**
 * Electron's safeStorage as the vault's keychain. On Linux the backend is reported (and
 * "basic_text", a hard-coded password, is refused by the vault); on Windows and macOS
 * it is DPAPI and the Keychain.
 */
export function electronKeyStore(platform: NodeJS.Platform = process.platform): SystemKeyStore | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    backend: () => {
      if (platform === 'win32') return 'dpapi';
      if (platform === 'darwin') return 'keychain';
      return safeStorage.getSelectedStorageBackend();
    },
    encrypt: (data) => safeStorage.encryptString(data.toString('base64')),
    decrypt: (data) => Buffer.from(safeStorage.decryptString(data), 'base64'),
  };
}
