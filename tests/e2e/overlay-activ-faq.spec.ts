// The overlay on activ's FAQ as the real page is (activ.kz/en/article/faq, stored copy read 2026-11-28): an
// FAQ about registration details and ownership that names no application form. activ's forms are Kcell
// JSC's, on kcell.kz, where the overlay shows Kcell's guide; so activ's guide must not look for them on
// activ.kz, or every activ page about documents says the guide "may be out of date".
import { test, expect } from './harness';
import { HOST, panel, stepCard } from './overlay-helpers';

const ACTIV_FAQ = 'https://activ.kz/en/article/faq';

test('on activ’s real FAQ the guide opens without claiming to be out of date, and no card says its form is missing', async ({
  context,
  router,
}) => {
  router.serveFixture(ACTIV_FAQ, 'pages/activ-faq-registration-en.html');
  const page = await context.newPage();
  await page.goto(ACTIV_FAQ);
  await expect(panel(page)).toBeVisible();
  // The page's own steps come first: the forms step among them, as the page is about documents.
  await expect(stepCard(page, 'activ-download-forms')).toBeVisible();
  await expect(page.locator(`${HOST} [data-testid="sx-out-of-date"]`)).toHaveCount(0);
  for (const id of ['activ-download-forms', 'activ-submit', 'activ-refund']) {
    await expect(stepCard(page, id)).not.toContainText('Not found on this page');
  }
  expect(router.leaks).toEqual([]);
});
