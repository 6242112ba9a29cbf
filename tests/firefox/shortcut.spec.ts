// The shortcut to the guide in Firefox: registered with its keys and words, and the guide's end of it.
// Playwright's Firefox presses keys in the page only, never the browser's own, where an extension's
// shortcut is (tests/e2e/overlay-shortcut.spec.ts presses it for real in Chromium): the worker's message
// is sent from the background page as its command handler sends it (utils/worker-command.ts).
import { test, expect, inBackground, openExtensionPage } from './harness';
import { HOST, launcher, panel, serveAll } from '../e2e/overlay-helpers';

const KCELL_DOCS = 'https://www.kcell.kz/ru/product/documents';

test('the shortcut is Alt+Shift+G, and the guide takes focus at its message, unfolding, and gives it back', async ({ context, router }) => {
  serveAll(router);
  const site = await context.newPage();
  await site.goto(KCELL_DOCS);
  await expect(panel(site)).toBeVisible();
  const link = site.locator('main a').first();
  await link.focus();
  await site.locator(`${HOST}`).getByRole('button', { name: 'Collapse the guide' }).click();
  await expect(launcher(site)).toBeVisible();
  await link.focus();

  const popup = await context.newPage();
  await openExtensionPage(popup, 'popup.html');
  const commands = await inBackground<{ name: string; shortcut: string; description: string }[]>(popup, '(bg) => bg.browser.commands.getAll()');
  expect(commands).toContainEqual(expect.objectContaining({ name: 'go-to-guide', shortcut: 'Alt+Shift+G', description: 'Go to the guide on the operator’s page, and back to the page' }));
  expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_browser_action', shortcut: 'Alt+Shift+K' }));
  const press = () =>
    inBackground<boolean>(
      popup,
      `(bg) => bg.browser.tabs.query({}).then((tabs) => bg.browser.tabs.sendMessage(tabs.find((tab) => tab.url?.startsWith('${KCELL_DOCS}')).id, { type: 'guide/focus' }, { frameId: 0 }))`,
    );
  // The keys are pressed in the tab in front (a hidden tab draws no frame, where focus moves).
  await site.bringToFront();
  expect(await press()).toBe(true);
  await expect(panel(site)).toBeVisible();
  await expect(site.locator(`${HOST} .sx-button--icon`)).toBeFocused();
  await expect(site.locator(`${HOST} .sx-button--icon`)).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+G');
  expect(await press()).toBe(true);
  await expect(link).toBeFocused();
});
