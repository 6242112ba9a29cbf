// One opening of an extension page (the popup, or the floor extension's page), measured as the bench
// measures popupReadyMs (scripts/bench.ts) and as the same-run comparison of popup builds does
// (scripts/popup-ab.ts): navigation start → the page's own mark, in a popup-sized tab.
import type { BrowserContext } from '@playwright/test';

export interface Opening {
  /** The mark, ms from navigation start. */
  ready: number;
  dcl: number;
  elements: number;
  /** Every other mark the page set (an instrumented build's), ms from navigation. */
  marks: Record<string, number>;
}

/** `leaks`, when given, collects every request that would leave the browser (the bench fails on any). */
export async function openAndMark(context: BrowserContext, url: string, mark: string, leaks?: string[]): Promise<Opening> {
  const page = await context.newPage();
  try {
    if (leaks) {
      page.on('request', (request) => {
        if (!/^(chrome-extension|data|blob):/.test(request.url())) leaks.push(request.url());
      });
    }
    await page.setViewportSize({ width: 400, height: 580 });
    await page.goto(url);
    const handle = await page
      .waitForFunction(
        (own) => {
          const entry = performance.getEntriesByName(own)[0];
          if (!entry) return null;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return {
            ready: entry.startTime,
            dcl: nav ? nav.domContentLoadedEventStart : -1,
            elements: document.getElementsByTagName('*').length,
            marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name !== own).map((m) => [m.name, m.startTime])),
          };
        },
        mark,
        { timeout: 10_000 },
      )
      .catch(() => {
        throw new Error(`${url} set no ${mark} mark within 10 s`);
      });
    return (await handle.jsonValue())!;
  } finally {
    await page.close();
  }
}
