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
/** The first frame with the steps painted: their style, layout and paint are part of being visible. */
export const STEPS_PAINTED = 'bench:overlay-steps-painted';
const PAGE_FREE = 'bench:page-free-after-dcl';
/** The page's own first frame after DOMContentLoaded painted: the soonest anything of the page, an overlay included, is seen. */
const PAGE_FRAME = 'bench:page-frame-after-dcl';

/**
 * Stamps, from the page's side, when the overlay's steps are in the DOM (the popup's mark means the
 * same) and when the frame that shows them has been painted (STEPS_PAINTED: a task posted from the
 * next animation frame runs after that frame's style, layout and paint; both marks above are set in
 * the render, before any of them, which the overlay's figure left out until the fifteenth session):
 * the overlay's own mark is set as its data arrives, which can be before the steps render; and
 * when the page is first free after DOMContentLoaded (PAGE_FREE), and when its first frame after it has
 * been painted (PAGE_FRAME, taken as STEPS_PAINTED is). Installed in both browsers alike (it
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
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => performance.mark('${STEPS_PAINTED}');
        channel.port2.postMessage(0);
      });
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
    requestAnimationFrame(() => {
      const painted = new MessageChannel();
      painted.port1.onmessage = () => performance.mark('${PAGE_FRAME}');
      painted.port2.postMessage(0);
    });
  }, { once: true });
})();`;

export interface PageRun {
  mainThreadMs: number;
  /** Of which script: on the demo pages, which run none of their own, the extension's alone. */
  scriptMs: number;
  overlay: { mark: number; stepsInDom: number; painted: number } | null;
  /** DOMContentLoaded → the first task after it (PAGE_FREE), on either side. */
  pageFree: number | null;
  /** DOMContentLoaded → its first frame painted (PAGE_FRAME), on either side. */
  pageFrame: number | null;
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
          return { dcl: nav?.domContentLoadedEventStart ?? null, mark: at[0]!, stepsInDom: at[1]!, free: at[2]!, painted: at[3]!, frame: at[4]! };
        },
        { marks: [OVERLAY_MARK, STEPS_IN_DOM, PAGE_FREE, STEPS_PAINTED, PAGE_FRAME] },
      );
    let timing = await read();
    // On a machine too busy for the window, wait for the overlay so its work is inside the figure.
    for (let waited = 0; expectOverlay && (timing.mark === null || timing.painted === null) && waited < 10_000; waited += 250) {
      await sleep(250);
      timing = await read();
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const mainThreadMs = (get('ScriptDuration') + get('RecalcStyleDuration') + get('LayoutDuration')) * 1000;
    await cdp.detach();
    const pageFree = timing.dcl === null || timing.free === null ? null : timing.free - timing.dcl;
    const pageFrame = timing.dcl === null || timing.frame === null ? null : timing.frame - timing.dcl;
    if (!expectOverlay) {
      if (timing.mark !== null || timing.stepsInDom !== null) throw new Error(`the overlay appeared on ${url}, a page it should leave alone`);
      return { mainThreadMs, scriptMs: get('ScriptDuration') * 1000, overlay: null, pageFree, pageFrame };
    }
    if (timing.dcl === null || timing.mark === null || timing.stepsInDom === null || timing.painted === null) {
      throw new Error(`the overlay did not show its steps within ${SETTLE_MS + 10_000} ms of load on ${url}`);
    }
    return {
      mainThreadMs,
      scriptMs: get('ScriptDuration') * 1000,
      overlay: { mark: timing.mark - timing.dcl, stepsInDom: timing.stepsInDom - timing.dcl, painted: timing.painted - timing.dcl },
      pageFree,
      pageFrame,
    };
  } finally {
    await page.close();
  }
}

/** The overlay visible: its own mark set and a frame with its steps painted, whichever is later. */
export const overlayShown = (overlay: { mark: number; painted: number }): number => Math.max(overlay.mark, overlay.painted);
