// A tick made in the popup just before it is closed. A message to a worker that must first be started
// is dropped with the closing page: with the worker asleep (Chrome stops it after 30 s idle, e.g. while
// the user reads the list) and the popup closed at once, the tick could be lost, as the overlay's were.
import type { Browser } from 'wxt/browser';
import { test, expect, stopExtensionWorker } from './harness';

declare const chrome: typeof Browser;

test('a tick made just before the popup is closed is kept, even when the worker had stopped meanwhile', async ({ context, router, extensionId }) => {
  // Read from another extension page: the popup itself goes away.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/summary.html`);
  const tickOf = (stepId: string) =>
    control.evaluate(async (key) => ((await chrome.storage.local.get(key))[key] ?? null) as { done: boolean } | null, `progress:kcell:${stepId}`);
  const steps = ['before-backup', 'before-list-iin-numbers', 'before-move-egov', 'before-move-kaspi', 'before-move-banks-2fa', 'before-settle-debts', 'kcell-download-forms', 'kcell-submit'];
  for (const stepId of steps) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    const box = popup.locator(`[data-step-id="${stepId}"] input`);
    await expect(box).toBeEnabled();
    await stopExtensionWorker(context, control);
    await box.check();
    await popup.close();
    await expect.poll(() => tickOf(stepId), { timeout: 8000 }).toMatchObject({ done: true });
  }
  expect(router.leaks).toEqual([]);
});

// The popup opened for an operator (?operator=, the overlay's "open in popup") does not make it the
// one being left: the first tick does, by a second message, which a closing page drops as it drops the
// tick. The tick was kept by the page; the operator was not, so the badge counted nothing and no
// reminder or "in progress" pick knew which exit was under way.
test('the first tick made just before the popup is closed also names the operator being left', async ({ context, router, extensionId }) => {
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
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    const box = popup.locator('[data-step-id="before-backup"] input');
    await expect(box).toBeEnabled();
    await stopExtensionWorker(context, control);
    await box.check();
    await popup.close();
    await expect.poll(stored, { timeout: 8000 }).toEqual({ operator: 'kcell', done: true, badge: '1/15' });
  }
  expect(router.leaks).toEqual([]);
});
