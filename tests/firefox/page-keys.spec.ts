// In Firefox too, keys pressed in the on-page guide are the guide's: a page taking every key at window
// capture (stopping and preventing it) neither keeps Space from ticking nor Escape from folding, and sees
// none of them (tests/e2e/overlay-page-keys.spec.ts has the cases in Chromium).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './harness';
import { FIXTURES } from '../e2e/harness';
import { launcher, panel, progressText, serveAll, stepCard } from '../e2e/overlay-helpers';

const KCELL_DOCS = 'https://www.kcell.kz/ru/product/documents';
const KCELL_PLAIN = 'https://www.kcell.kz/ru/product/zayavleniya';

const TAKE = `<script>window.pageKeys = []; for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput'])
  window.addEventListener(type, (event) => { window.pageKeys.push(type + ':' + event.key); event.stopImmediatePropagation(); event.preventDefault(); }, true);</script>`;

for (const [how, url] of [
  ['loaded ahead', KCELL_DOCS],
  ['injected', KCELL_PLAIN],
] as const) {
  test(`a page taking keys at window capture from <head> (overlay ${how}): Space ticks, Escape folds, the page sees no key`, async ({ context, router }) => {
    serveAll(router);
    router.serve(url, readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8').replace('<head>', `<head>${TAKE}`));
    const page = await context.newPage();
    await page.goto(url);
    await expect(panel(page)).toBeVisible();
    await stepCard(page, 'before-backup').getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
    await page.keyboard.press('Escape');
    await expect(launcher(page)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
    expect(router.leaks).toEqual([]);
  });
}
