// The toolbar badge in Firefox (MV2's browserAction): the count of the operator being left, each
// operator tab's own count, and a tab that leaves the operator's site back on the default.
import type { Page } from '@playwright/test';
import { test, expect, inBackground, openExtensionPage } from './harness';
import { serveAll } from '../e2e/overlay-helpers';

/** An activ page that is no support page: the tab counts for the badge, and loads no overlay. */
const ACTIV = 'https://activ.kz/ru/news/show/2031';

const badge = (page: Page, tabId?: number) => page.evaluate(`browser.browserAction.getBadgeText(${tabId === undefined ? '{}' : `{ tabId: ${tabId} }`})`);

test('the badge counts the ticks, and an operator tab that leaves the site while it is written falls back to that count', async ({ context, router }) => {
  serveAll(router);
  const site = await context.newPage();
  await site.goto(ACTIV);
  const popup = await context.newPage();
  await openExtensionPage(popup, 'popup.html?operator=kcell');
  const activTab = (await popup.evaluate("browser.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url?.startsWith('https://activ.kz/'))?.id)")) as number;
  await popup.locator('[data-step-id="before-backup"] input').check();
  await expect.poll(() => badge(popup)).toMatch(/^1\/\d+$/);
  const total = Number(((await badge(popup)) as string).split('/')[1]);
  expect(await popup.evaluate('browser.browserAction.getTitle({})')).toBe(`Kcell: 1 of ${total} steps done`);
  // On activ's own site the badge counts activ's steps.
  await expect.poll(() => badge(popup, activTab)).toMatch(/^0\/\d+$/);

  // The user follows a link off activ's site as the next tick's badge is written: the browser then
  // reports the tab gone from the site from the worker's second look on, after its activ count was set.
  // Gone for good, not for one look: a badge run the browser starts on its own (a tab event) may take
  // the first two looks, and a tab back on activ's site at the third would rightly get activ's count.
  await inBackground(popup, `(bg) => {
    const query = bg.browser.tabs.query.bind(bg.browser.tabs);
    let looks = 0;
    bg.browser.tabs.query = (info) => query(info).then((tabs) => (++looks >= 2 ? tabs.filter((tab) => tab.id !== ${activTab}) : tabs));
  }`);
  await popup.locator('[data-step-id="before-settle-debts"] input').check();
  await expect.poll(() => badge(popup)).toBe(`2/${total}`);
  // The tab is no operator's page now: it shows the default count, not activ's (and nothing is logged).
  await expect.poll(() => badge(popup, activTab)).toBe(`2/${total}`);
});
