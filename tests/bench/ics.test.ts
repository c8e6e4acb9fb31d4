import { expect, it } from 'vitest';
import { runIcsBench } from './ics';

// Standalone: `npx vitest run tests/bench/ics.test.ts` (not part of the unit tests nor of `npm run bench`).
it('imports 5,000 and exports 15,000 events', async () => {
  const result = await runIcsBench();
  console.log(JSON.stringify(result, null, 2));
  expect(result.counts.imported).toBe(5_000);
  expect(result.counts.exported).toBe(15_000);
}, 600_000);
