// Kazakh and Chinese in Firefox: the popup and the overlay in each, with every Kazakh letter and
// Chinese character drawn from a font. A character no font has is drawn by Firefox as a box with its
// code in it, as wide as that box for any other such character: that is what is looked for (tried by
// measuring U+E000, which no font here has: it is found).
import type { Locator } from '@playwright/test';
import { test, expect, openExtensionPage } from './harness';
import { panel, progressText, serveAll } from '../e2e/overlay-helpers';

const KCELL_DOCS = 'https://www.kcell.kz/ru/product/documents';

/** The Kazakh letters Russian lacks, and the Chinese characters, under `root` that Firefox drew as boxes. */
function boxedCharacters(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const boxed = new Set<string>();
    const context = document.createElement('canvas').getContext('2d')!;
    const top = element.shadowRoot ?? element;
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const style = getComputedStyle(node.parentElement!);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Measured large: at text sizes the box is never narrower than 13 px, as wide as a Chinese character at 13 px.
      context.font = `${style.fontStyle} ${style.fontWeight} 100px ${style.fontFamily}`;
      // U+0378 is assigned to nothing: no font has it.
      const box = context.measureText('\u0378').width;
      for (const char of new Set(node.textContent!.match(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ\p{Script=Han}]/gu) ?? [])) {
        if (Math.abs(context.measureText(char).width - box) < 0.01) boxed.add(char);
      }
    }
    return [...boxed];
  });
}

test('the popup and the overlay in Kazakh and in Chinese, every character drawn from a font', async ({ context, router }) => {
  serveAll(router);
  const site = await context.newPage();
  await site.goto(KCELL_DOCS);
  await expect(panel(site)).toBeVisible();
  const popup = await context.newPage();
  await openExtensionPage(popup, 'popup.html?operator=kcell');

  for (const [lang, progress, collapse] of [
    ['kk', /^15 ішінен 0 орындалды$/, 'Нұсқаулықты жию'],
    ['zh-CN', /^已完成\u00a00\u00a0项，共\u00a015\u00a0项$/, '收起指南'],
  ] as const) {
    await popup.locator('#sx-popup-lang').selectOption(lang);
    await expect(popup.locator('html')).toHaveAttribute('lang', lang);
    await expect(popup.locator('.sx-progress__text').first()).toHaveText(progress);
    expect(await boxedCharacters(popup.locator('body')), `popup in ${lang}`).toEqual([]);
    // The overlay follows the language chosen in the popup.
    await expect(progressText(site)).toHaveText(progress);
    await expect(site.locator('simexit-guide').getByRole('button', { name: collapse })).toBeVisible();
    expect(await boxedCharacters(site.locator('simexit-guide')), `overlay in ${lang}`).toEqual([]);
  }
});
