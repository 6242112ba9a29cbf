// The end of the journey: once the user has ticked that the number is really disconnected, the worker
// shows no reminder (utils/worker-reminders.ts), and the popup must not go on promising one or telling
// them to check now what they have just ticked as checked.
import type { Browser } from 'wxt/browser';
import { localIsoDate } from '../../scripts/demo-steps';
import { test, expect } from './harness';

declare const chrome: typeof Browser;

test('ticking the disconnection check turns the reminder sentence into "no reminder", and none is shown', async ({ openPopup, serviceWorker }) => {
  await serviceWorker.evaluate(() => {
    const shown: string[] = [];
    (globalThis as unknown as { shown: string[] }).shown = shown;
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = ((id: string, options: unknown) => {
      shown.push(id);
      return create(id, options as never);
    }) as typeof chrome.notifications.create;
  });
  const page = await openPopup('?operator=kcell');
  const now = new Date();
  // Handed in ten days ago: the reminder day (three days on) is past.
  await page.getByLabel('Date submitted').fill(localIsoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 10)));
  const sentence = page.locator('#sx-reminder-text');
  await expect(sentence).toContainText('is past: check now that the number is disconnected.');

  const step = page.locator('#sx-step-after-check-disconnected');
  await step.focus();
  await page.keyboard.press('Space');
  await expect(step).toBeChecked();
  await expect(sentence).toHaveText('Checked: no reminder will come.');
  // What the sentence says is what the worker does: the alarm, due now, shows nothing.
  await page.evaluate(() => chrome.alarms.create('reminder:kcell', { when: Date.now() }));
  await expect.poll(() => page.evaluate(async () => (await chrome.storage.local.get('reminder:kcell'))['reminder:kcell'])).toMatchObject({ fired: true });
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as { shown: string[] }).shown)).toEqual([]);

  // Unticked again: the sentence about the reminder day comes back.
  await page.keyboard.press('Space');
  await expect(step).not.toBeChecked();
  await expect(sentence).toContainText('is past: check now that the number is disconnected.');
});

test('a reminder day already past says to check now in every language, as it does in English', async ({ openPopup }) => {
  const page = await openPopup('?operator=kcell');
  const now = new Date();
  await page.getByLabel('Date submitted').fill(localIsoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 10)));
  const sentence = page.locator('#sx-reminder-text');
  await expect(sentence).toContainText('is past: check now that the number is disconnected.');
  for (const [lang, words] of [
    ['ru', 'прошёл: проверьте сейчас, что номер отключён.'],
    ['kk', 'өтіп кетті: нөмірдің өшірілгенін қазір тексеріңіз.'],
    ['zh-CN', '已过：请现在确认号码已注销。'],
  ] as const) {
    await page.locator('#sx-popup-lang').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(sentence).toContainText(words);
  }
});
