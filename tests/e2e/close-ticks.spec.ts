// A tick made just before its page is closed: the on-page guide's tab, or the popup. A message to a
// worker that must first be started is dropped with the closing page: with the worker asleep (Chrome
// stops it after 30 s idle, e.g. while the user reads) and the page closed at once, 3 of 4 of the
// overlay's ticks were lost (helper-68) and 8 of 8 of the popup's.
import type { BrowserContext, Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { test, expect, stopExtensionWorker, type Router } from './harness';
import { openServed, stepCard } from './overlay-helpers';

declare const chrome: typeof Browser;

// Eight ticks, each in a page closed at once: before, the overlay lost most but not all of a run's.
const STEPS = ['before-backup', 'before-list-iin-numbers', 'before-move-egov', 'before-move-kaspi', 'before-move-banks-2fa', 'before-settle-debts', 'kcell-download-forms', 'kcell-submit'];

/** Opens a page, finds the box of `stepId` there: the page and the box. */
type Opener = (stepId: string) => Promise<{ page: Page; box: ReturnType<Page['getByRole']> }>;

async function expectKeptOnClose(context: BrowserContext, router: Router, extensionId: string, open: Opener): Promise<void> {
  // Read from another extension page: the worker is stopped again and again.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/summary.html`);
  const tickOf = (stepId: string) =>
    control.evaluate(async (key) => ((await chrome.storage.local.get(key))[key] ?? null) as { done: boolean } | null, `progress:kcell:${stepId}`);
  for (const stepId of STEPS) {
    const { page, box } = await open(stepId);
    await expect(box).toBeEnabled();
    await stopExtensionWorker(context, control);
    await box.check();
    await page.close();
    await expect.poll(() => tickOf(stepId), { timeout: 8000 }).toMatchObject({ done: true });
  }
  expect(router.leaks).toEqual([]);
}

test('a tick made just before the tab is closed is kept, even when the worker had stopped meanwhile', async ({ context, router, extensionId }) => {
  await expectKeptOnClose(context, router, extensionId, async (stepId) => {
    const page = await openServed(context, router, 'https://www.kcell.kz/ru/product/documents');
    return { page, box: stepCard(page, stepId).getByRole('checkbox') };
  });
});

test('a tick made just before the popup is closed is kept, even when the worker had stopped meanwhile', async ({ context, router, extensionId }) => {
  await expectKeptOnClose(context, router, extensionId, async (stepId) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    return { page, box: page.locator(`[data-step-id="${stepId}"]`).getByRole('checkbox') };
  });
});
