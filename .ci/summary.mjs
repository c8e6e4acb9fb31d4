// Prints `N passed, N failed, N skipped` from the vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;

const unit = 'tests/artifacts/unit-results.json';
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  reports++;
}
const e2e = 'tests/artifacts/e2e-results.json';
if (existsSync(e2e)) {
  const s = JSON.parse(readFileSync(e2e, 'utf8')).stats;
  passed += s.expected + (s.flaky ?? 0);
  failed += s.unexpected;
  skipped += s.skipped;
  reports++;
}
// typecheck, lint or build failing before both reports exist is a failure the totals must show.
if (status !== 0 && failed === 0) failed = 1;
if (reports < 2 && status === 0) console.log('warning: a test report is missing');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
