#!/usr/bin/env node
// Totals the unit (Vitest) and end-to-end (Playwright) results that CI runs write to
// out/test-results/, and prints one plain line: "tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const unit = read('out/test-results/unit.json');
const e2e = read('out/test-results/e2e.json');
if (!unit || !e2e) {
  console.error('Missing test results in out/test-results/ (run npm test with CI=true first).');
  process.exit(1);
}
const passed = unit.numPassedTests + (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0);
const skipped = unit.numPendingTests + unit.numTodoTests + (e2e.stats.skipped ?? 0);
console.log(`unit: ${unit.numPassedTests} passed, e2e: ${e2e.stats.expected} passed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
