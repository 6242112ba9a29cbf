// The guide folded in one tab stays folded on that tab's next pages and not in a new tab: kept per tab
// in the background page's storage.session, which Firefox has (utils/worker-fold.ts).
import { test, expect, inBackground, openExtensionPage } from './harness';
import { launcher, panel, serveAll } from '../e2e/overlay-helpers';

const KCELL_DOCS = 'https://www.kcell.kz/ru/product/documents';
const KCELL_PLAIN = 'https://www.kcell.kz/ru/product/zayavleniya';

test('a guide folded in a tab stays folded on its next page there, and a new tab shows it unfolded', async ({ context, router }) => {
  serveAll(router);
  router.serveFixture(KCELL_PLAIN, 'pages/kcell-documents-ru.html');
  const site = await context.newPage();
  await site.goto(KCELL_DOCS);
  await expect(panel(site)).toBeVisible();
  await site.locator('simexit-guide').getByRole('button', { name: 'Collapse the guide' }).click();
  await expect(launcher(site)).toBeVisible();

  await site.goto(KCELL_PLAIN);
  await expect(launcher(site)).toBeVisible();
  await expect(panel(site)).toHaveCount(0);

  const other = await context.newPage();
  await other.goto(KCELL_PLAIN);
  await expect(panel(other)).toBeVisible();

  const popup = await context.newPage();
  await openExtensionPage(popup, 'popup.html');
  const siteTab = await popup.evaluate("browser.tabs.query({}).then((tabs) => tabs.filter((tab) => tab.url?.startsWith('https://www.kcell.kz/')).map((tab) => tab.id))");
  const kept = await inBackground<Record<string, unknown>>(popup, '(bg) => bg.browser.storage.session.get(null).then((items) => JSON.parse(JSON.stringify(items)))');
  expect(Object.keys(kept).filter((key) => key.startsWith('fold:'))).toEqual([`fold:${(siteTab as number[])[0]}`]);
});
