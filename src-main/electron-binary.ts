import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { path: string } | { missing: string };

/**
 * Finds the Electron executable without `require('electron')`, which would start a
 * download and print its failure; with `download`, tries electron's own installer once, quietly.
 */
export function findElectronBinary(options: { download?: boolean } = {}): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const locate = (): string | null => {
    const pathFile = join(packageDir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
    const candidate = relative ? join(distDir, relative) : null;
    return candidate && existsSync(candidate) ? candidate : null;
  };
  const found = locate();
  if (found) return { path: found };
  if (options.download) {
    const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
    const downloaded = locate();
    if (downloaded) return { path: downloaded };
    return { missing: result.error ? 'its download could not run' : 'its binary could not be downloaded' };
  }
  return { missing: 'its binary is not downloaded' };
}
