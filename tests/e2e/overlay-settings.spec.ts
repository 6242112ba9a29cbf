// What the user chooses in the overlay is remembered and shared with the popup: hiding it on an
// operator's site, the language (default: the browser's) and the route.
import type { Page, Worker } from '@playwright/test';
import { test, expect, launchWithExtension, Router } from './harness';
import { HOST, failInWorker, panel, progressText, seed, serveAll, stepCard, stored } from './overlay-helpers';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

test('"Hide on this site" asks first, removes the overlay, is remembered across reloads, only for that operator, and the popup brings it back', async ({
  context,
  router,
  serviceWorker,
  openPopup,
}) => {
  serveAll(router);
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  // One press (it is the first control Tab reaches) only asks; focus goes to the safe answer.
  const hide = page.locator(`${HOST} button`, { hasText: 'Hide on this site' });
  await hide.click();
  const question = page.locator(`${HOST} #sx-dismiss-ask`);
  await expect(question).toBeVisible();
  await expect(question).toContainText('Stop showing the guide on Kcell pages? You can still open it from the extension button and turn it back on there.');
  await expect(page.locator(`${HOST} button`, { hasText: 'Keep showing' })).toBeFocused();
  // Escape answers no: the panel stays, focus goes back to the button that asked.
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(panel(page)).toBeVisible();
  await expect(hide).toBeFocused();
  const before = (await stored(serviceWorker, 'settings')).settings as { dismissedSites?: string[] } | undefined;
  expect(before?.dismissedSites ?? []).not.toContain('kcell');
  // The hint is the button's description, not loose text read again after the buttons.
  await expect(page.locator(`${HOST} #sx-dismiss-hint`)).toBeHidden();
  await expect(hide).toHaveAccessibleDescription(/will not appear on Kcell pages again/);

  await hide.click();
  await page.locator(`${HOST} button`, { hasText: 'Hide it here' }).click();
  // It says what happened and how to undo it before it goes, with focus on its button (not on <body>).
  const ok = page.locator(`${HOST} .sx-farewell button`);
  await expect(ok).toBeFocused();
  await expect(ok).toHaveAccessibleDescription(/will not appear on Kcell pages again.*extension button/);
  await page.keyboard.press('Enter');
  await expect(page.locator(HOST)).toHaveCount(0);
  await expect.poll(async () => (await stored(serviceWorker, 'settings')).settings).toMatchObject({ dismissedSites: ['kcell'] });

  // The worker injects no overlay here; the one the manifest loads on a help address (utils/help-globs.ts)
  // is compiled, finds the site hidden and shows nothing.
  const parsed: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (event) => parsed.push(event.url));
  await cdp.send('Debugger.enable');
  // Enabling reports the scripts of the page already open (it had the overlay): count from the reload on.
  parsed.length = 0;
  await page.reload();
  await page.waitForTimeout(800);
  await expect(page.locator(HOST)).toHaveCount(0);
  expect(parsed.filter((url) => url.endsWith('/content-scripts/guide.js'))).toHaveLength(1);
  expect(parsed.filter((url) => url.endsWith('/overlay.js'))).toHaveLength(1);
  await cdp.detach();
  await page.goto('https://www.kcell.kz/kk/product/documents');
  await page.waitForTimeout(800);
  await expect(page.locator(HOST)).toHaveCount(0);
  // Turned back on in the popup: the open page gets its guide back without a reload.
  const popup = await openPopup('?operator=kcell');
  await expect(popup.getByText('The guide is hidden on Kcell’s site.')).toBeVisible();
  await popup.getByRole('button', { name: 'Show it there again' }).click();
  await expect(popup.getByText('The guide is hidden on Kcell’s site.')).toHaveCount(0);
  // The button is gone: focus is on the line that now says what happened, not lost to <body>.
  await expect(popup.getByRole('status').filter({ hasText: 'The guide will show on Kcell’s site again.' })).toBeFocused();
  await expect(panel(page)).toBeVisible();
  // Not offered where nothing is hidden.
  const activPopup = await openPopup('?operator=activ');
  await expect(activPopup.getByRole('button', { name: 'Show it there again' })).toHaveCount(0);

  // Another operator's site still gets its guide.
  await page.goto('https://activ.kz/ru/article/faq');
  await expect(panel(page)).toBeVisible();
});

test('the language switch changes every text at once, persists, and is the popup’s language too', async ({
  context,
  router,
  serviceWorker,
  openPopup,
}) => {
  serveAll(router);
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText('Giving up your Kcell number');
  const step = stepCard(page, 'before-settle-debts').locator('.sx-step__title');
  await expect(step).toHaveText('Settle what you owe Kcell, device instalments included');

  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('ru');
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText('Отказ от номера Kcell');
  await expect(step).toHaveText('Погасите задолженность перед Kcell, включая рассрочку за устройство');
  await expect(progressText(page)).toHaveText(/^0 из \d+ выполнено$/);
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'ru');
  await expect.poll(async () => (await stored(serviceWorker, 'settings')).settings).toMatchObject({ lang: 'ru' });

  await page.reload();
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText('Отказ от номера Kcell');

  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('zh-CN');
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText('注销 Kcell 号码');
  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('kk');
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText('Kcell нөмірінен бас тарту');

  const popup = await openPopup();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'kk');
});

test('the route switch loads the in-office steps and is remembered', async ({ context, router, serviceWorker }) => {
  serveAll(router);
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(stepCard(page, 'kcell-download-forms')).toBeVisible();
  await expect(stepCard(page, 'kcell-prepare-id')).toHaveCount(0);
  await page.locator(`${HOST} input[value="office"]`).check();
  await expect(stepCard(page, 'kcell-prepare-id')).toBeVisible();
  await expect(stepCard(page, 'kcell-download-forms')).toHaveCount(0);
  await expect.poll(async () => (await stored(serviceWorker, 'settings')).settings).toMatchObject({ route: 'office' });
  await page.reload();
  await expect(page.locator(`${HOST} input[value="office"]`)).toBeChecked();
  await expect(stepCard(page, 'kcell-prepare-id')).toBeVisible();
});

// The route switch is saved; only the new route's checklist could not be had from the worker. The panel
// kept the other route's steps under the new choice ("Start online" steps under "Straight to an office"),
// with a line asking for a reload: a user ticking them ticked the other route's steps. The guide it holds
// has both routes' steps, so it lists the chosen route's, with nothing said to have failed, and no tick is
// lost or moved. Switched in the panel itself, or in the popup, whose switch this tab follows through
// storage (the worker writes it there).
for (const [where, switchToOffice] of [
  ['on the page', (page: Page) => page.locator(`${HOST} input[value="office"]`).check()],
  [
    'in the popup',
    async (_page: Page, serviceWorker: Worker) =>
      seed(serviceWorker, { settings: { ...((await stored(serviceWorker, 'settings')).settings as object), route: 'office' } }),
  ],
] as const) {
  test(`a route switched ${where} while the worker cannot give its checklist shows that route's steps, not the other route's, and keeps every tick`, async ({
    context,
    router,
    serviceWorker,
  }) => {
    serveAll(router);
    const page = await context.newPage();
    await page.goto(KCELL_RU);
    // A step of the online route only, ticked before the switch.
    const forms = stepCard(page, 'kcell-download-forms');
    await forms.locator('input').check();
    const formsTick = async () => (await stored(serviceWorker, 'progress:kcell:kcell-download-forms'))['progress:kcell:kcell-download-forms'];
    await expect.poll(formsTick).toMatchObject({ done: true });
    await failInWorker(serviceWorker, ['guide/get']);
    await switchToOffice(page, serviceWorker);
    await expect(page.locator(`${HOST} input[value="office"]`)).toBeChecked();
    await expect.poll(async () => (await stored(serviceWorker, 'settings')).settings).toMatchObject({ route: 'office' });
    // The office visit's steps, and none of the online route's under "Straight to an office".
    await expect(stepCard(page, 'kcell-prepare-id')).toBeVisible();
    await expect(forms).toHaveCount(0);
    // Nothing failed that the user must act on: no reload asked for, no change said to be lost.
    await expect(page.locator(`${HOST} [role="alert"]`)).toHaveCount(0);
    // And back on the page, the worker still failing: the online steps, with the tick where it was.
    await page.locator(`${HOST} input[value="online"]`).check();
    await expect(forms.locator('input')).toBeChecked();
    await expect(stepCard(page, 'kcell-prepare-id')).toHaveCount(0);
    await expect(page.locator(`${HOST} [role="alert"]`)).toHaveCount(0);
    await expect.poll(formsTick).toMatchObject({ done: true });
  });
}

test('without a chosen language the overlay follows the browser’s (Russian browser → Russian overlay)', async () => {
  const { context, cleanup } = await launchWithExtension({ locale: 'ru-RU' });
  try {
    const router = new Router(context);
    await router.install();
    router.serveFixture(KCELL_RU, 'pages/kcell-documents-ru.html');
    const page = await context.newPage();
    await page.goto(KCELL_RU);
    await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText('Отказ от номера Kcell');
    await expect(page.locator(`${HOST} #sx-overlay-lang`)).toHaveValue('ru');
    expect(router.leaks).toEqual([]);
  } finally {
    await cleanup();
  }
});
