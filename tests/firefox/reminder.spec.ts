// The reminder in Firefox, as a user reaches it: the hand-in step ticked on the operator's page, the
// full checklist opened from there in a window of its own at the proof's date, the date typed, the
// alarm set from it, and the notification when it goes off. Headless Firefox closes a notification
// as soon as it is shown, so what the extension asked to show is read from the background page.
import type { Page } from '@playwright/test';
import { test, expect, inBackground, openedExtensionPage, openExtensionPage } from './harness';
import { panel, serveAll, stepCard } from '../e2e/overlay-helpers';
import { localIsoDate } from '../../scripts/demo-steps';

const KCELL_DOCS = 'https://www.kcell.kz/ru/product/documents';
const LONG_DATE = { year: 'numeric', month: 'long', day: 'numeric' } as const;

const alarmAt = (page: Page) => page.evaluate("browser.alarms.get('reminder:kcell').then((alarm) => alarm?.scheduledTime ?? null)") as Promise<number | null>;

test('from the operator’s page to the reminder: the full checklist opens at the date, which sets the alarm, which shows the notification', async ({ context, router }) => {
  serveAll(router);
  const site = await context.newPage();
  await site.goto(KCELL_DOCS);
  await expect(panel(site)).toBeVisible();
  await stepCard(site, 'kcell-submit').getByRole('checkbox').check();
  await site.locator('simexit-guide [data-testid="sx-remind-note"]').getByRole('button', { name: 'Open the full checklist' }).click();

  // A popup window of the toolbar popup's size (utils/popup-window.ts), with the date's field focused.
  const list = await openedExtensionPage(context, 'popup.html?operator=kcell#ev-submittedOn');
  expect(await list.evaluate('browser.windows.getCurrent().then((w) => [w.type, w.width, w.height])')).toEqual(['popup', 420, 640]);
  const date = list.locator('#sx-ev-submittedOn');
  await expect(date).toBeFocused();

  const today = new Date();
  await date.fill(localIsoDate(today));
  const due = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 3, 12);
  await expect(list.locator('#sx-reminder-text')).toHaveText(`Reminder: ${due.toLocaleDateString('en', LONG_DATE)} — check that the number is disconnected.`);
  await expect.poll(() => alarmAt(list)).toBe(due.getTime());

  // A request handed in ten days ago: its day is past, which the list says under the date, so no
  // notification a minute later says it again (7559e01); kept as told.
  const sent = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 10);
  await date.fill(localIsoDate(sent));
  await expect(list.locator('#sx-reminder-text')).toContainText('is past: check now that the number is disconnected.');
  await expect.poll(() => list.evaluate("browser.storage.local.get('reminder:kcell').then((items) => items['reminder:kcell']?.fired)")).toBe(true);
  expect(await alarmAt(list)).toBeNull();

  // Back to today's date: the alarm in three days again. Rather than wait for it, its day is made
  // today in the stored reminder, as if the days had passed, and the alarm goes off now.
  await date.fill(localIsoDate(today));
  await expect.poll(() => alarmAt(list)).toBe(due.getTime());
  await inBackground(list, `(bg) => {
    const create = bg.browser.notifications.create.bind(bg.browser.notifications);
    bg.shown = [];
    bg.browser.notifications.create = (id, options) => {
      bg.shown.push({ id, title: options.title, message: options.message, icon: options.iconUrl });
      return create(id, options);
    };
  }`);
  await list.evaluate(`browser.storage.local.get('reminder:kcell').then((items) =>
    browser.storage.local.set({ 'reminder:kcell': { ...items['reminder:kcell'], dueAt: Date.now() } })).then(() => browser.alarms.create('reminder:kcell', { when: Date.now() }))`);
  await expect.poll(() => inBackground(list, '(bg) => JSON.parse(JSON.stringify(bg.shown))')).toEqual([
    {
      id: 'reminder:kcell',
      title: 'Has Kcell really closed your number?',
      message: `You sent the request on ${today.toLocaleDateString('en', LONG_DATE)}. Check that the number is really disconnected, and check the final bill and any refund of your balance you were told of.`,
      icon: expect.stringMatching(/^moz-extension:\/\/.+\/icon\/notification\.png$/),
    },
  ]);
  // Shown once: kept as shown, with no alarm left to show it again.
  await expect.poll(() => list.evaluate("browser.storage.local.get('reminder:kcell').then((items) => items['reminder:kcell']?.fired)")).toBe(true);
  expect(await alarmAt(list)).toBeNull();

  // Its click opens the list at the step it asks about (the address openFromNotification opens).
  const opened = await context.newPage();
  await openExtensionPage(opened, 'popup.html?operator=kcell#step-after-check-disconnected');
  await expect(opened.locator('#sx-step-after-check-disconnected')).toBeFocused();
});
