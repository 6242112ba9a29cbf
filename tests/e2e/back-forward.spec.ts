// A support page left and come back to with the browser's Back button. Chromium keeps such a page
// whole in its back-forward cache and shows it again without loading it: the overlay's script does not
// start again, and what changed meanwhile (a tick in the popup or another tab) must still show.
import type { Browser } from 'wxt/browser';
import { expect, launchWithExtension, Router, stopExtensionWorker, test } from './harness';
import { progressText, serveAll, stepCard } from './overlay-helpers';

declare const chrome: typeof Browser;

const SUPPORT = 'https://www.kcell.kz/ru/product/documents';
const ELSEWHERE = 'https://www.kcell.kz/ru/tariffs';

test('a support page shown again from the back-forward cache shows the ticks made while it was away, and saves new ones', async () => {
  const { context, extensionId, cleanup } = await launchWithExtension({ backForwardCache: true });
  try {
    const router = new Router(context);
    await router.install();
    serveAll(router);
    router.serve(ELSEWHERE, '<!doctype html><html lang="ru"><title>Тарифы | Kcell</title><h1>Тарифы</h1></html>');
    const page = await context.newPage();
    await page.goto(SUPPORT);
    const box = stepCard(page, 'kcell-submit').getByRole('checkbox');
    await expect(box).not.toBeChecked();
    await page.evaluate(() => addEventListener('pageshow', (e) => ((window as unknown as { restored: boolean }).restored = e.persisted)));

    await page.goto(ELSEWHERE);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    await popup.locator('[data-step-id="kcell-submit"] input').check();
    await expect.poll(() => popup.evaluate(async () => (await chrome.storage.local.get('progress:kcell:kcell-submit'))['progress:kcell:kcell-submit'])).toMatchObject({ done: true });

    // Away long enough for Chrome to stop the worker, as it does after 30 s idle.
    await stopExtensionWorker(context, popup);
    await page.bringToFront();
    // Not "load": a page restored from the cache fires none.
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored)).toBe(true);
    await expect(box).toBeChecked();
    await expect(progressText(page)).toContainText('1');
    // And it still saves: its channel to the worker came back with it.
    await box.uncheck();
    await expect.poll(() => popup.evaluate(async () => (await chrome.storage.local.get('progress:kcell:kcell-submit'))['progress:kcell:kcell-submit'])).toMatchObject({ done: false });
    await expect(popup.locator('[data-step-id="kcell-submit"] input')).not.toBeChecked();
    expect(router.leaks).toEqual([]);
  } finally {
    await cleanup();
  }
});
