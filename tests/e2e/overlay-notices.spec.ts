// The on-page guide says when the worker could not read this operator's saved ticks. The popup's banner
// said so alone, so a user of the guide only found ticks gone with no word why.
import { test, expect } from './harness';
import { openServed, seed, SETTINGS, stepCard, stored } from './overlay-helpers';

const KCELL = 'https://www.kcell.kz/ru/product/documents';

test('the guide says when this operator’s saved ticks could not be read, and stops once the notice is dismissed', async ({ context, router, serviceWorker, openPopup }) => {
  await seed(serviceWorker, { settings: { ...SETTINGS, operator: 'kcell' }, 'progress:kcell:before-backup': { done: true, at: 1 } });
  const page = await openServed(context, router, KCELL);
  await expect(stepCard(page, 'before-backup').getByRole('checkbox')).toBeChecked();
  const note = page.getByTestId('sx-ticks-reset');
  await expect(note).toHaveCount(0);

  // Another operator's unreadable tick is not this page's business.
  await seed(serviceWorker, { 'progress:beeline:beeline-submit': 42 });
  await expect.poll(async () => (await stored(serviceWorker, 'notices')).notices).toHaveLength(1);
  await expect(note).toHaveCount(0);

  // Kcell's, written behind the worker's back: repaired, with a notice, which the open page shows at once.
  await seed(serviceWorker, { 'progress:kcell:kcell-submit': 'garbage' });
  await expect(note).toContainText('Ticks saved for Kcell could not be read, and some or all of them were cleared.');
  await expect(note.getByRole('button', { name: 'Open the full checklist' })).toBeVisible();
  await expect(stepCard(page, 'before-backup').getByRole('checkbox')).toBeChecked();

  // Dismissed in the popup, where the notice says what exactly was cleared: the guide stops saying it too.
  const popup = await openPopup('?operator=kcell');
  const kcellNotice = popup.locator('.sx-notice', { hasText: 'Kcell' });
  await kcellNotice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(note).toHaveCount(0);
  expect(router.leaks).toEqual([]);
});
