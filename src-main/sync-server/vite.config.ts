import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/** The relay as one ES module for plain Node: `vite build --config src-main/sync-server/vite.config.ts`. */
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  logLevel: 'warn',
  build: {
    ssr: 'src-main/sync-server/index.ts',
    outDir: 'out/sync-server',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    rollupOptions: {
      // The native module is loaded from node_modules; it cannot be bundled. pg is too: its require of
      // the optional pg-native (never installed here) stays a lazy require that Node never runs.
      external: ['better-sqlite3', 'pg', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: 'index.js' },
    },
  },
});
