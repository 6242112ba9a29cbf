// What a screen-reader user hears in the popup, and what tells anyone whose checklist a scrolled popup
// shows: the progress heard once, the operator named in the heading that stays in view.
import { zhCN } from '@/locales/zh-CN';
import { test, expect } from './harness';

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
