// Totals the vitest and Playwright JSON reports into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const missing = [];

const vitest = '.reports/vitest.json';
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0);
} else missing.push('vitest');

// Chromium's suite (playwright.config.ts), then Firefox's (playwright.firefox.config.ts).
for (const [name, report] of [
  ['playwright', '.reports/playwright.json'],
  ['playwright firefox', '.reports/playwright-firefox.json'],
]) {
  if (!existsSync(report)) {
    missing.push(name);
    continue;
  }
  const stats = JSON.parse(readFileSync(report, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  // A skipped browser test is a failure here: browser tests are never skipped silently.
  failed += (stats.unexpected ?? 0) + (stats.skipped ?? 0);
}

// A runner that never reported counts as a failure so a broken pipeline cannot read as green.
failed += missing.length;
if (missing.length) console.log(`no report from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
