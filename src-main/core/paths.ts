import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Liaison';
export const DATABASE_FILE = 'liaison.sqlite';

/**
 * The folder Electron calls userData, computed the same way without Electron so the
 * loopback server opens the same file. LIAISON_DATA_DIR overrides both.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.LIAISON_DATA_DIR) return env.LIAISON_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
