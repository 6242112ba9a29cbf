// Five operator tabs (from the content script's own world) and the popup each fire 100 ticks at
// once. Every tick must survive: the stored state must be exactly what the writes say under the
// rule "latest user action wins" — once with the worker running, once with it stopped midway.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { OPERATORS, checklistSteps } from '@/data';
import { RETRY_DELAYS_MS } from '@/utils/client';
import { test, expect } from './harness';

declare const chrome: typeof Browser;

const TABS = [
  ['kcell', 'https://www.kcell.kz/ru/product/documents'],
  ['activ', 'https://www.activ.kz/ru/support/termination'],
  ['beeline', 'https://www.beeline.kz/ru/support/termination'],
  ['tele2', 'https://tele2.kz/ru/page/abonentam'],
  ['altel', 'https://altel.kz/ru/support/termination'],
] as const;
const TICKS_PER_CLIENT = 100;
const CLIENTS = TABS.length + 1;

const html = (title: string) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><p>Расторжение договора и отказ от номера: заявление, документы, возврат средств.</p></body></html>`;

interface Write {
  operator: string;
  stepId: string;
  done: boolean;
  at: number;
}

/** Every step of every operator on either route: the worker accepts only real step ids. */
function allKeys(): { operator: string; stepId: string }[] {
  return OPERATORS.flatMap((op) => {
    const ids = new Set([...checklistSteps(op.id, 'online'), ...checklistSteps(op.id, 'office')].map((s) => s.id));
    return [...ids].map((stepId) => ({ operator: op.id, stepId }));
  });
}

/**
 * 600 writes spread over every key, so each key gets several writes from different clients at
 * about the same moment, ticks and unticks mixed. `at` is unique, so exactly one write per key wins.
 */
function plan(base: number): Write[][] {
  const keys = allKeys();
  const stride = [7, 11, 13, 17].find((s) => keys.length % s !== 0)!;
  const clients: Write[][] = Array.from({ length: CLIENTS }, () => []);
  for (let i = 0; i < TICKS_PER_CLIENT; i++) {
    for (let c = 0; c < CLIENTS; c++) {
      const j = i * CLIENTS + c;
      const key = keys[(j * stride) % keys.length]!;
      clients[c]!.push({ ...key, done: (j * 31 + 7) % 5 !== 0, at: base + j });
    }
  }
  return clients;
}

/** The errors utils/client.ts retries on, read from its source so this test keeps its exact policy. */
function transientErrors(): string[] {
  const source = readFileSync(resolve(import.meta.dirname, '../../utils/client.ts'), 'utf8');
  const block = /const TRANSIENT = \[([\s\S]*?)\];/.exec(source)?.[1] ?? '';
  const parts = [...block.matchAll(/^\s*'([^']+)',?\s*$/gm)].map((m) => m[1]!);
  if (parts.length === 0) throw new Error('utils/client.ts: TRANSIENT list not found');
  return parts;
}

/**
 * What a client runs: all its ticks at once, each retried like utils/client.ts does (same delays,
 * same transient errors), counting acknowledgements in `window.__acks` so the test can act midway.
 */
function senderExpression(writes: Write[], delays: readonly number[]): string {
  return `(async () => {
    const delays = ${JSON.stringify(delays)};
    const transientParts = ${JSON.stringify(transientErrors())};
    const transient = { test: (m) => transientParts.some((p) => m.toLowerCase().includes(p)) };
    globalThis.__acks = 0;
    const send = async (message) => {
      let last = 'no response';
      for (let attempt = 0; attempt <= delays.length; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, delays[attempt - 1]));
        try {
          const response = await chrome.runtime.sendMessage(message);
          if (response && typeof response.ok === 'boolean') return { response, attempt };
        } catch (error) {
          last = String(error && error.message || error);
          if (!transient.test(last)) throw error;
        }
      }
      throw new Error(last);
    };
    const writes = ${JSON.stringify(writes)};
    const results = await Promise.all(writes.map((w) =>
      send({ type: 'progress/set', operator: w.operator, stepId: w.stepId, done: w.done, at: w.at }).then(
        ({ response, attempt }) => { globalThis.__acks++; return response.ok ? { ok: true, retries: attempt } : { ok: false, error: response.error, retries: attempt }; },
        (error) => ({ ok: false, error: String(error && error.message || error), retries: -1 }),
      )));
    return results;
  })()`;
}

/** The content script's isolated world in an operator tab, where chrome.runtime is the extension's. */
async function isolatedWorld(context: BrowserContext, page: Page, extensionId: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => contexts.push(c));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin === origin)).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin)!;
  return { cdp, contextId: world.id };
}

async function run(context: BrowserContext, extensionId: string, openPopup: (q?: string) => Promise<Page>, stopWorkerMidway: boolean) {
  const tabs: { page: Page; cdp: CDPSession; contextId: number }[] = [];
  for (const [, url] of TABS) {
    const page = await context.newPage();
    await page.goto(url);
    tabs.push({ page, ...(await isolatedWorld(context, page, extensionId)) });
  }
  const popup = await openPopup('?operator=kcell');
  await expect(popup.locator('[data-step-id="before-backup"]')).toBeVisible();

  // Ready before the ticks start, so the stop lands while they are in flight.
  const stopper = stopWorkerMidway ? await context.newCDPSession(popup) : null;
  await stopper?.send('ServiceWorker.enable');

  const writes = plan(Date.now() - 1_000_000);
  const started = Date.now();
  const fromTabs = tabs.map(({ cdp, contextId }, c) =>
    cdp
      .send('Runtime.evaluate', {
        contextId,
        expression: senderExpression(writes[c]!, RETRY_DELAYS_MS),
        awaitPromise: true,
        returnByValue: true,
      })
      .then((r) => {
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
        return r.result.value as { ok: boolean; error?: string; retries: number }[];
      }),
  );
  const fromPopup = popup.evaluate(
    (expression) => (0, eval)(expression) as Promise<{ ok: boolean; error?: string; retries: number }[]>,
    senderExpression(writes[CLIENTS - 1]!, RETRY_DELAYS_MS),
  );

  let stoppedAfter: number | null = null;
  if (stopper) {
    // Stop the worker once a few ticks are acknowledged and most are still in flight.
    const acks = () => popup.evaluate(() => (globalThis as unknown as { __acks?: number }).__acks ?? 0);
    while ((await acks()) < 5) await new Promise((r) => setTimeout(r, 2));
    await stopper.send('ServiceWorker.stopAllWorkers');
    stoppedAfter = await acks();
    await stopper.detach();
  }
  const results = (await Promise.all([...fromTabs, fromPopup])).flat();
  const elapsed = Date.now() - started;

  // The truth: storage as read by an extension page once everything is acknowledged.
  const stored = (await popup.evaluate(() => chrome.storage.local.get(null))) as Record<string, { done: boolean; at: number }>;
  const winners = new Map<string, Write>();
  for (const w of writes.flat()) {
    const key = `progress:${w.operator}:${w.stepId}`;
    if ((winners.get(key)?.at ?? -1) < w.at) winners.set(key, w);
  }
  let found = 0;
  const wrong: string[] = [];
  for (const [key, w] of winners) {
    const s = stored[key];
    if (s && s.done === w.done && s.at === w.at) found++;
    else wrong.push(`${key}: expected ${JSON.stringify({ done: w.done, at: w.at })}, found ${JSON.stringify(s)}`);
  }
  const expectedDone = [...winners.values()].filter((w) => w.done).length;
  const foundDone = Object.entries(stored).filter(([k, v]) => k.startsWith('progress:') && v.done).length;
  const acked = results.filter((r) => r.ok).length;
  const retried = results.filter((r) => r.retries > 0).length;
  const figures = {
    workerStopped: stopWorkerMidway ? `after ${stoppedAfter} popup acks` : 'no',
    ticks: writes.flat().length,
    acknowledged: acked,
    retried,
    keys: winners.size,
    expected: winners.size,
    found,
    lost: winners.size - found,
    doneExpected: expectedDone,
    doneFound: foundDone,
    ms: elapsed,
  };
  console.log(`concurrency ${JSON.stringify(figures)}`);
  const errors = new Map<string, number>();
  for (const r of results) if (!r.ok) errors.set(r.error ?? '?', (errors.get(r.error ?? '?') ?? 0) + 1);
  if (errors.size > 0) console.log('failed ticks by error', Object.fromEntries(errors));
  expect(results.filter((r) => !r.ok), 'failed ticks').toEqual([]);
  expect(wrong, 'keys whose final state is not the latest write').toEqual([]);
  expect(figures.lost).toBe(0);
  expect(foundDone).toBe(expectedDone);
  // The popup shows the same truth.
  const kcellDone = [...winners.values()].filter((w) => w.operator === 'kcell' && w.done && checklistSteps('kcell', 'online').some((s) => s.id === w.stepId)).length;
  await expect(popup.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(kcellDone));
}

for (const stop of [false, true]) {
  test(`${CLIENTS - 1} operator tabs and the popup, ${TICKS_PER_CLIENT} concurrent ticks each: none lost${stop ? ', with the worker stopped midway' : ''}`, async ({
    context,
    extensionId,
    router,
    openPopup,
  }) => {
    test.setTimeout(180_000);
    for (const [, url] of TABS) router.serve(url, html(url));
    await run(context, extensionId, openPopup, stop);
    expect(router.leaks).toEqual([]);
  });
}
