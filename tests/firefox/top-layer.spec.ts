// Top-layer order in Firefox, which keeps its own: the page's popovers and modal dialogs opened after the
// guide, the scenario tests/e2e/hostile.spec.ts walks in Chromium.
import { test, expect } from './harness';
import { panel } from '../e2e/overlay-helpers';
import { pageLayersOverGuide } from '../e2e/top-layer-scenario';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

test('a menu, cookie banner or modal dialog the page opens after the guide does not bury it for good; focus stays where it was', async ({ context, router }) => {
  router.serveFixture(KCELL_RU, 'pages/hostile-top-layer.html');
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  await pageLayersOverGuide(page);
});
