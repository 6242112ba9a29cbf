// A date typed already past its reminder day is answered in the popup ("check now"), not again by a
// notification a minute later. (A shown notification going away is tested in tests/unit/background.test.ts:
// headless Chromium here drops a notification from chrome.notifications.getAll by itself within seconds,
// so a browser spec cannot tell one cleared from one timed out.)
import type { Browser } from 'wxt/browser';
import { localIsoDate } from '../../scripts/demo-steps';
import { test, expect } from './harness';

declare const chrome: typeof Browser;

const daysAgo = (n: number) => {
  const now = new Date();
  return localIsoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - n));
};

test('a date typed past its reminder day says "check now" and no notification is set for a minute later; a day ahead keeps its reminder', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  const sentence = page.locator('#sx-reminder-text');
  await page.getByLabel('Date submitted').fill(daysAgo(10));
  await expect(sentence).toContainText('is past: check now that the number is disconnected.');
  const stored = () => page.evaluate(async () => (await chrome.storage.local.get('reminder:kcell'))['reminder:kcell']);
  await expect.poll(stored).toMatchObject({ fired: true, shownDay: daysAgo(7) });
  expect(await page.evaluate(() => chrome.alarms.get('reminder:kcell'))).toBeFalsy();

  await page.getByLabel('Date submitted').fill(daysAgo(1));
  await expect(sentence).toContainText('Reminder:');
  await expect.poll(() => page.evaluate(async () => (await chrome.alarms.get('reminder:kcell'))?.scheduledTime ?? 0)).toBeGreaterThan(Date.now() + 86_400_000);
});
