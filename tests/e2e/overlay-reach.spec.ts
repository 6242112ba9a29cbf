// Reaching the guide on the operator's page and leaving it, by keyboard and screen reader (helper-93):
// where focus goes when the guide goes, what is said when a note appears, and the second press of
// "Open the full checklist" that asks for the proof's date. The keyboard shortcut to the guide is in
// overlay-shortcut.spec.ts (it needs a window and real key presses).
import { test, expect } from './harness';
import { HOST, liveRegion, openServed, panel, stepCard } from './overlay-helpers';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

test('"Hide it here" with nothing on the page focused before: focus goes to the page\'s main heading, not <body>', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  await expect(panel(page)).toBeVisible();
  // A screen reader's user who came to the guide by reading, not by Tab: nothing on the page has focus.
  await page.locator(`${HOST} button`, { hasText: 'Hide on this site' }).press('Enter');
  await page.locator(`${HOST} button`, { hasText: 'Hide it here' }).press('Enter');
  const ok = page.locator(`${HOST} .sx-farewell button`);
  await expect(ok).toBeFocused();
  // What happened was said with the button (its description) before the guide goes.
  await expect(ok).toHaveAccessibleDescription(/will not appear on Kcell pages again/);
  await ok.press('Enter');
  await expect(page.locator(HOST)).toHaveCount(0);
  // It fell to <body>: a screen reader then starts again at the page's top, or says nothing at all.
  const heading = page.getByRole('heading', { level: 1, name: 'Документы и бланки заявлений' });
  await expect(heading).toBeFocused();
  // Made focusable for that moment only: the page is left as it was once focus moves on.
  await page.keyboard.press('Tab');
  await expect(heading).not.toHaveAttribute('tabindex');
});

test('the note under the ticked hand-in step is said when it appears, with the tick', async ({ context, router }) => {
  const page = await openServed(context, router, KCELL_RU);
  const submit = stepCard(page, 'kcell-submit');
  await submit.getByRole('checkbox').press('Space');
  await expect(submit.locator('[data-testid="sx-remind-note"]')).toBeVisible();
  // It was heard only as the description of its button, by a user who went on to that button.
  await expect(liveRegion(page)).toHaveText(
    /^Step marked done: .+\. \d+ of \d+ done\. Handed in\? Enter the date under “Your proof” in the full checklist: SimExit then reminds you to check that the number really ended\.$/,
  );
  // Unticked, the note goes and is not said.
  await submit.getByRole('checkbox').press('Space');
  await expect(liveRegion(page)).toHaveText(/^Step marked not done: .+\. \d+ of \d+ done$/);
  // In the user's language, with its own full stop.
  await panel(page).getByLabel('Language').selectOption('zh-CN');
  await submit.getByRole('checkbox').press('Space');
  await expect(liveRegion(page)).toContainText('。已经提交了？');
});

test('"Open the full checklist" at the proof\'s date, pressed a moment after the plain one, opens the list at the date', async ({
  context,
  router,
  extensionId,
}) => {
  const page = await openServed(context, router, KCELL_RU);
  const popups = () => context.pages().filter((p) => p.url().startsWith(`chrome-extension://${extensionId}/popup.html`));
  const opened = context.waitForEvent('page');
  await page.locator(`${HOST} [data-testid="sx-full-list"]`).getByRole('button', { name: 'Open the full checklist' }).press('Enter');
  const first = await opened;
  await expect(first.getByLabel('Date submitted')).toBeVisible();
  // Back on the operator's page, within the 10 s in which the same request brings that window forward.
  await page.bringToFront();
  const submit = stepCard(page, 'kcell-submit');
  await submit.getByRole('checkbox').press('Space');
  await submit.locator('[data-testid="sx-remind-note"]').getByRole('button', { name: 'Open the full checklist' }).press('Enter');
  // The window came forward at the top of the list, the date some 40 Tab presses below (helper-91).
  await expect
    .poll(async () => {
      const atDate = await Promise.all(popups().map((p) => p.evaluate(() => document.activeElement?.id).catch(() => null)));
      return atDate.includes('sx-ev-submittedOn');
    })
    .toBe(true);
  // One window still: the one opened at the top made way.
  await expect.poll(() => popups().length).toBe(1);
  expect(popups()[0]!.url()).toBe(`chrome-extension://${extensionId}/popup.html?operator=kcell#ev-submittedOn`);
  // Pressed again at once (a double press, a message sent again): that window, no other.
  await page.bringToFront();
  await submit.locator('[data-testid="sx-remind-note"]').getByRole('button', { name: 'Open the full checklist' }).press('Enter');
  await page.waitForTimeout(800);
  expect(popups()).toHaveLength(1);
});
