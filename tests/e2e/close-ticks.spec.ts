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

/**
 * The first tick names the operator being left by a second message (settings/set), dropped with the
 * closing page as the tick was: the page kept the tick but not the operator, so the badge counted
 * nothing and no reminder or "in progress" pick knew which exit was under way. The page opens for an
 * operator without naming it (the overlay on its site; the popup with ?operator=, "open in popup").
 */
async function expectOperatorNamedOnClose(context: BrowserContext, router: Router, extensionId: string, open: Opener): Promise<void> {
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
    const { page, box } = await open('before-backup');
    await expect(box).toBeEnabled();
    await stopExtensionWorker(context, control);
    await box.check();
    await page.close();
    await expect.poll(stored, { timeout: 8000 }).toEqual({ operator: 'kcell', done: true, badge: '1/15' });
  }
  expect(router.leaks).toEqual([]);
}

const inTab =
  (context: BrowserContext, router: Router): Opener =>
  async (stepId) => {
    const page = await openServed(context, router, 'https://www.kcell.kz/ru/product/documents');
    return { page, box: stepCard(page, stepId).getByRole('checkbox') };
  };

const inPopup =
  (context: BrowserContext, extensionId: string): Opener =>
  async (stepId) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    return { page, box: page.locator(`[data-step-id="${stepId}"]`).getByRole('checkbox') };
  };

test('a tick made just before the tab is closed is kept, even when the worker had stopped meanwhile', async ({ context, router, extensionId }) => {
  await expectKeptOnClose(context, router, extensionId, inTab(context, router));
});

test('a tick made just before the popup is closed is kept, even when the worker had stopped meanwhile', async ({ context, router, extensionId }) => {
  await expectKeptOnClose(context, router, extensionId, inPopup(context, extensionId));
});

test('the first tick made just before the tab is closed also names the operator being left', async ({ context, router, extensionId }) => {
  await expectOperatorNamedOnClose(context, router, extensionId, inTab(context, router));
});

test('the first tick made just before the popup is closed also names the operator being left', async ({ context, router, extensionId }) => {
  await expectOperatorNamedOnClose(context, router, extensionId, inPopup(context, extensionId));
});
