import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');

/** The scripts a window runs before its first screen: the entry and what index.html preloads with it (the sections' lazy chunks are not among them). */
export function initialScripts(rendererDir = RENDERER_DIR): Array<{ file: string; bytes: number }> {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...entry, ...preloaded].map((src) => {
    const file = src.replace(/^\.?\//, '');
    return { file, bytes: statSync(join(rendererDir, file)).size };
  });
}
