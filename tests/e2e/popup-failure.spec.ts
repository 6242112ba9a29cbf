// The popup when something fails: a remembered checklist it cannot draw, a worker that cannot answer,
// and an update that took its strings away while it was open. Never a blank window, and never the
// short names its build gives the strings' keys (entrypoints/popup/build.ts) where words belong.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { zhCN } from '@/locales/zh-CN';
import { EXTENSION_PATH, launchWithExtension, test, expect } from './harness';

declare const chrome: typeof Browser;

test('a broken remembered checklist costs at most one opening: the worker\'s answer replaces it', async ({ context, extensionId, openPopup }) => {
  const first = await openPopup('?operator=kcell');
  await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  // Damaged in a way the popup's quick check lets through: a step with no title at all.
  const broken = await first.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('simexit:guide:') && k.endsWith(':kcell:online'));
    if (!key) return false;
    const entry = JSON.parse(localStorage.getItem(key)!);
    entry.sections[0].steps[0].title = null;
    entry.sections[0].steps[0].sources = 7;
    localStorage.setItem(key, JSON.stringify(entry));
    return true;
  });
  expect(broken).toBe(true);
  await first.close();

  for (let opening = 0; opening < 2; opening++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
    // Never blank: the checklist, or an explanation, and the next opening is whole again.
    await expect(page.locator('[data-step-id="before-backup"] input, .sx-fatal').first()).toBeVisible();
    if (opening === 1) await expect(page.locator('[data-step-id="before-backup"] input')).toBeEnabled();
    await page.close();
  }
});

/**
 * The remembered Kcell checklist with a step that has no title: the popup's quick check of its memory
 * lets it through, and drawing it cannot survive (the error boundary's panel shows).
 */
const breakRememberedStep = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('simexit:guide:') && k.endsWith(':kcell:online'))!;
    const entry = JSON.parse(localStorage.getItem(key)!);
    entry.sections[0].steps[0].title = null;
    localStorage.setItem(key, JSON.stringify(entry));
  });

test('a checklist that cannot be drawn is explained in the user’s language, though those words are not in the first load', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const first = await openPopup('?operator=kcell');
  await first.getByLabel('Language').selectOption('ru');
  await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  await breakRememberedStep(first);
  await first.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  const panel = page.locator('.sx-fatal');
  await expect(panel.getByRole('heading')).toHaveText(ru['popup.crash.title']);
  await expect(panel).toContainText(ru['popup.crash.body'].split(' (')[0]!);
  await expect(page.getByRole('alert')).toHaveCount(1);
  // The language menu is still there, and the panel follows it (its words load with it).
  await page.getByLabel('Язык').selectOption('zh-CN');
  await expect(panel.getByRole('heading')).toHaveText(zhCN['popup.crash.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a failure panel whose words cannot be loaded either (the extension updated under it) still says what failed', async () => {
  // A copy of the build, so its files can go as an update's would.
  const copy = mkdtempSync(join(tmpdir(), 'simexit-updated-'));
  cpSync(EXTENSION_PATH, copy, { recursive: true });
  const { context, extensionId, cleanup } = await launchWithExtension({ extensionPath: copy });
  try {
    const url = `chrome-extension://${extensionId}/popup.html?operator=kcell`;
    const first = await context.newPage();
    await first.goto(url);
    await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
    // The strings remembered, and the checklist, with a step the popup cannot draw.
    await first.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('simexit:strings:')));
    await breakRememberedStep(first);
    await first.close();
    // Every language's strings gone from the disk, as when the extension is replaced by another build.
    const chunks = join(copy, 'chunks');
    for (const file of readdirSync(chunks)) if (/^(en|ru|kk|zh-CN)-/.test(file)) rmSync(join(chunks, file));
    const page = await context.newPage();
    await page.goto(url);
    const panel = page.locator('.sx-fatal');
    await expect(panel).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(1);
    // The error, and nothing around it: the heading and the sentence could not load, and drawn anyway
    // they read as the short names the build gives their keys (a letter or two), before or around the
    // error. The error is reading the English of the step title breakRememberedStep made null.
    await expect(panel).toHaveText(/^Cannot read properties of null \(reading 'en'\)$/);
    await page.close();
    // The panel's own code gone too (the popup loads it only when it fails): the error, all the same.
    // The failed opening remembered the worker's good checklist again: break it again, as above.
    const between = await context.newPage();
    await between.goto(url);
    await expect(between.locator('[data-step-id="before-backup"] input')).toBeEnabled();
    await breakRememberedStep(between);
    await between.close();
    const panelChunks = readdirSync(chunks).filter((file) => file.startsWith('ErrorPanel-'));
    expect(panelChunks).toHaveLength(1);
    for (const file of panelChunks) rmSync(join(chunks, file));
    const again = await context.newPage();
    await again.goto(url);
    await expect(again.locator('.sx-fatal')).toHaveText(/^Cannot read properties of null \(reading 'en'\)$/);
    await expect(again.getByRole('alert')).toHaveCount(1);
    await expect(again.locator('.sx-pending')).toHaveCount(0);
  } finally {
    await cleanup();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a worker that cannot give the checklist is explained in the user’s language too', async ({ context, extensionId, openPopup }) => {
  const page = await kcellNothingKept(context, extensionId, openPopup, (first) => first.getByLabel('Language').selectOption('ru'));
  const panel = page.locator('.sx-fatal');
  await expect(panel.getByRole('heading')).toHaveText(ru['popup.crash.title']);
  await expect(panel).toContainText(ru['popup.crash.retryBody'].split(' (')[0]!);
  await expect(panel.getByRole('button')).toHaveText(ru['popup.crash.retry']);
});

test('a worker that could not give the checklist is asked again on "Try again", by keyboard, and the steps come once it answers', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const page = await kcellNothingKept(context, extensionId, openPopup);
  const panel = page.locator('.sx-fatal');
  const said = panel.getByRole('alert');
  await expect(said).toContainText(en['popup.crash.retryBody'].split(' (')[0]!);
  const retry = panel.getByRole('button', { name: en['popup.crash.retry'] });
  const box = await retry.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
  await expect(page.locator('[data-step-id]')).toHaveCount(0);

  // Reached by Tab from the operator menu above it, pressed with Enter while the worker still gives
  // nothing: the failure is said again, and the button stays, with focus on it.
  await page.getByLabel('Operator').focus();
  for (let i = 0; i < 4 && !(await retry.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(retry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(said).toContainText(en['popup.crash.retryBody'].split(' (')[0]!);
  await expect(retry).toBeFocused();
  await expect(page.locator('[data-step-id]')).toHaveCount(0);

  // The worker answers now, a moment later: meanwhile the panel says it is asking, focus still on the button.
  await page.evaluate(() => ((globalThis as unknown as { guides: string }).guides = 'held'));
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText(en['popup.crash.retrying']);
  await expect(retry).toBeFocused();
  // The retry reads storage before it asks: the held ask is there to answer once `answer` is set.
  await page.waitForFunction(() => typeof (globalThis as unknown as { answer?: unknown }).answer === 'function');
  await page.evaluate(() => (globalThis as unknown as { answer: () => void }).answer());
  // The steps, as on a normal opening, and focus on the route chosen, not dropped to <body>.
  await expect(page.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Start online' })).toBeFocused();
});

test('a route changed while the worker cannot give its checklist shows the copy kept of that route, not the other route’s steps under it', async ({
  context,
  extensionId,
  openPopup,
}) => {
  // Both routes' checklists seen once, so the popup keeps a good copy of each.
  const first = await openPopup('?operator=kcell');
  await expect(first.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await first.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect(first.locator('[data-step-id="kcell-prepare-id"]')).toBeVisible();
  await first.getByRole('radio', { name: 'Start online' }).check();
  await expect(first.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await first.close();

  // Now the worker saves the route but cannot give any checklist.
  const page = await kcellWithGuidesFailing(context, extensionId);
  await page.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect.poll(() => page.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { route?: string })?.route)).toBe('office');
  // The office steps, as kept; not the online ones under "Straight to an office", nor a change said to be lost.
  await expect(page.locator('[data-step-id="kcell-prepare-id"]')).toBeVisible();
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // And back: the online copy is still the good one.
  await page.getByRole('radio', { name: 'Start online' }).check();
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await expect(page.locator('[data-step-id="kcell-prepare-id"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/**
 * From now on in `page`, the worker answers every guide/get with a failure (it saves everything else),
 * until the page sets `guides` to 'held': then it answers once `answer()` is called, as a worker
 * restarting would, a moment later.
 */
const failGuides = (page: Page) =>
  page.addInitScript(() => {
    const state = globalThis as unknown as { guides: 'failing' | 'held'; answer: () => void };
    state.guides = 'failing';
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = ((message: { type?: string }) =>
      message?.type !== 'guide/get'
        ? send(message)
        : state.guides === 'failing'
          ? Promise.resolve({ ok: false, error: 'internal' })
          : new Promise<void>((resolve) => (state.answer = resolve)).then(() => send(message))) as typeof chrome.runtime.sendMessage;
  });

/**
 * Kcell's popup with no checklist remembered and a worker that gives none (failGuides): its failure panel.
 * A first opening, where the worker answers, sets things up (`before`) and stores the settings.
 */
async function kcellNothingKept(
  context: BrowserContext,
  extensionId: string,
  openPopup: (query?: string) => Promise<Page>,
  before?: (first: Page) => Promise<unknown>,
): Promise<Page> {
  const first = await openPopup('?operator=kcell');
  await before?.(first);
  await expect(first.locator('[data-step-id="before-backup"] input')).toBeEnabled();
  // No checklist remembered: the next opening must ask the worker, which here answers with a failure.
  await first.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('simexit:guide:')) localStorage.removeItem(key);
  });
  await first.close();
  const page = await context.newPage();
  await failGuides(page);
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  return page;
}

/** Kcell's checklist in a popup whose worker can no longer give any checklist: drawn from the copy kept. */
async function kcellWithGuidesFailing(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await failGuides(page);
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  return page;
}

test('a route whose checklist cannot be loaded, with no copy kept, lists that route’s steps from the guide held, and a tick there is that route’s', async ({
  context,
  extensionId,
  openPopup,
}) => {
  // Only the online checklist seen, so no copy of the office one is kept.
  const first = await openPopup('?operator=kcell');
  await expect(first.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await first.close();

  const page = await kcellWithGuidesFailing(context, extensionId);
  await page.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect.poll(() => page.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { route?: string })?.route)).toBe('office');
  // Before: the online steps stayed under "Straight to an office", with a line to reopen the window,
  // and a tick there went to an online step.
  await expect(page.locator('[data-step-id="kcell-prepare-id"]')).toBeVisible();
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.locator('[data-step-id="kcell-prepare-id"] input').check();
  await expect.poll(() => page.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).some((k) => k.endsWith(':kcell-prepare-id')))).toBe(true);
  // Back online: its steps again, nothing failed.
  await page.getByRole('radio', { name: 'Start online' }).check();
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await expect(page.locator('[data-step-id="kcell-prepare-id"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('another operator chosen while the worker cannot give checklists shows the copy kept of it, not a failure', async ({
  context,
  extensionId,
  openPopup,
}) => {
  // Beeline's checklist seen once from the operator menu, so the popup keeps a good copy of it.
  const first = await openPopup('?operator=kcell');
  await expect(first.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await first.getByLabel('Operator').selectOption('beeline');
  await expect(first.locator('[data-step-id="beeline-submit"]')).toBeVisible();
  await first.getByLabel('Operator').selectOption('kcell');
  await expect(first.locator('[data-step-id="kcell-download-forms"]')).toBeVisible();
  await first.close();

  const page = await kcellWithGuidesFailing(context, extensionId);
  await page.getByLabel('Operator').selectOption('beeline');
  await expect(page.locator('[data-step-id="beeline-submit"] input')).toBeEnabled();
  await expect(page.locator('.sx-fatal')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('storage that cannot be read on opening is read again on "Try again", by keyboard: the ticks kept come with the checklist', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const first = await openPopup('?operator=kcell');
  await first.locator('[data-step-id="before-backup"] input').check();
  await expect.poll(() => first.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).some((k) => k.endsWith(':before-backup')))).toBe(true);
  await first.close();
  const page = await context.newPage();
  // Storage cannot be read (a browser profile busy or damaged a moment), until the page sets `reads`.
  await page.addInitScript(() => {
    const state = globalThis as unknown as { reads: 'failing' | 'working' };
    state.reads = 'failing';
    const local = chrome.storage.local;
    const get = local.get.bind(local) as (keys?: unknown) => Promise<unknown>;
    local.get = ((keys?: unknown) => (state.reads === 'failing' ? Promise.reject(new Error('storage unavailable')) : get(keys))) as typeof local.get;
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  const panel = page.locator('.sx-fatal');
  const said = panel.getByRole('alert');
  await expect(said).toContainText(en['popup.crash.retryBody'].split(' (')[0]!);
  const retry = panel.getByRole('button', { name: en['popup.crash.retry'] });
  await retry.focus();
  // Still unreadable: said again, the button kept, with focus on it.
  await page.keyboard.press('Enter');
  await expect(said).toContainText(en['popup.crash.retryBody'].split(' (')[0]!);
  await expect(retry).toBeFocused();
  // Readable now: the checklist, with the tick stored, and focus on the route chosen.
  await page.evaluate(() => ((globalThis as unknown as { reads: string }).reads = 'working'));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step-id="before-backup"] input')).toBeChecked();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Start online' })).toBeFocused();
});

test('a route changed in another window while the failure panel shows: the panel still says what failed, and "Try again" brings that route’s steps', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const page = await kcellNothingKept(context, extensionId, openPopup);
  const panel = page.locator('.sx-fatal');
  await expect(panel.getByRole('alert')).toContainText(en['popup.crash.retryBody'].split(' (')[0]!);

  // Another window, whose worker answers, goes to the office.
  const other = await openPopup('?operator=kcell');
  await other.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect(other.locator('[data-step-id="kcell-prepare-id"]')).toBeVisible();
  await expect.poll(() => page.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { route?: string })?.route)).toBe('office');
  await other.close();
  // Here, never an empty block with no words: what failed, and the way out.
  await page.bringToFront();
  await expect(panel.getByRole('alert')).toContainText(en['popup.crash.retryBody'].split(' (')[0]!);
  const retry = panel.getByRole('button', { name: en['popup.crash.retry'] });
  await expect(retry).toBeVisible();
  await expect(page.locator('.sx-pending')).toHaveCount(0);
  await page.evaluate(() => ((globalThis as unknown as { guides: string }).guides = 'held'));
  await retry.press('Enter');
  // The retry reads storage before it asks: the held ask is there to answer once `answer` is set.
  await page.waitForFunction(() => typeof (globalThis as unknown as { answer?: unknown }).answer === 'function');
  await page.evaluate(() => (globalThis as unknown as { answer: () => void }).answer());
  await expect(page.locator('[data-step-id="kcell-prepare-id"]')).toBeVisible();
  await expect(page.locator('[data-step-id="kcell-download-forms"]')).toHaveCount(0);
  await expect(panel).toHaveCount(0);
});
