// `npm run bench -- --people 60000`: hands the flags to the benchmark and runs it through vitest's node runner.
import { startVitest } from 'vitest/node';

process.env.LIAISON_BENCH_ARGS = process.argv.slice(2).join(' ');
const vitest = await startVitest('test', [], { config: 'tests/bench/vitest.bench.config.ts', run: true, watch: false });
const failed = vitest ? vitest.state.getCountOfFailedTests() : 1;
await vitest?.close();
process.exit(failed > 0 ? 1 : 0);
