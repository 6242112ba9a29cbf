// What the user takes away: the printable summary page and the Markdown file must carry the ticks,
// the dates, the proof and the sources, and be made without any network request.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { test, expect } from './harness';

declare const chrome: typeof Browser;

const today = () => new Date().toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' });

async function prepare(page: Page) {
  await page.locator('[data-step-id="before-backup"] input').check();
  await page.locator('[data-step-id="kcell-submit"] input').check();
  await page.getByLabel('Request or application number').fill('KC-2026/1187');
  await page.getByLabel('Date submitted').fill('2026-11-19');
  await page.getByLabel('Office or channel').fill('Kcell Center, Abai 10');
  await page.getByLabel('Notes').fill('Refund *within* 10 days\n# ask for <receipt>');
  await page.getByLabel('Notes').blur();
  await expect(page.locator('.sx-save')).toHaveText('Saved');
}

test('the printable summary lists ticks with dates, proof and sources, prints, and passes axe', async ({
  context,
  openPopup,
  router,
}) => {
  const popup = await openPopup('?operator=kcell');
  await prepare(popup);
  const [summary] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Printable summary' }).click(),
  ]);
  await summary.waitForLoadState();
  expect(new URL(summary.url()).pathname).toBe('/summary.html');
  expect(new URL(summary.url()).searchParams.get('operator')).toBe('kcell');
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Summary: Kcell');
  await expect(summary.locator('body')).toContainText(`Generated on ${today()}`);
  await expect(summary.locator('body')).toContainText('2 of 15 done');

  const backup = summary.locator('[data-step-id="before-backup"]');
  await expect(backup).toContainText('Done: Back up contacts and SMS');
  await expect(backup).toContainText(`(done on ${today()})`);
  await expect(summary.locator('[data-step-id="kcell-submit"]')).toContainText('Done:');
  await expect(summary.locator('[data-step-id="kcell-refund"]')).toContainText('Not done:');
  await expect(summary.locator('.sx-sum__step--done')).toHaveCount(2);
  await expect(summary.locator('body')).toContainText('Route: Start online');
  // The popup's badges come along: on paper a third-party blog must not read like Kcell's own page.
  await expect(summary.locator('[data-step-id="kcell-submit"] .sx-sum__labels')).toHaveText('Needs an office visit · Bring your ID · General guidance');
  await expect(summary.locator('[data-step-id="before-list-iin-numbers"] .sx-sum__labels')).toHaveText('Third-party source — check it');
  // And so does what was searched for and not found.
  const notFound = summary.getByRole('region', { name: 'Not found' });
  await expect(notFound.getByRole('listitem')).toHaveText([
    'A way to terminate a Kcell contract fully online (Searched November 2026)',
    'A rule in Kazakhstan that ends a number left unused for some time (found only for other countries): leaving a SIM unused is not known to end it (Searched November 2026)',
    'Rules of their own for tourists or short-stay foreigners giving up a SIM card (Searched November 2026)',
  ]);

  const evidence = summary.locator('.sx-sum__evidence');
  await expect(evidence).toContainText('KC-2026/1187');
  await expect(evidence).toContainText('November 19, 2026');
  await expect(evidence).toContainText('Kcell Center, Abai 10');
  // Rendered as text, not markup.
  await expect(evidence).toContainText('Refund *within* 10 days');
  await expect(evidence).toContainText('# ask for <receipt>');
  await expect(summary.locator('receipt')).toHaveCount(0);
  // Sources are written out in full, so they survive on paper.
  await expect(summary.locator('.sx-sum__sources a[href^="https://"]').first()).toBeVisible();
  const hrefs = await summary.locator('.sx-sum__sources a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const [href, text] of hrefs) expect(text).toBe(href);

  expect((await new AxeBuilder({ page: summary }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ") + " " + n.failureSummary).join(" / ")}`)).toEqual([]);

  await summary.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await summary.getByRole('button', { name: 'Print' }).click();
  expect(await summary.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await summary.emulateMedia({ media: 'print' });
  await expect(summary.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(backup).toBeVisible();
  expect(router.leaks).toEqual([]);
});

test('the summary page follows the chosen language', async ({ context, openPopup, router }) => {
  const popup = await openPopup('?operator=kcell');
  await popup.getByLabel('Language').selectOption('ru');
  await popup.locator('[data-step-id="before-backup"] input').check();
  const [summary] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Версия для печати' }).click()]);
  await expect(summary.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Сводка: Kcell');
  await expect(summary.locator('[data-step-id="before-backup"]')).toContainText('Выполнено: Сделайте резервную копию контактов и SMS');
  expect(router.leaks).toEqual([]);
});

test('the printable copy starts with the proof and can be made in another language without changing the user\'s', async ({
  context,
  openPopup,
  serviceWorker,
  router,
}) => {
  const popup = await openPopup('?operator=kcell');
  await prepare(popup);
  const [summary] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Printable summary' }).click()]);
  // The proof is the first section: at a counter the request number is what is asked for.
  await expect(summary.locator('main h2').first()).toHaveText('Your proof');

  // A Chinese or English reader prints a copy the operator's staff can read.
  await summary.getByLabel('Language of this copy').selectOption('ru');
  await expect(summary.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Сводка: Kcell');
  await expect(summary.locator('main h2').first()).toHaveText('Ваши подтверждения');
  await expect(summary.locator('.sx-sum__evidence')).toContainText('KC-2026/1187');
  await expect(summary.locator('.sx-sum__evidence')).toContainText('19 ноября 2026');
  await expect(summary.locator('[data-step-id="before-backup"]')).toContainText('Выполнено: Сделайте резервную копию контактов и SMS');
  await expect(summary.getByLabel('Язык этой копии')).toHaveValue('ru');
  await expect(summary).toHaveTitle('Сводка: Kcell — SimExit KZ');
  // The user's own language is unchanged: the setting, and the popup they read.
  const { settings } = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect((settings as { lang: unknown }).lang).toBeNull();
  await expect(popup.getByRole('button', { name: 'Printable summary' })).toBeVisible();
  // On paper, neither the language menu nor the print button.
  await summary.emulateMedia({ media: 'print' });
  await expect(summary.getByLabel('Язык этой копии')).toBeHidden();
  await expect(summary.getByRole('button', { name: 'Печать' })).toBeHidden();
  expect(router.leaks).toEqual([]);
});

test('the Markdown download has the ticks, dates, proof (escaped) and sources', async ({ openPopup, router }) => {
  const popup = await openPopup('?operator=kcell');
  await prepare(popup);
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^simexit-kcell-\d{4}-\d{2}-\d{2}\.md$/);
  expect(download.url()).toMatch(/^blob:chrome-extension:\/\//);
  const md = readFileSync((await download.path())!, 'utf8');
  expect(md).toMatch(/^# Kcell: giving up the number\n/);
  expect(md).toContain(`- [x] **Back up contacts and SMS** (done on ${today()})`);
  expect(md).toMatch(/^- \[x\] \*\*.+\*\* \(done on /m);
  expect(md.match(/^- \[x\] /gm)).toHaveLength(2);
  expect(md.match(/^- \[ \] /gm)).toHaveLength(13);
  expect(md).toContain('- Request or application number: KC-2026/1187');
  expect(md).toContain('- Date submitted: November 19, 2026');
  expect(md).toContain('- Office or channel: Kcell Center, Abai 10');
  expect(md).toContain('> Refund \\*within\\* 10 days\n> \\# ask for \\<receipt\\>');
  expect(md).toMatch(/<https:\/\/[^>\s]+>/);
  expect(router.leaks).toEqual([]);
});

test('a summary page without an operator says what to do instead of showing nothing', async ({ context, extensionId, router }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/summary.html`);
  await expect(page.locator('body')).toContainText('No operator was given.');
  expect(router.leaks).toEqual([]);
});

test('a summary left open follows what is ticked and typed since, and names no route where the two are one', async ({ context, openPopup }) => {
  const popup = await openPopup('?operator=kcell');
  const [summary] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Printable summary' }).click()]);
  await summary.waitForLoadState();
  await expect(summary.locator('body')).toContainText('0 of 15 done');
  // It kept the copy of when it opened: this proof and this tick were missing from what was printed (helper-66).
  await popup.bringToFront();
  await popup.locator('[data-step-id="before-backup"] input').check();
  await popup.getByLabel('Request or application number').fill('LATE-999');
  await popup.getByLabel('Request or application number').blur();
  await expect(summary.locator('body')).toContainText('1 of 15 done');
  await expect(summary.locator('.sx-sum__evidence')).toContainText('LATE-999');
  await expect(summary.locator('[data-step-id="before-backup"]')).toContainText('Done:');

  // Tele2's two routes are the same office visit: "Route: Start online" claimed an online part not found.
  const tele2 = await openPopup('?operator=tele2');
  const [copy] = await Promise.all([context.waitForEvent('page'), tele2.getByRole('button', { name: 'Printable summary' }).click()]);
  await copy.waitForLoadState();
  await expect(copy.locator('.sx-sum__meta')).toContainText('of 14 done');
  await expect(copy.locator('.sx-sum__meta')).not.toContainText('Route');
});
