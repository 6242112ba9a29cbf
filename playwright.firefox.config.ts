import { defineConfig } from '@playwright/test';

// The Firefox build (.output/firefox-mv2) in Firefox ESR, after the Chromium suite (playwright.config.ts):
// each test launches its own Firefox with the extension installed (tests/firefox/harness.ts).
export default defineConfig({
  testDir: 'tests/firefox',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/playwright-firefox.json' }]],
  use: { trace: 'off' },
});
