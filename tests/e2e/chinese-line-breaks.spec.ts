// Where Chinese text breaks in a narrow window (a phone-sized window, or 400 % zoom): Chinese may break
// between any two characters, so a short line such as "已完成 2 项，共 15 项" or a title ending in "号码"
// broke inside a word or left a measure word alone on a line ("共 15" | "项", "号" | "码").
import type { Locator } from '@playwright/test';
import { test, expect } from './harness';
import { HOST, openServed, progressText, seed, SETTINGS } from './overlay-helpers';

const KCELL = 'https://www.kcell.kz/ru/product/documents';
const BEELINE = 'https://www.beeline.kz/ru-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/blanki';

/** The element's text as it is laid out, one string per visual line. */
function visualLines(element: Locator): Promise<string[]> {
  return element.evaluate((root) => {
    const lines: { top: number; text: string }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const last = lines.at(-1);
        if (last && Math.abs(rect.top - last.top) < 4) last.text += text[i];
        else lines.push({ top: rect.top, text: text[i]! });
      }
    }
    return lines.map((line) => line.text.trim());
  });
}

/** A line that starts with what belongs to the line before: a measure word after its number, the second half of 号码. */
const BROKEN_START = /^[项步码]/;

test('in Chinese at 320 px a number keeps its measure word in the popup’s progress line (not "共 15" | "项")', async ({ openPopup, serviceWorker }) => {
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'zh-CN', operator: 'kcell' } });
  const popup = await openPopup('?operator=kcell');
  await popup.setViewportSize({ width: 320, height: 580 });
  const text = popup.locator('.sx-popup__main .sx-progress__text');
  await expect(text).toContainText('已完成');
  const lines = await visualLines(text);
  expect(lines.length, lines.join(' | ')).toBeGreaterThan(1); // not vacuous: the line does wrap at this width
  expect(lines.filter((line) => BROKEN_START.test(line)), lines.join(' | ')).toEqual([]);
});

test('in Chinese in a narrow window the on-page guide breaks neither its title’s 号码 nor its progress line', async ({ context, router, serviceWorker }) => {
  await seed(serviceWorker, { settings: { ...SETTINGS, lang: 'zh-CN' } });
  router.serveFixture(BEELINE, 'demo/beeline-blanki.html');
  for (const [url, width] of [
    [BEELINE, 360],
    [KCELL, 320],
    [KCELL, 360],
  ] as const) {
    const page = await openServed(context, router, url, { width, height: 640 });
    await expect(progressText(page)).toContainText('已完成');
    for (const element of [page.locator(`${HOST} .sx-panel__title`), progressText(page)]) {
      const lines = await visualLines(element);
      expect(lines.filter((line) => BROKEN_START.test(line)), `${url} at ${width} px: ${lines.join(' | ')}`).toEqual([]);
    }
    await page.close();
  }
});
