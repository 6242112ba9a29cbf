// The keyboard shortcut to the guide on the operator's page (manifest `commands`, Alt+Shift+G unless the
// user changed it): pressed as a keyboard would, through the browser's own key handling, to the worker's
// command event, the message to the tab, and focus inside the guide; nothing in the extension faked.
// Headed on a display of its own (see real-keys.ts): headless Chromium registers no extension shortcut.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'wxt/browser';
import { FIXTURES, Router, expect, launchWithExtension, test } from './harness';
import { HOST, launcher, panel, serveAll } from './overlay-helpers';
import { pressKeys, startDisplay, type Display } from './real-keys';

declare const chrome: typeof Browser;

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';
const KCELL_TARIFF = 'https://www.kcell.kz/ru/product/tariffs/bezlimit-kontrakt';

async function headed(display: Display) {
  const before = process.env.DISPLAY;
  process.env.DISPLAY = display.name;
  try {
    return await launchWithExtension({ headless: false });
  } finally {
    if (before === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = before;
  }
}

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;
interface ShortcutBrowser extends Pick<Launched, 'context' | 'worker' | 'extensionId'> {
  router: Router;
  /** Alt+Shift+G, pressed on the display's keyboard. */
  shortcut: () => void;
  /** Other keys pressed together on it (X keysym names). */
  press: (...keys: string[]) => void;
}

/** A headed Chromium on a display of its own, operator pages served; both closed after `run`. */
async function withShortcutBrowser(run: (browser: ShortcutBrowser) => Promise<void>): Promise<void> {
  const display = await startDisplay();
  const launched = await headed(display).catch((error: unknown) => {
    display.stop();
    throw error;
  });
  try {
    const router = new Router(launched.context);
    await router.install();
    serveAll(router);
    const { context, worker, extensionId } = launched;
    const press = (...keys: string[]) => pressKeys(display, ...keys);
    await run({ context, worker, extensionId, router, shortcut: () => press('Alt_L', 'Shift_L', 'g'), press });
  } finally {
    await launched.cleanup();
    display.stop();
  }
}

test('Alt+Shift+G takes focus into the guide from anywhere on the page, unfolding it, and back; with no guide in the tab it opens the popup', async () => {
  test.setTimeout(90_000);
  await withShortcutBrowser(async ({ context, worker, extensionId, router, shortcut, press }) => {
    // Given the suggested keys, and named in the user's words at chrome://extensions/shortcuts.
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual({ name: 'go-to-guide', shortcut: 'Alt+Shift+G', description: 'Go to the guide on the operator’s page, and back to the page' });
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+K' }));

    const page = await context.newPage();
    await page.goto(KCELL_RU);
    await expect(panel(page)).toBeVisible();
    await page.bringToFront();
    // From a link at the page's top, 100 and more Tab presses before the guide on a real operator's page.
    const link = page.locator('main a').first();
    await link.focus();
    shortcut();
    const fold = page.locator(`${HOST} .sx-button--icon`);
    await expect(fold).toBeFocused();
    // In the guide's region, which a screen reader names on the way in.
    await expect(page.locator(`${HOST} aside`)).toHaveAccessibleName('SimExit KZ guide: giving up a Kcell number');
    // And a user who came the long way (Tab) hears the short one: the keys the browser has now.
    await expect(fold).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+G');
    // And a sighted user reads them where the guide sends them on to the full checklist.
    await expect(page.locator(`${HOST} [data-testid="sx-full-list"]`)).toContainText('Press Alt+Shift+G to come to this guide from anywhere on the page, and again to go back.');
    // Pressed again: back where the user was, the guide left open.
    shortcut();
    await expect(link).toBeFocused();
    await expect(panel(page)).toBeVisible();

    // Folded (Escape in it gives focus back to the page): the keys unfold it, and that is kept for the tab.
    shortcut();
    await expect(fold).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(launcher(page)).toBeVisible();
    await expect(launcher(page)).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+G');
    await expect(launcher(page)).toHaveAttribute('title', /^Open the SimExit KZ guide: \d+ of \d+ done \(Alt\+Shift\+G\)$/);
    await expect(link).toBeFocused();
    shortcut();
    await expect(panel(page)).toBeVisible();
    await expect(fold).toBeFocused();
    await page.reload();
    await expect(panel(page)).toBeVisible();

    // The page keeps its own keys: only the chord goes to the extension.
    await page.bringToFront();
    const typed = await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typed';
      document.querySelector('main')!.prepend(input);
      input.focus();
      return input.id;
    });
    press('g');
    press('Shift_L', 'g');
    await expect(page.locator(`#${typed}`)).toHaveValue('gG');

    // A page of the operator's site where the guide does not show: the keys lead to the checklist all the same.
    await page.goto(KCELL_TARIFF);
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    await expect(page.locator(HOST)).toHaveCount(0);
    // The toolbar popup, which Playwright lists as no page: the browser's own list of the extension's views.
    const popups = () => worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP' as Browser.runtime.ContextType] })).map((c) => c.documentUrl));
    expect(await popups()).toEqual([]);
    shortcut();
    await expect.poll(popups).toEqual([`chrome-extension://${extensionId}/popup.html`]);
    expect(router.leaks).toEqual([]);
  });
});

test('Alt+Shift+G while the page holds focus in a modal (a cookie dialog) opens the popup instead of doing nothing; after it, the keys go in and back out', async () => {
  test.setTimeout(90_000);
  await withShortcutBrowser(async ({ context, worker, extensionId, router, shortcut }) => {
    const consent = '<dialog id="consent"><p>Мы используем cookie.</p><button id="accept" onclick="consent.close()">Принять</button></dialog>';
    router.serve(KCELL_RU, readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8').replace('</body>', `${consent}</body>`));
    const page = await context.newPage();
    await page.goto(KCELL_RU);
    await expect(panel(page)).toBeVisible();
    await page.bringToFront();
    await page.evaluate(() => (document.getElementById('consent') as HTMLDialogElement).showModal());
    const accept = page.locator('#accept');
    await expect(accept).toBeFocused();
    // The dialog makes the rest of the page, the guide too, unreachable: the guide said it had taken focus
    // and the keys did nothing. Now they lead to the checklist in the toolbar popup.
    const popups = () => worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP' as Browser.runtime.ContextType] })).map((c) => c.documentUrl));
    shortcut();
    await expect.poll(popups).toEqual([`chrome-extension://${extensionId}/popup.html`]);
    await expect(accept).toBeFocused();

    // Accepted: the dialog's button, the last place on the page with focus, is hidden now. From the guide
    // the keys went back to it, which cannot take focus, and focus stayed in the guide.
    await page.bringToFront();
    await expect.poll(popups).toEqual([]);
    await accept.click();
    shortcut();
    const fold = page.locator(`${HOST} .sx-button--icon`);
    await expect(fold).toBeFocused();
    shortcut();
    await expect(page.locator('main h1')).toBeFocused();
    expect(router.leaks).toEqual([]);
  });
});
