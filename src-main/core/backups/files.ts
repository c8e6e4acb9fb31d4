import { closeSync, fsyncSync, openSync, rmSync } from 'node:fs';

/** Flushes a file to the disk, so a rename that follows never points at data still in the cache. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename in the folder durable. Windows cannot open a folder for this, and NTFS journals renames anyway. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A SQLite file and whatever journal files it left beside it. */
export function removeDatabaseFile(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(file, { force: true });
}
