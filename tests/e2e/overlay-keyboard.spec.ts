// What an accessibility audit of the overlay found, each as the user meets it: Escape after "Show me"
// goes back to that button instead of a long Tab away; the launcher's focus ring shows over a dark
// page; at 400% zoom the steps can still be reached; a route switch is announced with its new count;
// a page script that removes the overlay does not remove it for good.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { FIXTURES, test, expect } from './harness';
import { HOST, launcher, liveRegion, openServed, panel, progressText, serveAll, stepCard, stored } from './overlay-helpers';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

/** The focused element inside the overlay's shadow root: its class and, for "Show me", its step. */
function overlayFocus(page: Page) {
  return page.evaluate((host) => {
    const active = document.querySelector(host)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return active ? { cls: active.className, step: active.dataset.step ?? null } : null;
  }, HOST);
}

test('Escape on the page element "Show me" focused goes back to that "Show me" button', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  const show = stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('a[data-form="funds"]')).toBeFocused();
  await expect(page.locator(`${HOST} .sx-highlight`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(`${HOST} .sx-highlight`)).toHaveCount(0);
  await expect.poll(async () => (await overlayFocus(page))?.step).toBe('kcell-refund');
  expect((await overlayFocus(page))?.cls).toContain('sx-showme');
  // The panel stayed open: Escape on the page is not Escape in the overlay.
  await expect(panel(page)).toBeVisible();
  // Elsewhere on the page Escape is the page's own: focus stays where it is.
  await page.locator('main a').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('main a').first()).toBeFocused();
});

/** "Show me" on Kcell's refund step, by keyboard: focus lands on the form it points to. */
async function showRefundForm(page: Page): Promise<Locator> {
  const form = page.locator('a[data-form="funds"]');
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).focus();
  await page.keyboard.press('Enter');
  await expect(form).toBeFocused();
  return form;
}

/** Escape on `form` is the page's: focus stays there, nothing in the overlay takes it. */
async function escapeStaysOn(page: Page, form: Locator): Promise<void> {
  // Looked at once the key has been everywhere the overlay could act on it, not after a pause: window
  // hears it after the overlay's listener on document, and a frame later a focus move put off to the
  // next frame (as the overlay's own returnFocus does) has happened too.
  await page.evaluate(() => {
    const state = window as unknown as { escapeDone?: boolean };
    state.escapeDone = false;
    addEventListener('keydown', function heard(event) {
      if (event.key !== 'Escape') return;
      removeEventListener('keydown', heard);
      requestAnimationFrame(() => requestAnimationFrame(() => (state.escapeDone = true)));
    });
  });
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => (window as unknown as { escapeDone?: boolean }).escapeDone)).toBe(true);
  await expect(form).toBeFocused();
  expect(await overlayFocus(page)).toBeNull();
}

test('Escape is the page\'s own again once focus left the element "Show me" focused, or when the page handled it', async ({
  context,
  router,
}) => {
  const page = await openServed(context, router, KCELL_RU);

  // Away by Tab and back by Shift+Tab: the way back is over.
  const form = await showRefundForm(page);
  await page.keyboard.press('Tab');
  await expect(form).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(form).toBeFocused();
  await escapeStaysOn(page, form);

  // The page's own handler took Escape (closing its dropdown, say).
  await page.evaluate(() => {
    document.querySelector('a[data-form="funds"]')!.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') event.preventDefault();
    });
  });
  await showRefundForm(page);
  await escapeStaysOn(page, form);
});

test('Escape after the outline of "Show me" has faded is the page\'s own', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  const form = await showRefundForm(page);
  await expect(page.locator(`${HOST} .sx-highlight`)).toHaveCount(0, { timeout: 10_000 });
  await escapeStaysOn(page, form);
});

test('at 200% zoom, where the panel folds away from the form "Show me" focused, Escape opens it again on that button', async ({
  context,
  router,
}) => {
  const page = await openServed(context, router, KCELL_RU, { width: 640, height: 400 });
  const show = stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('a[data-form="funds"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeVisible();
  await expect.poll(async () => (await overlayFocus(page))?.step).toBe('kcell-refund');
  // The overlay folded itself there, the user did not: the next page of the tab opens with the panel.
  await page.keyboard.press('Enter');
  await expect(launcher(page)).toBeVisible();
  await page.reload();
  await expect(panel(page)).toBeVisible();
});

test('folded by the user after "Show me", the panel stays folded when Escape is pressed on the page', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  await expect(page.locator('a[data-form="funds"]')).toBeFocused();
  await page.getByRole('button', { name: 'Collapse the guide' }).click();
  await expect(launcher(page)).toBeVisible();
  // Focus went back to the form's link, which "Show me" had focused: Escape there is not "open the panel".
  await expect(page.locator('a[data-form="funds"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(launcher(page)).toBeVisible();
  await expect(panel(page)).toBeHidden();
});

test('"Show me" on a heading (nothing to focus there): Escape clears the outline and leaves the panel open on that button', async ({
  context,
  router,
}) => {
  serveAll(router);
  // The form named in a heading instead of a link: the target cannot take focus, so focus stays on "Show me".
  const page = await context.newPage();
  router.serve(
    KCELL_RU,
    readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8').replace(
      /<a class="doc-link" data-form="funds"[^>]*>📄 Согласие на получение денежных средств<\/a>/,
      '<h3 class="doc-title">Согласие на получение денежных средств</h3>',
    ),
  );
  await page.goto(KCELL_RU);
  const show = stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`${HOST} .sx-highlight`)).toBeVisible();
  expect((await overlayFocus(page))?.step).toBe('kcell-refund');
  // The announcement said "Press Escape to clear": Escape does that, and only that.
  await page.keyboard.press('Escape');
  await expect(page.locator(`${HOST} .sx-highlight`)).toHaveCount(0);
  await expect(panel(page)).toBeVisible();
  expect((await overlayFocus(page))?.step).toBe('kcell-refund');
  // A second Escape is the panel's own: it collapses.
  await page.keyboard.press('Escape');
  await expect(launcher(page)).toBeVisible();
});

test('the launcher’s focus ring is two-tone, so it shows on a dark page as on a white one', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  await page.locator(`${HOST} .sx-button--icon`).click();
  await expect(launcher(page)).toBeVisible();
  await launcher(page).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await launcher(page).evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow, visible: el.matches(':focus-visible') };
  });
  expect(ring.visible).toBe(true);
  expect(ring.outline).toBe('solid 3px rgb(27, 27, 31)');
  // White on both sides of the dark outline.
  expect(ring.shadow).toContain('rgb(255, 255, 255) 0px 0px 0px 2px');
  expect(ring.shadow).toContain('rgb(255, 255, 255) 0px 0px 0px 7px');
});

test('at 400% zoom (a 320×256 window) the panel scrolls as a whole and every step can be reached', async ({ context, router }) => {
  serveAll(router);
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  const layout = await page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const p = root.querySelector<HTMLElement>('.sx-panel')!;
    const box = p.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, scrolls: p.scrollHeight > p.clientHeight + 100, overflow: getComputedStyle(p).overflowY };
  }, HOST);
  expect(layout.top).toBeGreaterThanOrEqual(0);
  expect(layout.bottom).toBeLessThanOrEqual(256);
  expect(layout).toMatchObject({ scrolls: true, overflow: 'auto' });
  // The last step scrolls into the panel's view and can be ticked.
  const last = page.locator(`${HOST} [data-step-id]`).last();
  await last.scrollIntoViewIfNeeded();
  await last.locator('input[type="checkbox"]').check();
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
});

test('switching the route in the overlay announces the new count', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  await stepCard(page, 'before-backup').locator('input[type="checkbox"]').check();
  await page.locator(`${HOST} input[name="sx-overlay-route"][value="office"]`).check();
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
  const shown = (await progressText(page).textContent())!;
  await expect(liveRegion(page)).toHaveText(`Straight to an office: ${shown}`);
});

test('a page script that removes the overlay from <html> does not remove it for good; what the user did is kept', async ({
  context,
  router,
}) => {
  const page = await openServed(context, router, KCELL_RU);
  await stepCard(page, 'before-backup').locator('input[type="checkbox"]').check();
  // An app that keeps only its own children of <html>.
  await page.evaluate((host) => {
    for (const el of [...document.documentElement.children]) if (el.tagName.toLowerCase() === host) el.remove();
  }, HOST);
  await expect(panel(page)).toBeVisible();
  await expect(stepCard(page, 'before-backup').locator('input[type="checkbox"]')).toBeChecked();
  await expect(page.locator(HOST)).toHaveCount(1);
  // One that never stops gives up after a bounded number of tries instead of fighting forever.
  const kept = await page.evaluate(async (host) => {
    let removals = 0;
    for (let i = 0; i < 30; i++) {
      const el = document.querySelector(host);
      if (el) {
        el.remove();
        removals += 1;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    return { removals, present: document.querySelector(host) !== null };
  }, HOST);
  expect(kept).toEqual({ removals: 10, present: false });
});

test('an app that rebuilds <html>\'s children at every in-app navigation keeps the overlay however long it runs', async ({
  context,
  router,
}) => {
  const page = await openServed(context, router, KCELL_RU);
  await stepCard(page, 'before-backup').locator('input[type="checkbox"]').check();
  // Fifteen navigations, a quarter of a second apart: more removals than a page fighting it may make at once.
  const removals = await page.evaluate(async (host) => {
    let count = 0;
    for (let i = 0; i < 15; i++) {
      for (const el of [...document.documentElement.children]) {
        if (el.tagName.toLowerCase() !== host) continue;
        el.remove();
        count += 1;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    return count;
  }, HOST);
  expect(removals).toBe(15);
  await expect(page.locator(HOST)).toHaveCount(1);
  await expect(stepCard(page, 'before-backup').locator('input[type="checkbox"]')).toBeChecked();
});

test('in-app navigation with focus in the overlay keeps it there: on the step that moved group, then on the launcher', async ({
  context,
  router,
}) => {
  const spa = 'https://www.beeline.kz';
  for (const path of ['/ru-ru/almaty/tariffs', '/ru-ru/almaty/customers/Help/help_mobile/Blanki-dokumenty/', '/ru-ru/almaty/customers/Help/help_mobile/blokirovka-nomera/']) {
    router.serveFixture(spa + path, 'pages/spa-beeline.html');
  }
  const page = await context.newPage();
  await page.goto(`${spa}/ru-ru/almaty/customers/Help/help_mobile/Blanki-dokumenty/`);
  const check = stepCard(page, 'beeline-submit').locator('input[type="checkbox"]');
  await check.focus();
  await page.keyboard.press('Space');
  await expect(check).toBeChecked();
  const focusedStep = () =>
    page.evaluate((host) => {
      const active = document.querySelector(host)?.shadowRoot?.activeElement;
      return active ? (active.closest('[data-step-id]')?.getAttribute('data-step-id') ?? active.className) : document.activeElement?.tagName;
    }, HOST);
  // The page's own router moves on (a script click: focus is not taken by the page link).
  await page.evaluate(() => document.getElementById('nav-blocking')!.click());
  await expect(page).toHaveURL(/blokirovka-nomera/);
  await expect(page.locator(`${HOST} [aria-labelledby="sx-group-page"] [data-step-id="beeline-block"]`)).toBeVisible();
  expect(await focusedStep()).toBe('beeline-submit');
  // To a page the guide is not for: with a cancellation under way, the panel becomes the launcher.
  await page.evaluate(() => document.getElementById('nav-tariffs')!.click());
  await expect(launcher(page)).toBeVisible();
  expect(await focusedStep()).toContain('sx-launcher');
});

test('an arrow key on the guide\'s language menu moves the choice; the guide changes language once it is confirmed', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  const lang = page.locator(`${HOST} #sx-overlay-lang`);
  await lang.focus();
  await page.keyboard.press('ArrowDown');
  await expect(lang).toHaveValue('ru');
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'en');
  await expect(progressText(page)).toHaveText(/^0 of \d+ done$/);
  await page.keyboard.press('Enter');
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'ru');
  await expect(progressText(page)).toHaveText(/^0 из \d+ выполнено$/);
  // Tab leaves the menu with the language confirmed (Enter used to open its list too, which Tab closed on the one before).
  await page.keyboard.press('Tab');
  await expect(lang).not.toBeFocused();
  await expect(lang).toHaveValue('ru');
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'ru');
  expect(router.leaks).toEqual([]);
});

test('Escape on the guide\'s language menu after an arrow key puts the language back and leaves the guide open, as Escape does in the open list', async ({
  context,
  router,
  serviceWorker,
}) => {
  const page = await openServed(context, router, KCELL_RU);
  const lang = page.locator(`${HOST} #sx-overlay-lang`);
  await lang.focus();
  await page.keyboard.press('ArrowDown');
  await expect(lang).toHaveValue('ru');
  // Escape folded the guide, and focus leaving the menu then switched the whole guide to Russian:
  // the key most people press to back out applied the choice they had not confirmed (helper-91).
  await page.keyboard.press('Escape');
  await expect(lang).toHaveValue('en');
  await expect(lang).toBeFocused();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'en');
  await expect(progressText(page)).toHaveText(/^0 of \d+ done$/);
  const { settings } = await stored(serviceWorker, 'settings');
  expect((settings as { lang?: unknown } | undefined)?.lang ?? null).toBeNull();
  // With nothing to put back, Escape folds the guide as before.
  await lang.focus();
  await page.keyboard.press('Escape');
  await expect(launcher(page)).toBeVisible();
  expect(router.leaks).toEqual([]);
});
