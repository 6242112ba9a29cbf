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

/** The badge of the tab showing `url`, read from an extension page (the worker handle may go stale if Chrome stops it). */
const badgeAt = (extensionPage: Page, url: string) =>
  extensionPage.evaluate(async (u) => {
    const [t] = await chrome.tabs.query({ url: u });
    return t ? chrome.action.getBadgeText({ tabId: t.id! }) : 'no such tab';
  }, url);

/**
 * The badge of the extension page's own tab. Looked up by address, it is not found in every Chromium:
 * 150 gives an extension without the `tabs` permission no address for its own pages' tabs (156 does).
 */
const ownBadge = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const t = await chrome.tabs.getCurrent();
    return t ? chrome.action.getBadgeText({ tabId: t.id! }) : 'no such tab';
  });

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

  const badge = (tab: Page) => (tab === popup ? ownBadge(popup) : badgeAt(popup, tab.url().split('#')[0]!));

  await kcell.bringToFront();
  for (const stepId of ['before-backup', 'before-settle-debts', 'kcell-download-forms']) {
    expect(await tick(popup, 'kcell', stepId)).toMatchObject({ ok: true });
  }
  // Online route: 8 precautions + 4 Kcell steps + 3 after-steps.
  await expect.poll(() => badge(kcell)).toBe('3/15');

  // Another operator's site in front: its own (empty) progress.
  await tele2.bringToFront();
  await expect.poll(() => badge(tele2)).toBe('0/14');
  expect(await tick(popup, 'tele2', 'tele2-submit')).toMatchObject({ ok: true });
  await expect.poll(() => badge(tele2)).toBe('1/14');

  // A page that is no operator's (the popup itself): the operator in progress, named by the first tick.
  await popup.bringToFront();
  await expect.poll(() => badge(popup)).toBe('3/15');

  // The office route of Kcell has 15 steps too, but not the forms download: two of the three ticks are on it.
  await popup.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect.poll(() => badge(popup)).toBe('2/15');

  // An untick counts down.
  expect(await tick(popup, 'kcell', 'before-backup', false)).toMatchObject({ ok: true });
  await expect.poll(() => badge(popup)).toBe('1/15');
  expect(router.leaks).toEqual([]);
});

test('the worker sleeps through browsing on other sites; an operator page wakes it for its badge, which goes when the tab leaves', async ({
  context,
  router,
  openPopup,
}) => {
  router.serve(KCELL, html('Kcell')).serve(TELE2, html('Tele2'));
  // A site that is no operator's, served here so nothing leaves the browser.
  await context.route('https://example.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html('Elsewhere') }),
  );
  const popup = await openPopup('?operator=kcell');
  expect(await tick(popup, 'kcell', 'before-backup')).toMatchObject({ ok: true });
  const tab = await context.newPage();
  await tab.goto(TELE2);
  // Its id, taken while it shows an operator's site: once it leaves, its URL is not ours to see.
  const tabId = await popup.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, TELE2);
  const badgesOfTab = (extensionPage: Page) =>
    extensionPage.evaluate(
      async (id) => ({ own: await chrome.action.getBadgeText({ tabId: id }), byDefault: await chrome.action.getBadgeText({}) }),
      tabId,
    );
  await expect.poll(() => badgesOfTab(popup)).toEqual({ own: '0/14', byDefault: '1/15' });

  // Stop the worker, as Chrome does after 30 s idle, and watch whether anything starts it again.
  // Watched from a blank tab of its own: the popup is closed first, since an open extension page keeps the worker's process.
  const watcher = await context.newPage();
  const cdp = await context.newCDPSession(watcher);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://`)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await popup.close();
  await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
  await expect.poll(() => statuses.at(-1)).toBe('stopped');
  const stoppedAt = statuses.length;

  // Leaving for another site, opening, switching and closing tabs there: the worker is not woken.
  await tab.goto('https://example.org/');
  const elsewhere = await context.newPage();
  await elsewhere.goto('https://example.org/news');
  await tab.bringToFront();
  await elsewhere.bringToFront();
  const closed = await context.newPage();
  await closed.goto('https://example.org/about');
  await closed.close();
  await new Promise((r) => setTimeout(r, 1_500));
  expect(statuses.slice(stoppedAt), 'worker states after it was stopped').toEqual([]);

  // The tab that left Tele2 shows the default badge again (the browser dropped its own on navigation).
  const check = await openPopup('?operator=kcell');
  // The watch above could see a wake: opening the popup is one, and it is seen.
  await expect.poll(() => statuses.slice(stoppedAt)).toContain('running');
  await expect.poll(() => badgesOfTab(check)).toEqual({ own: '1/15', byDefault: '1/15' });

  // Back on an operator's page: its detector asks, and the tab counts that operator again.
  await elsewhere.goto(TELE2);
  await expect.poll(() => badgeAt(check, TELE2)).toBe('0/14');
  await elsewhere.goto(KCELL);
  await expect.poll(() => badgeAt(check, KCELL)).toBe('1/15');
  expect(router.leaks).toEqual([]);
});
