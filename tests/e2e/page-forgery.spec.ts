// What the operator's own page (or any script on it) can do to the guide, found by a security
// review: the overlay's shadow root is open, and WXT's internal events have names built from the
// extension's public id. A page must not be able to tick steps, hide the guide, switch its route,
// remove it or make it work for nothing.
import { test, expect } from './harness';
import { HOST, classifyTimes, openServed, panel, progressText, stepCard, stored } from './overlay-helpers';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

test('a page script clicking inside the overlay changes nothing: no tick, no hiding, no route switch', async ({ context, router, serviceWorker }) => {
  const page = await openServed(context, router, KCELL_RU);
  await expect(progressText(page)).toHaveText(/^0 of \d+ done$/);
  await page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    const first = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    first.checked = true;
    first.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLInputElement>('input[value="office"]')!.click();
    for (const button of root.querySelectorAll<HTMLButtonElement>('button')) if (/Hide/.test(button.textContent ?? '')) button.click();
    for (const button of root.querySelectorAll<HTMLButtonElement>('button')) if (/Hide it here/.test(button.textContent ?? '')) button.click();
  }, HOST);
  await page.waitForTimeout(800);
  await expect(panel(page)).toBeVisible();
  await expect(progressText(page)).toHaveText(/^0 of \d+ done$/);
  await expect(stepCard(page, 'before-backup').locator('input[type="checkbox"]')).not.toBeChecked();
  await expect(page.locator(`${HOST} input[value="online"]`)).toBeChecked();
  await expect(page.locator(`${HOST} #sx-dismiss-ask`)).toBeHidden();
  const items = await stored(serviceWorker);
  expect(Object.keys(items).filter((key) => key.startsWith('progress:'))).toEqual([]);
  expect((items.settings as { dismissedSites?: string[] } | undefined)?.dismissedSites ?? []).toEqual([]);
  // The user's own click still works.
  await stepCard(page, 'before-backup').locator('input[type="checkbox"]').check();
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
});

test('forged WXT events neither remove the guide nor make it read and classify again', async ({ context, router, extensionId }) => {
  const page = await openServed(context, router, KCELL_RU);
  await expect(panel(page)).toBeVisible();
  const before = (await classifyTimes(page)).length;
  await page.evaluate((id) => {
    // "Another copy of this content script started": WXT stops the running one when it hears it.
    document.dispatchEvent(
      new CustomEvent(`${id}:guide:wxt:content-script-started`, { detail: { contentScriptName: 'guide', messageId: 'forged' } }),
    );
    for (let i = 0; i < 20; i++) window.dispatchEvent(new Event(`${id}:guide:wxt:locationchange`));
  }, extensionId);
  await page.waitForTimeout(1_600);
  await expect(panel(page)).toBeVisible();
  await expect(page.locator(HOST)).toHaveCount(1);
  expect((await classifyTimes(page)).length).toBe(before);
  // Still alive: the user's tick works.
  await stepCard(page, 'before-backup').locator('input[type="checkbox"]').check();
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
});
