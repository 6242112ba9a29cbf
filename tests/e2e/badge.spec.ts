// The toolbar badge says "done/total" for the operator of the tab the user is looking at, else for
// the operator being left, on the current route.
import type { Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { test, expect } from './harness';

declare const chrome: typeof Browser;

const KCELL = 'https://www.kcell.kz/ru/product/documents';
const TELE2 = 'https://tele2.kz/ru/page/abonentam';
const html = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

/** A tick as the popup sends it, from an extension page that may be in a background tab. */
const tick = (page: Page, operator: string, stepId: string, done = true) =>
  page.evaluate(
    (m) => chrome.runtime.sendMessage({ type: 'progress/set', ...m, at: Date.now() }),
    { operator, stepId, done },
  );

test('the badge counts the active operator tab, else the operator in progress, on the current route', async ({
  context,
  router,
  openPopup,
}) => {
  router.serve(KCELL, html('Kcell')).serve(TELE2, html('Tele2'));
  const popup = await openPopup('?operator=kcell');
  const kcell = await context.newPage();
  await kcell.goto(KCELL);
  const tele2 = await context.newPage();
  await tele2.goto(TELE2);

  // The badge is read from an extension page: the worker handle may go stale if Chrome stops it.
  const badge = async (tab: Page) => {
    const url = tab.url().split('#')[0]!;
    return popup.evaluate(async (u) => {
      const [t] = await chrome.tabs.query({ url: u });
      return chrome.action.getBadgeText({ tabId: t!.id! });
    }, url);
  };

  await kcell.bringToFront();
  for (const stepId of ['before-backup', 'before-settle-debts', 'kcell-contract-plan']) {
    expect(await tick(popup, 'kcell', stepId)).toMatchObject({ ok: true });
  }
  // Online route: 8 precautions + 5 Kcell steps + 3 after-steps.
  await expect.poll(() => badge(kcell)).toBe('3/16');

  // Another operator's site in front: its own (empty) progress.
  await tele2.bringToFront();
  await expect.poll(() => badge(tele2)).toBe('0/15');
  expect(await tick(popup, 'tele2', 'tele2-submit')).toMatchObject({ ok: true });
  await expect.poll(() => badge(tele2)).toBe('1/15');

  // A page that is no operator's (the popup itself): the operator in progress, named by the first tick.
  await popup.bringToFront();
  await expect.poll(() => badge(popup)).toBe('3/16');

  // The office route of Kcell has 15 steps; all three ticks are on it too.
  await popup.getByRole('radio', { name: 'In an office' }).check();
  await expect.poll(() => badge(popup)).toBe('3/15');

  // An untick counts down.
  expect(await tick(popup, 'kcell', 'before-backup', false)).toMatchObject({ ok: true });
  await expect.poll(() => badge(popup)).toBe('2/15');
  expect(router.leaks).toEqual([]);
});
