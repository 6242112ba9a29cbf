import { test, expect } from './harness';

test('the built extension loads in Chromium with its worker and popup, without errors', async ({ router, openPopup, serviceWorker }) => {
  expect(serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  const errors: string[] = [];
  const popup = await openPopup();
  popup.on('pageerror', (e) => errors.push(e.message));
  await expect(popup.locator('body')).toContainText('SimExit KZ');
  expect(errors).toEqual([]);
  expect(router.leaks).toEqual([]);
});
