// Figures, printed rather than asserted as timings (a loaded CI machine is no place for timing
// thresholds): DOMContentLoaded → overlay visible, the detector's main-thread cost of classifying a
// page, and the sizes of the detector every operator page gets and of the overlay injected on demand
// into relevant ones (asserted: what must not be in either).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AFTER_STEPS, PRECAUTIONS, getOperator } from '@/data';
import { BUNDLED_STRINGS } from '@/locales/bundled';
import { FALLBACK_KEYS, OVERLAY_KEYS } from '@/utils/overlay-keys';
import { NEGATIVE_PAGES } from '../fixtures/pages/catalog';
import { test, expect, EXTENSION_PATH } from './harness';
import { classifyTimes, domReadyToOverlay, median, panel, serveAll, settle } from './overlay-helpers';

const RUNS = 7;

test('prints DOMContentLoaded → overlay visible, classification cost and the detector’s and overlay’s sizes', async ({ context, router }) => {
  serveAll(router);
  const page = await context.newPage();
  const visible: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`https://www.kcell.kz/ru/product/documents`);
    await expect(panel(page)).toBeVisible();
    await expect(page.locator('simexit-guide[data-ready]')).toHaveCount(1);
    const ms = await domReadyToOverlay(page);
    expect(ms, 'the overlay sets its performance mark').not.toBeNull();
    visible.push(ms!);
  }
  const fastPath: number[] = [];
  for (const fixture of NEGATIVE_PAGES) {
    await page.goto(fixture.url);
    await settle(page, 400);
    fastPath.push(...(await classifyTimes(page)));
  }

  const dir = join(EXTENSION_PATH, 'content-scripts');
  const injected = readdirSync(dir).filter((f) => f.startsWith('guide.'));
  const sizes = [...injected.map((f) => `content-scripts/${f}`), 'overlay.js'].map((file) => {
    const bytes = readFileSync(join(EXTENSION_PATH, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const detector = sizes.filter((s) => s.file.startsWith('content-scripts/')).reduce((sum, s) => sum + s.gzip, 0);

  console.log(
    [
      `DOMContentLoaded → overlay visible (${RUNS} loads): median ${median(visible).toFixed(1)} ms [${visible.map((v) => v.toFixed(1)).join(', ')}]`,
      `Fast path on irrelevant pages (classification, main thread): median ${median(fastPath).toFixed(2)} ms, max ${Math.max(...fastPath).toFixed(2)} ms`,
      ...sizes.map((s) => `${s.file}: ${(s.raw / 1024).toFixed(1)} kB raw, ${(s.gzip / 1024).toFixed(1)} kB gzipped`),
      `Every operator page (the detector): ${(detector / 1024).toFixed(1)} kB gzipped; relevant pages also get overlay.js (its CSS inside, for the shadow root)`,
    ].join('\n'),
  );
  // No separate stylesheet is injected into the page: the overlay's CSS lives in its shadow root.
  expect(injected).toEqual(['guide.js']);
  const detectorCode = readFileSync(join(dir, 'guide.js'), 'utf8');
  const overlayCode = readFileSync(join(EXTENSION_PATH, 'overlay.js'), 'utf8');
  const guideText = [getOperator('kcell').summary.en, ...PRECAUTIONS.map((step) => step.title.ru), AFTER_STEPS[0]!.detail.kk];
  // What must never ride along on every operator page: any UI (Preact, the overlay's strings and
  // CSS), the guide text, the popup's and the worker's strings, and the polyfill.
  for (const [name, code] of [['detector', detectorCode], ['overlay', overlayCode]] as const) {
    // The guide text comes from the worker (guide/get), into neither script.
    for (const text of guideText) expect(code, `guide text in the ${name}: ${text}`).not.toContain(text);
    expect(code, name).not.toMatch(/'(popup|bg)\.[\w.-]+'|"(popup|bg)\.[\w.-]+"/);
    expect(code, name).not.toContain('webextension-polyfill');
  }
  // The overlay's words come from the worker (utils/overlay-strings.ts), and those it says a failure
  // in (FALLBACK_KEYS) from the extension's _locales (utils/fallback-words.ts): no language's in either
  // script. (Until 2026-11-27 overlay.js carried the failure's words in English.)
  for (const [lang, words] of Object.entries(BUNDLED_STRINGS)) {
    for (const key of OVERLAY_KEYS) {
      // Short words (Guide, OK) occur in code too: only sentences tell.
      if (words[key].length < 12) continue;
      expect(detectorCode.includes(words[key]), `${lang} ${key} in the detector`).toBe(false);
      expect(overlayCode.includes(words[key]), `${lang} ${key} in the overlay`).toBe(false);
    }
  }
  const builtMessages = JSON.parse(readFileSync(join(EXTENSION_PATH, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  for (const key of FALLBACK_KEYS) expect(builtMessages[key.replace(/\./g, '_')]?.message, `${key} in _locales/en`).toBe(BUNDLED_STRINGS.en![key]);
  // Preact's markers (its options hooks and the JSX element marker) and the overlay's CSS.
  expect(detectorCode).not.toMatch(/__k|__e|\.sx-panel|--sx-/);
  expect(overlayCode).toMatch(/\.sx-panel/);
  expect(detectorCode.length, 'the detector is a fraction of the overlay').toBeLessThan(overlayCode.length / 2);
});
