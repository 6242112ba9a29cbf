// A step's badges are short labels. In every language each one fits on a line of its own, in the
// popup and in the on-page guide (the narrower of the two): a label that wraps turns the pill into
// a two-line blob that reads as two badges.
import type { Locator } from '@playwright/test';
import { LANGS } from '@/data/schema';
import { test, expect } from './harness';
import { HOST, SETTINGS, openServed, panel, seed } from './overlay-helpers';

/** The text of every badge in `scope` whose words run over more than one line (each brought into view first: cards out of view are not laid out). */
async function wrappedBadges(scope: Locator): Promise<string[]> {
  const badges = scope.locator('.sx-badge');
  const wrapped: string[] = [];
  for (let i = 0, n = await badges.count(); i < n; i++) {
    const badge = badges.nth(i);
    await badge.scrollIntoViewIfNeeded();
    const lines = await badge.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    if (lines !== 1) wrapped.push(`${await badge.textContent()} (${lines} lines)`);
  }
  expect(await badges.count(), 'badges shown').toBeGreaterThan(0);
  return wrapped;
}

test('in every language each badge of the popup fits on one line, on both routes', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  const found: Record<string, string[]> = {};
  for (const lang of LANGS) {
    await page.locator('#sx-popup-lang').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const route of ['online', 'office'] as const) {
      await page.locator(`input[value="${route}"]`).check();
      // The route's own list must be drawn before the badges are counted: counted on the other route's
      // list, the walk waited for a badge the new list no longer has (Kcell's routes now differ in length).
      await expect(page.locator(`[data-step-id="${route === 'online' ? 'kcell-download-forms' : 'kcell-prepare-id'}"]`)).toBeVisible();
      const wrapped = await wrappedBadges(page.locator('.sx-popup__main'));
      if (wrapped.length) found[`${lang} ${route}`] = wrapped;
    }
  }
  expect(found).toEqual({});
});

test('in every language each badge of the on-page guide fits on one line', async ({ context, router, serviceWorker }) => {
  const found: Record<string, string[]> = {};
  for (const lang of LANGS) {
    await seed(serviceWorker, { settings: { ...SETTINGS, lang, route: 'office' } });
    const page = await openServed(context, router, 'https://www.kcell.kz/ru/product/documents');
    await expect(panel(page)).toBeVisible();
    await expect(page.locator(`${HOST} .sx-step`).first()).toBeVisible();
    const wrapped = await wrappedBadges(panel(page));
    if (wrapped.length) found[lang] = wrapped;
    await page.close();
  }
  expect(found).toEqual({});
});
