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
