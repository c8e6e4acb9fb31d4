import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { latestVersion } from '../core/store/migrations';
import { readAppVersion } from '../core/version';
import { relayServer } from './http';
import type { GroupStores } from './store';
import { PostgresGroupStores } from './store-postgres';
import { SqliteGroupStores } from './store-sqlite';

/** Long enough for any host, user, password and options; a longer one is a mistake. */
const MAX_DATABASE_URL = 2048;

export interface RelayConfig {
  port: number;
  host: string;
  dataDir: string;
  /** A postgres:// URL: the groups are kept in that database, and dataDir is not used. */
  databaseUrl?: string;
  appVersion: string;
}

export interface RunningRelay {
  url: string;
  port: number;
  /** Where the groups are kept, without a password. */
  store: string;
  close(): Promise<void>;
}

/**
 * The configuration from the environment: LIAISON_SYNC_PORT (5107), LIAISON_SYNC_HOST (127.0.0.1),
 * LIAISON_SYNC_DATA_DIR, and LIAISON_SYNC_DATABASE_URL for PostgreSQL instead of SQLite files.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const port = Number(env.LIAISON_SYNC_PORT ?? 5107);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`LIAISON_SYNC_PORT must be a port number, not ${env.LIAISON_SYNC_PORT}`);
  const host = (env.LIAISON_SYNC_HOST ?? '127.0.0.1').trim();
  if (!host || host.length > 255) throw new Error('LIAISON_SYNC_HOST must be a host name or address');
  const dataDir = resolve(env.LIAISON_SYNC_DATA_DIR?.trim() || join(homedir(), '.liaison-sync'));
  const databaseUrl = env.LIAISON_SYNC_DATABASE_URL?.trim() || undefined;
  // The URL is not repeated in the errors: it may hold a password.
  if (databaseUrl !== undefined && !/^postgres(?:ql)?:\/\//.test(databaseUrl)) throw new Error('LIAISON_SYNC_DATABASE_URL must start with postgres:// or postgresql://');
  if (databaseUrl !== undefined && databaseUrl.length > MAX_DATABASE_URL) throw new Error(`LIAISON_SYNC_DATABASE_URL must be at most ${MAX_DATABASE_URL} characters`);
  return { port, host, dataDir, databaseUrl, appVersion: readAppVersion(dirname(fileURLToPath(import.meta.url))) };
}

/** Starts the relay; `port` 0 takes a free one (tests). A PostgreSQL database that cannot be used is refused here, before listening. */
export async function startRelay(config: RelayConfig, log: (line: string) => void = () => {}): Promise<RunningRelay> {
  const stores: GroupStores = config.databaseUrl ? await PostgresGroupStores.open(config.databaseUrl, log) : new SqliteGroupStores(config.dataDir);
  const server = relayServer({ stores, appVersion: config.appVersion, schemaVersion: latestVersion(), log });
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(config.port, config.host, () => done());
    });
  } catch (error) {
    await stores.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    store: stores.where,
    close: async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await stores.close();
    },
  };
}

async function main() {
  const config = configFromEnv();
  const stamp = () => new Date().toISOString();
  const relay = await startRelay(config, (line) => console.log(`${stamp()} ${line}`));
  console.log(`${stamp()} Liaison sync relay ${config.appVersion} listening on ${relay.url}, keeping its data in ${relay.store}`);
  const stop = () => {
    void relay.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run when started as a program (the built bundle), not when imported (tests).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
