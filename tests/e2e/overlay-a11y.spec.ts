// The overlay for keyboard and screen-reader users: a whole guide completed with Tab and Space,
// announcements, Escape giving focus back to the page, no motion when the user asked for none, and
// axe-core finding nothing wrong inside the overlay in any of its states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FIXTURES, test, expect } from './harness';
import { HOST, launcher, liveRegion, openServed, panel, progressText, serveAll, stepCard } from './overlay-helpers';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

/** What has focus inside the overlay's shadow root, if anything. */
function overlayFocus(page: Page) {
  return page.evaluate((host) => {
    const active = document.querySelector(host)?.shadowRoot?.activeElement as HTMLInputElement | null | undefined;
    if (!active) return null;
    return { tag: active.tagName, type: active.type ?? '', checked: !!active.checked, cls: active.className };
  }, HOST);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).include(HOST).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('keyboard only: Tab and Space tick every step of the guide, each change is announced, and it is saved', async ({
  context,
  router,
}) => {
  serveAll(router);
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(progressText(page)).toHaveText(/^0 of (\d+) done$/);
  const total = Number((await progressText(page).textContent())!.match(/of (\d+)/)![1]);

  // From the top of the page, Tab walks through the page's links into the overlay (last in the DOM).
  let ticks = 0;
  for (let i = 0; i < 400 && ticks < total; i++) {
    await page.keyboard.press('Tab');
    const focused = await overlayFocus(page);
    if (focused?.type === 'checkbox' && !focused.checked) {
      await page.keyboard.press('Space');
      ticks++;
      if (ticks === 1) await expect(liveRegion(page)).toContainText(`Step marked done`);
    }
  }
  expect(ticks).toBe(total);
  await expect(progressText(page)).toHaveText(`${total} of ${total} done`);
  await expect(liveRegion(page)).toHaveText(/^Step marked done: .+\. All steps are done\.$/);

  // Space again unticks (a set to "not done", never a flip of stale state), and that is announced too.
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 10 && (await overlayFocus(page))?.type !== 'checkbox'; i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(`Step marked not done`);
  await expect(liveRegion(page)).toContainText(`${total - 1} of ${total} done`);
  await page.keyboard.press('Space');
  await expect(progressText(page)).toHaveText(`${total} of ${total} done`);

  await page.reload();
  await expect(progressText(page)).toHaveText(`${total} of ${total} done`);
});

test('Escape collapses the panel and gives focus back to where it was on the page; the launcher reopens it', async ({
  context,
  router,
}) => {
  serveAll(router);
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  const pageLink = page.locator('main a').first();
  await pageLink.focus();
  // The user moves into the overlay (here: its language menu) …
  await page.locator(`${HOST} #sx-overlay-lang`).focus();
  expect((await overlayFocus(page))?.tag).toBe('SELECT');
  // … and Escape sends them back.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(launcher(page)).toBeVisible();
  await expect(pageLink).toBeFocused();
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');

  // Reopen from the keyboard: focus lands on the panel's collapse button.
  await launcher(page).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  await expect.poll(async () => (await overlayFocus(page))?.cls).toContain('sx-button--icon');
  await expect(page.locator(`${HOST} .sx-button--icon`)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(launcher(page)).toBeVisible();
});

test('axe finds no violations inside the overlay: open, with a highlight, with a warning, and collapsed', async ({
  context,
  router,
}) => {
  serveAll(router);
  router.serveFixture('https://www.kcell.kz/ru/product/documents?moved', 'pages/kcell-documents-ru-moved.html');
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(progressText(page)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await stepCard(page, 'before-settle-debts').getByRole('checkbox').check();
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  await expect(page.locator(`${HOST} .sx-highlight`)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await page.goto('https://www.kcell.kz/ru/product/documents?moved');
  await expect(page.locator(`${HOST} [data-testid="sx-out-of-date"]`)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // On activ's site with Kcell's list in progress (the tick above chose Kcell): the note and its button.
  await page.goto('https://activ.kz/ru/article/faq');
  await expect(page.locator(`${HOST} [data-testid="sx-other-in-progress"] button`)).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.goto(KCELL_RU);

  await page.locator(`${HOST} .sx-button--icon`).click();
  await expect(launcher(page)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // And in the other languages (names, lang attributes, lengths of text).
  for (const lang of ['kk', 'zh-CN', 'ru'] as const) {
    await launcher(page).click();
    await page.locator(`${HOST} #sx-overlay-lang`).selectOption(lang);
    await expect(page.locator(`${HOST} .sx-overlay`)).toHaveAttribute('lang', lang);
    expect(await axe(page), lang).toEqual([]);
    await page.locator(`${HOST} .sx-button--icon`).click();
  }
});

test('controls are at least 24 px, focus is visible, and nothing moves under prefers-reduced-motion', async ({
  context,
  router,
}) => {
  serveAll(router);
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(KCELL_RU);
  await expect(progressText(page)).toBeVisible();
  const small = await page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    // A control wrapped in its <label> is clicked anywhere on the label: that is its target.
    return [...root.querySelectorAll('button, input, select, a')]
      .map((el) => ({ el: `${el.tagName}.${el.className}`, r: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(({ el, r }) => `${el} ${r.width}x${r.height}`);
  }, HOST);
  expect(small).toEqual([]);

  // A visible focus ring on keyboard focus.
  await page.locator(`${HOST} .sx-button--icon`).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate((host) => {
    const el = document.querySelector(host)!.shadowRoot!.activeElement!;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: s.outlineWidth };
  }, HOST);
  expect(outline).toEqual({ style: 'solid', width: '3px' });

  // Reduced motion: the outline does not pulse and "Show me" jumps instead of gliding.
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  const box = page.locator(`${HOST} .sx-highlight`);
  await expect(box).toBeVisible();
  expect(await box.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  expect(
    await page.locator(`${HOST} .sx-progress__fill`).evaluate((el) => getComputedStyle(el).transitionDuration),
  ).toBe('0s');
});

test('under prefers-reduced-motion "Show me" jumps, even on a page whose own CSS scrolls smoothly', async ({ context, router }) => {
  serveAll(router);
  // Many sites set smooth scrolling for the whole page; the user's "reduce motion" must still win.
  const page = readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8');
  router.serve(KCELL_RU, page.replace('</head>', '<style>html{scroll-behavior:smooth} body{padding-bottom:4000px}</style></head>'));
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 1280, height: 800 });
  await tab.emulateMedia({ reducedMotion: 'reduce' });
  await tab.goto(KCELL_RU);
  await expect(progressText(tab)).toBeVisible();
  // From the page's far end, so that a glide would pass through many positions on its way.
  await tab.evaluate(() => {
    const root = document.documentElement;
    root.style.scrollBehavior = 'auto';
    scrollTo(0, root.scrollHeight);
    root.style.scrollBehavior = '';
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    const start = performance.now();
    const frame = () => {
      seen.push(Math.round(scrollY));
      if (performance.now() - start < 1200) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await stepCard(tab, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  await expect(tab.locator(`${HOST} .sx-highlight`)).toBeVisible();
  await tab.waitForTimeout(1300);
  const seen = await tab.evaluate(() => (window as unknown as { seen: number[] }).seen);
  // Where the page was and where the form is: nothing in between.
  expect(new Set(seen).size).toBe(2);
});

test('at 400% zoom with user text spacing (WCAG 1.4.12) no date is cut off, and in forced colours the progress still shows', async ({
  context,
  router,
}) => {
  const page = await openServed(context, router, KCELL_RU, { width: 320, height: 256 });
  await expect(progressText(page)).toBeVisible();
  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('ru');
  await expect(progressText(page)).toContainText('из');
  const cut = await page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const spacing = document.createElement('style');
    spacing.textContent =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    root.append(spacing);
    return [...root.querySelectorAll('.sx-step__verified')]
      .filter((date) => {
        // Cards off screen are not laid out (content-visibility: auto): bring each into view first.
        date.scrollIntoView({ block: 'center' });
        return date.getBoundingClientRect().right > date.closest('.sx-step, .sx-notfound')!.getBoundingClientRect().right + 0.5;
      })
      .map((date) => date.textContent);
  }, HOST);
  expect(cut).toEqual([]);

  await page.emulateMedia({ forcedColors: 'active' });
  await stepCard(page, 'before-backup').locator('input').check();
  const colours = await page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const background = (selector: string) => getComputedStyle(root.querySelector(selector)!).backgroundColor;
    return { fill: background('.sx-progress__fill'), track: background('.sx-progress__bar') };
  }, HOST);
  expect(colours.fill).not.toBe(colours.track);
});

test('the live region keeps nothing stale: emptied when the outline goes and when the language changes', async ({ context, router }) => {
  serveAll(router);
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(progressText(page)).toBeVisible();
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  await expect(liveRegion(page)).toContainText('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator(`${HOST} .sx-highlight`)).toHaveCount(0);
  await expect(liveRegion(page)).toHaveText('');

  await stepCard(page, 'before-backup').locator('input').check();
  await expect(liveRegion(page)).toContainText('done');
  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('zh-CN');
  await expect(progressText(page)).toContainText('已完成');
  await expect(liveRegion(page)).toHaveText('');
  // The button's spoken name joins its parts with the language's own colon.
  await expect(stepCard(page, 'kcell-refund').locator('.sx-showme')).toHaveAccessibleName(/^指给我看：\S/);
  // With no space before the colon, in every language (it was read "Показать : …", helper-64).
  await page.locator(`${HOST} #sx-overlay-lang`).selectOption('ru');
  await expect(stepCard(page, 'kcell-refund').locator('.sx-showme')).toHaveAccessibleName(/^Показать: \S/);
});

test('after "Hide it here" the message stays while focus is on it (WCAG 2.2.1), and goes once focus has left it', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  await page.locator(`${HOST} button`, { hasText: 'Hide on this site' }).click();
  await page.locator(`${HOST} button`, { hasText: 'Hide it here' }).click();
  const ok = page.locator(`${HOST} .sx-farewell button`);
  await expect(ok).toBeFocused();
  // It went after 8 s, read or not, and focus jumped to a page link (helper-64).
  await page.waitForTimeout(9_500);
  await expect(ok).toBeFocused();
  await page.locator('main a').first().focus();
  await expect(page.locator(HOST)).toHaveCount(0, { timeout: 3_000 });
  await expect(page.locator('main a').first()).toBeFocused();
});

test('after "Hide it here" the overlay says so, with focus on its button and no axe violations; Escape ends it', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  await expect(progressText(page)).toBeVisible();
  await page.locator(`${HOST} button`, { hasText: 'Hide on this site' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`${HOST} button`, { hasText: 'Keep showing' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  const ok = page.locator(`${HOST} .sx-farewell button`);
  await expect(ok).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator(HOST)).toHaveCount(0);
});
