// Figures, printed rather than asserted as timings (a loaded CI machine is no place for timing
// thresholds): DOMContentLoaded → overlay visible, the content script's main-thread cost of
// classifying a page, and the size of what is injected into every operator page (asserted: what must
// not be in it).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AFTER_STEPS, PRECAUTIONS, getOperator } from '@/data';
import { en } from '@/locales/en';
import { NEGATIVE_PAGES } from '../fixtures/pages/catalog';
import { test, expect, EXTENSION_PATH } from './harness';
import { classifyTimes, domReadyToOverlay, median, panel, serveAll, settle } from './overlay-helpers';

const RUNS = 7;

test('prints DOMContentLoaded → overlay visible, classification cost and content-script size', async ({ context, router }) => {
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
  const sizes = injected.map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);

  console.log(
    [
      `DOMContentLoaded → overlay visible (${RUNS} loads): median ${median(visible).toFixed(1)} ms [${visible.map((v) => v.toFixed(1)).join(', ')}]`,
      `Fast path on irrelevant pages (classification, main thread): median ${median(fastPath).toFixed(2)} ms, max ${Math.max(...fastPath).toFixed(2)} ms`,
      ...sizes.map((s) => `${s.file}: ${(s.raw / 1024).toFixed(1)} kB raw, ${(s.gzip / 1024).toFixed(1)} kB gzipped`),
      `All injected JS+CSS: ${(total / 1024).toFixed(1)} kB gzipped (CSS is inside guide.js, for the shadow root)`,
    ].join('\n'),
  );
  // No separate stylesheet is injected into the page: the overlay's CSS lives in its shadow root.
  expect(injected).toEqual(['guide.js']);
  // What must never ride along on every operator page: the guide text (it comes from the worker),
  // the popup's and the worker's strings, and the polyfill.
  const script = readFileSync(join(dir, 'guide.js'), 'utf8');
  const guideText = [getOperator('kcell').summary.en, ...PRECAUTIONS.map((step) => step.title.ru), AFTER_STEPS[0]!.detail.kk];
  for (const text of guideText) expect(script, `guide text in the content script: ${text}`).not.toContain(text);
  expect(script).not.toMatch(/'(popup|bg)\.[\w.-]+'|"(popup|bg)\.[\w.-]+"/);
  expect(script).not.toContain('webextension-polyfill');
  expect(script).toContain(en['overlay.showMe']);
});
