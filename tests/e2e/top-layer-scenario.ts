// The page's own top-layer elements opened after the guide (tests/fixtures/pages/hostile-top-layer.html): one
// scenario, walked in Chromium (tests/e2e/hostile.spec.ts) and in Firefox, which keeps its own top-layer order
// (tests/firefox/top-layer.spec.ts).
import { expect, type Page } from '@playwright/test';
import { HOST, progressText, stepCard } from './overlay-helpers';

/** On the fixture page with the guide open: a menu, a cookie banner and a modal dialog, then a tick. */
export async function pageLayersOverGuide(page: Page): Promise<void> {
  const call = (name: string) => page.evaluate((fn) => (window as unknown as Record<string, () => void>)[fn]!(), name);
  /** What is at the panel's bottom edge (where each page layer covers it), which layers are open, and what has focus, in the page and in the guide. */
  const look = () =>
    page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      const box = root.querySelector('.sx-panel')!.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.bottom - 10);
      return {
        onTop: hit?.tagName.toLowerCase() === host ? 'guide' : hit?.id || hit?.tagName,
        open: [...document.querySelectorAll(':popover-open, dialog[open]')].map((el) => el.id || el.tagName.toLowerCase()).sort(),
        focus: document.activeElement?.id || document.activeElement?.tagName.toLowerCase(),
        inGuide: root.activeElement?.className ?? null,
      };
    }, HOST);
  // The page's light-dismiss menu, opened from its button: the guide comes back above it, the menu stays open
  // and the button keeps focus.
  await call('openMenu');
  await expect.poll(look).toEqual({ onTop: 'guide', open: ['menu', HOST], focus: 'menu-button', inGuide: null });
  await page.keyboard.press('Escape');
  await expect.poll(look).toMatchObject({ open: [HOST] });
  // A cookie banner (a manual popover) that comes up while the user is in the guide: focus stays in the guide.
  const fold = page.locator(`${HOST} .sx-button--icon`);
  await fold.focus();
  await call('openCookies');
  await expect.poll(look).toEqual({ onTop: 'guide', open: ['cookies', HOST], focus: HOST, inGuide: 'sx-button sx-button--icon' });
  await expect(fold).toBeFocused();
  // A modal dialog makes everything else inert, the guide too: raised above it, the guide would show but take
  // no click (they went to the dialog behind it). It stays under the dialog's backdrop (the shortcut opens the
  // popup then, tests/e2e/overlay-shortcut.spec.ts), and is on top again once the dialog closes, even with a
  // menu the page opened meanwhile.
  await page.locator('#cookies-ok').click();
  await call('openModal');
  await expect.poll(look).toMatchObject({ onTop: 'modal', focus: 'modal-ok' });
  await page.evaluate(() => document.getElementById('menu')!.showPopover());
  await expect.poll(look).toMatchObject({ onTop: 'modal', open: ['menu', 'modal', HOST] });
  await page.evaluate(() => (document.getElementById('modal') as HTMLDialogElement).close());
  await expect.poll(look).toMatchObject({ onTop: 'guide' });
  await stepCard(page, 'before-settle-debts').getByRole('checkbox').click();
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
}
