import { strToU8, zipSync } from 'fflate';
import { rmSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backups } from '../backups';
import { DATABASE_FILE } from '../paths';
import type { Store } from '../store/open';
import { KEYRING_FILE, type Keyring } from './keyring';

/**
 * A backup (or the store as it is now) with the key file beside it, zipped: it stays encrypted and
 * opens with the passphrase (or the recovery code) of the day it was made.
 */
export function exportBackup(
  from: { db: Store; ring: Keyring; backups: Backups; dataDir: string; now: Date },
  id: string | undefined,
): { fileName: string; contentBase64: string } {
  const source = id ? from.backups.path(id) : join(from.dataDir, 'export.tmp.sqlite');
  if (!id) {
    rmSync(source, { force: true });
    from.db.prepare('VACUUM INTO ?').run(source);
  }
  try {
    // The keychain's wrap is for this computer only.
    const { system: _system, ...portable } = from.ring;
    const zip = zipSync({ [DATABASE_FILE]: readFileSync(source), [KEYRING_FILE]: strToU8(JSON.stringify(portable, null, 2)) }, { level: 0 });
    const day = (id ? from.backups.get(id).createdAt : from.now.toISOString()).slice(0, 10);
    return { fileName: `liaison-backup-${day}.zip`, contentBase64: Buffer.from(zip).toString('base64') };
  } finally {
    if (!id) rmSync(source, { force: true });
  }
}
