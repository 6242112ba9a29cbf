// What the extension makes a browser load, for the size figures of the bench (scripts/bench.ts) and
// the size budgets checked in the browser tests (tests/e2e/size-budget.spec.ts): the files are those
// the build says every page gets, plus every file seen loading, so lazily loaded chunks count too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { Lang } from '../data/schema';
import type { Browser } from 'wxt/browser';
import { DEMO_PAGES } from '../tests/fixtures/demo/pages';
import { contentScriptFiles, loadedFile, pageFiles, sizeFiles, unionFiles, type SizedFile } from './bench-size';
import { BUILD_DIR } from './demo-build';
import { launchWithExtension } from '../tests/e2e/harness';
import { OVERLAY_HOST } from './demo-steps';

/** The extension's API, in the pages evaluated below (they run in the extension's own pages). */
declare const chrome: typeof Browser;

/** Extension JS and CSS the browser really loads into a support page and into the popup, so lazily loaded chunks count too. */
export async function seenLoading(context: BrowserContext, extensionId: string): Promise<{ content: string[]; popup: string[] }> {
  const content: string[] = [];
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Content scripts are not fetched: the debugger sees each one parsed, whichever way it was injected.
  cdp.on('Debugger.scriptParsed', (event) => content.push(event.url));
  await cdp.send('Debugger.enable');
  page.on('request', (request) => content.push(request.url()));
  await page.goto(DEMO_PAGES.kcell.url);
  await page.locator(`${OVERLAY_HOST} [data-step-id]`).first().waitFor();
  await page.close();
  const popup = await seenPopup(context, extensionId);
  return { content: files(content, extensionId), popup };
}

const files = (urls: string[], extensionId: string) => urls.map((u) => loadedFile(u, extensionId)).filter((f): f is string => f !== null);

/**
 * Extension files one opening of the popup loads. With `keeps`, the opening is left open until it has
 * written that language's strings into its memory (after its first frame, utils/popup-strings.ts).
 */
export async function seenPopup(context: BrowserContext, extensionId: string, keeps?: Lang): Promise<string[]> {
  const popup: string[] = [];
  const popupPage = await context.newPage();
  popupPage.on('request', (request) => popup.push(request.url()));
  await popupPage.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await popupPage.locator('[data-step-id] input').first().waitFor();
  if (keeps) {
    await popupPage.waitForFunction((lang) => Object.keys(localStorage).some((key) => key.startsWith('simexit:strings:') && key.endsWith(`:${lang}`)), keeps);
  }
  await popupPage.close();
  return files(popup, extensionId);
}

/**
 * The popup's files on its first opening in `lang` (the setting, as the user picks it) after an update,
 * and on the opening after it. An update leaves the popup's strings behind (their revision changes) and
 * keeps the language it showed last (utils/popup-strings.ts shownLangBefore): the strings
 * chunk is loaded on the first opening only. Leaves the language set.
 */
export async function seenPopupIn(context: BrowserContext, extensionId: string, lang: Lang): Promise<{ first: string[]; later: string[] }> {
  await setLanguage(context, extensionId, lang);
  await forgetStrings(context, extensionId);
  const first = await seenPopup(context, extensionId, lang);
  const later = await seenPopup(context, extensionId);
  return { first, later };
}

/** As an update leaves the popup's memory: its strings gone, the rest kept. From a page of the extension's that keeps nothing. */
async function forgetStrings(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('simexit:strings:')) localStorage.removeItem(key);
  });
  await page.close();
}

/** The language setting, as the popup's menu sets it; null follows the browser's. Resolves once the popup shows it. */
export async function setLanguage(context: BrowserContext, extensionId: string, lang: Lang | null): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await page.evaluate((patch) => chrome.runtime.sendMessage({ type: 'settings/set', patch }), { lang });
  // Shown, and noted as the language shown last (utils/popup-strings.ts noteShownLang) before the page goes.
  if (lang) await page.waitForFunction((shown) => localStorage.getItem('simexit:lang:shown:last') === JSON.stringify(shown), lang);
  await page.close();
}

/** The browser's own language, as Chromium is started in it (Playwright's locale); `getUILanguage()` then names it. */
const BROWSER_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ', 'zh-CN': 'zh-CN' };

/**
 * The popup's files on the first opening in a Chromium started in `lang`, with nothing set or remembered:
 * the language it shows is the browser's, so the strings fetched ahead of the storage read are the ones shown.
 */
export async function seenFirstOpeningWithBrowserIn(lang: Lang): Promise<string[]> {
  const { context, extensionId, cleanup } = await launchWithExtension({ locale: BROWSER_LOCALES[lang] });
  try {
    return await seenPopup(context, extensionId);
  } finally {
    await cleanup();
  }
}

export interface Sizes {
  /** What every operator page gets: the manifest's content scripts and the CSS their UI loads. */
  content: SizedFile[];
  /** Scripts seen injected into a support page on top of those (a UI injected on demand). */
  contentOnDemand: SizedFile[];
  /** Everything the popup loads on opening, lazily imported chunks included. */
  popup: SizedFile[];
  popupLazy: string[];
}

export function measureSizes(seen: { content: string[]; popup: string[] }): Sizes {
  const read = (path: string) => {
    const full = join(BUILD_DIR, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : null;
  };
  const manifest = JSON.parse(read('manifest.json') ?? '{}');
  const always = contentScriptFiles(manifest, read);
  const content = unionFiles(always, seen.content);
  const popup = unionFiles(pageFiles('popup.html', read), seen.popup);
  return {
    content: sizeFiles(always, read),
    contentOnDemand: sizeFiles(content.onlySeen, read),
    popup: sizeFiles(popup.files, read),
    popupLazy: popup.onlySeen,
  };
}
