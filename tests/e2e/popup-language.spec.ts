// The popup's languages: a switch changes the whole popup at once and is said once, and in every
// language every part shows its words, never a key or the short name the build gives it.
import type { Page } from '@playwright/test';
import { LANGS } from '@/data/schema';
import { popupKeyNames } from '@/entrypoints/popup/build';
import { en } from '@/locales/en';
import { test, expect } from './harness';
import { seed, stored } from './popup-helpers';

test('switching language shows no raw keys and no third language while the new one loads', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  await page.getByLabel('Language').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // Every text the progress line and the page title take while Kazakh loads.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const progress = document.querySelector('.sx-progress__text')!;
    new MutationObserver(() => seen.push(progress.textContent ?? '', document.documentElement.lang)).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.getByLabel('Язык').selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((text) => /progress\.count|done|^en$/.test(text))).toEqual([]);
});

/** Every text a user or a screen reader gets from the page: text, names, titles, the window's title. */
const shownTexts = (page: Page) =>
  page.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
    }
    return texts.map((text) => text.trim()).filter(Boolean);
  });

test('in every language, every part of the popup shows its strings, never a key or the short name the build gives it', async ({ openPopup }) => {
  const names = popupKeyNames();
  const keys = Object.keys(en);
  const shortNames = new Set([...names.keys.values(), ...names.families.values()]);
  // A key, or a name of a family's (`2.online`), anywhere in a text; a letter name as a whole text.
  const inText = [...keys, ...[...names.keys.values()].filter((name) => name.includes('.'))];
  const wrong = (texts: string[]) => texts.filter((text) => shortNames.has(text) || inText.some((key) => text.includes(key)));
  const page = await openPopup('?operator=kcell');
  // Corrupt proof: a notice, whose sentence is looked up by a name built at run time, stays on in every language.
  await seed(page, { 'evidence:kcell': 42 });
  await expect(page.locator('.sx-notice')).toHaveCount(1);
  for (const lang of LANGS) {
    await page.locator('#sx-popup-lang').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // Both routes (their labels too are looked up by a built name), the reset dialog and the Astelit note.
    await page.locator('input[value="office"]').check();
    await expect(page.locator('[data-step-id="kcell-prepare-id"]')).toBeVisible();
    const office = await shownTexts(page);
    await page.locator('input[value="online"]').check();
    await page.locator('.sx-actions button').last().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const dialog = await shownTexts(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.locator('#sx-operator').selectOption('note');
    await expect(page.locator('.sx-note a.sx-source').first()).toBeVisible();
    const note = await shownTexts(page);
    await page.locator('#sx-operator').selectOption('kcell');
    await expect(page.locator('[data-step-id="before-backup"]')).toBeVisible();
    expect(office.length, lang).toBeGreaterThan(50);
    await expect(page.locator('.sx-notice')).toHaveCount(1);
    expect(wrong([...office, ...dialog, ...note]), lang).toEqual([]);
  }
});

test('the language switch changes the whole popup, <html lang> and the shared setting', async ({ openPopup, router }) => {
  const page = await openPopup('?operator=tele2');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('#sx-section-before')).toContainText('Нөмірден бас тартпас бұрын');
  await expect(page.locator('#sx-evidence-title')).toHaveText('Растау деректеріңіз');
  await expect.poll(async () => ((await stored(page)).settings as { lang: string }).lang).toBe('kk');

  await page.locator('#sx-popup-lang').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#sx-section-after')).toContainText('之后：凭证与核查');
  expect(router.leaks).toEqual([]);
});

test('a language switch is said once: the live regions it translates are new nodes, which screen readers do not read out', async ({
  openPopup,
  router,
}) => {
  const page = await openPopup('?operator=kcell');
  await page.locator('[data-step-id="before-backup"] input').check();
  await page.getByLabel('Request or application number').fill('KC-1');
  await expect(page.locator('.sx-save')).toHaveText('Saved');
  const regions = ['.sx-progress__text', '.sx-save', '#sx-reminder-text'];
  const tag = () =>
    page.evaluate((selectors) => {
      for (const selector of selectors) (document.querySelector(selector) as Element & { sxSeen?: boolean }).sxSeen = true;
    }, regions);
  const seen = (selector: string) => page.locator(selector).evaluate((el) => (el as Element & { sxSeen?: boolean }).sxSeen === true);

  await tag();
  await page.getByLabel('Language').selectOption('ru');
  await expect(page.locator('.sx-save')).toHaveText('Сохранено');
  for (const selector of regions) {
    await expect(page.locator(selector), selector).toHaveAttribute('aria-live', 'polite');
    expect(await seen(selector), `${selector} is a new node`).toBe(false);
  }
  // Within one language the regions stay, so what changes next is read out.
  await tag();
  await page.locator('[data-step-id="before-list-iin-numbers"] input').check();
  await expect(page.locator('.sx-progress__text')).toHaveText(/^2 из \d+ выполнено$/);
  await page.getByLabel('Номер обращения или заявления').fill('KC-2');
  await expect(page.locator('.sx-save')).toHaveText('Сохранено');
  for (const selector of regions) expect(await seen(selector), `${selector} kept`).toBe(true);
  expect(router.leaks).toEqual([]);
});
