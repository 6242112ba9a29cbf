// What a screen-reader user hears in the popup, and what tells anyone whose checklist a scrolled popup
// shows: a route change said with the steps it brings, the progress heard once, the operator named in
// the heading that stays in view.
import type { Page } from '@playwright/test';
import { ru } from '@/locales/ru';
import { zhCN } from '@/locales/zh-CN';
import { test, expect } from './harness';

/** Every text the progress line takes from now on (what a live region is read from). */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.sx-progress__text')?.textContent ?? '';
      if (seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

test('a route change is said with the steps it brings, though both routes have as many steps; a tick after it is said alone', async ({
  openPopup,
  router,
}) => {
  const page = await openPopup('?operator=kcell');
  const progress = page.locator('.sx-progress__text');
  // Kcell's two routes have the same number of steps: the count alone does not change.
  await expect(progress).toHaveText(/^0 of \d+ done$/);
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);

  // Keyboard only, as a screen-reader user changes it.
  await page.getByRole('radio', { name: 'Start online' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-step-id="kcell-prepare-id"]')).toBeVisible();
  await expect(progress).toHaveText(`Now the steps for “Straight to an office”: 0 of ${total} done`);
  // For the eye, the line is the count alone: the route is the radio button checked just above.
  await expect(progress.locator('.sx-visually-hidden')).toHaveText('Now the steps for “Straight to an office”:');
  // A live region, read whole: the route and the count together.
  await expect(page.getByRole('status').filter({ hasText: 'Straight to an office' })).toHaveCount(1);

  // The next tick is said as a count, without the route again.
  await page.locator('[data-step-id="before-backup"] input').check();
  await expect(progress).toHaveText(`1 of ${total} done`);

  // Back online: said again, with that route's count.
  await page.getByRole('radio', { name: 'Start online' }).check();
  await expect(progress).toHaveText(`Now the steps for “Start online”: 1 of ${total} done`);

  // A step of the online route only, ticked: on the office route one fewer is done. The route is said
  // once the office steps are there, never with the count of the online steps they replace.
  await page.locator('[data-step-id="kcell-download-forms"] input').check();
  await expect(progress).toHaveText(`2 of ${total} done`);
  const seen = await recordProgress(page);
  await page.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect(progress).toHaveText(`Now the steps for “Straight to an office”: 1 of ${total} done`);
  expect((await seen()).filter((text) => text.includes('Straight to an office'))).toEqual([
    `Now the steps for “Straight to an office”: 1 of ${total} done`,
  ]);

  // In Russian too: the line in the new language (not said again: the language menu said the change).
  await page.locator('#sx-popup-lang').selectOption('ru');
  await expect(progress).toHaveText(`Теперь шаги для маршрута «${ru['route.office']}»: 1 из ${total} выполнено`);
  await page.getByRole('radio', { name: ru['route.online'] }).check();
  await expect(progress).toHaveText(`Теперь шаги для маршрута «${ru['route.online']}»: 2 из ${total} выполнено`);
  expect(router.leaks).toEqual([]);
});

test('the first route change of an opening, to a route with another count, is said once: with the route, not the count first', async ({
  openPopup,
}) => {
  const page = await openPopup('?operator=kcell');
  const progress = page.locator('.sx-progress__text');
  // A step of the online route only, ticked: the office route has one fewer done.
  await page.locator('[data-step-id="kcell-download-forms"] input').check();
  await expect(progress).toHaveText(/^1 of \d+ done$/);
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  // The line that names the route is among the strings an opening leaves out. Reached from the
  // keyboard, the route has them fetched while the user is on it, before it is changed. Asked for only
  // once the office steps were there, they came 10-40 ms after them: the count was said alone, then
  // again with the route.
  const fetched = page.waitForEvent('requestfinished', { predicate: (request) => /\/chunks\/en-[\w-]{6}\.js$/.test(request.url()), timeout: 5000 });
  await page.getByRole('radio', { name: 'Start online' }).focus();
  await fetched;
  const seen = await recordProgress(page);
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText(`Now the steps for “Straight to an office”: 0 of ${total} done`);
  expect(await seen()).not.toContain(`0 of ${total} done`);
});

test('the progress is heard once: as its words, not again as a bar named by them', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  await page.locator('[data-step-id="before-backup"] input').check();
  const overview = page.locator('.sx-overview');
  await expect(page.locator('.sx-progress__text')).toHaveText(/^1 of \d+ done$/);
  const heard = (await overview.ariaSnapshot()).match(/1 of \d+ done/g);
  expect(heard, await overview.ariaSnapshot()).toHaveLength(1);
  // And said when it changes.
  await page.locator('[data-step-id="before-backup"] input').uncheck();
  await expect(overview.getByRole('status')).toHaveText(/^0 of \d+ done$/);

  await page.locator('#sx-popup-lang').selectOption('ru');
  await expect(page.locator('.sx-progress__text')).toHaveText(/^0 из \d+ выполнено$/);
  expect((await overview.ariaSnapshot()).match(/0 из \d+ выполнено/g)).toHaveLength(1);
});

test('scrolled down its checklist, the popup still names the operator, in view and as its first heading', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Kcell — SimExit KZ');
  // Scrolled to its end: the operator menu and the steps' headings are out of view.
  await page.getByRole('button', { name: 'Reset this checklist' }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel('Operator')).not.toBeInViewport();
  await expect(page.locator('#sx-section-cancel')).not.toBeInViewport();
  await expect(heading).toBeInViewport();
  await expect(heading).toHaveText('Kcell — SimExit KZ');
  // The first heading a screen reader lists names it too.
  await expect(page.getByRole('heading').first()).toHaveText('Kcell — SimExit KZ');

  // Another operator's checklist is named as that one.
  await page.getByLabel('Operator').selectOption('beeline');
  await expect(page.locator('[data-step-id="beeline-submit"]')).toBeAttached();
  await expect(heading).toHaveText('Beeline — SimExit KZ');
  await page.locator('#sx-popup-lang').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(heading).toHaveText('Beeline — SimExit KZ');
  // No operator chosen: the extension's name alone.
  await page.getByLabel(zhCN['popup.operator.label']).selectOption('note');
  await expect(heading).toHaveText('SimExit KZ');
});

test('a tick or a route change made in another window ends the route line: the popup never repeats a route change that did not happen', async ({
  openPopup,
}) => {
  const page = await openPopup('?operator=kcell');
  const progress = page.locator('.sx-progress__text');
  await expect(progress).toHaveText(/^0 of \d+ done$/);
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  await page.getByRole('radio', { name: 'Start online' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText(`Now the steps for “Straight to an office”: 0 of ${total} done`);

  // The same checklist open in a second window (the on-page guide's "open the full checklist"): a tick there.
  const other = await openPopup('?operator=kcell');
  await other.locator('[data-step-id="before-backup"] input').check();
  await expect(other.locator('.sx-progress__text')).toHaveText(`1 of ${total} done`);
  // Here the tick shows, and the count is said alone, as after a tick made here.
  await expect(page.locator('[data-step-id="before-backup"] input')).toBeChecked();
  await expect(progress).toHaveText(`1 of ${total} done`);

  // The route chosen here again, then changed back there: these steps are no longer the office's.
  await page.getByRole('radio', { name: 'Start online' }).check();
  await page.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect(progress).toHaveText(`Now the steps for “Straight to an office”: 1 of ${total} done`);
  await other.getByRole('radio', { name: 'Start online' }).check();
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Start online' })).toBeChecked();
  await expect(progress).toHaveText(`1 of ${total} done`);
});

test('at 200% and 250% zoom, where the popup scrolls as one page, the operator’s name stays in view where the window has room for it, and covers no control Tab reaches', async ({
  context,
  extensionId,
}) => {
  // A popup of at most 800×600 px holds 400×300 CSS px at 200%, 320×240 at 250%. Under 300 px high the
  // header scrolls away with the list (style.css: stuck there, it took up to 40 % of the window, WCAG 1.4.10).
  for (const { stuck, ...size } of [
    { width: 400, height: 300, stuck: true },
    { width: 320, height: 240, stuck: false },
  ]) {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Kcell — SimExit KZ');
    const reset = page.getByRole('button', { name: 'Reset this checklist' });
    await reset.scrollIntoViewIfNeeded();
    await expect(page.locator('#sx-section-cancel')).not.toBeInViewport();
    if (stuck) await expect(heading).toBeInViewport();
    else await expect(heading).not.toBeInViewport();
    // Back up through the checklist by keyboard: each control focused shows below the header, not under it.
    await reset.focus();
    const header = (await page.locator('.sx-popup__header').boundingBox())!;
    // Scrolled away, the header covers nothing: each control then shows whole from the window's top down.
    const below = stuck ? header.y + header.height : 0;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab');
      const focused = (await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON())) as DOMRect;
      expect(focused.top, `${size.width}×${size.height}, Shift+Tab ${i + 1}`).toBeGreaterThanOrEqual(below);
    }
    if (stuck) await expect(heading).toBeInViewport();
    await page.close();
  }
});
