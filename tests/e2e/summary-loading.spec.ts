// The printable summary between opening and the worker's answer (entrypoints/summary/main.tsx): what it
// says meanwhile, what it keeps of a change made then, and how it looks when the answer never comes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import type { Lang } from '@/data/schema';
import { en } from '@/locales/en';
import { kk } from '@/locales/kk';
import { ru } from '@/locales/ru';
import { zhCN } from '@/locales/zh-CN';
import { test, expect } from './harness';
import { refuseGuide } from './summary-helpers';

declare const chrome: typeof Browser;

const STRINGS = { en, ru, kk, 'zh-CN': zhCN } as const satisfies Record<Lang, unknown>;
const settingsIn = (lang: Lang) => ({ lang, route: 'online', operator: 'kcell', reminderDays: 3, dismissedSites: [] });

/**
 * The worker's answer to `guide/get` held until the test lets it go (as when the worker is slow to
 * wake); `__asked` says the page has asked, `__asks` how many times.
 */
async function holdGuide(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __release: () => void; __asked: boolean; __asks: number };
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    const held = new Promise<void>((resolve) => (w.__release = resolve));
    w.__asked = false;
    w.__asks = 0;
    chrome.runtime.sendMessage = ((message: { type?: string }) => {
      if (message?.type !== 'guide/get') return send(message);
      w.__asked = true;
      w.__asks++;
      return held.then(() => send(message));
    }) as typeof chrome.runtime.sendMessage;
  });
}

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' / ')}`);

test('while the worker has not answered, the page says the copy is being prepared, politely and in the chosen language, then shows the copy', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  for (const lang of ['en', 'ru', 'kk', 'zh-CN'] as const) {
    await serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), settingsIn(lang));
    const page = await context.newPage();
    await holdGuide(page);
    await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
    // A blank tab for up to ~6.4 s read as broken.
    const status = page.getByRole('status');
    await expect(status, lang).toHaveText(STRINGS[lang]['popup.summaryPage.loading']);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(status).toBeVisible();
    if (lang === 'ru') expect(await axe(page)).toEqual([]);
    await page.evaluate('window.__release()');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kcell');
    await expect(page.getByRole('status')).toHaveCount(0);
    await expect(page.getByText(STRINGS[lang]['popup.summaryPage.loading'])).toHaveCount(0);
    await page.close();
  }
});

test('from its first word the page is read in the chosen language: no text is on it while <html lang> still says English', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // The HTML says lang="en" until the script has read the chosen language from storage: MV3 allows no
  // inline script to say it sooner, and the popup's address does not carry it. Meanwhile the page is
  // blank but for its title, a name read alike in every language; a screen reader must not meet Russian
  // or Chinese words under English rules. The copy, its failure and the page with no operator alike.
  for (const lang of ['ru', 'zh-CN'] as const) {
    await serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), settingsIn(lang));
    for (const [query, refused] of [['?operator=kcell', false], ['?operator=kcell', true], ['', false]] as const) {
      const page = await context.newPage();
      if (refused) await refuseGuide(page, 'Could not establish connection. Receiving end does not exist.');
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __langs: string[] }).__langs = seen;
        new MutationObserver(() => {
          if (document.body?.textContent?.trim()) seen.push(document.documentElement.lang);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await page.goto(`chrome-extension://${extensionId}/summary.html${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const langs = await page.evaluate(() => (window as unknown as { __langs: string[] }).__langs);
      const where = `${lang} ${query || 'no operator'}${refused ? ' refused' : ''}`;
      expect(langs.length, where).toBeGreaterThan(0);
      expect([...new Set(langs)], where).toEqual([lang]);
      await page.close();
    }
  }
});

test('a tick made in another tab while the summary opens is in the copy', async ({ context, extensionId, openPopup }) => {
  const popup = await openPopup('?operator=kcell');
  await expect(popup.locator('[data-step-id="before-backup"] input')).toBeVisible();
  const page = await context.newPage();
  await holdGuide(page);
  await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
  // The page has read storage and waits for the worker: now the tick, and proof typed.
  await expect.poll(() => page.evaluate('window.__asked')).toBe(true);
  await popup.locator('[data-step-id="before-backup"] input').check();
  await popup.getByLabel('Request or application number').fill('EARLY-42');
  await popup.getByLabel('Request or application number').blur();
  await expect(popup.locator('.sx-save')).toHaveText('Saved');
  // They wait for the question already put, not a new round of the worker's ~6.4 s of retries each.
  expect(await page.evaluate('window.__asks')).toBe(1);
  // Another route chosen meanwhile: that one's checklist is asked for.
  await popup.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect.poll(() => page.evaluate('window.__asks')).toBe(2);
  await page.evaluate('window.__release()');
  await expect(page.locator('[data-step-id="before-backup"]')).toContainText('Done:');
  await expect(page.locator('body')).toContainText('1 of');
  await expect(page.locator('.sx-sum__evidence')).toContainText('EARLY-42');
  await expect(page.locator('.sx-sum__meta')).toContainText('Route: Straight to an office');
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toHaveCount(0);
});

test('the failure panel looks like the popup’s, on screen at 320 px and on paper', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), settingsIn('ru'));
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  // A refusal that is not the worker being asleep: told at once, not after the retries.
  await refuseGuide(page, 'guide/get: https://example.invalid/a-very-long-token-without-any-space-in-it-at-all-whatsoever');
  await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText(ru['popup.summaryPage.noWorker']);
  expect(await axe(page)).toEqual([]);
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    const seen = await panel.evaluate((el) => {
      const box = getComputedStyle(el);
      const heading = getComputedStyle(el.querySelector('h1')!);
      return {
        border: `${box.borderTopWidth} ${box.borderTopStyle} ${box.borderTopColor}`,
        background: box.backgroundColor,
        padding: box.paddingTop,
        radius: box.borderTopLeftRadius,
        headingSize: heading.fontSize,
        scrollsSideways: document.documentElement.scrollWidth > innerWidth,
        offScreen: [...el.querySelectorAll('h1, p')].some((child) => child.getBoundingClientRect().right > innerWidth + 0.5),
      };
    });
    // entrypoints/popup/style.css `.sx-fatal` and `.sx-h2`.
    expect(seen, media).toEqual({
      border: '1px solid rgb(163, 22, 26)',
      background: 'rgb(253, 236, 236)',
      padding: '12px',
      radius: '8px',
      headingSize: '15px',
      scrollsSideways: false,
      offScreen: false,
    });
  }
});
