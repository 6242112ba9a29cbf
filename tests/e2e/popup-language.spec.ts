// The popup's languages: a switch changes the whole popup at once and is said once, and in every
// language every part shows its words, never a key or the short name the build gives it.
import type { Page } from '@playwright/test';
import { LANGS, type Lang } from '@/data/schema';
import { popupKeyNames } from '@/entrypoints/popup/build';
import { BUNDLED_STRINGS } from '@/locales/bundled';
import { en, type UiKey, type UiStrings } from '@/locales/en';
import { test, expect } from './harness';
import { seed, stored } from './popup-helpers';
import type { Browser } from 'wxt/browser';

declare const chrome: typeof Browser;

const STRINGS = BUNDLED_STRINGS as Readonly<Record<Lang, UiStrings>>;

/**
 * A UI string as a whole shown text: its own words, anything (digits for counts) where it takes a value.
 * A string missing from the language's file matches no text: it cannot be shown.
 */
function shownAs(template: string | undefined): RegExp {
  if (template === undefined) return /(?!)/;
  const words = template.trim().split(/(\{\w+\})/);
  const pattern = words.map((part) =>
    /^\{(done|total)\}$/.test(part) ? '\\d+' : /^\{\w+\}$/.test(part) ? '.+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return new RegExp(`^${pattern.join('')}$`, 's');
}

test('switching language shows no raw keys and no third language while the new one loads', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  await page.getByLabel('Language').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // Every text the progress line and <html lang> take while Kazakh loads.
  type Seen = { text: string; lang: string };
  await page.evaluate(() => {
    const seen: Seen[] = [];
    (window as unknown as { seen: Seen[] }).seen = seen;
    new MutationObserver(() =>
      seen.push({ text: document.querySelector('.sx-progress__text')?.textContent ?? '', lang: document.documentElement.lang }),
    ).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByLabel('Язык').selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  const seen = await page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);
  // Said the other way round: whatever a key, its short name in the build or a fallback looks like,
  // the line only ever reads as Russian's sentence or Kazakh's, each under its own <html lang>.
  const sentence = { ru: shownAs(STRINGS.ru['progress.count']), kk: shownAs(STRINGS.kk['progress.count']) };
  const stray = seen.filter(({ text, lang }) => !(lang === 'ru' || lang === 'kk') || !sentence[lang].test(text));
  expect(stray).toEqual([]);
  // Not vacuous: the observer saw the switch land.
  expect(seen.some(({ text, lang }) => lang === 'kk' && sentence.kk.test(text))).toBe(true);
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
  const PARTS = ['office', 'dialog', 'note'] as const;
  const parts = {} as Record<Lang, Record<(typeof PARTS)[number], string[]>>;
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
    parts[lang] = { office, dialog, note };
  }
  // A string missing from a language shows the English one wherever English was loaded first (as
  // here), which no key check sees: what English shows of its strings, each language shows of its own.
  // The popup's own strings (not the overlay's, which it never shows), and only those with words of
  // their own: a bare `{month} {year}` or ' ({text})' matches most texts.
  const worded = ([...names.keys.keys()] as UiKey[]).filter((key) => /\p{L}/u.test(en[key].replace(/\{\w+\}/g, '')));
  const shownKeys = (lang: Lang, texts: string[]) => worded.filter((key) => texts.some((text) => shownAs(STRINGS[lang][key]).test(text)));
  for (const part of PARTS) {
    const expected = shownKeys('en', parts.en[part]);
    // Not vacuous: the headings, labels and buttons of each part are among them.
    expect(expected.length, part).toBeGreaterThan(part === 'note' ? 3 : 20);
    for (const lang of LANGS) {
      const shown = shownKeys(lang, parts[lang][part]);
      expect(expected.filter((key) => !shown.includes(key)), `${lang}, ${part}: strings not shown in ${lang}`).toEqual([]);
    }
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
    // A status is a polite live region of its own.
    await expect(page.locator(`${selector}:is([aria-live="polite"], [role="status"])`), selector).toHaveCount(1);
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

test('what is said only when something goes wrong (left out of the first load) is said in the popup’s language, never first as a key or in English', async ({
  context,
  extensionId,
  openPopup,
  serviceWorker,
}) => {
  const setup = await openPopup('?operator=kcell');
  await seed(setup, { settings: { lang: 'ru', route: 'online', operator: 'kcell', reminderDays: 10, dismissedSites: ['kcell'] } });
  await expect(setup.locator('html')).toHaveAttribute('lang', 'ru');
  await setup.close();

  const page = await context.newPage();
  const ruChunks: string[] = [];
  page.on('request', (request) => void (/\/chunks\/ru-/.test(request.url()) && ruChunks.push(request.url())));
  // Every text these lines take, from the first frame on: a key, a short name or English would be caught.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const line of document.querySelectorAll('.sx-overview p[role="status"], .sx-save, .sx-error-text')) seen.push(line.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  const ru = STRINGS.ru;
  const status = page.locator('.sx-overview p[role="status"]');
  await expect(status).toHaveText(`${ru['popup.hidden'].replace('{name}', 'Kcell')} ${ru['popup.showAgain']}`);
  const before = ruChunks.length;

  // Said in a live region, after the button that had focus is gone.
  await page.getByRole('button', { name: ru['popup.showAgain'] }).click();
  await expect(status).toHaveText(ru['popup.shownAgain'].replace('{name}', 'Kcell'));
  // Not vacuous: that sentence came with Russian's whole strings, fetched only now.
  expect(ruChunks.length).toBe(before + 1);

  // The input errors, each the description of its field.
  const days = page.getByLabel(ru['popup.reminder.days']);
  await days.fill('61');
  await expect(page.locator('#sx-reminder-days-error')).toHaveText(ru['popup.reminder.daysInvalid']);
  await expect(days).toHaveAccessibleDescription(ru['popup.reminder.daysInvalid']);
  const date = page.getByLabel(ru['popup.evidence.submittedOn']);
  await date.fill('0202-11-26');
  await expect(page.locator('#sx-ev-date-error')).toHaveText(ru['popup.evidence.dateInvalid']);
  await expect(date).toHaveAccessibleDescription(new RegExp(`^${ru['popup.evidence.dateInvalid']}`));

  // A proof that cannot be saved: storage full, said in the save line's live region.
  await serviceWorker.evaluate(async () => {
    const inUse = await chrome.storage.local.getBytesInUse(null);
    await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - inUse - 'filler'.length - 2 - 8) });
  });
  await page.getByLabel(ru['popup.evidence.requestNumber']).fill('KC-1 and a little more text than there is room for');
  await expect(page.locator('.sx-save')).toHaveText(ru['popup.error.full']);

  const said = [
    `${ru['popup.hidden']} ${ru['popup.showAgain']}`,
    ...(['popup.shownAgain', 'popup.reminder.daysInvalid', 'popup.evidence.dateInvalid', 'popup.evidence.saving', 'popup.evidence.saved', 'popup.error.full'] as const).map((key) => ru[key]),
  ].map(shownAs);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((text) => text !== '' && !said.some((sentence) => sentence.test(text)))).toEqual([]);
});
