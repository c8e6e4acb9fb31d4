import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { openApp, type LiaisonCore } from './app';
import { startLoopback, type LoopbackServer } from './loopback';
import { defaultDataDir } from './paths';
import { readAppVersion } from './version';

export interface ServeConfig {
  dataDir: string;
  port: number;
  token: string;
  /** From LIAISON_KEY_FILE: the store is created with it, or unlocked, at start. */
  passphrase?: string;
}

/**
 * For automation and tests: the file's trimmed content is the passphrase. It must be the
 * user's alone (mode 0600), as the store's key depends on it.
 */
export function readKeyFile(path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new Error(`LIAISON_KEY_FILE names ${path}, which does not exist`);
  }
  if (!stats.isFile()) throw new Error(`LIAISON_KEY_FILE must name a file, not ${path}`);
  if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) {
    throw new Error(`LIAISON_KEY_FILE ${path} can be read by others (mode ${(stats.mode & 0o777).toString(8)}): chmod 600 it first`);
  }
  if (stats.size > 4096) throw new Error(`LIAISON_KEY_FILE ${path} is too large to hold a passphrase`);
  const passphrase = readFileSync(path, 'utf8').trim();
  if (!passphrase) throw new Error(`LIAISON_KEY_FILE ${path} is empty`);
  return passphrase;
}

/** Reads LIAISON_DATA_DIR, LIAISON_PORT and LIAISON_TOKEN, refusing values that would be unsafe or meaningless. */
export function serveConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const rawPort = env.LIAISON_PORT ?? '0';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`LIAISON_PORT must be a port number from 0 to 65535, not "${rawPort}"`);
  }
  const token = env.LIAISON_TOKEN || randomBytes(24).toString('base64url');
  if (token.length < 16 || !/^[A-Za-z0-9._~-]+$/.test(token)) {
    throw new Error('LIAISON_TOKEN must be at least 16 characters of A-Z, a-z, 0-9, ".", "_", "~" or "-"');
  }
  const passphrase = env.LIAISON_KEY_FILE ? readKeyFile(env.LIAISON_KEY_FILE) : undefined;
  return { dataDir: defaultDataDir(env), port, token, ...(passphrase !== undefined ? { passphrase } : {}) };
}

export interface Serving {
  core: LiaisonCore;
  server: LoopbackServer;
  stop(): Promise<void>;
}

export async function serve(config: ServeConfig, rendererDir: string, buildDir: string): Promise<Serving> {
  const core = await openApp({
    dataDir: config.dataDir,
    transport: 'loopback',
    appVersion: readAppVersion(buildDir),
    ...(config.passphrase !== undefined ? { passphrase: config.passphrase } : {}),
  });
  try {
    const server = await startLoopback({ core, rendererDir, token: config.token, port: config.port });
    return {
      core,
      server,
      async stop() {
        await server.close();
        core.close();
      },
    };
  } catch (error) {
    core.close();
    throw error;
  }
}
