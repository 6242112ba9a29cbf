// The Firefox package as a Firefox user meets it: the popup's checklist in two languages with a tick
// that stays, the overlay on an operator's support page (placed by the manifest's content script and
// by the background script's injection), ticks shared between the two, and a background page that
// starts without errors (the harness fails any test whose extension reports an error).
import { test, expect, extensionErrors, openExtensionPage } from './harness';
import { panel, progressText, serveAll, stepCard } from '../e2e/overlay-helpers';

/** A support page whose address names help: the manifest's second content script brings the overlay. */
const KCELL_DOCS = 'https://www.kcell.kz/ru/product/documents';
/** The same page at an address that names nothing: the detector asks the background script to inject it. */
const KCELL_PLAIN = 'https://www.kcell.kz/ru/product/zayavleniya';

test('the popup shows the checklist in English and in Russian, and a tick stays after reopening', async ({ context, router }) => {
  const page = await context.newPage();
  await openExtensionPage(page, 'popup.html');
  await expect(page.getByText('Which operator is the number with?')).toBeVisible();
  await page.getByLabel('Operator').selectOption('kcell');
  await expect(page.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  await expect(page.locator('.sx-progress__text').first()).toHaveText(/^0 of \d+ done$/);

  await page.getByLabel('Language').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.sx-progress__text').first()).toHaveText(/^0 из \d+ выполнено$/);
  await page.locator('[data-step-id="before-backup"] input').check();
  await expect(page.locator('.sx-progress__text').first()).toHaveText(/^1 из \d+ выполнено$/);

  // Reopened: the same operator, language and tick, read back from storage.
  await openExtensionPage(page, 'popup.html');
  await expect(page.locator('[data-step-id="before-backup"] input')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByLabel('Оператор')).toHaveValue('kcell');
  expect(router.leaks).toEqual([]);
});

for (const [how, url] of [
  ['from the manifest', KCELL_DOCS],
  ['injected by the background script', KCELL_PLAIN],
] as const) {
  test(`an operator's support page gets the overlay ${how}, and a tick there shows in the popup`, async ({ context, router }) => {
    serveAll(router);
    router.serveFixture(KCELL_PLAIN, 'pages/kcell-documents-ru.html');
    const site = await context.newPage();
    await site.goto(url);
    await expect(panel(site)).toBeVisible();
    await expect(site.locator('simexit-guide .sx-panel__title')).toContainText('Kcell');
    await expect(progressText(site)).toHaveText(/^0 of \d+ done$/);
    await stepCard(site, 'before-settle-debts').getByRole('checkbox').check();
    await expect(progressText(site)).toHaveText(/^1 of \d+ done$/);

    const popup = await context.newPage();
    await openExtensionPage(popup, 'popup.html');
    await expect(popup.getByLabel('Operator')).toHaveValue('kcell');
    await expect(popup.locator('[data-step-id="before-settle-debts"] input')).toBeChecked();
    expect(router.leaks).toEqual([]);
  });
}

test('the background page starts without errors and answers the popup', async ({ context, outputFrom }) => {
  const page = await context.newPage();
  await openExtensionPage(page, 'popup.html?operator=kcell');
  // The checklist comes from the background page (guide/get): it is running and answering.
  await expect(page.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  const answer = await page.evaluate("browser.runtime.sendMessage({ type: 'guide/get', operator: 'kcell' }).then((a) => ({ ok: a.ok, operator: a.guide?.id }))");
  expect(answer).toEqual({ ok: true, operator: 'kcell' });
  expect(extensionErrors(outputFrom)).toEqual([]);
});
