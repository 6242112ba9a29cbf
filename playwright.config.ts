import { defineConfig } from '@playwright/test';

// Each test file launches its own Chromium with the built extension (tests/e2e/harness.ts).
// Two cores on CI: one worker keeps timings and service-worker behaviour predictable.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: { trace: 'off' },
});
