import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version in package.json, found from the build output folder (out/main) or the sources. */
export function readAppVersion(fromDir: string): string {
  for (const candidate of [join(fromDir, '..', '..', 'package.json'), join(fromDir, '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'liaison' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}
