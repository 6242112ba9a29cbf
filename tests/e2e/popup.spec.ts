// The popup as a user meets it: which operator it opens on, the checklist, keyboard use, language,
// proof, notices, the Astelit explanation and reset. The popup is opened as a tab (the toolbar
// button cannot be clicked in automation); it is the same page.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { LANGS } from '@/data/schema';
import { popupKeyNames } from '@/entrypoints/popup/build';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { EXTENSION_PATH, launchWithExtension, test, expect } from './harness';

declare const chrome: typeof Browser;

const KCELL_DOCS = 'https://www.kcell.kz/ru/product/documents';
const KCELL_PAGE = `<!doctype html><html lang="ru"><head><title>Документы | Kcell</title></head>
<body><h1>Документы</h1><p>Бланки: расторжение договора, переоформление номера, возврат средств.</p></body></html>`;

const SETTINGS = { lang: null, route: 'online', operator: null, reminderDays: 3, dismissedSites: [], guideServices: false };

const seed = (page: Page, items: Record<string, unknown>) => page.evaluate((i) => chrome.storage.local.set(i), items);
const stored = (page: Page) => page.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;

function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('first frame comes from storage: operator, language, route, ticks and proof at once, and nothing moves after', async ({
  context,
  extensionId,
  router,
  openPopup,
}) => {
  const control = await openPopup();
  await seed(control, {
    settings: { ...SETTINGS, lang: 'ru', route: 'office', operator: 'kcell' },
    'progress:kcell:before-backup': { done: true, at: Date.now() },
    'progress:kcell:kcell-prepare-id': { done: true, at: Date.now() },
    'evidence:kcell': { requestNumber: 'KC-77', submittedOn: '', place: '', notes: '', updatedAt: Date.now() },
  });
  await control.close();

  const page = await context.newPage();
  await page.addInitScript(() => {
    const record: { first: unknown } = { first: null };
    (window as unknown as { __first: typeof record }).__first = record;
    const observer = new MutationObserver(() => {
      const app = document.getElementById('app');
      if (!app || app.childElementCount === 0) return;
      observer.disconnect();
      const step = document.querySelector('[data-step-id="kcell-contract-plan"]');
      record.first = {
        lang: document.documentElement.lang,
        operator: (document.querySelector('#sx-operator') as HTMLSelectElement | null)?.value,
        route: (document.querySelector('input[name="sx-popup-route"]:checked') as HTMLInputElement | null)?.value,
        checked: [...document.querySelectorAll<HTMLInputElement>('.sx-step__check')]
          .filter((i) => i.checked)
          .map((i) => i.closest('[data-step-id]')?.getAttribute('data-step-id')),
        requestNumber: (document.querySelector('#sx-ev-requestNumber') as HTMLInputElement | null)?.value,
        title: document.querySelector('#sx-section-before')?.textContent,
        stepTop: step?.getBoundingClientRect().top,
        body: [document.body.offsetWidth, document.body.offsetHeight],
      };
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const started = Date.now();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('[data-step-id="kcell-contract-plan"]')).toBeVisible();
  const first = await page.evaluate(() => (window as unknown as { __first: { first: Record<string, unknown> } }).__first.first);
  console.log(`popup first frame after ${Date.now() - started} ms (navigation included)`);
  expect(first).toMatchObject({
    lang: 'ru',
    operator: 'kcell',
    route: 'office',
    checked: ['before-backup', 'kcell-prepare-id'],
    requestNumber: 'KC-77',
    body: [400, 580],
  });
  expect(first.title).toContain('Перед отказом от номера');

  // The worker answers later (guide/get); the layout must not move when it does.
  await page.waitForTimeout(1_000);
  const later = await page.evaluate(() => ({
    stepTop: document.querySelector('[data-step-id="kcell-contract-plan"]')?.getBoundingClientRect().top,
    body: [document.body.offsetWidth, document.body.offsetHeight],
  }));
  expect(later).toEqual({ stepTop: first.stepTop, body: first.body });
  expect(router.leaks).toEqual([]);
});

test('a later opening draws the checklist the worker sent before at once, then shows the worker\'s own where it differs', async ({
  context,
  extensionId,
  openPopup,
  router,
}) => {
  const first = await openPopup('?operator=kcell');
  await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  const real = await first.locator('.sx-summary p').textContent();
  // Stand in for a guide remembered from before: the same entry with another summary.
  const changed = await first.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('simexit:guide:') && k.endsWith(':kcell:online'));
    if (!key) return false;
    const entry = JSON.parse(localStorage.getItem(key)!);
    entry.guide.summary.en = 'Remembered summary';
    localStorage.setItem(key, JSON.stringify(entry));
    return true;
  });
  expect(changed).toBe(true);
  await first.close();

  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    const observer = new MutationObserver(() => {
      const summary = document.querySelector('.sx-summary p')?.textContent;
      if (summary && seen.at(-1) !== summary) seen.push(summary);
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await expect(page.locator('.sx-summary p')).toHaveText(real!);
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen).toEqual(['Remembered summary', real]);
  expect(router.leaks).toEqual([]);
});

test('a broken remembered checklist costs at most one opening: the worker\'s answer replaces it', async ({ context, extensionId, openPopup }) => {
  const first = await openPopup('?operator=kcell');
  await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  // Damaged in a way the popup's quick check lets through: a step with no title at all.
  const broken = await first.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('simexit:guide:') && k.endsWith(':kcell:online'));
    if (!key) return false;
    const entry = JSON.parse(localStorage.getItem(key)!);
    entry.sections[0].steps[0].title = null;
    entry.sections[0].steps[0].sources = 7;
    localStorage.setItem(key, JSON.stringify(entry));
    return true;
  });
  expect(broken).toBe(true);
  await first.close();

  for (let opening = 0; opening < 2; opening++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    // Never blank: the checklist, or an explanation, and the next opening is whole again.
    await expect(page.locator('[data-step-id="before-backup"] input, .sx-fatal').first()).toBeVisible();
    if (opening === 1) await expect(page.locator('[data-step-id="before-backup"] input')).toBeEnabled();
    await page.close();
  }
});

/**
 * The remembered Kcell checklist with a step that has no title: the popup's quick check of its memory
 * lets it through, and drawing it cannot survive (the error boundary's panel shows).
 */
const breakRememberedStep = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('simexit:guide:') && k.endsWith(':kcell:online'))!;
    const entry = JSON.parse(localStorage.getItem(key)!);
    entry.sections[0].steps[0].title = null;
    localStorage.setItem(key, JSON.stringify(entry));
  });

test('a checklist that cannot be drawn is explained in the user’s language, though those words are not in the first load', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const first = await openPopup('?operator=kcell');
  await first.getByLabel('Language').selectOption('ru');
  await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  await breakRememberedStep(first);
  await first.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  const panel = page.locator('.sx-fatal');
  await expect(panel.getByRole('heading')).toHaveText(ru['popup.crash.title']);
  await expect(panel).toContainText(ru['popup.crash.body'].split(' (')[0]!);
  await expect(page.getByRole('alert')).toHaveCount(1);
});

test('a failure panel whose words cannot be loaded either (the extension updated under it) still says what failed', async () => {
  // A copy of the build, so its files can go as an update's would.
  const copy = mkdtempSync(join(tmpdir(), 'simexit-updated-'));
  cpSync(EXTENSION_PATH, copy, { recursive: true });
  const { context, extensionId, cleanup } = await launchWithExtension({ extensionPath: copy });
  try {
    const url = `chrome-extension://${extensionId}/popup.html?operator=kcell`;
    const first = await context.newPage();
    await first.goto(url);
    await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
    // The strings remembered, and the checklist, with a step the popup cannot draw.
    await first.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('simexit:strings:')));
    await breakRememberedStep(first);
    await first.close();
    // Every language's strings gone from the disk, as when the extension is replaced by another build.
    const chunks = join(copy, 'chunks');
    for (const file of readdirSync(chunks)) if (/^(en|ru|kk|zh-CN)-/.test(file)) rmSync(join(chunks, file));
    const page = await context.newPage();
    await page.goto(url);
    const panel = page.locator('.sx-fatal');
    await expect(panel).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(1);
    // The error itself, never a short name in place of the words that could not be loaded.
    const text = (await panel.innerText()).trim();
    expect(text.length).toBeGreaterThan(10);
    expect(text).toMatch(/null|undefined|Cannot|read/i);
    expect(popupKeyNames().keys.get('popup.crash.title')).not.toBe(text);
  } finally {
    await cleanup();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a worker that cannot give the checklist is explained in the user’s language too', async ({ context, extensionId, openPopup }) => {
  const first = await openPopup('?operator=kcell');
  await first.getByLabel('Language').selectOption('ru');
  await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  // No checklist remembered: the next opening must ask the worker, which here answers with a failure.
  await first.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('simexit:guide:')) localStorage.removeItem(key);
  });
  await first.close();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = ((message: { type?: string }) =>
      message?.type === 'guide/get' ? Promise.resolve({ ok: false, error: 'internal' }) : send(message)) as typeof chrome.runtime.sendMessage;
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  const panel = page.locator('.sx-fatal');
  await expect(panel.getByRole('heading')).toHaveText(ru['popup.crash.title']);
  await expect(panel).toContainText(ru['popup.crash.body'].split(' (')[0]!);
});

test('an opening loads one script and its language, nothing else of ours', async ({ context, extensionId, router }) => {
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`chrome-extension://${extensionId}/`) && /\.(m?js|css)(\?|$)/.test(url)) loaded.push(new URL(url).pathname);
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await expect(page.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  // Code shared with what loads later (notices, dialog, note, export) must stay in the first chunk,
  // not become a second file fetched before anything can run.
  expect(loaded.filter((path) => !/^\/chunks\/en-[\w-]+\.js$/.test(path))).toEqual([expect.stringMatching(/^\/chunks\/popup-[\w-]+\.js$/)]);
  expect(router.leaks).toEqual([]);
});

test('asks which operator when nothing says, and remembers the choice', async ({ openPopup, router }) => {
  const page = await openPopup();
  await expect(page.getByText('Which operator is the number with?')).toBeVisible();
  await expect(page.locator('.sx-step')).toHaveCount(0);

  await page.getByLabel('Operator').selectOption('beeline');
  await expect(page.locator('#sx-section-cancel')).toBeVisible();
  await expect(page.locator('[data-step-id="beeline-submit"]')).toBeVisible();
  await expect.poll(async () => ((await stored(page)).settings as { operator: string }).operator).toBe('beeline');

  const again = await openPopup();
  await expect(again.getByLabel('Operator')).toHaveValue('beeline');
  await expect(again.locator('[data-step-id="beeline-submit"]')).toBeVisible();
  expect(router.leaks).toEqual([]);
});

test('opens on the operator whose site is in the active tab', async ({ context, openPopup, router }) => {
  router.serve(KCELL_DOCS, KCELL_PAGE);
  const popup = await openPopup();
  await seed(popup, { settings: { ...SETTINGS, operator: 'tele2' } });
  const site = await context.newPage();
  await site.goto(KCELL_DOCS);
  // The popup tab stays in the background while the operator's tab is the active one.
  await site.bringToFront();
  await popup.reload();
  await expect(popup.getByLabel('Operator')).toHaveValue('kcell');
  await expect(popup.getByText('Picked from the site open in this tab.')).toBeVisible();
  await expect(popup.locator('[data-step-id="kcell-submit"]')).toBeVisible();
  expect(router.leaks).toEqual([]);
});

test('keyboard only: Tab to a step and tick it with Space, switch the route with the arrow keys', async ({ openPopup, router }) => {
  const page = await openPopup('?operator=kcell');
  await page.getByLabel('Operator').focus();
  const focusedStep = () =>
    page.evaluate(() => document.activeElement?.closest('[data-step-id]')?.getAttribute('data-step-id') ?? null);
  for (let i = 0; i < 6 && (await focusedStep()) === null; i++) await page.keyboard.press('Tab');
  expect(await focusedStep()).toBe('before-backup');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-step-id="before-backup"] input')).toBeChecked();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  await expect
    .poll(async () => (await stored(page))['progress:kcell:before-backup'])
    .toMatchObject({ done: true });

  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('radio', { name: 'Start online' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Straight to an office' })).toBeChecked();
  await expect(page.locator('[data-step-id="kcell-prepare-id"]')).toBeVisible();
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toHaveCount(0);
  await expect.poll(async () => ((await stored(page)).settings as { route: string }).route).toBe('office');
  expect(router.leaks).toEqual([]);
});

test('with less room than its frame (browser zoom 200% and more), the popup scrolls as one page, reaches its end and reflows to the width', async ({
  context,
  extensionId,
}) => {
  // What a user scrolling with the wheel gets: which of the two scrolled (the content box, the page),
  // and whether the popup's last part (the reset button at the checklist's end) is then in the window.
  const look = (page: Page) =>
    page.evaluate(() => {
      const main = document.querySelector('.sx-popup__main')!;
      const last = [...main.querySelectorAll('button')].at(-1)!.getBoundingClientRect();
      return {
        innerScrolled: main.scrollTop > 0,
        pageScrolled: scrollY > 0,
        lastSeen: last.top >= 0 && last.bottom <= innerHeight + 1,
      };
    });
  const scrollToEnd = async (page: Page) => {
    await page.mouse.move(200, page.viewportSize()!.height / 2);
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 600);
    // Wheel scrolling may be animated: let it settle.
    await page.waitForTimeout(300);
  };
  const open = async (height: number) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height });
    await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    await page.locator('[data-step-id="before-backup"] input').waitFor();
    return page;
  };

  // At 100%: the fixed frame, its content scrolling inside.
  const normal = await open(580);
  await scrollToEnd(normal);
  expect(await look(normal)).toEqual({ innerScrolled: true, pageScrolled: false, lastSeen: true });

  // At 200%: no frame clipped at the window's edge; one scroller, the page, down to the end.
  const zoomed = await open(300);
  await scrollToEnd(zoomed);
  expect(await look(zoomed)).toEqual({ innerScrolled: false, pageScrolled: true, lastSeen: true });

  // At 250% (320 CSS px wide): nothing runs off the right edge, where no scrolling reaches.
  const narrow = await context.newPage();
  await narrow.setViewportSize({ width: 320, height: 580 });
  await narrow.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await narrow.locator('[data-step-id="before-backup"] input').waitFor();
  const overflowing = await narrow.evaluate(() =>
    [...document.querySelectorAll('select, button, input, label, a')]
      .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > innerWidth + 0.5)
      .map((el) => el.textContent?.trim() || el.id || el.tagName),
  );
  expect(overflowing).toEqual([]);
  expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});

test('in forced colours (Windows high contrast) the progress bar still shows how far the user has come', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  await page.emulateMedia({ forcedColors: 'active' });
  await page.locator('[data-step-id="before-backup"] input').check();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  const colours = await page.evaluate(() => ({
    fill: getComputedStyle(document.querySelector('.sx-progress__fill')!).backgroundColor,
    track: getComputedStyle(document.querySelector('.sx-progress__bar')!).backgroundColor,
  }));
  expect(colours.fill).not.toBe(colours.track);
});

test('a control Tab scrolls to the edge of the checklist keeps its whole focus ring in view', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  await page.locator('[data-step-id="before-backup"] input').waitFor();
  await page.getByLabel('Operator').focus();
  const clipped: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const main = document.querySelector('.sx-popup__main')!;
      if (!el || !main.contains(el)) return null;
      const style = getComputedStyle(el);
      // The ring reaches outline-width + outline-offset beyond the control's box.
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset || '0');
      const r = el.getBoundingClientRect();
      const m = main.getBoundingClientRect();
      const inside = r.top - reach >= m.top - 0.5 && r.bottom + reach <= m.bottom + 0.5;
      return inside ? null : `${el.tagName} ${el.textContent?.trim().slice(0, 30) || el.id}`;
    });
    if (ring) clipped.push(ring);
  }
  expect(clipped).toEqual([]);
});

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

test('proof is saved as it is typed, kept when the popup closes at once, and the reminder is promised', async ({
  openPopup,
  router,
}) => {
  const page = await openPopup('?operator=kcell');
  await page.getByLabel('Request or application number').fill('KC-2026/1187');
  await expect(page.locator('.sx-save')).toHaveText('Saved');
  await expect
    .poll(async () => (await stored(page))['evidence:kcell'])
    .toMatchObject({ requestNumber: 'KC-2026/1187' });

  const submitted = new Date();
  const due = new Date(submitted.getFullYear(), submitted.getMonth(), submitted.getDate() + 3, 12);
  await page.getByLabel('Date submitted').fill(localIso(submitted));
  const promise = page.locator('#sx-reminder-text');
  const dueText = due.toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' });
  await expect(promise).toHaveText(`Reminder: ${dueText} — check that the number is disconnected.`);
  // The worker schedules the alarm from the saved date.
  await expect
    .poll(() => page.evaluate(async () => (await chrome.alarms.get('reminder:kcell'))?.scheduledTime ?? null))
    .toBe(due.getTime());

  // A screen reader hears the new date when the days (or the submission date) move it: the text is a polite live region.
  await expect(promise).toHaveAttribute('aria-live', 'polite');
  await page.getByLabel('Remind me after (days)').fill('10');
  const due10 = new Date(submitted.getFullYear(), submitted.getMonth(), submitted.getDate() + 10, 12);
  await expect(promise).toContainText(due10.toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' }));
  await expect.poll(async () => ((await stored(page)).settings as { reminderDays: number }).reminderDays).toBe(10);
  await expect
    .poll(() => page.evaluate(async () => (await chrome.alarms.get('reminder:kcell'))?.scheduledTime ?? null))
    .toBe(due10.getTime());
  await page.getByLabel('Remind me after (days)').fill('61');
  await expect(page.getByText('Enter a whole number of days from 1 to 60.')).toBeVisible();

  // Typed and closed straight away, well inside the debounce: the text must still be kept.
  await page.getByLabel('Notes').fill('Asked for the refund to card *1234');
  await page.close();
  const reopened = await openPopup('?operator=kcell');
  await expect(reopened.getByLabel('Notes')).toHaveValue('Asked for the refund to card *1234');
  await expect(reopened.getByLabel('Request or application number')).toHaveValue('KC-2026/1187');
  await expect(reopened.getByLabel('Remind me after (days)')).toHaveValue('10');
  expect(router.leaks).toEqual([]);
});

test('a popup left open past midnight offers the new day in its date picker', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  const date = page.getByLabel('Date submitted');
  const today = new Date();
  await expect(date).toHaveAttribute('max', localIso(today));
  // The clock moves on a day while the window stays open; nothing in the popup re-renders meanwhile.
  await page.evaluate(() => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + 86_400_000;
  });
  await date.focus();
  await expect(date).toHaveAttribute('max', localIso(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1)));
});

test('a wrong date (a five-digit year, or a year typed half-way) is marked and never costs the other proof or fires a reminder', async ({
  openPopup,
  router,
}) => {
  const page = await openPopup('?operator=kcell');
  const date = page.getByLabel('Date submitted');
  await date.fill('2026-11-19');
  await expect.poll(async () => (await stored(page))['evidence:kcell']).toMatchObject({ submittedOn: '2026-11-19' });
  // Typing the year digit by digit passes through 0202-…: that must not be saved (its reminder would fire at once).
  await date.fill('0202-11-26');
  await page.getByLabel('Notes').fill('Office on Abai 10');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Date not saved: enter a date from 2000 to today.')).toBeVisible();
  // The reminder is the kept date's, not the rejected one's. That date has passed (or may have, on a
  // later run): the sentence names a day to check, and promises nothing for a day that is gone.
  await expect(page.locator('#sx-reminder-text')).toHaveText('Reminder: November 22, 2026 — check that the number is disconnected.');
  await expect.poll(async () => (await stored(page))['evidence:kcell']).toMatchObject({ submittedOn: '2026-11-19', notes: 'Office on Abai 10' });
  expect(await page.evaluate(async () => (await chrome.alarms.get('reminder:kcell'))?.scheduledTime)).toBeGreaterThan(Date.now());
  // Tomorrow on the user's calendar is no submission date either: the picker ends today, as the error says.
  const today = new Date();
  await expect(date).toHaveAttribute('max', localIso(today));
  await date.fill(localIso(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1)));
  await expect(date).toHaveAttribute('aria-invalid', 'true');

  // A fifth year digit (Chrome takes up to six): the rest of the proof still saves, and no raw error code shows.
  await date.evaluate((input: HTMLInputElement) => {
    input.value = '20266-11-19';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.getByLabel('Office or channel').fill('Kcell Center, Almaty');
  await page.getByLabel('Notes').fill('Office on Abai 10; paid the debt');
  await page.getByLabel('Office or channel').focus();
  await expect(page.locator('.sx-save')).toHaveText('Saved');
  await expect(page.getByText(/invalid-request/)).toHaveCount(0);
  await expect(page.locator('.sx-save')).not.toContainText('Not saved');
  await page.close();
  const reopened = await openPopup('?operator=kcell');
  await expect(reopened.getByLabel('Notes')).toHaveValue('Office on Abai 10; paid the debt');
  await expect(reopened.getByLabel('Office or channel')).toHaveValue('Kcell Center, Almaty');
  await expect(reopened.getByLabel('Date submitted')).toHaveValue('2026-11-19');
  await expect(reopened.getByLabel('Date submitted')).not.toHaveAttribute('aria-invalid');
  expect(router.leaks).toEqual([]);
});

test('a storage notice is shown in the user language and can be dismissed', async ({ openPopup, router }) => {
  const page = await openPopup('?operator=kcell');
  await seed(page, { settings: { ...SETTINGS, lang: 'ru', operator: 'kcell' } });
  // Corrupt proof written behind the worker's back: it resets that item only, with a notice.
  await seed(page, { 'evidence:kcell': 42 });
  const notice = page.locator('.sx-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Сохранённые данные (подтверждения для Kcell) не удалось прочитать');
  // Everything else still works.
  await expect(page.locator('[data-step-id="kcell-submit"]')).toBeVisible();
  // From the keyboard: focus goes on to the next control, not to <body>.
  await notice.getByRole('button', { name: 'Скрыть' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page.getByLabel('Оператор')).toBeFocused();
  await expect.poll(async () => (await stored(page)).notices).toEqual([]);
  expect(router.leaks).toEqual([]);
});

test('a notice stored before opening is in the first frame (its banner is loaded only when there is one)', async ({
  context,
  extensionId,
  openPopup,
  router,
}) => {
  const control = await openPopup();
  await seed(control, { notices: [{ id: 'n-1', kind: 'reset', item: 'settings', at: Date.now() }] });
  await control.close();

  const page = await context.newPage();
  await page.addInitScript(() => {
    const record: { notices: number | null } = { notices: null };
    (window as unknown as { __first: typeof record }).__first = record;
    const observer = new MutationObserver(() => {
      const app = document.getElementById('app');
      if (!app || app.childElementCount === 0) return;
      observer.disconnect();
      record.notices = document.querySelectorAll('.sx-notice').length;
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await expect(page.locator('.sx-notice')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __first: { notices: number } }).__first.notices)).toBe(1);
  expect(router.leaks).toEqual([]);
});

test('never blank: unreadable settings and progress still give a working checklist', async ({ openPopup, router }) => {
  const control = await openPopup();
  await seed(control, { settings: 'garbage', 'progress:kcell:before-backup': { done: 'yes' } });
  const page = await openPopup('?operator=kcell');
  await expect(page.locator('[data-step-id="before-backup"]')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  await page.locator('[data-step-id="before-backup"] input').check();
  await expect
    .poll(async () => (await stored(page))['progress:kcell:before-backup'])
    .toMatchObject({ done: true });
  expect(router.leaks).toEqual([]);
});

test('a step citing two pages of one site names each link by its page, so no two links share a name', async ({ openPopup, router }) => {
  const page = await openPopup('?operator=kcell');
  // toHaveText retries: the popup may draw its first frame before the steps (CI caught a bare read of it).
  await expect(page.locator('[data-step-id="kcell-submit"] a.sx-source')).toHaveText([
    'Source: www.kcell.kz/…/documents',
    'Source: www.kcell.kz/…/router',
    'Source: activ.kz/…/faq',
  ]);
  expect(router.leaks).toEqual([]);
});

test('"Astelit / Taraztel?" explains, with sources, that it is not a Kazakhstan operator', async ({ openPopup, router }) => {
  const page = await openPopup();
  await page.getByLabel('Operator').selectOption('note');
  const note = page.locator('.sx-note');
  await expect(note).toContainText('Astelit is not a Kazakhstan operator');
  // Three for Astelit and the operators, one (IZI's manual) for what IZI is.
  await expect(note.locator('a.sx-source')).toHaveCount(4);
  await expect(note.locator('a.sx-source').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('.sx-step')).toHaveCount(0);
  // Looking at the note does not make it "the operator in progress".
  expect(((await stored(page)).settings as { operator: unknown } | undefined)?.operator ?? null).toBeNull();
  expect(router.leaks).toEqual([]);
});

test('reset asks first in an in-popup dialog with managed focus, then clears ticks and proof', async ({ openPopup, router }) => {
  const page = await openPopup('?operator=izi');
  await page.locator('[data-step-id="before-backup"] input').check();
  await page.locator('[data-step-id="izi-submit"] input').check();
  await page.getByLabel('Request or application number').fill('IZI-1');
  await expect(page.locator('.sx-save')).toHaveText('Saved');

  const resetButton = page.getByRole('button', { name: 'Reset this checklist' });
  await resetButton.click();
  const dialog = page.getByRole('dialog', { name: 'Reset the checklist for IZI?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep everything' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(resetButton).toBeFocused();
  await expect(page.locator('[data-step-id="izi-submit"] input')).toBeChecked();

  await resetButton.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-step-id="izi-submit"] input')).not.toBeChecked();
  await expect(page.locator('[data-step-id="before-backup"] input')).not.toBeChecked();
  await expect(page.getByLabel('Request or application number')).toHaveValue('');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  await expect
    .poll(async () => {
      const items = await stored(page);
      return {
        // Emptied, not removed: a save sent before the reset must not bring the proof back.
        evidence: items['evidence:izi'] ?? null,
        done: Object.entries(items).filter(([k, v]) => k.startsWith('progress:izi:') && (v as { done: boolean }).done).length,
      };
    })
    .toEqual({ evidence: { requestNumber: '', submittedOn: '', place: '', notes: '', updatedAt: expect.any(Number) as unknown as number }, done: 0 });
  expect(router.leaks).toEqual([]);
});

test('the operator link says what the page is, and says so where no support page was found', async ({ openPopup, router }) => {
  const page = await openPopup('?operator=kcell');
  const link = page.getByRole('link', { name: 'Kcell forms: termination, re-registration, refund' });
  await expect(link).toHaveAttribute('href', /^https:\/\/(www\.)?kcell\.kz\//);
  await expect(link).toHaveAttribute('target', '_blank');
  // Tele2's only link is its home page: it must not be offered as a support page.
  const tele2 = await openPopup('?operator=tele2');
  await expect(tele2.getByRole('link', { name: 'Tele2 website (no page on ending a contract was found)' })).toHaveAttribute('href', 'https://tele2.kz/');
  await expect(tele2.getByText(/support page/i)).toHaveCount(0);
  // What was looked for and not found is a section of its own (h2, like the others), dated as a search.
  const notFound = tele2.getByRole('region', { name: 'Not found' });
  await expect(notFound.getByRole('heading', { level: 2, name: 'Not found' })).toBeVisible();
  await expect(notFound).toContainText('Searched November 2026');
  await expect(notFound).not.toContainText('Verified');
  expect(router.leaks).toEqual([]);
});

test('axe: no accessibility violations in the popup (checklist, ask, note, dialog)', async ({ openPopup, router }) => {
  // Nothing chosen yet: the picker alone.
  const fresh = await openPopup();
  await expect(fresh.locator('#sx-operator-hint')).toBeVisible();
  expect((await new AxeBuilder({ page: fresh }).analyze()).violations.map((v) => v.id)).toEqual([]);

  const page = await openPopup('?operator=kcell');
  await page.locator('[data-step-id="before-backup"] input').check();
  await page.getByLabel('Request or application number').fill('KC-1');
  await expect(page.locator('.sx-save')).toHaveText('Saved');
  const scan = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);
  expect(await scan()).toEqual([]);

  await page.getByRole('button', { name: 'Reset this checklist' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await scan()).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByLabel('Language').selectOption('ru');
  await page.getByLabel('Оператор').selectOption('note');
  await expect(page.locator('.sx-note')).toBeVisible();
  expect(await scan()).toEqual([]);
  expect(router.leaks).toEqual([]);
});
