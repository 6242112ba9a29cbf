// A step far down the on-page guide, reached in one move (a screen reader or a link moving focus
// there), must be in the panel's view. Firefox lays out the cards not yet seen at their placeholder
// height (content-visibility) and scrolls to where the step would be among them; the cards it then
// passes take their real height and push the step further down. With a 120 px placeholder for cards
// of ~300 px, the focused box ended below the panel, and a test's click there now and then missed it.
import { test, expect } from './harness';
import { HOST, panel, serveAll, stepCard } from '../e2e/overlay-helpers';

const KCELL = 'https://www.kcell.kz/ru/product/documents';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`Kcell, guide in ${lang}: a step far down, given focus in one move, is in the panel's view`, async ({ context, router }) => {
    serveAll(router);
    const page = await context.newPage();
    await page.goto(KCELL);
    await expect(panel(page)).toBeVisible();
    if (lang !== 'en') {
      // Picked in the guide, as a user would; the next page of the site opens in it.
      await page.locator(`${HOST} #sx-overlay-lang`).selectOption(lang);
      await page.reload();
      await expect(page.locator(`${HOST} .sx-root`)).toHaveAttribute('lang', lang);
      await expect(panel(page)).toBeVisible();
    }
    const body = page.locator(`${HOST} .sx-panel__body`);
    const arrival = await body.evaluate((el) => el.scrollHeight);
    await stepCard(page, 'kcell-submit').getByRole('checkbox').focus();
    // Read once the frames after the move are laid out: the cards passed take their real height then.
    const seen = await body.evaluate(async (el) => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const box = el.querySelector('#sx-step-kcell-submit')!.getBoundingClientRect();
      const view = el.getBoundingClientRect();
      return { top: Math.round(box.top - view.top), bottom: Math.round(view.bottom - box.bottom), height: el.scrollHeight };
    });
    expect(seen.top, 'below the panel’s top edge').toBeGreaterThanOrEqual(0);
    expect(seen.bottom, 'above the panel’s bottom edge').toBeGreaterThanOrEqual(0);
    // The placeholders are about the cards' real size, so the scrollbar keeps its length as the user scrolls.
    expect(Math.abs(seen.height - arrival) / seen.height).toBeLessThan(0.2);
  });
}
