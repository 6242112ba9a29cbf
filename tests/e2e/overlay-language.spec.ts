// The overlay's words come from the worker: overlay.js bundles no language, and reads those it says a
// failure in from the extension's _locales (utils/fallback-words.ts). What a user must still see: their
// language from the first render, a language switch that shows the new words all at once, never a raw
// key or a blank, and a clear error in the browser's language when the worker gives nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import type { Lang } from '@/data/schema';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { kk } from '@/locales/kk';
import { zhCN } from '@/locales/zh-CN';
import { overlayStrings } from '@/utils/worker-strings';
import { EXTENSION_PATH, launchWithExtension, Router, test, expect } from './harness';
import { HOST, SETTINGS, answeredInWorker, failInWorker, panel, seed, serveAll, stepCard, stopFailing, stored } from './overlay-helpers';

declare const chrome: typeof Browser;

const KCELL = 'https://www.kcell.kz/ru/product/documents';
const KCELL_BY_WORDS = 'https://www.kcell.kz/ru/page/abonentam';
const WORDS = { en, ru, kk, 'zh-CN': zhCN } as const;
const title = (lang: Lang) => WORDS[lang]['overlay.title'].replace('{operator}', 'Kcell');
/** A key as `t` returns it for a string it lacks: what must never reach the page. */
const RAW_KEY = /\b(?:app|lang|route|progress|confidence|step|date|punct|notFound|overlay)\.[a-z][\w-]*/;

/**
 * Every state of the overlay from its first render on, recorded from the page's side (its shadow root
 * is open): its language, title, status line and the heading of this page's steps, one entry per change.
 */
const RECORD_RENDERS = `(() => {
  const seen = (window.__sxSeen = []);
  const look = (root) => {
    const overlay = root.querySelector('.sx-overlay');
    if (!overlay) return;
    const text = (selector) => root.querySelector(selector)?.textContent ?? null;
    const entry = JSON.stringify({
      lang: overlay.getAttribute('lang'),
      title: text('.sx-panel__title'),
      status: text('.sx-panel__status'),
      group: text('#sx-group-page'),
    });
    if (seen[seen.length - 1] !== entry) seen.push(entry);
  };
  new MutationObserver(() => {
    const host = document.querySelector('${HOST}');
    if (!host || !host.shadowRoot || host.__sxWatched) return;
    host.__sxWatched = true;
    look(host.shadowRoot);
    new MutationObserver(() => look(host.shadowRoot)).observe(host.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Render {
  lang: string | null;
  title: string | null;
  status: string | null;
  group: string | null;
}
const renders = async (page: Page): Promise<Render[]> =>
  ((await page.evaluate(() => (window as unknown as { __sxSeen: string[] }).__sxSeen)) ?? []).map((entry) => JSON.parse(entry) as Render);

/** The overlay's text nodes and every attribute value in it (titles, labels, descriptions), one a line. */
const overlayText = (page: Page) =>
  page.locator(`${HOST} .sx-overlay`).evaluate((root) => {
    const lines = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) lines.push(node.textContent ?? '');
    return lines.join('\n');
  });

const overlayCode = () => readFileSync(join(EXTENSION_PATH, 'overlay.js'), 'utf8');

/** Counts the requests of a type the worker receives, without answering them. */
async function countInWorker(worker: Worker, type: string): Promise<() => Promise<number>> {
  await worker.evaluate((type) => {
    const own = globalThis as unknown as { __sxCount: number };
    own.__sxCount = 0;
    chrome.runtime.onMessage.addListener(((message: { type?: string }) => {
      if (message?.type === type) own.__sxCount++;
      return false;
    }) as never);
  }, type);
  return () => worker.evaluate(() => (globalThis as unknown as { __sxCount: number }).__sxCount);
}
test('each language chosen in SimExit is the overlay’s from its first render, with words overlay.js does not carry', async ({
  context,
  router,
  serviceWorker,
}) => {
  serveAll(router);
  await context.addInitScript({ content: RECORD_RENDERS });
  const code = overlayCode();
  const asked = await countInWorker(serviceWorker, 'strings/get');
  for (const lang of ['en', 'ru', 'kk', 'zh-CN'] as const) {
    // The heading of the steps for this page: not among the English overlay.js keeps for failures.
    expect(code.includes(WORDS[lang]['overlay.onThisPage']), `${lang}: overlay.js carries its words`).toBe(false);
    await seed(serviceWorker, { settings: { ...SETTINGS, lang } });
    const page = await context.newPage();
    await page.goto(KCELL);
    await expect(stepCard(page, 'kcell-download-forms')).toBeVisible();
    // One render state only: no English first, no keys, no blank panel waiting for the words.
    expect(await renders(page), lang).toEqual([{ lang, title: title(lang), status: null, group: WORDS[lang]['overlay.onThisPage'] }]);
    expect((await overlayText(page)).match(RAW_KEY)?.[0]).toBeUndefined();
    // The words came with the guide/get answer the overlay waits for anyway: nothing else was asked.
    expect(await asked(), lang).toBe(0);
    await page.close();
  }
});

test('a language switch, in the overlay or in the popup, shows the new words all at once, once they are in', async ({
  context,
  router,
  serviceWorker,
}) => {
  serveAll(router);
  await context.addInitScript({ content: RECORD_RENDERS });
  const page = await context.newPage();
  await page.goto(KCELL);
  const step = stepCard(page, 'before-settle-debts').locator('.sx-step__title');
  await expect(step).toHaveText('Settle what you owe Kcell, device instalments included');
  expect(overlayCode().includes(ru['overlay.onThisPage']), 'overlay.js carries Russian').toBe(false);

  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('ru');
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'ru');
  await expect(step).toHaveText('Погасите задолженность перед Kcell, включая рассрочку за устройство');
  await expect(page.locator(`${HOST} #sx-overlay-lang`)).toHaveValue('ru');
  // Chosen in the popup (storage brings it): the overlay asks for those words too.
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'zh-CN' } });
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText(title('zh-CN'));
  // English again, which the overlay holds since its start: nothing to wait for.
  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('en');
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText(title('en'));
  // Every state drawn was one language whole: English, Russian, Chinese, English.
  const states = await renders(page);
  expect(states.map((s) => s.lang)).toEqual(['en', 'ru', 'zh-CN', 'en']);
  for (const s of states) expect(s, JSON.stringify(s)).toMatchObject({ title: title(s.lang as Lang), group: WORDS[s.lang as Lang]['overlay.onThisPage'] });
  expect((await overlayText(page)).match(RAW_KEY)?.[0]).toBeUndefined();
});

test('settings changed between the page’s read and the worker’s: the first render is whole, in the language the page read, then follows', async ({
  context,
  router,
  serviceWorker,
}) => {
  // An address naming no help, relevant by its words: the page asks for its guide after its own read
  // (on a help address it asks before the read, and either read may come first).
  router.serveFixture(KCELL_BY_WORDS, 'pages/kcell-documents-ru.html');
  await context.addInitScript({ content: RECORD_RENDERS });
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'ru' } });
  // Kazakh is chosen (elsewhere) the moment the page's guide/get reaches the worker: the page read
  // Russian, the worker reads Kazakh and hands over Kazakh words.
  await serviceWorker.evaluate((settings) => {
    chrome.runtime.onMessage.addListener(((message: { type?: string; locale?: string }) => {
      if (message?.type === 'guide/get' && message.locale !== undefined) void chrome.storage.local.set({ settings });
      return false;
    }) as never);
  }, { ...SETTINGS, lang: 'kk' });
  const page = await context.newPage();
  await page.goto(KCELL_BY_WORDS);
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'kk');
  await expect(stepCard(page, 'kcell-download-forms')).toBeVisible();
  const seen = await renders(page);
  // Asked for Russian before drawing anything: no state in Kazakh words under a Russian setting, none in English.
  expect(seen[0]).toEqual({ lang: 'ru', title: title('ru'), status: null, group: WORDS.ru['overlay.onThisPage'] });
  expect(seen.map((r) => r.lang)).not.toContain('en');
  expect(seen[seen.length - 1]).toEqual({ lang: 'kk', title: title('kk'), status: null, group: WORDS.kk['overlay.onThisPage'] });
  expect((await overlayText(page)).match(RAW_KEY)?.[0]).toBeUndefined();
});

test('the overlay shown again after an in-app navigation starts in the language chosen, asking for no other words', async ({
  context,
  router,
  serviceWorker,
}) => {
  const spa = 'https://www.beeline.kz';
  for (const path of ['/ru-ru/almaty/tariffs', '/ru-ru/almaty/customers/Help/help_mobile/Blanki-dokumenty/']) {
    router.serveFixture(spa + path, 'pages/spa-beeline.html');
  }
  await context.addInitScript({ content: RECORD_RENDERS });
  // Chosen in SimExit; the browser is in English.
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'kk' } });
  const asked = await countInWorker(serviceWorker, 'strings/get');
  const page = await context.newPage();
  await page.goto(`${spa}/ru-ru/almaty/customers/Help/help_mobile/Blanki-dokumenty/`);
  await expect(panel(page)).toBeVisible();
  await page.click('#nav-tariffs');
  await expect(page.locator(HOST)).toHaveCount(0);
  await page.click('#nav-blanks');
  await expect(panel(page)).toBeVisible();
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'kk');
  await expect(page.locator(`${HOST} [data-step-id]`).first()).toBeVisible();
  expect((await renders(page)).map((r) => r.lang)).not.toContain('en');
  expect(await asked()).toBe(0);
  expect((await overlayText(page)).match(RAW_KEY)?.[0]).toBeUndefined();
});

test('malformed strings from the worker are refused: the overlay stays in its language, says so, and takes the words asked for again', async ({
  context,
  router,
  serviceWorker,
}) => {
  serveAll(router);
  const page = await context.newPage();
  await page.goto(KCELL);
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText(title('en'));
  const lacking = structuredClone(overlayStrings('kk')) as { lang: Lang; strings: Record<string, string> };
  delete lacking.strings['overlay.showMe'];
  for (const strings of [lacking, { ...overlayStrings('kk'), lang: 'ru' }, { lang: 'kk', strings: { ...overlayStrings('kk').strings, 'overlay.evil': 'x' } }]) {
    await failInWorker(serviceWorker, ['strings/get'], { ok: true, strings });
    await page.locator(`${HOST} #sx-overlay-lang`).selectOption('kk');
    // Asked and refused: still English, whole, with no key where the missing string would be.
    await expect.poll(() => answeredInWorker(serviceWorker)).toBe(1);
    await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'en');
    await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText(title('en'));
    await expect(page.locator(`${HOST} #sx-overlay-lang`)).toHaveValue('en');
    // Said, in the language it keeps, not left for the user to guess why the menu sprang back.
    await expect(page.locator(`${HOST} [role="alert"]`)).toHaveText('Could not switch to Қазақша: its words did not load. Try again.');
    expect((await overlayText(page)).match(RAW_KEY)?.[0]).toBeUndefined();
    // Not saved either: the popup, the other tabs and the next page stay with this panel's language.
    expect(((await stored(serviceWorker, 'settings')).settings as { lang?: unknown } | undefined)?.lang ?? null).toBeNull();
    await stopFailing(serviceWorker);
  }
  // A failed switch, then another language chosen elsewhere (in the popup): the alert does not outlive
  // the language it was said in.
  await failInWorker(serviceWorker, ['strings/get'], { ok: true, strings: lacking });
  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('kk');
  await expect(page.locator(`${HOST} [role="alert"]`)).toHaveCount(1);
  await stopFailing(serviceWorker);
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'ru' } });
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'ru');
  await expect(page.locator(`${HOST} [role="alert"]`)).toHaveCount(0);
  // Kazakh picked again, the worker's own answer this time.
  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('kk');
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText(title('kk'));
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'kk');
  await expect(page.locator(`${HOST} [role="alert"]`)).toHaveCount(0);
  await expect.poll(async () => ((await stored(serviceWorker, 'settings')).settings as { lang?: unknown }).lang).toBe('kk');
});

test('guide/get failing in a Russian browser: the overlay says so in Russian, from the extension’s own _locales', async () => {
  const { context, worker, cleanup } = await launchWithExtension({ locale: 'ru-RU', uiLanguage: 'ru' });
  try {
    const router = new Router(context);
    await router.install();
    serveAll(router);
    await failInWorker(worker, ['guide/get', 'strings/get']);
    const page = await context.newPage();
    await page.goto(KCELL);
    // Until 2026-11-27 overlay.js carried these words in English alone, whatever the browser's language.
    await expect(page.locator(`${HOST} .sx-panel__status--error`)).toHaveText(ru['overlay.loadFailed']);
    await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'ru');
    await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText(title('ru'));
    await expect(page.locator(`${HOST} [data-step-id]`)).toHaveCount(0);
    await page.locator(`${HOST} button`, { hasText: ru['overlay.dismiss'] }).click();
    await expect(page.locator(`${HOST} #sx-dismiss-ask`)).toContainText(ru['overlay.dismissAsk'].replace('{operator}', 'Kcell'));
    await page.locator(`${HOST} button`, { hasText: ru['overlay.dismissNo'] }).click();
    await page.locator(`${HOST} button[aria-label="${ru['overlay.collapse']}"]`).click();
    await expect(page.locator(`${HOST} .sx-launcher`)).toContainText(ru['overlay.launcher']);
    const text = await overlayText(page);
    expect(text.match(RAW_KEY)?.[0]).toBeUndefined();
    expect(text).not.toContain(en['overlay.launcher']);
    expect(router.leaks).toEqual([]);
  } finally {
    await cleanup();
  }
});

test('guide/get failing: the overlay says so in the browser’s language (English here), whatever language was chosen, with no raw key anywhere', async ({
  context,
  router,
  serviceWorker,
}) => {
  serveAll(router);
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'ru' } });
  await failInWorker(serviceWorker, ['guide/get', 'strings/get']);
  const page = await context.newPage();
  await page.goto(KCELL);
  const alert = page.locator(`${HOST} .sx-panel__status--error`);
  await expect(alert).toHaveText(en['overlay.loadFailed']);
  await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', 'en');
  await expect(page.locator(`${HOST} .sx-panel__title`)).toHaveText(title('en'));
  await expect(page.locator(`${HOST} [data-step-id]`)).toHaveCount(0);
  expect((await overlayText(page)).match(RAW_KEY)?.[0]).toBeUndefined();
  // The question before hiding, and the launcher: English too, no keys.
  await page.locator(`${HOST} button`, { hasText: en['overlay.dismiss'] }).click();
  await expect(page.locator(`${HOST} #sx-dismiss-ask`)).toContainText(en['overlay.dismissAsk'].replace('{operator}', 'Kcell'));
  await page.locator(`${HOST} button`, { hasText: en['overlay.dismissNo'] }).click();
  await page.locator(`${HOST} button[aria-label="${en['overlay.collapse']}"]`).click();
  await expect(page.locator(`${HOST} .sx-launcher`)).toContainText(en['overlay.launcher']);
  expect((await overlayText(page)).match(RAW_KEY)?.[0]).toBeUndefined();
  // The worker answers again: the next page has the guide in Russian.
  await stopFailing(serviceWorker);
  const next = await context.newPage();
  await next.goto(KCELL);
  await expect(panel(next)).toBeVisible();
  await expect(next.locator(`${HOST} .sx-panel__title`)).toHaveText(title('ru'));
  await expect(stepCard(next, 'kcell-download-forms')).toBeVisible();
  expect(router.leaks).toEqual([]);
});
