// Broken storage, end to end: corrupt items, data from a newer version and a full quota. Each time
// the popup still opens, tells the user what happened in words, and nothing else they saved is lost.
import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t } from '../../utils/i18n';
import { Router, expect, extensionWorker, launchWithExtension, test } from './harness';
import { settledStorage, storageOf } from './storage-helpers';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void };
  storage: {
    local: {
      QUOTA_BYTES: number;
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};
type Answer = { ok: boolean; error?: string; sections?: { steps: { id: string }[] }[] };

const noticeList = (page: Page) => page.getByRole('list', { name: t('en', 'popup.notice.label') });
const checkbox = (page: Page, stepId: string) => page.locator(`input[type="checkbox"][id="sx-step-${stepId}"]`);


const pick = (items: Record<string, unknown>, prefix: string) =>
  Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(prefix)));

/** Sends protocol messages from an extension page, failing the test on any refusal. */
async function send(page: Page, messages: unknown[]): Promise<Answer[]> {
  const answers = await page.evaluate((ms) => Promise.all(ms.map((m) => chrome.runtime.sendMessage(m) as Promise<Answer>)), messages);
  expect(answers.map((a) => a.ok), JSON.stringify(answers)).toEqual(messages.map(() => true));
  return answers;
}

async function stepIds(page: Page, operator: string): Promise<string[]> {
  const [guide] = await send(page, [{ type: 'guide/get', operator }]);
  return guide!.sections!.flatMap((s) => s.steps.map((step) => step.id));
}

/** Opens the popup for an operator and fails the test on any uncaught error in it. */
async function popupFor(context: BrowserContext, extensionId: string, operator: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${extensionId}/popup.html?operator=${operator}`);
  await expect(page.getByRole('heading', { level: 1, name: t('en', 'app.name') })).toBeVisible();
  return page;
}

test('corrupt settings, ticks, proof and reminder: the popup opens, says what was reset, and the other operator\'s progress is intact', async ({
  context,
  extensionId,
  router,
  openPopup,
  serviceWorker,
}) => {
  const setup = await openPopup();
  const [kcellStep] = await stepIds(setup, 'kcell');
  const [activFirst, activSecond] = await stepIds(setup, 'activ');
  const now = Date.now();
  await send(setup, [
    { type: 'progress/set', operator: 'activ', stepId: activFirst, done: true, at: now },
    { type: 'progress/set', operator: 'activ', stepId: activSecond, done: true, at: now },
    { type: 'evidence/set', operator: 'activ', evidence: { requestNumber: 'AC-77', submittedOn: '', place: 'Astana', notes: '', updatedAt: now } },
    { type: 'progress/set', operator: 'kcell', stepId: kcellStep, done: true, at: now },
  ]);
  await setup.close();
  const activBefore = { ...pick(await settledStorage(serviceWorker), 'progress:activ:'), ...pick(await storageOf(serviceWorker), 'evidence:activ') };

  await serviceWorker.evaluate(
    (kcellStep) =>
      chrome.storage.local.set({
        settings: 'garbage{"lang":',
        [`progress:kcell:${kcellStep}`]: '{"done": tru',
        'progress:kcell:before-extra': { done: 'yes', at: 'yesterday' },
        'evidence:kcell': [1, 2, 3],
        'reminder:kcell': 'soon',
      }),
    kcellStep!,
  );

  const errors: string[] = [];
  const popup = await popupFor(context, extensionId, 'kcell', errors);
  // The user is told, in words, which of their items were reset.
  const notices = noticeList(popup);
  for (const item of [t('en', 'popup.item.settings'), t('en', 'popup.item.evidence', { name: 'Kcell' })]) {
    await expect(notices).toContainText(t('en', 'popup.notice.reset', { item }));
  }
  // Kcell's one tick and a second entry were both unreadable, so none is left: "the others are kept"
  // (what the popup said before) sent the user looking for ticks that were gone.
  await expect(notices).toContainText('Kcell’s ticks could not be read and were cleared; none could be kept. Tick again the steps you have already done.');
  await expect(notices).not.toContainText('the others are kept');
  // The checklist still works: the corrupt tick reads as not done, and a new tick saves.
  await expect(checkbox(popup, kcellStep!)).not.toBeChecked();
  await checkbox(popup, kcellStep!).check();
  await expect.poll(async () => (await storageOf(serviceWorker))[`progress:kcell:${kcellStep}`]).toMatchObject({ done: true });

  const after = await settledStorage(serviceWorker);
  expect({ ...pick(after, 'progress:activ:'), ...pick(after, 'evidence:activ') }).toEqual(activBefore);
  expect(after.settings).toMatchObject({ route: 'online', reminderDays: 3 });
  expect(after['progress:kcell:before-extra']).toBeUndefined();

  // And the other operator's checklist shows exactly what was saved.
  const activ = await popupFor(context, extensionId, 'activ', errors);
  await expect(checkbox(activ, activFirst!)).toBeChecked();
  await expect(checkbox(activ, activSecond!)).toBeChecked();
  await expect(activ.locator('#sx-ev-requestNumber')).toHaveValue('AC-77');
  expect(errors).toEqual([]);
  expect(router.leaks).toEqual([]);
});

test('a proof or settings item missing fields: the popup says which to check, and shows every field that is still there', async ({
  context,
  extensionId,
  router,
  serviceWorker,
}) => {
  // Written behind the worker's back (a broken build, a sync tool), as a proof whose request number is gone.
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      'evidence:kcell': { phoneNumber: '+7 701 234 56 78', submittedOn: '2026-11-20', place: 'Kcell Center', notes: 'Window 3', updatedAt: Date.now() },
      settings: { lang: 'en', route: 'office', operator: 'kcell', reminderDays: 7 },
    }),
  );
  const errors: string[] = [];
  const popup = await popupFor(context, extensionId, 'kcell', errors);
  // Before: an empty request number and no notice, as if the user had never typed one. Not "was
  // reset" either: the rest of each is kept and shown.
  const notices = noticeList(popup);
  for (const item of [t('en', 'popup.item.settings'), t('en', 'popup.item.evidence', { name: 'Kcell' })]) {
    await expect(notices).toContainText(t('en', 'popup.notice.resetPart', { item }));
  }
  await expect(notices).not.toContainText('was reset');
  await expect(popup.locator('#sx-ev-requestNumber')).toHaveValue('');
  await expect(popup.locator('#sx-ev-phoneNumber')).toHaveValue('+7 701 234 56 78');
  await expect(popup.locator('#sx-ev-place')).toHaveValue('Kcell Center');
  await expect(popup.locator('#sx-ev-notes')).toHaveValue('Window 3');
  const after = await settledStorage(serviceWorker);
  expect(after['evidence:kcell']).toMatchObject({ requestNumber: '', submittedOn: '2026-11-20', notes: 'Window 3' });
  expect(after.settings).toEqual({ lang: 'en', route: 'office', operator: 'kcell', reminderDays: 7, dismissedSites: [] });
  expect(errors).toEqual([]);
  expect(router.leaks).toEqual([]);
});

test('data saved by a newer version: after a browser restart the user is told, nothing is rewritten (notice dismissed or not), and ticks are refused rather than lost', async () => {
  // Its own profile, launched twice: the stored version is read when the worker starts, and a
  // browser restart is the honest way to start it again.
  const userDataDir = mkdtempSync(join(tmpdir(), 'simexit-e2e-'));
  const launch = async () => {
    const { context, extensionId } = await launchWithExtension({ userDataDir });
    const router = new Router(context);
    await router.install();
    return { context, router, extensionId };
  };
  try {
    const first = await launch();
    const setup = await first.context.newPage();
    await setup.goto(`chrome-extension://${first.extensionId}/popup.html`);
    const [saved, next] = await stepIds(setup, 'kcell');
    await send(setup, [{ type: 'progress/set', operator: 'kcell', stepId: saved, done: true, at: Date.now() }]);
    await settledStorage(setup);
    // A future format: a higher version and an item this version does not know.
    await setup.evaluate(() => chrome.storage.local.set({ schemaVersion: 99, 'sync:future': { cursor: 'abc' } }));
    const before = await settledStorage(setup);
    expect(first.router.leaks).toEqual([]);
    await first.context.close();

    const second = await launch();
    expect(second.extensionId).toBe(first.extensionId);
    const errors: string[] = [];
    const popup = await popupFor(second.context, second.extensionId, 'kcell', errors);
    // The whole store is the newer version's: said as such, not as "Your data (other data)", which named nothing.
    await expect(noticeList(popup)).toContainText(t('en', 'popup.notice.storage.newer-version'));
    await expect(noticeList(popup)).not.toContainText(t('en', 'popup.item.other'));
    await expect(checkbox(popup, saved!)).toBeChecked();

    // click, not check(): the tick is refused and the box goes back to what is saved.
    await checkbox(popup, next!).click();
    await expect(popup.getByRole('alert').first()).toBeVisible();
    await expect(checkbox(popup, next!)).not.toBeChecked();
    // Proof typed and the popup closed at once, inside the debounce: the write made on closing is
    // refused as well, so nothing the newer version saved is replaced.
    await popup.getByLabel('Request or application number').fill('KC-NEWER');
    await popup.close();

    // The same once the user has dismissed the notice: the data is still a newer version's.
    const again = await popupFor(second.context, second.extensionId, 'kcell', errors);
    await again.getByRole('button', { name: t('en', 'popup.notice.dismiss') }).click();
    await expect(noticeList(again)).toHaveCount(0);
    await again.getByLabel('Request or application number').fill('KC-DISMISSED');
    await again.close();

    const after = await settledStorage(await extensionWorker(second.context));
    // Only the notice list may be written; everything the newer version saved is untouched.
    delete after.notices;
    delete before.notices;
    expect(after).toEqual(before);
    expect(errors).toEqual([]);
    expect(second.router.leaks).toEqual([]);
    await second.context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('storage full: a tick that cannot be saved is reported and undone on screen, saved progress stays, and it saves once there is room', async ({
  context,
  extensionId,
  router,
  openPopup,
  serviceWorker,
}) => {
  const setup = await openPopup();
  const [saved, next] = await stepIds(setup, 'kcell');
  await send(setup, [
    { type: 'progress/set', operator: 'kcell', stepId: saved, done: true, at: Date.now() },
    { type: 'evidence/set', operator: 'kcell', evidence: { requestNumber: 'KC-1', submittedOn: '', place: '', notes: '', updatedAt: Date.now() } },
  ]);
  await setup.close();
  await settledStorage(serviceWorker);

  const errors: string[] = [];
  const popup = await popupFor(context, extensionId, 'kcell', errors);
  await expect(checkbox(popup, saved!)).toBeChecked();

  // Fill the real 10 MB quota (another tab, another extension's data… it does not matter why) to
  // within a few bytes, so Chrome itself refuses the next write.
  await serviceWorker.evaluate(async () => {
    const inUse = await chrome.storage.local.getBytesInUse(null);
    await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - inUse - 'filler'.length - 2 - 8) });
  });
  const beforeTick = await storageOf(serviceWorker);

  // click, not check(): the box goes back to unticked once the worker reports the failure.
  await checkbox(popup, next!).click();
  await expect(popup.getByRole('alert').first()).toBeVisible();
  await expect(popup.getByRole('alert').first()).toContainText(/quota|storage is full/i);
  await expect(checkbox(popup, next!)).not.toBeChecked();
  await expect(checkbox(popup, saved!)).toBeChecked();

  const afterTick = await storageOf(serviceWorker);
  expect(afterTick[`progress:kcell:${next}`]).toBeUndefined();
  expect(pick(afterTick, 'progress:kcell:')).toEqual(pick(beforeTick, 'progress:kcell:'));
  expect(afterTick['evidence:kcell']).toEqual(beforeTick['evidence:kcell']);

  // Room again: the same tick now saves, and nothing was lost on the way.
  await serviceWorker.evaluate(() => chrome.storage.local.remove('filler'));
  await checkbox(popup, next!).check();
  await expect.poll(async () => (await storageOf(serviceWorker))[`progress:kcell:${next}`]).toMatchObject({ done: true });
  expect((await storageOf(serviceWorker))[`progress:kcell:${saved}`]).toMatchObject({ done: true });
  expect(errors).toEqual([]);
  expect(router.leaks).toEqual([]);
});
