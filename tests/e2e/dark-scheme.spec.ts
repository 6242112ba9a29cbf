// With the system in dark mode the popup and the printable summary are dark (components/page-colours.css)
// and as readable as in light: axe's text contrast, plus what axe does not check, the 3:1 of control
// edges and the focus ring (WCAG 1.4.11). On paper the summary stays black on white.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { KEYS } from '../../utils/storage';
import { seed } from './popup-helpers';

const axe = async (page: Page, rules?: string[]) =>
  (await (rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page })).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' / ')}`);

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

const CONTROLS = '.sx-select, .sx-input, .sx-button, .sx-route__option, .sx-progress__bar, .sx-dialog .sx-button';

test('in dark mode the popup is dark and keeps its contrast: checklist, badges, notices, proof, reset dialog', async ({ context, extensionId, openPopup, router }) => {
  const control = await openPopup();
  await seed(control, {
    [KEYS.notices]: [
      { id: 'reset:settings', kind: 'reset', item: 'settings', at: Date.now() },
      { id: 'migrated:state', kind: 'migrated', item: 'state', at: Date.now() },
    ],
  });
  await control.close();
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 400, height: 580 });
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await expect(page.locator('.sx-notice')).toHaveCount(2);
  // White before (luminance 1): a bright panel in a dark system.
  expect(await pageLuminance(page, '.sx-popup__main')).toBeLessThan(0.05);
  expect(await systemCanvas(page), 'form controls and scrollbars dark too').toBe('rgb(18, 18, 18)');

  await page.locator('[data-step-id="before-backup"] input').check();
  await page.locator('[data-step-id="kcell-refund"] input').check();
  await page.getByLabel('Request or application number').fill('KC-2026/1187');
  await page.getByLabel('Office or channel').fill('Kcell Center, Abai Avenue 10, Almaty');
  await page.getByLabel('Office or channel').blur();
  await expect(page.locator('.sx-save--saved')).toBeVisible();
  // A wrong number of days shows the form's error text.
  await page.locator('#sx-reminder-days').fill('0');
  await expect(page.locator('.sx-error-text')).toBeVisible();
  await expect(page.locator('.sx-badge--third-party').first()).toBeAttached();
  await expect(page.locator('.sx-notfound')).toBeAttached();
  expect(await faintEdges(page, CONTROLS)).toEqual([]);
  // The notices' colours; the banner's list markup fails axe in light too (role="status" on its items),
  // so the whole scan waits until they are dismissed.
  expect(await axe(page, ['color-contrast'])).toEqual([]);
  for (let left = 2; left > 0; left--) {
    await page.locator('.sx-notice__dismiss').first().click();
    await expect(page.locator('.sx-notice')).toHaveCount(left - 1);
  }
  expect(await axe(page)).toEqual([]);
  // The focus ring, on a control of the card and one of the page.
  for (const target of [page.locator('#sx-popup-lang'), page.getByLabel('Request or application number')]) {
    await target.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await faintEdges(page, ':focus-visible', true)).toEqual([]);
  }

  await page.getByRole('button', { name: 'Reset this checklist' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  expect(await faintEdges(page, '.sx-dialog .sx-button')).toEqual([]);
  expect(await pageLuminance(page, '.sx-dialog')).toBeLessThan(0.05);
  expect(router.leaks).toEqual([]);
});

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
