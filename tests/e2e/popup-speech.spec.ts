// What a screen-reader user hears in the popup.
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
