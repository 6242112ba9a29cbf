// The guide that could not be loaded (the worker gave no guide: a stopped worker restarting, an update
// finishing) offers "Try again". Until 2026-11-28 its only way out was to reload the operator's page,
// which can lose what the user typed into the operator's own form there.
import type { Page, Worker } from '@playwright/test';
import { en } from '@/locales/en';
import { test, expect, type Router } from './harness';
import { HOST, SETTINGS, answeredInWorker, evaluateInContentScript, failInWorker, liveRegion, panel, progressText, seed, serveAll, stepCard, stopFailing } from './overlay-helpers';

const KCELL = 'https://www.kcell.kz/ru/product/documents';

/** The demo pages served, Kcell's settings stored, and a worker that gives no checklist (nor the words). */
async function guidesFailing(router: Router, serviceWorker: Worker): Promise<void> {
  serveAll(router);
  await seed(serviceWorker, { settings: SETTINGS });
  await failInWorker(serviceWorker, ['guide/get', 'strings/get']);
}

/** The panel's line saying the checklist could not be loaded. */
const loadFailedLine = (page: Page) => page.locator(`${HOST} .sx-panel__status--error`);

/** The class and id of what has focus inside the overlay, or null when it is not in there. */
const overlayFocus = (page: Page) =>
  page.evaluate((host) => {
    const active = document.querySelector(host)?.shadowRoot?.activeElement;
    return active ? `${active.className}#${active.id}` : null;
  }, HOST);

/**
 * Holds the guide's asks for its checklist (guide/get) in the content script until `releaseGuides`:
 * the worker's answer made slow, so what the panel shows while it waits can be seen without timing anything.
 */
const holdGuides = (page: Page) =>
  evaluateInContentScript<boolean>(
    page,
    `(() => {
      const runtime = chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      globalThis.__sxHeld = [];
      runtime.sendMessage = (message, ...rest) =>
        message?.type === 'guide/get'
          ? new Promise((resolve, reject) => globalThis.__sxHeld.push(() => send(message, ...rest).then(resolve, reject)))
          : send(message, ...rest);
      return true;
    })()`,
  );
/** How many asks are held now. */
const heldGuides = (page: Page) => evaluateInContentScript<number>(page, `globalThis.__sxHeld.length`);

/** Lets the asks held so far go to the worker; resolves to how many there were. */
const releaseGuides = (page: Page) =>
  evaluateInContentScript<number>(page, `(() => { const held = globalThis.__sxHeld.splice(0); for (const go of held) go(); return held.length; })()`);

test('the guide that could not be loaded asks again on "Try again", by keyboard, and shows its steps, with the page’s form untouched', async ({
  context,
  router,
  serviceWorker,
}) => {
  await guidesFailing(router, serviceWorker);
  const page = await context.newPage();
  await page.goto(KCELL);
  // Something the user typed into the operator's own page: a reload would lose it.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'typed';
    document.body.prepend(input);
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await page.locator('#typed').fill('+7 701 000 00 00');

  const alert = loadFailedLine(page);
  await expect(alert).toHaveText(en['overlay.loadFailed']);
  const retry = page.locator(`${HOST} #sx-retry`);
  await expect(retry).toHaveAccessibleName(en['overlay.retry']);
  const box = await retry.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
  await expect(page.locator(`${HOST} [data-step-id]`)).toHaveCount(0);

  // Reached by Tab from the top of the panel, pressed with Enter while the worker still gives nothing:
  // the panel says so again, and the button stays, with focus on it.
  await page.locator(`${HOST} .sx-button--icon`).focus();
  for (let i = 0; i < 6 && (await overlayFocus(page)) !== 'sx-button sx-button--primary#sx-retry'; i++) await page.keyboard.press('Tab');
  expect(await overlayFocus(page)).toBe('sx-button sx-button--primary#sx-retry');
  await page.keyboard.press('Enter');
  // The failure line stays while it asks: the ask is over once the live region says the failure again and
  // the button is no longer busy (a press while busy is dropped).
  await expect(liveRegion(page)).toHaveText(en['overlay.loadFailed']);
  await expect(retry).not.toHaveAttribute('aria-disabled', 'true');
  await expect(alert).toHaveText(en['overlay.loadFailed']);
  await expect(retry).toBeFocused();
  await expect(page.locator(`${HOST} [data-step-id]`)).toHaveCount(0);

  // The worker answers now: the steps, their count and "Show me" come as on a normal load.
  await stopFailing(serviceWorker);
  await page.keyboard.press('Enter');
  await expect(stepCard(page, 'kcell-download-forms')).toBeVisible();
  await expect(stepCard(page, 'kcell-download-forms').getByRole('button', { name: /^Show me/ })).toBeVisible();
  await expect(progressText(page)).toBeVisible();
  await expect(page.locator(`${HOST} [role="alert"]`)).toHaveCount(0);
  await expect(retry).toHaveCount(0);
  await expect(liveRegion(page)).toHaveText(/^0 of \d+ done$/);
  // Focus stayed in the guide (its fold button), not dropped to <body>.
  expect(await overlayFocus(page)).toMatch(/sx-button--icon/);
  await expect(panel(page)).toBeVisible();

  await expect(page.locator('#typed')).toHaveValue('+7 701 000 00 00');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(router.leaks).toEqual([]);
});

test('the guide whose checklist the worker did not give says so after the detector’s one ask, not after a second; "Try again" asks once more', async ({
  context,
  router,
  serviceWorker,
}) => {
  // Asked a second time on its own, the overlay made the user wait for two rounds of tries (about 6.4 s
  // each when the worker cannot be reached, utils/client.ts) before the failure and its button showed.
  serveAll(router);
  await seed(serviceWorker, { settings: SETTINGS });
  await failInWorker(serviceWorker, ['guide/get']);
  const page = await context.newPage();
  await page.goto(KCELL);
  await expect(loadFailedLine(page)).toHaveText(en['overlay.loadFailed']);
  expect(await answeredInWorker(serviceWorker)).toBe(1);
  await page.locator(`${HOST} #sx-retry`).click();
  await expect(loadFailedLine(page)).toHaveText(en['overlay.loadFailed']);
  await expect(page.locator(`${HOST} #sx-retry`)).toBeFocused();
  await expect.poll(() => answeredInWorker(serviceWorker)).toBe(2);
  expect(router.leaks).toEqual([]);
});

test('the guide that could not be loaded offers the online/office choice only where the operator has one', async ({
  context,
  router,
  serviceWorker,
}) => {
  // Tele2's two routes are the same office visit, and its loaded panel offers no choice; before 2026-11-28
  // the panel without its checklist offered one anyway.
  await guidesFailing(router, serviceWorker);
  const routes = (page: Page) => page.locator(`${HOST} .sx-route input[type="radio"]`);

  const tele2 = await context.newPage();
  await tele2.goto('https://tele2.kz/en/support');
  await expect(loadFailedLine(tele2)).toHaveText(en['overlay.loadFailed']);
  await expect(routes(tele2)).toHaveCount(0);

  const kcell = await context.newPage();
  await kcell.goto(KCELL);
  await expect(loadFailedLine(kcell)).toHaveText(en['overlay.loadFailed']);
  await expect(routes(kcell)).toHaveCount(2);

  // Loaded, Tele2's panel still has none: nothing moves in its header when the checklist comes.
  await stopFailing(serviceWorker);
  await tele2.locator(`${HOST} #sx-retry`).click();
  await expect(tele2.locator(`${HOST} [data-step-id]`).first()).toBeVisible();
  await expect(routes(tele2)).toHaveCount(0);
  expect(router.leaks).toEqual([]);
});

test('"Try again" says it is asking: the button stays, with focus, aria-disabled until the answer is in, and a second press asks nothing more', async ({
  context,
  router,
  serviceWorker,
}) => {
  // Before 2026-11-28 the button looked and read as ready while it asked (only the live region said
  // "Loading…"), and a second press did nothing, with nothing to say why.
  await guidesFailing(router, serviceWorker);
  const page = await context.newPage();
  await page.goto(KCELL);
  const alert = loadFailedLine(page);
  await expect(alert).toHaveText(en['overlay.loadFailed']);
  const retry = page.locator(`${HOST} #sx-retry`);
  await expect(retry).not.toHaveAttribute('aria-disabled', 'true');
  await holdGuides(page);

  // Asked while the worker still fails: busy while the answer is held, then the failure again, the button ready.
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(retry).toHaveAttribute('aria-disabled', 'true');
  await expect(retry).toBeFocused();
  await expect(liveRegion(page)).toHaveText(en['overlay.loading']);
  // Seen too, not only heard: the failure line alone stayed, and the panel looked as before the press.
  const asking = page.locator(`${HOST} .sx-panel__status:not(.sx-panel__status--error)`);
  await expect(asking).toHaveText(en['overlay.loading']);
  await expect(alert).toHaveText(en['overlay.loadFailed']);
  await page.keyboard.press('Enter');
  await expect.poll(() => heldGuides(page)).toBe(1);
  expect(await releaseGuides(page)).toBe(1);
  await expect(liveRegion(page)).toHaveText(en['overlay.loadFailed']);
  await expect(retry).not.toHaveAttribute('aria-disabled', 'true');
  await expect(asking).toHaveCount(0);
  await expect(retry).toBeFocused();

  // The worker answers now: busy until the answer is let through, then the steps, the button gone.
  await stopFailing(serviceWorker);
  await page.keyboard.press('Enter');
  await expect(retry).toHaveAttribute('aria-disabled', 'true');
  await expect(retry).toBeFocused();
  await expect(page.locator(`${HOST} [data-step-id]`)).toHaveCount(0);
  await expect.poll(() => heldGuides(page)).toBe(1);
  expect(await releaseGuides(page)).toBe(1);
  await expect(stepCard(page, 'kcell-download-forms')).toBeVisible();
  await expect(retry).toHaveCount(0);
  await expect(liveRegion(page)).toHaveText(/^0 of \d+ done$/);
  expect(router.leaks).toEqual([]);
});
