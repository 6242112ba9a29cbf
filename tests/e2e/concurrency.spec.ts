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
 * same transient errors), and reports for each tick whether it was acknowledged and after how many retries.
 */
function senderExpression(writes: Write[], delays: readonly number[]): string {
  return `(async () => {
    const delays = ${JSON.stringify(delays)};
    const transientParts = ${JSON.stringify(transientErrors())};
    const transient = { test: (m) => transientParts.some((p) => m.toLowerCase().includes(p)) };
    const send = async (message) => {
      let last = 'no response';
      for (let attempt = 0; attempt <= delays.length; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, delays[attempt - 1]));
        try {
          const response = await chrome.runtime.sendMessage(message);
          // 'stopping': the worker was stopped while it handled this one; utils/client.ts sends it again.
          if (response && typeof response.ok === 'boolean' && response.error !== 'stopping') return { response, attempt };
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
        ({ response, attempt }) => { return response.ok ? { ok: true, retries: attempt } : { ok: false, error: response.error, retries: attempt }; },
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

  type Result = { ok: boolean; error?: string; retries: number };
  const fire = async (writes: Write[][], stopAfterMs: number | null) => {
    // Ready before the ticks start, so the stop lands while they are in flight.
    const stopper = stopAfterMs === null ? null : await context.newCDPSession(popup);
    await stopper?.send('ServiceWorker.enable');
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
          return r.result.value as Result[];
        }),
    );
    const fromPopup = popup.evaluate(
      (expression) => (0, eval)(expression) as Promise<Result[]>,
      senderExpression(writes[CLIENTS - 1]!, RETRY_DELAYS_MS),
    );
    let finished = false;
    const all = Promise.all([...fromTabs, fromPopup]).finally(() => (finished = true));
    let stoppedAt: number | null = null;
    if (stopper) {
      await new Promise((r) => setTimeout(r, stopAfterMs!));
      if (!finished) {
        await stopper.send('ServiceWorker.stopAllWorkers');
        stoppedAt = Date.now() - started;
      }
      await stopper.detach();
    }
    const results = (await all).flat();
    return { results, stoppedAt, elapsed: Date.now() - started };
  };

  // Without a stop: one run. With a stop: the worker is stopped once, in the middle; a run where the
  // stop hit no request in flight (no tick needed a retry) proves nothing, so it is run again with
  // later timestamps (which supersede the earlier run's writes) and another stop time.
  let base = Date.now() - 1_000_000;
  let writes = plan(base);
  let run = await fire(writes, stopWorkerMidway ? 400 : null);
  let attempts = 1;
  for (const delay of [200, 800]) {
    if (!stopWorkerMidway || run.results.some((r) => r.retries > 0)) break;
    base += 10_000;
    writes = plan(base);
    run = await fire(writes, delay);
    attempts++;
  }
  const { results, stoppedAt, elapsed } = run;

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
    workerStoppedAt: stoppedAt === null ? 'no' : `${stoppedAt} ms`,
    attempts,
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
  // Proof the stop hit requests in flight: some ticks needed the client's retry.
  if (stopWorkerMidway) expect(retried).toBeGreaterThan(0);
  expect(wrong, 'keys whose final state is not the latest write').toEqual([]);
  expect(figures.lost).toBe(0);
  expect(foundDone).toBe(expectedDone);
  // The popup shows the same truth.
  const kcellDone = [...winners.values()].filter((w) => w.operator === 'kcell' && w.done && checklistSteps('kcell', 'online').some((s) => s.id === w.stepId)).length;
  await expect(popup.locator('.sx-progress__text')).toHaveText(new RegExp(`^${kcellDone} of \\d+ done$`));
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
