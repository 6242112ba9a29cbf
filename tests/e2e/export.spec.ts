// What the user takes away: the printable summary page and the Markdown file must carry the ticks,
// the dates, the proof and the sources, and be made without any network request.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { stopExtensionWorker, test, expect } from './harness';
import { refuseGuide } from './summary-helpers';

declare const chrome: typeof Browser;

const today = () => new Date().toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' });
// A run that crosses midnight between a tick and its check reads either day: the pattern of both.
let dayAtStart = '';
test.beforeEach(() => {
  dayAtStart = today();
});
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const day = () => `(?:${[...new Set([dayAtStart, today()])].map(escapeRe).join('|')})`;

async function prepare(page: Page) {
  await page.locator('[data-step-id="before-backup"] input').check();
  await page.locator('[data-step-id="kcell-submit"] input').check();
  await page.getByLabel('Phone number', { exact: true }).fill('+7 701 234 56 78');
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
  // The Markdown file's title (it said "Summary: Kcell" here, "Kcell: giving up the number" there).
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Kcell: giving up the number');
  await expect(summary).toHaveTitle('Kcell: giving up the number — SimExit KZ');
  // The time too: two copies printed one day, before and after the operator's reply, read alike.
  await expect(summary.locator('.sx-sum__meta')).toContainText(new RegExp(`^Generated on ${day()} at \\d{2}:\\d{2} \\(UTC([+-]\\d+(:\\d{2})?)?\\) · `));
  await expect(summary.locator('body')).toContainText('2 of 15 done');

  const backup = summary.locator('[data-step-id="before-backup"]');
  await expect(backup).toContainText('Done: Back up contacts and SMS');
  await expect(backup).toContainText(new RegExp(`\\(done on ${day()}\\)`));
  await expect(summary.locator('[data-step-id="kcell-submit"]')).toContainText('Done:');
  await expect(summary.locator('[data-step-id="kcell-refund"]')).toContainText('Not done:');
  await expect(summary.locator('.sx-sum__step--done')).toHaveCount(2);
  await expect(summary.locator('body')).toContainText('Route: Start online');
  // Under a title naming Kcell, the copy must not pass for a Kcell document.
  await expect(summary.locator('header')).toContainText('Your own record, made with SimExit KZ: the ticks and the proof are as you entered them. It is not a document from Kcell.');
  // The popup's badges come along: on paper a third-party blog must not read like Kcell's own page.
  await expect(summary.locator('[data-step-id="kcell-submit"] .sx-sum__labels')).toHaveText('Needs an office visit · Bring your ID · General guidance');
  await expect(summary.locator('[data-step-id="before-list-iin-numbers"] .sx-sum__labels')).toHaveText('Third-party source — check it');
  // And so does what was searched for and not found.
  const notFound = summary.getByRole('region', { name: 'Searched for, not found' });
  await expect(notFound.getByRole('listitem')).toHaveText([
    'A way to terminate a Kcell contract fully online (Searched November 2026)',
    'A rule in Kazakhstan that ends a number left unused for some time (found only for other countries): leaving a SIM unused is not known to end it (Searched November 2026)',
    'Rules of their own for tourists or short-stay foreigners giving up a SIM card (Searched November 2026)',
  ]);
  // Bulleted: on paper the items, several lines each, ran together.
  expect(await notFound.getByRole('listitem').first().evaluate((li) => getComputedStyle(li).listStyleType)).toBe('disc');

  const evidence = summary.locator('.sx-sum__evidence');
  // Whose number the record is for, first (helper-73: the printout never said).
  await expect(evidence.locator('dt').first()).toHaveText('Phone number');
  await expect(evidence.locator('dd').first()).toHaveText('+7 701 234 56 78');
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
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Kcell: отказ от номера');
  // «г.» held to its year, the day to its month: a narrow window or sheet does not put «г.» on a line alone.
  await expect(summary.locator('.sx-sum__meta')).toContainText(/^Создано \d+\u00a0\S+ \d{4}\u00a0г\. в \d{2}:\d{2} \(UTC/);
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
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Kcell: отказ от номера');
  await expect(summary.locator('main h2').first()).toHaveText('Ваши подтверждения');
  await expect(summary.locator('.sx-sum__evidence')).toContainText('KC-2026/1187');
  await expect(summary.locator('.sx-sum__evidence')).toContainText('19 ноября 2026');
  await expect(summary.locator('[data-step-id="before-backup"]')).toContainText('Выполнено: Сделайте резервную копию контактов и SMS');
  await expect(summary.getByLabel('Язык этой копии')).toHaveValue('ru');
  await expect(summary).toHaveTitle('Kcell: отказ от номера — SimExit KZ');
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
    popup.getByRole('button', { name: 'Download as a text file (.md)' }).click(),
  ]);
  // The time in the name as in the file: a second copy of the day was "… (1).md", with nothing to say which was later.
  expect(download.suggestedFilename()).toMatch(/^simexit-kcell-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.md$/);
  expect(download.url()).toMatch(/^blob:chrome-extension:\/\//);
  const md = readFileSync((await download.path())!, 'utf8');
  // The printout's title and time line (the printout said "Summary: Kcell" and the day alone).
  expect(md).toMatch(new RegExp(`^# Kcell: giving up the number\n\nGenerated on ${day()} at \\d{2}:\\d{2} \\(UTC`));
  expect(md).toMatch(new RegExp(`- \\[x\\] \\*\\*Back up contacts and SMS\\*\\* \\(done on ${day()}\\)`));
  expect(md).toMatch(/^- \[x\] \*\*.+\*\* \(done on /m);
  expect(md.match(/^- \[x\] /gm)).toHaveLength(2);
  expect(md.match(/^- \[ \] /gm)).toHaveLength(13);
  expect(md).toContain('- Request or application number: KC-2026/1187');
  expect(md).toContain('- Date submitted: November 19, 2026');
  expect(md).toContain('- Office or channel: Kcell Center, Abai 10');
  expect(md).toContain('> Refund \\*within\\* 10 days\n> \\# ask for \\<receipt\\>');
  expect(md).toMatch(/<https:\/\/[^>\s]+>/);
  // What the printout says, in its order: whose record it is, then the proof, then the checklist.
  expect(md).toContain('\nYour own record, made with SimExit KZ: the ticks and the proof are as you entered them. It is not a document from Kcell.\n');
  expect(md.indexOf('## Your proof')).toBeGreaterThan(md.indexOf('Your own record'));
  expect(md.indexOf('## Your proof')).toBeLessThan(md.indexOf('## Before you cancel'));
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
  // Another route, chosen in the popup: the copy asks the worker for that route's checklist.
  await popup.bringToFront();
  await popup.getByRole('radio', { name: 'Straight to an office' }).check();
  await expect(summary.locator('.sx-sum__meta')).toContainText('Route: Straight to an office');
  await expect(summary.locator('[data-step-id="kcell-prepare-id"]')).toHaveCount(1);
  await expect(summary.locator('[data-step-id="kcell-download-forms"]')).toHaveCount(0);
  await expect(summary.locator('[data-step-id="before-backup"]')).toContainText('Done:');

  // Tele2's two routes are the same office visit: "Route: Start online" claimed an online part not found.
  const tele2 = await openPopup('?operator=tele2');
  const [copy] = await Promise.all([context.waitForEvent('page'), tele2.getByRole('button', { name: 'Printable summary' }).click()]);
  await copy.waitForLoadState();
  await expect(copy.locator('.sx-sum__meta')).toContainText('of 14 done');
  await expect(copy.locator('.sx-sum__meta')).not.toContainText('Route');
});

// The page bundles no guide: it asks the worker, as the popup does (entrypoints/summary/guide.ts).
test('a summary opened while the worker is stopped wakes it and shows the copy', async ({ context, extensionId, openPopup }) => {
  const popup = await openPopup('?operator=kcell');
  await popup.locator('[data-step-id="before-backup"] input').check();
  await stopExtensionWorker(context, popup);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kcell: giving up the number');
  await expect(page.locator('[data-step-id="before-backup"]')).toContainText('Done:');
});

/** Settings with Russian chosen in SimExit; the browser itself is in English (harness.ts). */
const inRussian = { lang: 'ru', route: 'online', operator: 'kcell', reminderDays: 3, dismissedSites: [] };

test('a worker that cannot be reached is said as such, in the language chosen in SimExit', async ({ context, extensionId, serviceWorker }) => {
  test.slow();
  await serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), inRussian);
  const page = await context.newPage();
  // What Chrome says while no worker listens: sendToWorker tries for ~6.4 s, then gives up.
  await refuseGuide(page, 'Could not establish connection. Receiving end does not exist.');
  await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText(ru['popup.summaryPage.noWorker'], { timeout: 20_000 });
  await expect(panel.getByRole('heading')).toHaveText(ru['popup.crash.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('a summary that fails to load says so in the language chosen in SimExit, not the browser’s', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), inRussian);
  const page = await context.newPage();
  // Settings read, then the ticks cannot be: the page cannot be made.
  await page.addInitScript(() => {
    const area = chrome.storage.local;
    const get = area.get.bind(area);
    area.get = ((keys: unknown) => (keys === null ? Promise.reject(new Error('disk gone')) : get(keys as never))) as typeof area.get;
  });
  await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading')).toHaveText(ru['popup.crash.title']);
  await expect(panel).toContainText('disk gone');
  await expect(panel).not.toContainText(en['popup.crash.title']);
  // A page with a title of its own (axe's page-has-heading-one): the panel's heading is at level 2.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru['app.name']);
});

// What a sheet of the printed copy says on its own, read back from real PDFs (A4 and Letter) of every
// language with poppler's pdftotext: the text a person at an office, or in a dispute months later, sees.
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));
const PAPER_NOTES = 'Сотрудник сказал: остаток вернут на карту за 10 рабочих дней.\n工作人员说余额会退回到银行卡上。\nҚызметкер қолхат бермеді, өтініш қабылданды.';

test('every printed sheet says whose record it is, when, and which page; nothing is cut or left at a page foot', async ({ context, extensionId, serviceWorker }) => {
  // Never skipped: scripts/ensure-chromium.mjs installs poppler-utils before the browser tests, or stops.
  expect(pdftotext, 'pdftotext (Debian/Ubuntu: apt-get install poppler-utils) reads the PDF back').toBeDefined();
  test.slow();
  const noon = (day: string) => new Date(`${day}T12:00:00`).getTime();
  await serviceWorker.evaluate((items) => chrome.storage.local.set(items), {
    settings: { lang: null, route: 'online', operator: 'kcell', reminderDays: 3, dismissedSites: [] },
    'progress:kcell:before-backup': { done: true, at: noon('2026-11-10') },
    'progress:kcell:kcell-submit': { done: true, at: noon('2026-11-19') },
    // Long enough to push later steps across page ends.
    'evidence:kcell': { requestNumber: 'KC-2026/1187', submittedOn: '2026-11-19', place: 'Kcell Center, Абая 10', notes: `${PAPER_NOTES}\n\n`.repeat(3), updatedAt: Date.now() },
  });
  const page = await context.newPage();
  // The copy is stamped again as it is printed (8cdc1f4): with the clock running, a minute that turned
  // between reading the page's time and printing failed the feet's check (CI, "00:13" against "00:14").
  const now = Date.now();
  await page.clock.setFixedTime(now);
  await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
  await page.waitForTimeout(50);
  expect(await page.evaluate(() => Date.now()), 'the page’s clock stands still').toBe(now);
  const dir = mkdtempSync(join(tmpdir(), 'simexit-pdf-'));
  try {
    for (const lang of ['en', 'ru', 'kk', 'zh-CN'] as const) {
      await page.locator('#sx-sum-lang').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const title = (await page.locator('h1').textContent())!;
      const meta = (await page.locator('.sx-sum__meta').textContent())!;
      const generated = meta.split(' · ')[0]!;
      await expect(page.locator('.sx-sum__own')).toBeVisible();
      const own = (await page.locator('.sx-sum__own').textContent())!;
      const headings = await page.locator('main h2').allTextContents();
      const privacy = (await page.locator('.sx-sum__footer').textContent())!;
      const notFound = await page.locator('.sx-sum__notfound li').allTextContents();
      // What may open a sheet: a step's tick, a heading, a "not found" item or the closing line.
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const sheetStart = new RegExp(`^([☐☑]|${[...headings, ...notFound, privacy].map((text) => escape(text.slice(0, 12))).join('|')})`);
      const menuLabel = (await page.locator('label[for="sx-sum-lang"]').textContent())!;
      for (const format of ['A4', 'Letter'] as const) {
        const file = join(dir, `${lang}-${format}.pdf`);
        writeFileSync(file, await page.pdf({ format }));
        const sheets = execFileSync(pdftotext!, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((s) => s.trim());
        const where = `${lang} ${format}`;
        expect(sheets.length, where).toBeGreaterThan(1);
        const squeeze = (text: string) => text.replace(/\s+/g, '');
        // The first sheet says it is the user's own record, not the operator's document.
        expect(squeeze(sheets[0]!), where).toContain(squeeze(own));
        // Scripts come through as text (a missing font would have dropped or boxed them).
        const all = squeeze(sheets.join(''));
        for (const line of PAPER_NOTES.split('\n')) expect(all, where).toContain(squeeze(line));
        expect(all, `${where}: no language menu on paper`).not.toContain(squeeze(menuLabel));
        sheets.forEach((sheet, i) => {
          const lines = sheet.split('\n').map((line) => line.trim()).filter(Boolean);
          // Each sheet's foot: the record's title and day, and "page of pages" (a sheet handed over alone).
          const foot = lines.at(-1)!;
          expect(squeeze(foot), `${where} sheet ${i + 1}`).toBe(squeeze(`${title} · ${generated} ${i + 1} / ${sheets.length}`));
          // No heading left alone at the bottom of a sheet, and no step cut across two.
          expect(headings, `${where} sheet ${i + 1} ends with a heading`).not.toContain(lines.at(-2));
          if (i > 0) expect(lines[0], `${where} sheet ${i + 1} starts inside a step`).toMatch(sheetStart);
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a copy printed from a tab left open since the morning says when it was printed, on the page and on each sheet', async ({ context, extensionId }) => {
  expect(pdftotext).toBeDefined();
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-27T09:05:00') });
  await page.goto(`chrome-extension://${extensionId}/summary.html?operator=kcell`);
  await expect(page.locator('.sx-sum__meta')).toContainText('November 27, 2026 at 09:05');
  // The afternoon, after the operator's reply: nothing stored has changed, and the same tab is printed.
  await page.clock.setFixedTime(new Date('2026-11-27T15:40:00'));
  const dir = mkdtempSync(join(tmpdir(), 'simexit-pdf-'));
  try {
    const file = join(dir, 'copy.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const text = execFileSync(pdftotext!, ['-layout', file, '-'], { encoding: 'utf8' });
    // Before: "09:05" at the top and at the foot of every sheet, so the morning's and the afternoon's copies read alike.
    expect(text).not.toContain('09:05');
    const sheets = text.split('\f').filter((s) => s.trim());
    expect(text.match(/at 15:40/g)).toHaveLength(sheets.length + 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in every language the download button says what it saves in words a user knows: a text file (.md), not "Markdown"', async ({
  openPopup,
}) => {
  const popup = await openPopup('?operator=kcell');
  const words = { en: /text file/, ru: /текст/, kk: /Мәтін/, 'zh-CN': /文本文件/ } as const;
  for (const [lang, word] of Object.entries(words)) {
    await popup.locator('.sx-popup__header select').selectOption(lang);
    await expect(popup.locator('html')).toHaveAttribute('lang', lang);
    const button = popup.locator('.sx-actions__row button').nth(1);
    // The format's name alone told most users nothing about what they would get or how to open it.
    await expect(button).not.toHaveText(/Markdown/i);
    await expect(button).toHaveText(word);
    await expect(button).toHaveText(/\.md\b/);
    const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    // The name on the button is the one on the file.
    expect(download.suggestedFilename()).toMatch(/\.md$/);
  }
});
