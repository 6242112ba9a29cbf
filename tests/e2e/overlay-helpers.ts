// Shared by the overlay, hostile-page and page-size browser tests: where the overlay lives, how to
// serve the fixture pages, and how to read what the content script measured.
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { ALL_PAGES, type FixturePage } from '../fixtures/pages/catalog';
import type { Browser } from 'wxt/browser';
import type { Router } from './harness';

declare const chrome: typeof Browser;

export const HOST = 'simexit-guide';
/** Playwright's CSS engine pierces open shadow roots, so these reach inside the overlay. */
export const panel = (page: Page): Locator => page.locator(`${HOST} .sx-panel`);
export const launcher = (page: Page): Locator => page.locator(`${HOST} .sx-launcher`);
export const stepCard = (page: Page, stepId: string): Locator => page.locator(`${HOST} [data-step-id="${stepId}"]`);
export const progressText = (page: Page): Locator => page.locator(`${HOST} .sx-progress__text`);
export const liveRegion = (page: Page): Locator => page.locator(`${HOST} [aria-live="polite"]`);

export function serveAll(router: Router, pages: readonly FixturePage[] = ALL_PAGES): void {
  for (const p of pages) router.serveFixture(p.url, `pages/${p.file}`);
}

/** Every fixture page served, then `url` (an operator's support page) opened in a new tab, in a window of `viewport` if given. */
export async function openServed(
  context: BrowserContext,
  router: Router,
  url: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  serveAll(router);
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(url);
  return page;
}

/** Waits until the content script has surely run and decided (document_end, one storage read, the overlay injected if it belongs). */
export async function settle(page: Page, ms = 800): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}

export async function stored(worker: Worker, keys: string | string[] | null = null): Promise<Record<string, unknown>> {
  return worker.evaluate((k) => chrome.storage.local.get(k), keys) as Promise<Record<string, unknown>>;
}

export async function seed(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((i) => chrome.storage.local.set(i), items);
}

/** Answers these requests before the worker does (the first answer wins), as a worker that gives nothing would. */
export async function failInWorker(worker: Worker, types: string[], answer: unknown = { ok: false, error: 'internal' }) {
  await worker.evaluate(
    ({ types, answer }) => {
      const own = globalThis as unknown as { __sxFail?: unknown; __sxAnswered: number };
      own.__sxAnswered = 0;
      const listener = (message: { type?: string }, _sender: unknown, sendResponse: (r: unknown) => void) => {
        if (!types.includes(message?.type ?? '')) return false;
        sendResponse(answer);
        own.__sxAnswered++;
        return false;
      };
      own.__sxFail = listener;
      chrome.runtime.onMessage.addListener(listener as never);
    },
    { types, answer },
  );
}
export const answeredInWorker = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { __sxAnswered: number }).__sxAnswered);
export async function stopFailing(worker: Worker) {
  await worker.evaluate(() => chrome.runtime.onMessage.removeListener((globalThis as unknown as { __sxFail: never }).__sxFail));
}

export const SETTINGS = {
  lang: null,
  route: 'online',
  operator: null,
  reminderDays: 3,
  dismissedSites: [],
} as const;

/**
 * Evaluates `expression` in the extension's isolated world on `page` (where the content script
 * lives), through the DevTools protocol. Page scripts cannot see that world; tests can.
 */
export async function evaluateInContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const isolated = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.name === 'SimExit KZ',
  );
  if (!isolated) throw new Error(`no content-script world on ${page.url()}: ${JSON.stringify(contexts)}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: isolated.id,
    returnByValue: true,
    awaitPromise: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as T;
}

/** Evaluates `expression` in the page's own (main) world through the DevTools protocol, without relying on the page's built-ins. */
export async function evaluateInPage<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as T;
}

/** Milliseconds the content script spent classifying the page, one entry per classification. */
export function classifyTimes(page: Page): Promise<number[]> {
  return evaluateInContentScript<number[]>(page, 'globalThis.simexitGuideTiming?.classifyMs ?? []');
}

/** DOMContentLoaded → the overlay's `simexit:overlay-visible` mark, in ms (main-world timeline). */
export function domReadyToOverlay(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('simexit:overlay-visible')[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return mark && nav ? mark.startTime - nav.domContentLoadedEventEnd : null;
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
