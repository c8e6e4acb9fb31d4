import { randomBytes } from 'node:crypto';
import { openApp, type LiaisonCore } from './app';
import { startLoopback, type LoopbackServer } from './loopback';
import { defaultDataDir } from './paths';
import { readAppVersion } from './version';

export interface ServeConfig {
  dataDir: string;
  port: number;
  token: string;
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
  return { dataDir: defaultDataDir(env), port, token };
}

export interface Serving {
  core: LiaisonCore;
  server: LoopbackServer;
  stop(): Promise<void>;
}

export async function serve(config: ServeConfig, rendererDir: string, buildDir: string): Promise<Serving> {
  const core = await openApp({ dataDir: config.dataDir, transport: 'loopback', appVersion: readAppVersion(buildDir) });
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
