import { type BackupReason, backupReason } from '../../../src-shared/contract/backups';
import { AppError } from '../../../src-shared/errors';

// Stricter than the contract's pattern: the name also carries the time and reason the list shows.
const NAME = /^liaison-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z]+)\.sqlite$/;

export interface BackupName {
  id: string;
  createdAt: Date;
  reason: BackupReason;
}

/** `liaison-20250105T093012345Z-daily.sqlite`: UTC, so names sort by time and survive a change of zone. */
export function backupName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `liaison-${stamp}-${reason}.sqlite`;
}

/** The time and reason in a backup's name, or null for any other file. */
export function parseBackupName(id: string): BackupName | null {
  const m = NAME.exec(id);
  if (!m) return null;
  const reason = backupReason.safeParse(m[8]);
  if (!reason.success) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
  const createdAt = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  // Rejects 20250231 and the like, which Date.UTC would roll into March.
  if (backupName(createdAt, reason.data) !== id) return null;
  return { id, createdAt, reason: reason.data };
}

export function requireBackupName(id: string): BackupName {
  const parsed = parseBackupName(id);
  if (!parsed) throw new AppError('invalid_input', `“${id}” is not the name of a backup of this store`);
  return parsed;
}

/** Copies being written (`.partial`) or re-encrypted (`.rekeying`) when the app stopped: never a backup. */
export function isLeftoverCopy(file: string): boolean {
  return /^liaison-[0-9TZ-]+-[a-z]+\.sqlite\.(partial|rekeying)$/.test(file);
}
