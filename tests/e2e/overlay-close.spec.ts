// A tick made in the overlay just before its tab is closed. A message to a worker that must first be
// started is dropped with the closing page: with the worker asleep (Chrome stops it after 30 s idle,
// e.g. while the user reads the page) and the tab closed at once, 3 of 4 such ticks were lost (helper-68).
import type { Browser } from 'wxt/browser';
import { test, expect, stopExtensionWorker } from './harness';
import { openServed, stepCard } from './overlay-helpers';

declare const chrome: typeof Browser;

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

test('a tick made just before the tab is closed is kept, even when the worker had stopped meanwhile', async ({ context, router, extensionId }) => {
  // Read from an extension page: the worker is stopped again and again.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/summary.html`);
  const tickOf = (stepId: string) =>
    control.evaluate(async (key) => ((await chrome.storage.local.get(key))[key] ?? null) as { done: boolean } | null, `progress:kcell:${stepId}`);
  // Eight ticks, each in a tab closed at once: before, most but not all of a run's ticks were lost.
  const steps = ['before-backup', 'before-list-iin-numbers', 'before-move-egov', 'before-move-kaspi', 'before-move-banks-2fa', 'before-settle-debts', 'kcell-download-forms', 'kcell-submit'];
  for (const stepId of steps) {
    const page = await openServed(context, router, KCELL_RU);
    const box = stepCard(page, stepId).getByRole('checkbox');
    await expect(box).toBeEnabled();
    await stopExtensionWorker(context, control);
    await box.check();
    await page.close();
    await expect.poll(() => tickOf(stepId), { timeout: 8000 }).toMatchObject({ done: true });
  }
  expect(router.leaks).toEqual([]);
});

// The first tick names the operator being left by a second message, dropped with the closing tab as
// the tick was: the tab kept the tick, but not the operator, so the badge counted nothing.
test('the first tick made just before the tab is closed also names the operator being left', async ({ context, router, extensionId }) => {
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/summary.html`);
  const stored = () =>
    control.evaluate(async () => {
      const items = await chrome.storage.local.get(['settings', 'progress:kcell:before-backup']);
      const operator = (items.settings as { operator?: string } | undefined)?.operator ?? null;
      const done = (items['progress:kcell:before-backup'] as { done?: boolean } | undefined)?.done ?? null;
      return { operator, done, badge: await chrome.action.getBadgeText({}) };
    });
  // Several rounds from a fresh start: the worker sometimes wakes in time for both messages.
  for (let round = 0; round < 4; round++) {
    await control.evaluate(() => chrome.storage.local.clear());
    await expect.poll(stored).toEqual({ operator: null, done: null, badge: '' });
    const page = await openServed(context, router, KCELL_RU);
    const box = stepCard(page, 'before-backup').getByRole('checkbox');
    await expect(box).toBeEnabled();
    await stopExtensionWorker(context, control);
    await box.check();
    await page.close();
    await expect.poll(stored, { timeout: 8000 }).toEqual({ operator: 'kcell', done: true, badge: '1/15' });
  }
  expect(router.leaks).toEqual([]);
});
