// Keys pressed in the on-page guide belong to the guide. A page that takes keys at window capture
// (hotkey libraries, video players, slide decks, analytics) saw every key pressed in the guide, and
// one that stopped or prevented them there left Escape folding nothing and Space ticking nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES, test, expect } from './harness';
import { HOST, evaluateInPage, launcher, panel, progressText, serveAll, stepCard } from './overlay-helpers';

/** The manifest loads overlay.js here at document_start beside the detector (an address that names documents). */
const HELP_PAGE = 'https://www.kcell.kz/ru/product/documents';
/** No help word in the address: the worker injects overlay.js once the detector found the page relevant. */
const PLAIN_PAGE = 'https://www.kcell.kz/ru/product/rastorzhenie';
const KCELL_RU_HTML = readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8');

const KEY_TYPES = ['keydown', 'keyup', 'keypress', 'beforeinput'];

/** A page script taking every key at window capture, stopping and preventing it: in <head>, or once the page has loaded. */
function hostilePage(when: 'head' | 'load'): string {
  const take = `for (const type of ${JSON.stringify(KEY_TYPES)}) window.addEventListener(type, (event) => {
    window.pageKeys.push(type + ':' + (event.key ?? event.inputType) + ':' + (event.target.id || event.target.localName));
    event.stopImmediatePropagation();
    event.preventDefault();
  }, true);`;
  const script = `<script>window.pageKeys = []; ${when === 'head' ? take : `addEventListener('load', () => { ${take} window.pageReady = true; });`}</script>`;
  return KCELL_RU_HTML.replace('<head>', `<head>${script}`).replace('</body>', '<input id="page-field"></body>');
}

const pageKeys = (page: Page) => evaluateInPage<string[]>(page, 'window.pageKeys');

for (const [when, url] of [
  ['head', HELP_PAGE],
  ['load', PLAIN_PAGE],
] as const) {
  test(`a page taking keys at window capture (${when === 'head' ? 'from <head>' : 'after load'}, overlay ${url === HELP_PAGE ? 'loaded ahead' : 'injected'}): the guide's keys work and the page sees none of them`, async ({
    context,
    router,
  }) => {
    serveAll(router);
    router.serve(url, hostilePage(when));
    const page = await context.newPage();
    await page.goto(url);
    await expect(panel(page)).toBeVisible();
    if (when === 'load') await expect.poll(() => evaluateInPage(page, 'window.pageReady === true')).toBe(true);
    // Space on a step's checkbox ticks it, and again unticks it.
    await stepCard(page, 'before-backup').getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
    await page.keyboard.press('Space');
    await expect(progressText(page)).toHaveText(/^0 of \d+ done$/);
    // An arrow key moves the language menu's choice (the browser's own handling of the key).
    const lang = page.locator(`${HOST} #sx-overlay-lang`);
    await lang.focus();
    await page.keyboard.press('ArrowDown');
    await expect(lang).toHaveValue('ru');
    // Escape there puts the language back (the guide's own handler), a second one folds the guide.
    await page.keyboard.press('Escape');
    await expect(lang).toHaveValue('en');
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(launcher(page)).toBeVisible();
    // Enter on the launcher opens it again.
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    // An arrow key switches the route (the radio buttons' own handling of the key), and back.
    await page.locator(`${HOST} input[value="online"]`).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`${HOST} input[value="office"]`)).toBeChecked();
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(`${HOST} input[value="online"]`)).toBeChecked();
    expect(await pageKeys(page)).toEqual([]);
    // The page's own keys are still its own: typed into its field, they reach its listener (which prevents them).
    await page.locator('#page-field').focus();
    await page.keyboard.press('a');
    expect(await pageKeys(page)).toEqual(['keydown:a:page-field', 'keyup:a:page-field']);
    await expect(page.locator('#page-field')).toHaveValue('');
    expect(router.leaks).toEqual([]);
  });
}

test('after the page rewrites its document (document.open), a key listener it adds at window capture later still sees no key of the guide', async ({
  context,
  router,
}) => {
  serveAll(router);
  router.serve(HELP_PAGE, KCELL_RU_HTML);
  const page = await context.newPage();
  await page.goto(HELP_PAGE);
  await expect(panel(page)).toBeVisible();
  // document.open() erases every listener of the window and the document, the first ones of the guide's too.
  await page.evaluate((html) => {
    document.open();
    document.write(html);
    document.close();
  }, KCELL_RU_HTML);
  await expect(page.locator(HOST)).toHaveCount(1);
  await page.waitForTimeout(100);
  await evaluateInPage(page, hostilePage('head').match(/<script>(.*?)<\/script>/s)![1]!);
  await stepCard(page, 'before-backup').getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
  await page.keyboard.press('Escape');
  await expect(launcher(page)).toBeVisible();
  expect(await pageKeys(page)).toEqual([]);
});

test('a key the page dispatches on the guide\'s host is not taken for the user\'s: Escape there folds nothing', async ({ context, router }) => {
  serveAll(router);
  router.serve(HELP_PAGE, KCELL_RU_HTML);
  const page = await context.newPage();
  await page.goto(HELP_PAGE);
  await expect(panel(page)).toBeVisible();
  // Focus in the guide, where the user's Escape would fold it.
  await stepCard(page, 'before-backup').getByRole('checkbox').focus();
  await evaluateInPage(page, `document.querySelector('${HOST}').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }))`);
  await page.waitForTimeout(300);
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(launcher(page)).toBeVisible();
});
