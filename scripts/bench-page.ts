// One load of a page, measured as `npm run bench` measures it (scripts/bench.ts) and as the same-run
// comparison of two builds does (scripts/bench-ab.ts): Chromium's main-thread time over load + 1 s
// (CDP Performance.getMetrics) and, from the page's side, when the overlay showed its steps.
import type { BrowserContext } from '@playwright/test';
import { OVERLAY_HOST } from './demo-steps';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** After `load`, how long both browsers are left alone before their metrics are read. */
const SETTLE_MS = 1_000;
export const OVERLAY_MARK = 'simexit:overlay-visible';
const STEPS_IN_DOM = 'bench:overlay-steps-in-dom';
const PAGE_FREE = 'bench:page-free-after-dcl';

/**
 * Stamps, from the page's side, when the overlay's steps are in the DOM (the popup's mark means the
 * same): the overlay's own mark is set as its data arrives, which can be before the steps render; and
 * when the page is first free after DOMContentLoaded (PAGE_FREE). Installed in both browsers alike (it
 * watches <html>'s children and posts one message), so it costs both the same.
 * A string, not a function: tsx would wrap named functions in a helper the page does not have.
 */
export const STEPS_WATCH = `(() => {
  if (location.protocol !== 'https:') return;
  const watchHost = () => {
    const host = document.querySelector('${OVERLAY_HOST}');
    const root = host && host.shadowRoot;
    if (!root) return false;
    const found = () => {
      if (!root.querySelector('.sx-step')) return false;
      performance.mark('${STEPS_IN_DOM}');
      return true;
    };
    if (!found()) {
      const inner = new MutationObserver(() => { if (found()) inner.disconnect(); });
      inner.observe(root, { childList: true, subtree: true });
    }
    return true;
  };
  const outer = new MutationObserver(() => {
    if (!document.documentElement) return;
    outer.disconnect();
    const onHtml = new MutationObserver(() => { if (watchHost()) onHtml.disconnect(); });
    onHtml.observe(document.documentElement, { childList: true });
  });
  outer.observe(document, { childList: true });
  // About the first moment another task can run after DOMContentLoaded: the page's own work in that
  // task (its listeners, the load event of a page with nothing left to fetch, the style and layout
  // Chromium does there) is over. An overlay injected after DOMContentLoaded renders after it (the
  // browser does not run tasks of different sources strictly in order, so this is approximate).
  document.addEventListener('DOMContentLoaded', () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('${PAGE_FREE}');
    channel.port2.postMessage(0);
  }, { once: true });
})();`;

export interface PageRun {
  mainThreadMs: number;
  /** Of which script: on the demo pages, which run none of their own, the extension's alone. */
  scriptMs: number;
  overlay: { mark: number; stepsInDom: number } | null;
  /** DOMContentLoaded → the first task after it (PAGE_FREE), on either side. */
  pageFree: number | null;
}

/**
 * One load of `url` in a fresh tab: main-thread ms over load + SETTLE_MS, and, where the overlay is
 * expected, when it became visible. Both sides run the same page-side checks before the metrics are read.
 */
export async function measurePage(context: BrowserContext, url: string, expectOverlay: boolean): Promise<PageRun> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const read = () =>
      page.evaluate(
        ({ marks }) => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const at = marks.map((m) => performance.getEntriesByName(m)[0]?.startTime ?? null);
          return { dcl: nav?.domContentLoadedEventStart ?? null, mark: at[0]!, stepsInDom: at[1]!, free: at[2]! };
        },
        { marks: [OVERLAY_MARK, STEPS_IN_DOM, PAGE_FREE] },
      );
    let timing = await read();
    // On a machine too busy for the window, wait for the overlay so its work is inside the figure.
    for (let waited = 0; expectOverlay && (timing.mark === null || timing.stepsInDom === null) && waited < 10_000; waited += 250) {
      await sleep(250);
      timing = await read();
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const mainThreadMs = (get('ScriptDuration') + get('RecalcStyleDuration') + get('LayoutDuration')) * 1000;
    await cdp.detach();
    const pageFree = timing.dcl === null || timing.free === null ? null : timing.free - timing.dcl;
    if (!expectOverlay) {
      if (timing.mark !== null || timing.stepsInDom !== null) throw new Error(`the overlay appeared on ${url}, a page it should leave alone`);
      return { mainThreadMs, scriptMs: get('ScriptDuration') * 1000, overlay: null, pageFree };
    }
    if (timing.dcl === null || timing.mark === null || timing.stepsInDom === null) {
      throw new Error(`the overlay did not show its steps within ${SETTLE_MS + 10_000} ms of load on ${url}`);
    }
    return {
      mainThreadMs,
      scriptMs: get('ScriptDuration') * 1000,
      overlay: { mark: timing.mark - timing.dcl, stepsInDom: timing.stepsInDom - timing.dcl },
      pageFree,
    };
  } finally {
    await page.close();
  }
}
