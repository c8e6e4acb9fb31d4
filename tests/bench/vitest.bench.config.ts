import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    // BENCH_FILE runs one file of your own instead (a profile of one part, say).
    include: [process.env.BENCH_FILE ?? 'tests/bench/run.test.ts'],
    environment: 'node',
    // One process, no parallel files: timings must not compete with other work.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
    // Print the progress and the table as they come instead of buffering them per test.
    disableConsoleIntercept: true,
    reporters: ['default'],
  },
});
