// With the system in dark mode the printable summary is dark (components/page-colours.css) and as
// readable as in light: axe's text contrast, plus what axe does not check, the 3:1 of control
// edges and the focus ring (WCAG 1.4.11). On paper the summary stays black on white.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' / ')}`);

/** Relative luminance of the page's background behind `selector` (the first element, then its ancestors with an opaque one). */
function pageLuminance(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const rgb = (c: string) => c.match(/[\d.]+/g)!.map(Number);
    let node: Element | null = el;
    while (node && rgb(getComputedStyle(node).backgroundColor)[3] === 0) node = node.parentElement;
    const [r, g, b] = rgb(node ? getComputedStyle(node).backgroundColor : 'rgb(255, 255, 255)');
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  });
}

/** The colour scheme the browser draws the page's form controls and scrollbars in, as its system colour Canvas. */
const systemCanvas = (page: Page) =>
  page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.color = 'Canvas';
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });

/**
 * Each visible control's edge (its border, or for the focused one its outline) against the background
 * it sits on, where below 3:1: `selector` lists the controls.
 */
function faintEdges(page: Page, selector: string, outline = false): Promise<string[]> {
  return page.evaluate(
    ([selector, outline]) => {
      const rgb = (c: string) => c.match(/[\d.]+/g)!.map(Number);
      const lum = (c: string) => {
        const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        const [r, g, b] = rgb(c);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const behind = (el: Element) => {
        let node = el.parentElement;
        while (node && rgb(getComputedStyle(node).backgroundColor)[3] === 0) node = node.parentElement;
        return node ? getComputedStyle(node).backgroundColor : 'rgb(255, 255, 255)';
      };
      const shown = [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0);
      if (shown.length === 0) return [`nothing shown matches ${selector}`];
      return shown.flatMap((el) => {
          const style = getComputedStyle(el);
          const edge = outline ? style.outlineColor : style.borderTopColor;
          const [a, b] = [lum(edge), lum(behind(el))];
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          return ratio >= 3 ? [] : [`${el.className || el.tagName}: ${edge} on ${behind(el)} ${ratio.toFixed(2)}:1`];
        });
    },
    [selector, outline] as const,
  );
}

test('in dark mode the printable summary is dark on screen and black on white on paper', async ({ context, extensionId, openPopup, router }) => {
  const popup = await openPopup('?operator=kcell');
  await popup.locator('[data-step-id="before-backup"] input').check();
  await popup.getByLabel('Request or application number').fill('KC-2026/1187');
  await popup.getByLabel('Request or application number').blur();
  await expect(popup.locator('.sx-save--saved')).toBeVisible();
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
  await expect(page.locator('.sx-sum__evidence')).toContainText('KC-2026/1187');
  await expect(page.locator('.sx-sum__step--done').first()).toBeVisible();
  // The page around the copy as well as the copy.
  expect(await pageLuminance(page, 'body')).toBeLessThan(0.05);
  expect(await pageLuminance(page, '.sx-sum__title')).toBeLessThan(0.05);
  expect(await systemCanvas(page)).toBe('rgb(18, 18, 18)');
  expect(await axe(page)).toEqual([]);
  expect(await faintEdges(page, '.sx-select, .sx-button')).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  expect(await pageLuminance(page, 'body')).toBe(1);
  const ink = await page.locator('.sx-sum__title').evaluate((el) => getComputedStyle(el).color);
  expect(ink).toBe('rgb(27, 27, 31)');
  expect(await systemCanvas(page)).toBe('rgb(255, 255, 255)');
  expect(router.leaks).toEqual([]);
});
