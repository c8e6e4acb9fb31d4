import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unsupportedNodeMessage } from './node-version';
import { serve, serveConfigFromEnv } from './core/loopback-app';

// `npm run serve`: the app without Electron, for a browser and for automation.
const nodeProblem = unsupportedNodeMessage();
if (nodeProblem) {
  console.error(nodeProblem);
  process.exit(1);
}

// Every file Liaison creates (the store, its WAL, backups, the key file) is the user's alone.
process.umask(0o077);

const here = dirname(fileURLToPath(import.meta.url));

try {
  const serving = await serve(serveConfigFromEnv(), join(here, '..', 'renderer'), here);
  console.log(`LIAISON_URL=${serving.server.url}`);
  const shutdown = () => {
    void serving.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(`Liaison could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
