// Drivers that measure the shared state from the outside, through the real UIs: how long a tick in
// one tab takes to show in another, and whether many tabs and the popup ticking at once lose
// anything. Used by `npm run bench`; browser tests can use them too. The overlay's shadow root is
// open, so the page's main world can watch its checkboxes; it cannot click them (the overlay
// ignores events a script dispatches), so a tick is a real key press: focus the box, press Space.
import type { BrowserContext, Page } from '@playwright/test';
import { RETRY_DELAYS_MS } from '../../utils/client';

/** The overlay's shadow host (entrypoints/guide.content). */
const HOST = 'simexit-guide';

/**
 * Ticks (or unticks) `stepId`'s checkbox in `page` as a user would, with the keyboard, and returns
 * when its click event fired, stamped with timeOrigin + now().
 */
export async function pressStep(page: Page, kind: 'overlay' | 'popup', stepId: string): Promise<number> {
  await page.evaluate(
    ({ host, kind, stepId }) => {
      const root: ParentNode | null | undefined = kind === 'overlay' ? document.querySelector(host)?.shadowRoot : document;
      const input = root?.querySelector<HTMLInputElement>(`[data-step-id="${stepId}"] input[type="checkbox"]`);
      if (!input) throw new Error(`no checkbox for ${stepId}`);
      input.focus();
      (window as unknown as { __sxClickAt: Promise<number> }).__sxClickAt = new Promise<number>((resolve) =>
        input.addEventListener('click', () => resolve(performance.timeOrigin + performance.now()), { once: true, capture: true }),
      );
    },
    { host: HOST, kind, stepId },
  );
  await page.keyboard.press('Space');
  return page.evaluate(() => (window as unknown as { __sxClickAt: Promise<number> }).__sxClickAt);
}

/**
 * Tick `stepId` to `done` in the overlay of `from` and time until the overlay of `to` shows it.
 * `to` starts watching before `from` clicks, and both stamp with timeOrigin + now(), one clock.
 */
export async function syncLatency(from: Page, to: Page, stepId: string, done: boolean): Promise<number> {
  // No named functions inside evaluated code: tsx (esbuild keepNames) would wrap them in a helper
  // that does not exist in the page.
  await to.evaluate(
    ({ host, stepId, done }) => {
      const root = document.querySelector(host)?.shadowRoot;
      if (!root) throw new Error('no overlay in the watching tab');
      const selector = `[data-step-id="${stepId}"]`;
      if (root.querySelector(selector)?.classList.contains('sx-step--done') === done) {
        throw new Error(`${stepId} already shows done=${done}`);
      }
      const w = window as unknown as { __sxShown: Promise<number> };
      w.__sxShown = new Promise<number>((resolve) => {
        // A MutationObserver callback is a microtask right after the render: no polling delay.
        const observer = new MutationObserver(() => {
          if (root.querySelector(selector)?.classList.contains('sx-step--done') !== done) return;
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
      });
    },
    { host: HOST, stepId, done },
  );
  const clickedAt = await pressStep(from, 'overlay', stepId);
  const shownAt = await to.evaluate(() => (window as unknown as { __sxShown: Promise<number> }).__sxShown);
  return shownAt - clickedAt;
}

/** A view that shows the checklist: an operator tab (overlay in a shadow root) or the popup page. */
export interface View {
  page: Page;
  kind: 'overlay' | 'popup';
}

export interface StressResult {
  ticks: number;
  /** How long the views took to make all their clicks. */
  clickingMs: number;
  /** How many times the worker was stopped while they clicked. */
  stops: number;
  /** Steps whose stored state is not the last one a user set. */
  lostInStorage: number;
  /** (view, step) pairs whose checkbox still disagrees with that state once everything settled. */
  staleInViews: number;
  expected: Record<string, boolean>;
  /** Each lost step: what storage holds against what the clicks left, and the view that clicked it. */
  lost: { step: string; stored: unknown; expected: boolean; view: number }[];
  /** The alerts each view showed during the run (a save the user was told failed), by view. */
  alerts: string[][];
}

/** Mulberry32: a small seeded PRNG, so every run ticks the same sequence. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The clicks each view makes: it owns every n-th step, and picks among them at random. */
export function tickPlan(steps: readonly string[], views: number, ticksEach: number, seed = 1): string[][] {
  return Array.from({ length: views }, (_, v) => {
    const owned = steps.filter((_, i) => i % views === v);
    if (owned.length === 0) throw new Error(`view ${v} owns no step: ${steps.length} steps for ${views} views`);
    const random = rng(seed + v);
    return Array.from({ length: ticksEach }, () => owned[Math.floor(random() * owned.length)]!);
  });
}

/** Each step's final state after the plan: a click flips it, so an odd number of clicks flips it once. */
export function expectedAfter(initial: Readonly<Record<string, boolean>>, plan: readonly (readonly string[])[]): Record<string, boolean> {
  const result: Record<string, boolean> = { ...initial };
  for (const clicks of plan) for (const step of clicks) result[step] = !result[step];
  return result;
}

async function storedDone(popup: Page, operator: string, steps: readonly string[]): Promise<Record<string, boolean>> {
  return popup.evaluate(
    async ({ operator, steps }) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome;
      const items = await c.storage.local.get(steps.map((s) => `progress:${operator}:${s}`));
      return Object.fromEntries(steps.map((s) => [s, (items[`progress:${operator}:${s}`] as { done?: boolean } | undefined)?.done === true]));
    },
    { operator, steps },
  );
}

async function shownDone(view: View, steps: readonly string[]): Promise<Record<string, boolean>> {
  return view.page.evaluate(
    ({ host, kind, steps }) => {
      const root: ParentNode | null | undefined = kind === 'overlay' ? document.querySelector(host)?.shadowRoot : document;
      return Object.fromEntries(
        steps.map((s) => [s, root?.querySelector<HTMLInputElement>(`[data-step-id="${s}"] input[type="checkbox"]`)?.checked === true]),
      );
    },
    { host: HOST, kind: view.kind, steps },
  );
}

async function storedRaw(popup: Page, operator: string, step: string): Promise<unknown> {
  return popup.evaluate(
    async ({ key }) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await c.storage.local.get(key))[key] ?? null;
    },
    { key: `progress:${operator}:${step}` },
  );
}

/** Starts collecting the text of every alert the view shows (role="alert"), to be read by takeAlerts. */
async function watchAlerts(view: View): Promise<void> {
  await view.page.evaluate(
    ({ host, kind }) => {
      const root: Node | null | undefined = kind === 'overlay' ? document.querySelector(host)?.shadowRoot : document.body;
      if (!root) throw new Error('no view to watch');
      const w = window as unknown as { __sxAlerts: string[]; __sxAlertWatch?: MutationObserver };
      w.__sxAlerts = [];
      w.__sxAlertWatch?.disconnect();
      // No named function here: see syncLatency.
      w.__sxAlertWatch = new MutationObserver(() => {
        for (const alert of (root as ParentNode).querySelectorAll('[role="alert"]')) {
          const text = alert.textContent?.trim();
          if (text && !w.__sxAlerts.includes(text)) w.__sxAlerts.push(text);
        }
      });
      w.__sxAlertWatch.observe(root, { subtree: true, childList: true, characterData: true });
    },
    { host: HOST, kind: view.kind },
  );
}

async function takeAlerts(view: View): Promise<string[]> {
  return view.page.evaluate(() => {
    const w = window as unknown as { __sxAlerts: string[]; __sxAlertWatch?: MutationObserver };
    w.__sxAlertWatch?.disconnect();
    return w.__sxAlerts;
  });
}

const differences = (a: Record<string, boolean>, b: Record<string, boolean>) => Object.keys(b).filter((k) => a[k] !== b[k]).length;

/**
 * Every view clicks `ticksEach` checkboxes at once (the views run in parallel; each yields a task
 * between its own clicks, so the messages really interleave at the worker), optionally while the
 * service worker is stopped in the middle. Then it waits for storage and every view to settle and
 * counts what is not as the users left it. A view never clicks the same box twice within one
 * millisecond (a person cannot), since the merge rule breaks a same-millisecond tie towards "done".
 */
export async function concurrentTicks(options: {
  context: BrowserContext;
  views: readonly View[];
  /** Read and wait on storage through this extension page. */
  popup: Page;
  operator: string;
  steps: readonly string[];
  ticksEach: number;
  /**
   * Stop the service worker (CDP ServiceWorker.stopAllWorkers) again and again while the views click,
   * every `everyMs` × 0.5–1.5 (seeded). A stop that lands while the worker handles a tick is the case
   * that matters: Chrome then refuses the worker's storage calls.
   */
  stopWorker?: { everyMs: number };
  seed?: number;
}): Promise<StressResult> {
  const { views, popup, operator, steps, ticksEach } = options;
  const plan = tickPlan(steps, views.length, ticksEach, options.seed);
  const initial = await storedDone(popup, operator, steps);
  const expected = expectedAfter(initial, plan);
  for (const view of views) await watchAlerts(view);

  const started = Date.now();
  // The views press at once (each its own sequence, as fast as key presses go); the messages
  // interleave at the worker.
  const clicking = views.map(async (view, v) => {
    const lastClick = new Map<string, number>();
    for (const step of plan[v]!) {
      while (Date.now() <= (lastClick.get(step) ?? -1)) await new Promise((r) => setTimeout(r, 1));
      await pressStep(view.page, view.kind, step);
      lastClick.set(step, Date.now());
    }
  });
  let clicked = false;
  let stops = 0;
  let stopping: Promise<void> | null = null;
  if (options.stopWorker) {
    const { everyMs } = options.stopWorker;
    const jitter = rng((options.seed ?? 1) * 7919);
    stopping = (async () => {
      const cdp = await options.context.newCDPSession(popup);
      await cdp.send('ServiceWorker.enable');
      for (;;) {
        await new Promise((r) => setTimeout(r, everyMs * (0.5 + jitter())));
        if (clicked) break;
        await cdp.send('ServiceWorker.stopAllWorkers');
        stops++;
      }
      await cdp.detach();
    })();
  }
  await Promise.all(clicking).finally(() => (clicked = true));
  const clickingMs = Date.now() - started;
  await stopping;

  // Settled: storage as expected, or unchanged for longer than a save keeps trying (utils/client.ts,
  // about 6.4 s): then whatever differs is lost. A shorter wait called a tick lost that its last
  // try saved a moment later.
  const quietMs = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) + 1_000;
  let stored = await storedDone(popup, operator, steps);
  for (let quiet = 0, waited = 0; differences(stored, expected) > 0 && quiet < quietMs && waited < 30_000; ) {
    await new Promise((r) => setTimeout(r, 100));
    waited += 100;
    const next = await storedDone(popup, operator, steps);
    quiet = differences(next, stored) === 0 ? quiet + 100 : 0;
    stored = next;
  }

  // Every view shows what storage holds, once its last update has rendered (storage read again:
  // compared with an old reading, a view that is right would count as stale).
  let staleInViews = 0;
  for (const view of views) {
    let shown = await shownDone(view, steps);
    for (let waited = 0; differences(shown, stored) > 0 && waited < 5_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      shown = await shownDone(view, steps);
      stored = await storedDone(popup, operator, steps);
    }
    staleInViews += differences(shown, stored);
  }
  const lostInStorage = differences(stored, expected);
  const alerts = await Promise.all(views.map(takeAlerts));
  const lost = await Promise.all(
    steps
      .filter((step) => stored[step] !== expected[step])
      .map(async (step) => ({ step, stored: await storedRaw(popup, operator, step), expected: expected[step]!, view: plan.findIndex((clicks) => clicks.includes(step)) })),
  );
  return { ticks: plan.flat().length, clickingMs, stops, lostInStorage, staleInViews, expected, lost, alerts };
}
