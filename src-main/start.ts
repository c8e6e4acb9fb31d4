import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unsupportedNodeMessage } from './node-version';
import { findElectronBinary } from './electron-binary';
import { serve, serveConfigFromEnv } from './core/loopback-app';

// `npm start` (after the build): the Electron app, or the loopback transport in a Chromium window where Electron is missing.
const nodeProblem = unsupportedNodeMessage();
if (nodeProblem) {
  console.error(nodeProblem);
  process.exit(1);
}

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, '..', '..');

function findChromium(): string | null {
  const candidates = [process.env.LIAISON_BROWSER, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (candidate.includes('/') ? existsSync(candidate) : spawnSync('which', [candidate]).status === 0) return candidate;
  }
  return null;
}

async function startLoopbackWindow(reason: string): Promise<void> {
  console.log(`Electron is not available here (${reason}); starting Liaison over the loopback transport instead.`);
  const config = serveConfigFromEnv();
  const serving = await serve(config, join(here, '..', 'renderer'), here);
  console.log(`LIAISON_URL=${serving.server.url}`);
  const stop = () => void serving.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const browser = findChromium();
  const canShow = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!browser || !canShow) {
    console.log(browser ? 'No display to open a window on: open the URL above in a browser.' : 'No Chromium found: open the URL above in a browser.');
    return;
  }
  const profile = join(config.dataDir, 'browser-profile');
  mkdirSync(profile, { recursive: true });
  const args = [
    `--app=${serving.server.url}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const window = spawn(browser, args, { stdio: 'ignore' });
  window.on('exit', stop);
}

const electron = findElectronBinary({ download: true });
if ('path' in electron) {
  const child = spawn(electron.path, [projectRoot], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  startLoopbackWindow(electron.missing).catch((error: unknown) => {
    console.error(`Liaison could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
