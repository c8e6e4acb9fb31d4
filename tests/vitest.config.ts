import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native module: forks keep each file in its own process.
    pool: 'forks',
    testTimeout: 20_000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'tests/artifacts/unit-results.json' }]] : ['default'],
  },
});
