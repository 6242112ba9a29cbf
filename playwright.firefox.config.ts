import { defineConfig } from '@playwright/test';
import chromium from './playwright.config';

// The Firefox build (.output/firefox-mv2) in Firefox ESR, after the Chromium suite, with its settings:
// each test launches its own Firefox with the extension installed (tests/firefox/harness.ts).
export default defineConfig({
  ...chromium,
  testDir: 'tests/firefox',
  reporter: [['list'], ['json', { outputFile: '.reports/playwright-firefox.json' }]],
});
