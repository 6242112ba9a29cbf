// Hostile input to the background worker, end to end in Chromium: whatever an extension page, a web
// page or another extension sends, the user's saved progress and proof stay exactly as they were,
// and the worker keeps answering real requests.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with the scripts
import { findChromium } from '../../scripts/chromium-path.mjs';
import { EXTENSION_PATH, Router, expect, launchArgs, test } from './harness';
import { settledStorage, storageOf } from './storage-helpers';

// The slice of the extension API these tests call inside the browser.
declare const chrome: {
  runtime?: {
    id?: string;
    sendMessage(...args: unknown[]): Promise<unknown>;
    connect?(...args: unknown[]): unknown;
  };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};
interface StepResponse {
  ok: boolean;
  error?: string;
  sections?: { steps: { id: string }[] }[];
}

const OPERATOR_PAGE = 'https://www.kcell.kz/en/support/terminate';
// The page records every message posted to its window from the start, as a curious site could.
const PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kcell — terminate the contract</title>
<script>window.__heard = []; addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));</script></head>
<body><h1>Terminating the contract</h1><p>To terminate your contract and give up your number, visit a Kcell office with your ID.</p></body></html>`;


/** Real progress, proof and settings through the real protocol, as the popup would save them. */
async function seed(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const send = (m: unknown) => chrome.runtime!.sendMessage(m) as Promise<StepResponse>;
    const guide = await send({ type: 'guide/get', operator: 'kcell' });
    const stepId = guide.sections![0]!.steps[0]!.id;
    const results = await Promise.all([
      send({ type: 'progress/set', operator: 'kcell', stepId, done: true, at: Date.now() }),
      send({
        type: 'evidence/set',
        operator: 'kcell',
        evidence: { requestNumber: 'KC-2024-118', submittedOn: '', place: 'Almaty, Abay 1', notes: 'ID shown', updatedAt: Date.now() },
      }),
      send({ type: 'settings/set', patch: { route: 'office', reminderDays: 5 } }),
    ]);
    if (!results.every((r) => r.ok)) throw new Error(`seeding failed: ${JSON.stringify(results)}`);
    return stepId;
  });
}

test('malformed, oversized, wrong-typed and unknown messages from an extension page are refused and change nothing', async ({
  router,
  openPopup,
  serviceWorker,
}) => {
  const page = await openPopup();
  const stepId = await seed(page);
  const before = await settledStorage(serviceWorker);
  expect(Object.keys(before)).toEqual(expect.arrayContaining([`progress:kcell:${stepId}`, 'evidence:kcell', 'settings']));

  const answers = await page.evaluate(async (stepId) => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const evidence = { requestNumber: 'FORGED', submittedOn: '', place: '', notes: '', updatedAt: Date.now() + 1000 };
    let deep: Record<string, unknown> = { type: 'settings/set', patch: { route: 'online' } };
    for (let i = 0; i < 200; i++) deep = { type: 'settings/set', patch: deep };
    const manyKeys: Record<string, unknown> = { type: 'settings/set' };
    for (let i = 0; i < 50_000; i++) manyKeys[`k${i}`] = i;
    const cases: Record<string, unknown> = {
      'null': null,
      'number': 42,
      'string': 'progress/set',
      'array': [{ type: 'progress/reset', operator: 'kcell' }],
      'empty object': {},
      'unknown type': { type: 'storage/clear' },
      'type of wrong type': { type: ['progress/reset'], operator: 'kcell' },
      'missing fields': { type: 'progress/set', operator: 'kcell' },
      'wrong-typed fields': { type: 'progress/set', operator: 'kcell', stepId, done: 'false', at: 'now' },
      'unknown operator': { type: 'progress/reset', operator: 'astelit' },
      'operator of wrong type': { type: 'progress/reset', operator: { toString: 'kcell' } },
      'unknown step': { type: 'progress/set', operator: 'kcell', stepId: 'no-such-step', done: false, at: Date.now() + 1000 },
      'negative time': { type: 'progress/set', operator: 'kcell', stepId, done: false, at: -1 },
      'extra field': { type: 'progress/reset', operator: 'kcell', all: true },
      'prototype pollution': JSON.parse('{"type":"settings/set","patch":{"__proto__":{"route":"online"}}}'),
      'evidence with extra field': { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, html: '<img src=x onerror=alert(1)>' } },
      'evidence with a bad date': { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, submittedOn: '2024-02-30' } },
      'settings of wrong type': { type: 'settings/set', patch: { reminderDays: 'never', lang: 'xx' } },
      'settings out of range': { type: 'settings/set', patch: { reminderDays: 100_000 } },
      'settings with duplicate sites': { type: 'settings/set', patch: { dismissedSites: ['kcell', 'kcell'] } },
      'settings with an unknown key': { type: 'settings/set', patch: { route: 'online', telemetry: true } },
      'the withdrawn eGov/Kaspi switch': { type: 'settings/set', patch: { guideServices: true } },
      'notice id of wrong type': { type: 'notice/dismiss', id: 7 },
      '5 MB notes': { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, notes: huge } },
      '5 MB step id': { type: 'progress/set', operator: 'kcell', stepId: huge, done: false, at: Date.now() + 1000 },
      '5 MB type': { type: huge },
      '200 levels deep': deep,
      '50 000 keys': manyKeys,
    };
    const out: Record<string, unknown> = {};
    for (const [name, message] of Object.entries(cases)) {
      try {
        const answer = (await chrome.runtime!.sendMessage(message)) as { ok?: unknown; error?: unknown } | undefined;
        // Only what the assertions read: a worker that echoed a hostile message back could be too big to return.
        out[name] = answer === undefined ? 'no answer' : { ok: answer?.ok, error: answer?.error };
      } catch (error) {
        out[name] = `send refused: ${(error as Error).message}`;
      }
    }
    return out;
  }, stepId);

  for (const [name, answer] of Object.entries(answers)) {
    const refused = typeof answer === 'string' || (typeof answer === 'object' && answer !== null && (answer as StepResponse).ok === false);
    expect(refused, `${name} → ${JSON.stringify(answer).slice(0, 200)}`).toBe(true);
  }

  const after = await settledStorage(serviceWorker);
  expect(after).toEqual(before);

  // The worker survived all of it: a real tick still saves.
  const untick = await page.evaluate(
    (stepId) => chrome.runtime!.sendMessage({ type: 'progress/set', operator: 'kcell', stepId, done: false, at: Date.now() + 5000 }),
    stepId,
  );
  expect(untick).toMatchObject({ ok: true });
  expect(((await storageOf(serviceWorker))[`progress:kcell:${stepId}`] as { done: boolean }).done).toBe(false);
  expect(router.leaks).toEqual([]);
});

test('an operator web page cannot reach the worker or the content script\'s world, and its forged messages change nothing', async ({
  context,
  router,
  openPopup,
  serviceWorker,
  extensionId,
}) => {
  const popup = await openPopup();
  await seed(popup);
  const before = await settledStorage(serviceWorker);

  // The same page on an operator host (content script injected) and on eGov (no access there:
  // nothing injected), so any global the extension leaked into the page would show up.
  router.serve(OPERATOR_PAGE, PAGE_HTML).serve('https://www.egov.kz/en/terminate', PAGE_HTML);
  const bare = await context.newPage();
  await bare.goto('https://www.egov.kz/en/terminate');
  const page = await context.newPage();
  await page.goto(OPERATOR_PAGE);
  // The content script runs at document_idle; give it time to run before looking for traces.
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);

  const globalsOf = (p: Page) => p.evaluate(() => Object.getOwnPropertyNames(window).sort());
  expect(await globalsOf(page), 'globals the extension added to the page').toEqual(await globalsOf(bare));

  const probe = await page.evaluate(async (extensionId) => {
    const w = window as unknown as { chrome?: typeof chrome; browser?: unknown };
    const runtime = w.chrome?.runtime;
    let sendResult = 'no chrome.runtime.sendMessage';
    if (runtime?.sendMessage) {
      try {
        sendResult = JSON.stringify(await runtime.sendMessage(extensionId, { type: 'progress/reset', operator: 'kcell' }));
      } catch (error) {
        sendResult = `refused: ${(error as Error).message}`;
      }
    }
    // Forged protocol messages over the page's own channels: nobody in the extension listens.
    for (const message of [
      { type: 'progress/reset', operator: 'kcell' },
      { type: 'settings/set', patch: { route: 'online' } },
      { type: 'evidence/set', operator: 'kcell', evidence: { requestNumber: 'FORGED', submittedOn: '', place: '', notes: '', updatedAt: Date.now() + 1e6 } },
    ]) {
      window.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent('message', { detail: message }));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const heard = (window as unknown as { __heard: string[] }).__heard.filter((m) => m.includes(extensionId));
    return { runtimeId: runtime?.id ?? null, hasBrowser: typeof w.browser !== 'undefined', sendResult, heard };
  }, extensionId);

  expect(probe.runtimeId, 'the page sees the extension id').toBeNull();
  // A message naming the extension's id would tell every operator site that SimExit is installed.
  expect(probe.heard, 'messages to the page that reveal the extension').toEqual([]);
  expect(probe.hasBrowser, 'the extension API leaked into the page').toBe(false);
  expect(probe.sendResult).toMatch(/^(no chrome\.runtime\.sendMessage|refused: )/);
  expect(await settledStorage(serviceWorker)).toEqual(before);
  expect(router.leaks).toEqual([]);
});

test('another installed extension cannot message or connect to the worker, and changes nothing', async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`.');
  const foreign = mkdtempSync(join(tmpdir(), 'simexit-foreign-ext-'));
  mkdirSync(foreign, { recursive: true });
  writeFileSync(
    join(foreign, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Foreign probe', version: '1.0', background: { service_worker: 'bg.js' } }),
  );
  writeFileSync(
    join(foreign, 'bg.js'),
    `self.probe = async (id, message) => {
      const out = {};
      try { out.send = (await chrome.runtime.sendMessage(id, message)) ?? 'no answer'; } catch (e) { out.send = 'refused: ' + e.message; }
      out.connect = await new Promise((resolve) => {
        try {
          const port = chrome.runtime.connect(id);
          port.onDisconnect.addListener(() => resolve('disconnected: ' + (chrome.runtime.lastError?.message ?? '')));
          port.onMessage.addListener((m) => resolve('answered: ' + JSON.stringify(m)));
          port.postMessage(message);
          setTimeout(() => resolve('no answer'), 1500);
        } catch (e) { resolve('refused: ' + e.message); }
      });
      return out;
    };`,
  );
  const both = `${EXTENSION_PATH},${foreign}`;
  const args = launchArgs().map((arg) =>
    arg.startsWith('--disable-extensions-except=')
      ? `--disable-extensions-except=${both}`
      : arg.startsWith('--load-extension=')
        ? `--load-extension=${both}`
        : arg,
  );
  const userDataDir = mkdtempSync(join(tmpdir(), 'simexit-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args });
  try {
    const router = new Router(context);
    await router.install();
    // Either worker may start before Playwright listens for it: look again every second.
    const workerFor = async (file: string) => {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const found = context.serviceWorkers().find((w) => w.url().endsWith(`/${file}`));
        if (found) return found;
        await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => null);
      }
      throw new Error(`${file} did not start within 30 s`);
    };
    const ours = await workerFor('background.js');
    const theirs = await workerFor('bg.js');
    const extensionId = new URL(ours.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await seed(page);
    const before = await settledStorage(ours);

    for (const message of [
      { type: 'progress/reset', operator: 'kcell' },
      { type: 'settings/set', patch: { route: 'online' } },
      { type: 'guide/get', operator: 'kcell' },
    ]) {
      const result = await theirs.evaluate(
        ([id, m]) => (self as unknown as { probe(id: string, m: unknown): Promise<{ send: unknown; connect: string }> }).probe(id as string, m),
        [extensionId, message] as const,
      );
      expect(String(result.send), `sendMessage ${message.type}`).toMatch(/^refused: /);
      expect(result.connect, `connect ${message.type}`).toMatch(/^(disconnected|refused)/);
    }
    expect(await settledStorage(ours)).toEqual(before);
    expect(router.leaks).toEqual([]);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(foreign, { recursive: true, force: true });
  }
});
