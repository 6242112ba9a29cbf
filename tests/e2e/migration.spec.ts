// An update from the first stored format (one `state` key, utils/migrations.ts), end to end: storage
// written as that version wrote it, then the browser started again, as after an update. The person
// mostly uses the guide on the operator's page, so that is where their ticks must be first; the popup
// is where they are told what happened to their data, and it must not contradict itself.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { t } from '../../utils/i18n';
import { FIXTURES, Router, expect, launchWithExtension, test } from './harness';
import { HOST, progressText } from './overlay-helpers';

declare const chrome: {
  storage: { local: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

const KCELL = 'https://www.kcell.kz/ru/product/documents';
const V1 = JSON.parse(readFileSync(join(FIXTURES, 'storage/v1.json'), 'utf8')) as Record<string, unknown>;

/** A profile whose storage holds `items` only, as the older version left it, started again: the worker migrates at that start. */
async function updatedFrom(items: Record<string, unknown>) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'simexit-e2e-'));
  const old = await launchWithExtension({ userDataDir });
  await old.worker.evaluate(async (stored) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(stored);
  }, items);
  await old.context.close();
  const next = await launchWithExtension({ userDataDir });
  const router = new Router(next.context);
  await router.install();
  router.serveFixture(KCELL, 'pages/kcell-documents-ru.html');
  const done = async () => {
    await next.context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { ...next, router, done };
}

const notices = (popup: Page) => popup.locator('.sx-notice__text');

test('the one-key format: ticks and language in the guide on the first page, proof in the popup, and one notice that says nothing was lost', async () => {
  test.setTimeout(90_000);
  const run = await updatedFrom(V1);
  try {
    // The first thing opened after the update is the operator's page, not the popup.
    const page = await run.context.newPage();
    await page.goto(KCELL);
    await expect(page.locator(`${HOST} .sx-panel`)).toBeVisible();
    // v1's "zh" is Simplified Chinese; its three Kcell ticks on the office route it chose.
    await expect(progressText(page)).toHaveText(t('zh-CN', 'progress.count', { done: 3, total: 15 }));
    await expect(page.locator(`${HOST} [data-step-id="kcell-prepare-id"] input`)).toBeChecked();
    const badge = () =>
      run.worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        return tab?.id === undefined ? 'no tab' : chrome.action.getBadgeText({ tabId: tab.id });
      }, KCELL);
    await expect.poll(badge).toBe('3/15');

    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html?operator=kcell`);
    await expect(popup.getByLabel(t('zh-CN', 'popup.evidence.requestNumber'))).toHaveValue('KC-2026-0042');
    await expect(popup.getByLabel(t('zh-CN', 'popup.evidence.submittedOn'))).toHaveValue('2026-11-20');
    await expect(popup.getByLabel(t('zh-CN', 'popup.evidence.notes'))).toHaveValue('Asked for the balance refund to my Kaspi card.');
    // Said once, in the user's words: not "your checklist (other data)", the name of the old storage key.
    await expect(notices(popup)).toHaveText([t('zh-CN', 'popup.notice.migrated')]);
    expect(run.router.leaks).toEqual([]);
  } finally {
    await run.done();
  }
});

test('the one-key format with a date it cannot read: the popup names the proof to check, and does not also say nothing was lost', async () => {
  test.setTimeout(90_000);
  const run = await updatedFrom({
    state: {
      version: 1,
      lang: 'en',
      operator: 'beeline',
      done: { beeline: ['before-backup'] },
      evidence: { beeline: { number: 'BL-1', date: '20/11/2026', notes: 'Window 3' } },
    },
  });
  try {
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html?operator=beeline`);
    await expect(popup.locator('[data-step-id="before-backup"] input')).toBeChecked();
    await expect(popup.getByLabel(t('en', 'popup.evidence.requestNumber'))).toHaveValue('BL-1');
    await expect(popup.getByLabel(t('en', 'popup.evidence.notes'))).toHaveValue('Window 3');
    // Before, two notices: "moved … Nothing was lost." and "Saved data (other data) could not be read and was reset."
    // And not "… was reset" beside a request number and notes still shown: the rest is kept.
    await expect(notices(popup)).toHaveText([t('en', 'popup.notice.resetPart', { item: t('en', 'popup.item.evidence', { name: 'Beeline' }) })]);
    expect(run.router.leaks).toEqual([]);
  } finally {
    await run.done();
  }
});

test('the one-key format with a tick list it cannot read at all: the popup says the ticks were reset, not that "the others are kept"', async () => {
  test.setTimeout(90_000);
  const run = await updatedFrom({ state: { version: 1, lang: 'en', operator: 'beeline', done: { beeline: ['Before Backup', 3] } } });
  try {
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html?operator=beeline`);
    await expect(popup.locator('[data-step-id="before-backup"] input')).not.toBeChecked();
    // Before: "Some of Beeline’s ticks could not be read and were cleared; the others are kept." with none kept.
    await expect(notices(popup)).toHaveText([
      'The ticks for Beeline saved by the earlier version could not be read and were reset. Tick again the steps you have already done.',
    ]);
  } finally {
    await run.done();
  }
});

test('the one-key format kept no day for its ticks: the printable summary and the Markdown file say so, not "done on" the day of the update', async () => {
  test.setTimeout(90_000);
  const run = await updatedFrom({ state: { version: 1, lang: 'en', operator: 'kcell', route: 'office', done: { kcell: ['before-backup'] } } });
  try {
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html?operator=kcell`);
    await expect(popup.locator('[data-step-id="before-backup"] input')).toBeChecked();
    // A tick made after the update has its day, as before.
    await popup.locator('[data-step-id="kcell-prepare-id"] input').check();
    const undated = `(${t('en', 'popup.export.doneUndated')})`;

    const [summary] = await Promise.all([run.context.waitForEvent('page'), popup.getByRole('button', { name: t('en', 'popup.actions.print') }).click()]);
    await expect(summary.locator('[data-step-id="before-backup"]')).toContainText(undated);
    await expect(summary.locator('[data-step-id="kcell-prepare-id"]')).toContainText('(done on ');
    // Before: "(done on <the day of the update>)" on a step the user had done who knows when.
    await expect(summary.locator('[data-step-id="before-backup"]')).not.toContainText('done on');

    await popup.bringToFront();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: t('en', 'popup.actions.markdown') }).click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^- \[x\] \*\*Back up contacts and SMS\*\* \(done; the earlier version kept no date\)$/m);
    // Only the tick made after the update has a day.
    expect(md.match(/^- \[x\] .* \(done on .+\)$/gm)).toHaveLength(1);
    expect(run.router.leaks).toEqual([]);
  } finally {
    await run.done();
  }
});
