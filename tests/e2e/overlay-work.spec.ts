// How much the overlay draws again for what the user does, counted (not timed) with V8's call counts
// (precise coverage) of the built overlay.js. On a slow laptop a whole overlay drawn again cost ~45 ms
// of a CPU throttled 4x: it was drawn again at every scroll frame while "Show me"'s outline showed, and
// once more for the words the live region says after each tick (helper-72).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { EXTENSION_PATH, FIXTURES, test, expect } from './harness';
import type { Browser } from 'wxt/browser';
import { HOST, SETTINGS, launcher, panel, stepCard } from './overlay-helpers';

declare const chrome: typeof Browser;

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';
const OVERLAY_JS = readFileSync(join(EXTENSION_PATH, 'overlay.js'), 'utf8');

interface FunctionCoverage {
  ranges: { startOffset: number; endOffset: number; count: number }[];
}
interface ScriptCoverage {
  url: string;
  functions: FunctionCoverage[];
}

/**
 * Counts the calls of the overlay.js function that draws the steps (the innermost holding its group's
 * id), and of the one that draws a step's card (holding its checkbox's class): `calls()` is the first,
 * `cards()` the second, both since the last reset (V8 resets every count at each take).
 */
async function stepDrawCounter(page: Page): Promise<{ reset(): Promise<void>; calls(): Promise<number>; cards(): Promise<number> }> {
  const at = ['sx-group-page', 'sx-step__check'].map((marker) => OVERLAY_JS.indexOf(marker));
  expect(Math.min(...at), 'the steps components are in overlay.js').toBeGreaterThan(0);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  let counted = [0, 0];
  const take = async () => {
    const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
    const script = result.find((s) => s.url.endsWith('/overlay.js'));
    counted = at.map((offset) => {
      const holding = (script?.functions ?? [])
        .map((f) => f.ranges[0]!)
        .filter((r) => r.startOffset < offset && offset < r.endOffset)
        .sort((a, b) => a.endOffset - a.startOffset - (b.endOffset - b.startOffset));
      return holding[0]?.count ?? 0;
    });
    return counted[0]!;
  };
  return { reset: async () => void (await take()), calls: take, cards: async () => counted[1]! };
}

test('the steps are not drawn again while "Show me"’s outline follows a scrolling page, and once per tick', async ({ context, router }) => {
  // Room to scroll below the forms.
  router.serve(KCELL_RU, readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8').replace('</main>', '<div style="height:4000px"></div></main>'));
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  await expect(page.locator(`${HOST}[data-ready]`)).toHaveCount(1);
  const counter = await stepDrawCounter(page);
  const outline = page.locator(`${HOST} .sx-highlight`);

  await counter.reset();
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  await expect(outline).toBeVisible();
  await page.waitForTimeout(500);
  const before = await outline.boundingBox();
  await page.mouse.move(300, 300);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 40);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  }
  // The outline followed the page (scroll frames reached the overlay), and the steps were left alone.
  await expect.poll(async () => (await outline.boundingBox())?.y).toBeLessThan(before!.y - 200);
  expect(await counter.calls(), 'step lists drawn for "Show me" and 10 scroll steps').toBe(0);

  await page.keyboard.press('Escape');
  const box = stepCard(page, 'before-settle-debts').getByRole('checkbox');
  await box.check();
  await page.waitForTimeout(500);
  await counter.reset();
  await box.uncheck();
  await expect(page.locator(`${HOST} [aria-live="polite"]`)).toContainText('not done');
  await page.waitForTimeout(500);
  expect(await counter.calls(), 'step lists drawn for one untick (box, count and what is said)').toBe(1);
  // Its card, and the one that counts the precautions left: not the other dozen in every tab (helper-75).
  expect(await counter.cards(), 'cards drawn for one untick').toBe(2);
});

test('unfolding the panel from its launcher does not make its steps anew', async ({ context, router, serviceWorker }) => {
  router.serveFixture(KCELL_RU, 'pages/kcell-documents-ru.html');
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  const counter = await stepDrawCounter(page);
  const box = stepCard(page, 'before-settle-debts').getByRole('checkbox');
  await box.evaluate((el) => ((el as HTMLElement & { seen?: true }).seen = true));
  await page.getByRole('button', { name: 'Collapse the guide' }).click();
  await expect(launcher(page)).toBeVisible();
  await expect(panel(page)).toBeHidden();
  await counter.reset();
  // Made anew, its ~400 boxes were most of the press's time: event timing over 200 ms on a CPU throttled 4x.
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Collapse the guide' })).toBeFocused();
  await counter.calls();
  // Only the one that counts the precautions left, drawn at each draw of the steps.
  expect(await counter.cards(), 'cards drawn to unfold').toBe(1);
  expect(await box.evaluate((el) => (el as HTMLElement & { seen?: true }).seen), 'the same checkbox as before folding').toBe(true);
  // Kept folded, it is not drawn for a tick made meanwhile in the popup; unfolded, it shows it.
  await page.getByRole('button', { name: 'Collapse the guide' }).click();
  await expect(launcher(page)).toBeVisible();
  await counter.reset();
  await serviceWorker.evaluate(() => chrome.storage.local.set({ 'progress:kcell:before-settle-debts': { done: true, at: Date.now() } }));
  await expect(launcher(page)).toContainText('1/');
  expect(await counter.calls(), 'steps drawn while folded').toBe(0);
  expect(await counter.cards(), 'cards drawn while folded').toBe(0);
  await launcher(page).click();
  await expect(box).toBeChecked();
});

test('what the Kcell panel does not show, changed in storage by the popup, draws nothing in its tab', async ({ context, router, serviceWorker }) => {
  router.serveFixture(KCELL_RU, 'pages/kcell-documents-ru.html');
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  await expect(page.locator(`${HOST}[data-ready]`)).toHaveCount(1);
  const set = (items: Record<string, unknown>) => serviceWorker.evaluate((i) => chrome.storage.local.set(i), items);
  const settings = { ...SETTINGS, operator: 'activ' };
  // activ's checklist in progress: the panel says so (a change it shows, drawn once).
  await set({ settings });
  await expect(page.getByTestId('sx-other-in-progress')).toBeVisible();
  await page.waitForTimeout(300);
  const counter = await stepDrawCounter(page);
  await counter.reset();
  const proof = { phoneNumber: '', requestNumber: '', submittedOn: '', place: '', updatedAt: 0 };
  for (let i = 1; i <= 3; i++) {
    // Notes typed into Kcell's proof (the popup saves as the user types), the reminder's days, activ's ticks.
    await set({ 'evidence:kcell': { ...proof, notes: `call ${i}`, updatedAt: i } });
    await set({ settings: { ...settings, reminderDays: 3 + i } });
    await set({ 'progress:activ:activ-submit': { done: i % 2 === 1, at: i } });
  }
  await page.waitForTimeout(500);
  expect(await counter.calls(), 'step lists drawn for 9 changes the Kcell panel does not show').toBe(0);
});
