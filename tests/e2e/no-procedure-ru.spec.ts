// A Russian-speaking resident leaving IZI, Tele2 or ALTEL, whose termination procedure the research did
// not find: the guide must not point them at an office or a rule that no source gives for their operator.
import { test, expect } from './harness';
import { HOST, SETTINGS, panel, seed, serveAll, settle, stepCard } from './overlay-helpers';

const IZI_RU = 'https://content.izi.me/binaries/content/assets/docs/manual-ru.html';

test('leaving IZI in Russian: no "Straight to an office" is offered, in the popup or on IZI’s page, as no office serving IZI was found', async ({
  context,
  serviceWorker,
  openPopup,
  router,
}) => {
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'ru' } });
  serveAll(router);
  const site = await context.newPage();
  await site.goto(IZI_RU);
  await settle(site);
  await expect(panel(site)).toBeVisible();
  await expect(site.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'ru');
  await expect(stepCard(site, 'izi-ask-support')).toBeVisible();
  await expect(site.locator(`${HOST} input[type="radio"]`)).toHaveCount(0);
  await expect(site.getByText('Сразу в офис')).toHaveCount(0);

  const popup = await openPopup('?operator=izi');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(popup.locator('[data-step-id="izi-ask-support"]')).toBeVisible();
  await expect(popup.getByRole('radio')).toHaveCount(0);
  await expect(popup.getByText('Сразу в офис')).toHaveCount(0);
  // The app is where IZI is run, whichever route was stored from another operator.
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'ru', route: 'office' } });
  await popup.reload();
  await expect(popup.locator('[data-step-id="izi-app-check"]')).toBeVisible();
  expect(router.leaks).toEqual([]);
});

for (const operator of ['tele2', 'altel', 'izi'] as const) {
  test(`leaving ${operator} in Russian: the balance precaution sends no one to ask about a Kcell notice, and the refund is asked about in one step`, async ({
    serviceWorker,
    openPopup,
    router,
  }) => {
    await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'ru' } });
    const popup = await openPopup(`?operator=${operator}`);
    const precaution = popup.locator('[data-step-id="before-balance-refund"]');
    await expect(precaution).toBeVisible();
    await expect(precaution).not.toContainText('Kcell');
    await expect(precaution.getByRole('link')).toHaveCount(0);
    // What to ask about the refund: in the refund step only.
    const asking = popup.locator('.sx-step').filter({ hasText: /спросите[^.]*остат/i });
    await expect(asking).toHaveCount(1);
    await expect(asking).toHaveAttribute('data-step-id', `${operator}-refund`);
    expect(router.leaks).toEqual([]);
  });
}
