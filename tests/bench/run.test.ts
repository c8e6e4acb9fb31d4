import { expect, it } from 'vitest';
import { main } from './run';

/** `LIAISON_BENCH_ARGS="--people 60000 --organisations 2000 --iterations 300" npm run bench` */
it('directory benchmark', async () => {
  const args = (process.env.LIAISON_BENCH_ARGS ?? '').split(/\s+/).filter(Boolean);
  const result = await main(args);
  // Only a broken run fails: missed targets are reported, not asserted.
  expect(result.results.length).toBeGreaterThan(0);
});
