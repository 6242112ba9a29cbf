// The shortcut to the guide in Firefox, pressed as a keyboard would (tests/e2e/real-keys.ts): a headed
// Firefox on an X display of its own, since Playwright's key presses reach the page only, never the
// browser's own keys, where an extension's shortcut is. Firefox opens the popup only from within the
// key's own event only before Bug 1799344 (https://bugzil.la/1799344; the worker asks the tab first,
// utils/worker-command.ts): this runs the real command, not a copy of its handler, in the Firefox at hand.
import { test as base, expect, type Page } from '@playwright/test';
import { inBackground, launchFirefox, openExtensionPage } from './harness';
import { Router } from '../e2e/harness';
import { HOST, panel, serveAll } from '../e2e/overlay-helpers';
import { pressKeys, startDisplay, type Display } from '../e2e/real-keys';

const KCELL_DOCS = 'https://www.kcell.kz/ru/product/documents';
const KCELL_TARIFF = 'https://www.kcell.kz/ru/product/tariffs/bezlimit-kontrakt';

async function withKeys(run: (site: Page, extensionPage: Page, display: Display) => Promise<void>): Promise<void> {
  const display = await startDisplay();
  const { context, cleanup } = await launchFirefox(display.name).catch((error: unknown) => {
    display.stop();
    throw error;
  });
  try {
    const router = new Router(context);
    await router.install();
    serveAll(router);
    // An extension page to reach the background page from (harness.ts inBackground).
    const extensionPage = await context.newPage();
    await openExtensionPage(extensionPage, 'popup.html');
    // Counts the toolbar popups the background page sees come (a popup.html in a tab is none). On this
    // display, with no window manager to give it focus, Firefox closes each one again once it has loaded
    // (Alt+Shift+K, the browser's own key to it, does the same), so its coming is what is counted.
    await inBackground(
      extensionPage,
      `(bg) => {
        bg.popupsSeen = 0;
        let open = false;
        bg.setInterval(() => { const now = bg.browser.extension.getViews({ type: 'popup' }).length > 0; if (now && !open) bg.popupsSeen++; open = now; }, 10);
      }`,
    );
    await run(await context.newPage(), extensionPage, display);
  } finally {
    await cleanup();
    display.stop();
  }
}

const popupsSeen = (extensionPage: Page) => inBackground<number>(extensionPage, '(bg) => bg.popupsSeen');

base('Alt+Shift+G opens the popup in Firefox on a page without the guide, and goes into the guide and back where there is one', async () => {
  base.setTimeout(120_000);
  await withKeys(async (site, extensionPage, display) => {
    const shortcut = () => pressKeys(display, 'Alt_L', 'Shift_L', 'g');
    const fold = () => site.locator(`${HOST} .sx-button--icon`);
    // A page of Kcell's the guide is not shown on: the keys lead to the checklist in the popup.
    await site.goto(KCELL_TARIFF);
    await site.bringToFront();
    await site.locator('main a').first().focus();
    shortcut();
    await expect.poll(() => popupsSeen(extensionPage)).toBe(1);

    // The guide's page in the same tab: the keys go into the guide and back, and open no popup.
    await site.goto(KCELL_DOCS);
    await expect(panel(site)).toBeVisible();
    await site.bringToFront();
    const link = site.locator('main a').first();
    await link.focus();
    shortcut();
    await expect(fold()).toBeFocused();
    shortcut();
    await expect(link).toBeFocused();
    // The site's app moves to an address of its own, or to an anchor, and the guide stays: the keys still lead to it.
    await site.evaluate(() => history.pushState(null, '', '/ru/product/documents?tab=2'));
    shortcut();
    await expect(fold()).toBeFocused();
    shortcut();
    await expect(link).toBeFocused();
    await site.evaluate(() => (location.hash = 'forms'));
    shortcut();
    await expect(fold()).toBeFocused();
    expect(await popupsSeen(extensionPage)).toBe(1);

    // Another page again, in the tab that had the guide: the popup, not the guide it no longer has.
    await site.goto(KCELL_TARIFF);
    await site.bringToFront();
    shortcut();
    await expect.poll(() => popupsSeen(extensionPage)).toBe(2);
  });
});
