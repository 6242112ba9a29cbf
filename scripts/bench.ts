// `npm run bench -- --out FILE [--runs N]`: what the extension costs a user's browser, measured in
// Chromium with its own metrics and written as JSON with the keys issue 5 names.
// - Sizes (gzip -9): JS+CSS every operator page gets (the manifest's content scripts and the CSS their
//   UI loads; scripts seen injected on demand into a support page are printed beside), and all JS+CSS
//   the popup loads on opening, lazily imported chunks included.
// - Added main-thread time: CDP Performance.getMetrics (Script + RecalcStyle + Layout durations) for
//   the same page in a Chromium with the extension and one without, launched together; pairs are
//   interleaved (which goes first alternates) so drift of a busy machine cancels, and the figure is
//   the distribution of per-pair differences. Printed beside it: each percentile with the extension
//   minus the same percentile without (bench-stats.ts quantileShift) and the extension's own script
//   time, since the pairs' p95 is mostly the spread of two independent page loads; and that spread
//   itself, from the same pairs on a site the extension cannot reach (UNTOUCHED_PAGE).
// - Overlay: DOMContentLoaded → the overlay's `simexit:overlay-visible` mark set and a frame with its
//   steps painted (whichever is later), from the same pages. Printed beside it: the same page with an image
//   still loading (measureStillLoading), and the same page with a script in its head held, where the
//   overlay is loaded ahead (HELD_HEAD_PAGES), which the demo pages alone would not show; the added
//   time on a help page the guide is not for, where that overlay is loaded in vain; and, interleaved in
//   the same run, the support page without the extension: its own work after DOMContentLoaded (PAGE_FREE),
//   which an overlay injected after it waits behind, and its own first frame after it (PAGE_FRAME), the
//   soonest an overlay can be seen.
// - Popup: navigation start → `simexit:popup-ready` (checklist rendered with enabled checkboxes),
//   without request interception (see measurePopup). Printed beside it, interleaved in the same run:
//   an extension page with nothing of ours, only a module script that sets a mark (bench-floor.ts).
// - Sync: tick in one tab → shown in another, stamped on one clock in both (tests/e2e/stress.ts).
// - Lost updates: 5 operator tabs + the popup × 100 concurrent ticks, once as is and once with the
//   service worker stopped in the middle.
// - Classifier: its cost in Node relative to one plain pass over the same text (bench-detect.ts).
// Waiting for readiness uses timers; no figure is a wall-clock sleep.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';
import { EXTENSION_PATH, launchArgs, launchWithExtension, Router } from '../tests/e2e/harness';
import { concurrentTicks, syncLatency, type StressResult, type View } from '../tests/e2e/stress';
import { DEMO_PAGES } from '../tests/fixtures/demo/pages';
import { BENCH_USAGE, parseBenchArgs } from './bench-args';
import { FLOOR_MARK, writeFloorExtension } from './bench-floor';
import { listSizes, totalGzip } from './bench-size';
import { measureSizes, seenFirstOpeningWithBrowserIn, seenLoading, seenPopupIn, setLanguage } from './bench-loading';
import { LANGS, type Lang } from '../data/schema';
import { formatTable, pairDifferences, quantileShift, quantiles, verdicts, type BenchResult } from './bench-stats';
import { prepare } from './demo-build';
import { demoFixture, OVERLAY_HOST } from './demo-steps';
// @ts-expect-error plain ESM helper shared with the harness
import { findChromium } from './chromium-path.mjs';
import { POPUP_READY_MARK } from '../utils/popup-ready';
import { openAndMark } from './bench-opening';
import { classifierCostLine } from './bench-detect';
import { measurePage, overlayShown, OVERLAY_MARK, STEPS_PAINTED, STEPS_WATCH, type PageRun } from './bench-page';

const SYNC_STEPS = ['before-backup', 'before-list-iin-numbers', 'before-move-egov', 'before-move-kaspi', 'before-settle-debts'];

const log = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Browsers {
  withExt: BrowserContext;
  without: BrowserContext;
  extensionId: string;
  /** The popup's floor page, in a second extension loaded beside ours (bench-floor.ts). */
  floorUrl: string;
  routers: Router[];
  close(): Promise<void>;
}

async function launchBoth(): Promise<Browsers> {
  const profile = mkdtempSync(join(tmpdir(), 'simexit-bench-'));
  const floor = writeFloorExtension(profile);
  // Both in the browser with ours: the floor has no worker (ours is the one the harness finds) and
  // touches no page.
  const launched = await launchWithExtension({ headless: true, extensionPath: `${EXTENSION_PATH},${floor.path}` });
  const executablePath = findChromium() as string;
  // Same binary and flags, minus the extension.
  const args = launchArgs().filter((a) => !/^--(disable-extensions-except|load-extension)=/.test(a));
  const without = await chromium.launchPersistentContext(join(profile, 'without'), {
    executablePath,
    headless: true,
    args,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  const routers: Router[] = [];
  for (const context of [launched.context, without]) {
    await context.addInitScript({ content: STEPS_WATCH });
    const router = new Router(context);
    await router.install();
    for (const page of Object.values(DEMO_PAGES)) router.serve(page.url, demoFixture(page.file));
    router.serve(HELD_HEAD_PAGES.support, withHeldHead(DEMO_PAGES.kcell.file));
    router.serve(HELD_HEAD_PAGES.helpOther, withHeldHead(DEMO_PAGES.kcellTariffs.file));
    router.serve(UNTOUCHED_PAGE, demoFixture(DEMO_PAGES.kcellTariffs.file));
    await context.route(HELD_HEAD_SCRIPT, holdHeadScript);
    routers.push(router);
  }
  return {
    withExt: launched.context,
    without,
    extensionId: launched.extensionId,
    floorUrl: floor.url,
    routers,
    async close() {
      await launched.cleanup();
      await without.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function measureMainThread(browsers: Browsers, runs: number) {
  const samples = {
    support: { with: [] as number[], without: [] as number[], script: [] as number[] },
    other: { with: [] as number[], without: [] as number[], script: [] as number[] },
    heldHead: { with: [] as number[], without: [] as number[], script: [] as number[] },
    helpOther: { with: [] as number[], without: [] as number[], script: [] as number[] },
    untouched: { with: [] as number[], without: [] as number[], script: [] as number[] },
  };
  /** The same support page without the extension, DOMContentLoaded → pageFloor: its first free task (PAGE_FREE); pageFrame: its first frame painted. */
  const overlay = { mark: [] as number[], inDom: [] as number[], shown: [] as number[], heldHead: [] as number[], pageFloor: [] as number[], pageFrame: [] as number[] };
  const pages = {
    support: DEMO_PAGES.kcell.url,
    other: DEMO_PAGES.kcellTariffs.url,
    heldHead: HELD_HEAD_PAGES.support,
    helpOther: HELD_HEAD_PAGES.helpOther,
    untouched: UNTOUCHED_PAGE,
  } as const;
  const kinds = ['support', 'other', 'heldHead', 'helpOther', 'untouched'] as const;
  const overlayOn = new Set<string>(['support', 'heldHead']);
  // Run -1 warms both browsers (code caches, fonts, processes) and is not counted.
  for (let run = -1; run < runs; run++) {
    for (const kind of kinds) {
      const order = run % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      const result: Partial<Record<'with' | 'without', PageRun>> = {};
      for (const side of order) {
        const context = side === 'with' ? browsers.withExt : browsers.without;
        result[side] = await measurePage(context, pages[kind], side === 'with' && overlayOn.has(kind));
      }
      if (run < 0) continue;
      if (kind === 'heldHead') {
        overlay.heldHead.push(overlayShown(result.with!.overlay!));
      }
      samples[kind].with.push(result.with!.mainThreadMs);
      samples[kind].without.push(result.without!.mainThreadMs);
      samples[kind].script.push(result.with!.scriptMs - result.without!.scriptMs);
      if (kind === 'support') {
        const shown = result.with!.overlay!;
        overlay.mark.push(shown.mark);
        overlay.inDom.push(Math.max(shown.mark, shown.stepsInDom));
        overlay.shown.push(overlayShown(shown));
        const floor = result.without!.pageFree;
        const frame = result.without!.pageFrame;
        if (floor === null || frame === null) throw new Error(`no task ran or no frame was painted after DOMContentLoaded on ${pages.support} without the extension`);
        overlay.pageFloor.push(floor);
        overlay.pageFrame.push(frame);
      }
    }
    if (run >= 0 && process.stdout.isTTY) process.stdout.write(`\r  page loads: ${run + 1}/${runs} pairs per page`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  return { samples, overlay };
}

/**
 * Measured without Playwright's request interception: the leak router pauses every request of the
 * context until this script lets it go over CDP, the popup's own files included, which added ~9 ms
 * (p50) and ~30 ms (p95) to each opening on this machine (probe, 30 openings with and without a
 * pass-through route: 66.4 / 82.5 → 75.3 / 114.5 ms), a cost no user has. The popup's requests are
 * still watched, without pausing them: any that leaves the extension is recorded as a leak.
 */
async function measurePopup(context: BrowserContext, extensionId: string, floorUrl: string, runs: number, router: Router) {
  const samples: number[] = [];
  const floor: number[] = [];
  const popupUrl = `chrome-extension://${extensionId}/popup.html?operator=kcell`;
  await context.unroute('**/*');
  // A floor page stays open meanwhile: our extension's process is kept alive by its worker, which
  // every opening wakes; without a page of its own the floor extension's process started anew for
  // each opening (probe, 20 openings: floor p50 74.6 / p95 96.5 ms so, 45.0 / 56.0 kept warm).
  let warm: Page | null = null;
  try {
    warm = await context.newPage();
    await warm.goto(floorUrl);
    // The popup's own mark only (utils/popup-ready.ts: set when enabled checkboxes are in the DOM).
    // A stand-in MutationObserver used to be injected into every opening in case the mark was
    // missing; it cost nothing measurable (interleaved, 40 openings each: p50 63.0 ms with it,
    // 66.0 without, i.e. noise) but ran bench code inside the page measured and would have turned a
    // lost mark into a quietly different measurement. A missing mark now fails the run instead.
    const openPopup = () => openAndMark(context, popupUrl, POPUP_READY_MARK, router.leaks);
    const openFloor = () => openAndMark(context, floorUrl, FLOOR_MARK, router.leaks);
    for (let run = -1; run < runs; run++) {
      // Which goes first alternates, so drift of a busy machine cancels.
      let popup, floorOpening;
      if (run % 2 === 0) {
        popup = await openPopup();
        floorOpening = await openFloor();
      } else {
        floorOpening = await openFloor();
        popup = await openPopup();
      }
      if (run < 0) continue;
      samples.push(popup.ready);
      floor.push(floorOpening.ready);
    }
  } finally {
    await warm?.close();
    await router.install();
  }
  return { samples, floor };
}

/** Opens an extension page at the popup's size and reads when it set `mark`; fails the run without it. */

/**
 * The support page again, with one image the router holds for HELD_MS, as a real operator page is
 * still fetching images, fonts and trackers after DOMContentLoaded: DOMContentLoaded → overlay shown (mark and steps painted).
 * A printed figure beside overlayAfterDclMs (whose demo pages load nothing else): it shows whether the
 * overlay waits for the page's load, as Chrome's default injection time (document_idle) would make it.
 */
const HELD_IMAGE = 'https://www.kcell.kz/bench-held-image.png';
const HELD_MS = 2_000;
async function measureStillLoading(context: BrowserContext, router: Router, runs: number): Promise<number[]> {
  const url = `${DEMO_PAGES.kcell.url}?still-loading`;
  router.serve(url, demoFixture(DEMO_PAGES.kcell.file).replace('</body>', `<img src="${HELD_IMAGE}" alt="" width="1" height="1"></body>`));
  const hold = async (route: Route) => {
    await sleep(HELD_MS);
    // The tab may be closed by then: nothing left to answer.
    await route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: '' }).catch(() => undefined);
  };
  await context.route(HELD_IMAGE, hold);
  const samples: number[] = [];
  try {
    for (let run = -1; run < runs; run++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const shown = await page.waitForFunction(
        ([mark, painted]) => {
          const marked = performance.getEntriesByName(mark)[0]?.startTime;
          const paintedAt = performance.getEntriesByName(painted)[0]?.startTime;
          const at = marked === undefined || paintedAt === undefined ? undefined : Math.max(marked, paintedAt);
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return at !== undefined && nav ? { afterDcl: at - nav.domContentLoadedEventStart, loaded: nav.loadEventStart > 0 && nav.loadEventStart < at } : null;
        },
        [OVERLAY_MARK, STEPS_PAINTED] as const,
        { timeout: 10_000 },
      );
      const { afterDcl, loaded } = (await shown.jsonValue())!;
      await page.close();
      if (loaded) throw new Error(`the held image was let go before the overlay showed (${afterDcl.toFixed(0)} ms after DOMContentLoaded): the measurement did not hold the page's load`);
      if (run >= 0) samples.push(afterDcl);
    }
  } finally {
    await context.unroute(HELD_IMAGE, hold);
  }
  return samples;
}

/**
 * Real operator pages load scripts in their <head>, which hold the parser: the detector then has
 * its storage read back while the page is still loading and, on a help page, loads the overlay
 * ahead (entrypoints/guide.content/detector.ts preloadOverlay). The demo pages load nothing, so the
 * figures above never see that path; these two pages, with one head script held HEAD_HOLD_MS, are
 * printed beside them: the overlay after DOMContentLoaded on the support page, and the added time on
 * a help section's page the guide is not for (the demo tariff page's content at a support address),
 * which pays for the overlay loaded in vain.
 */
const HELD_HEAD_SCRIPT = 'https://www.kcell.kz/bench-held-head.js';
const HEAD_HOLD_MS = 300;
const HELD_HEAD_PAGES = {
  support: `${DEMO_PAGES.kcell.url}?held-head`,
  helpOther: 'https://www.kcell.kz/ru/support/esim?held-head',
} as const;

function withHeldHead(file: string): string {
  return demoFixture(file).replace('</head>', `<script src="${HELD_HEAD_SCRIPT}"></script></head>`);
}

async function holdHeadScript(route: Route): Promise<void> {
  await sleep(HEAD_HOLD_MS);
  await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: '/* held */' }).catch(() => undefined);
}

/**
 * The other page's content on a site the extension has no access to: nothing of it runs there, so
 * the paired differences on this page are the measurement's own noise (two independent loads), the
 * floor under the per-pair figures above. Printed beside them.
 */
const UNTOUCHED_PAGE = 'https://www.operator.example/ru/product/tariffs';

async function openOverlayTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(`${OVERLAY_HOST} [data-step-id="before-backup"] input`).waitFor();
  return page;
}

async function measureSync(context: BrowserContext, runs: number): Promise<number[]> {
  const a = await openOverlayTab(context, DEMO_PAGES.kcell.url);
  const b = await openOverlayTab(context, DEMO_PAGES.kcell.url);
  await a.bringToFront();
  const samples: number[] = [];
  try {
    for (let run = -1; run < runs; run++) {
      const i = run + 1;
      const step = SYNC_STEPS[i % SYNC_STEPS.length]!;
      const done = Math.floor(i / SYNC_STEPS.length) % 2 === 0;
      const ms = await syncLatency(a, b, step, done);
      if (run >= 0) samples.push(ms);
    }
    // Leave the steps unticked for what follows.
    for (const step of SYNC_STEPS) {
      const checked = await a.locator(`${OVERLAY_HOST} [data-step-id="${step}"] input`).isChecked();
      if (checked) await syncLatency(a, b, step, false);
    }
  } finally {
    await a.close();
    await b.close();
  }
  return samples;
}

/** What a lost update needs for a diagnosis: which step, what storage held, and what each view told its user. */
function stressDetails(name: string, run: StressResult): string[] {
  const alerts = run.alerts.flatMap((texts, view) => texts.map((text) => `view ${view}: ${text}`));
  return [
    ...run.lost.map((l) => `  ${name}: lost ${l.step} (clicked in view ${l.view}): stored ${JSON.stringify(l.stored)}, the clicks left done=${l.expected}`),
    ...(alerts.length > 0 ? [`  ${name}: alerts shown: ${alerts.join(' | ')}`] : []),
  ];
}

const STOP_EVERY_MS = 400;

async function measureLostUpdates(context: BrowserContext, extensionId: string) {
  const tabs: Page[] = [];
  for (let i = 0; i < 5; i++) tabs.push(await openOverlayTab(context, DEMO_PAGES.kcell.url));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await popup.locator('[data-step-id="before-backup"] input').waitFor();
  const views: View[] = [...tabs.map((page) => ({ page, kind: 'overlay' as const })), { page: popup, kind: 'popup' }];
  // The steps every view shows (the popup and the overlays show the same checklist for the route).
  const stepLists = await Promise.all(
    views.map((v) =>
      v.page.evaluate(
        ({ host, kind }) => {
          const root: ParentNode | null | undefined = kind === 'overlay' ? document.querySelector(host)?.shadowRoot : document;
          return [...(root?.querySelectorAll('[data-step-id]') ?? [])].map((el) => el.getAttribute('data-step-id')!);
        },
        { host: OVERLAY_HOST, kind: v.kind },
      ),
    ),
  );
  const steps = stepLists[0]!.filter((s) => stepLists.every((list) => list.includes(s)));
  const plain = await concurrentTicks({ context, views, popup, operator: 'kcell', steps, ticksEach: 100, seed: 1 });
  // The worker stopped again and again, about every 0.4 s: one stop half-way lost a tick once in
  // ~20 runs (a stop while the worker handled it), too rarely for a bench to show it reliably.
  const stopped = await concurrentTicks({ context, views, popup, operator: 'kcell', steps, ticksEach: 100, seed: 2, stopWorker: { everyMs: STOP_EVERY_MS } });
  for (const page of [...tabs, popup]) await page.close();
  return { plain, stopped, steps: steps.length };
}

/**
 * The popup's size in each language on a first opening: with a browser started in that language and
 * nothing remembered (just installed), and chosen in SimExit (this browser's is English) after an
 * update; and on the next opening. Run last, as it changes the language setting (and sets it back).
 */
async function measurePopupLanguages(context: BrowserContext, extensionId: string) {
  const sizes: { lang: Lang; first: number; browserIn: number; later: number }[] = [];
  const total = (popup: string[]) => totalGzip(measureSizes({ content: [], popup }).popup);
  for (const lang of LANGS) {
    const seen = await seenPopupIn(context, extensionId, lang);
    sizes.push({ lang, first: total(seen.first), browserIn: total(await seenFirstOpeningWithBrowserIn(lang)), later: total(seen.later) });
  }
  await setLanguage(context, extensionId, null);
  return sizes;
}

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product.replace(/^(Headless)?Chrome\//, '');
  } finally {
    await page.close();
  }
}


async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if ('help' in args) return log(BENCH_USAGE);
  if ('error' in args) throw new Error(`${args.error}\n${BENCH_USAGE}`);
  const { runs } = args;
  const out = resolve(process.cwd(), args.out);

  prepare(log);
  const loadBefore = loadavg()[0]!;
  log(`Measuring with ${runs} runs a figure (load average ${loadBefore.toFixed(2)})…`);
  log('  classifier in Node, against one plain pass over the same text…');
  const classifierLine = classifierCostLine();
  const browsers = await launchBoth();
  let result: BenchResult;
  let detail: string[];
  let everyPageBytes: number;
  try {
    const chromiumVersionString = await chromiumVersion(browsers.withExt);
    const size = measureSizes(await seenLoading(browsers.withExt, browsers.extensionId));
    everyPageBytes = totalGzip(size.content);
    log('  page loads with and without the extension, interleaved…');
    const { samples, overlay } = await measureMainThread(browsers, runs);
    log('  overlay on a support page still loading an image…');
    const stillLoading = await measureStillLoading(browsers.withExt, browsers.routers[0]!, runs);
    log('  popup…');
    // routers[0] is the one of the browser with the extension (launchBoth).
    const popup = await measurePopup(browsers.withExt, browsers.extensionId, browsers.floorUrl, runs, browsers.routers[0]!);
    log('  tab → tab sync…');
    const sync = await measureSync(browsers.withExt, runs);
    log('  5 tabs + popup × 100 concurrent ticks, then again with the worker stopped about every 0.4 s…');
    const lost = await measureLostUpdates(browsers.withExt, browsers.extensionId);
    log('  popup files in each language…');
    const popupByLang = await measurePopupLanguages(browsers.withExt, browsers.extensionId);
    const leaks = browsers.routers.flatMap((r) => r.leaks);
    if (leaks.length > 0) throw new Error(`requests tried to leave the browser: ${leaks.join(', ')}`);

    result = {
      // The support page, the operator page that gets the most (see BenchResult).
      contentScriptGzipBytes: totalGzip(size.content) + totalGzip(size.contentOnDemand),
      popupGzipBytes: totalGzip(size.popup),
      addedScriptMs: {
        // Per-pair differences: the conservative figure (see quantileShift, printed beside it, for what it adds).
        support: quantiles(pairDifferences(samples.support.with, samples.support.without)),
        other: quantiles(pairDifferences(samples.other.with, samples.other.without)),
      },
      overlayAfterDclMs: quantiles(overlay.shown),
      popupReadyMs: quantiles(popup.samples),
      syncLatencyMs: quantiles(sync),
      lostUpdates: lost.plain.lostInStorage + lost.plain.staleInViews + lost.stopped.lostInStorage + lost.stopped.staleInViews,
      runs,
      chromium: chromiumVersionString,
    };
    const q = (values: number[]) => {
      const { p50, p95 } = quantiles(values);
      return `p50 ${p50.toFixed(2)} / p95 ${p95.toFixed(2)} ms`;
    };
    const shift = (s: { with: number[]; without: number[] }) => {
      const { p50, p95 } = quantileShift(s.with, s.without);
      return `p50 ${p50.toFixed(2)} / p95 ${p95.toFixed(2)} ms`;
    };
    detail = [
      `content script files on every operator page (gzip -9): ${listSizes(size.content)}`,
      `popup files (gzip -9): ${listSizes(size.popup)}`,
      ...(size.contentOnDemand.length > 0
        ? [`plus loaded into a support page (by the manifest on a help address, else injected): ${listSizes(size.contentOnDemand)} = ${totalGzip(size.contentOnDemand)} B`]
        : []),
      ...(size.popupLazy.length > 0 ? [`popup chunks imported lazily at opening (counted): ${size.popupLazy.join(', ')}`] : []),
      `main thread, support page: with ${q(samples.support.with)}, without ${q(samples.support.without)}; ` +
        `percentile shift ${shift(samples.support)}; extension script alone ${q(samples.support.script)}`,
      `main thread, other page:   with ${q(samples.other.with)}, without ${q(samples.other.without)}; ` +
        `percentile shift ${shift(samples.other)}; extension script alone ${q(samples.other.script)}`,
      `overlay after DOMContentLoaded by its own mark alone: ${q(overlay.mark)}; mark set and steps in the DOM (the figure until the fifteenth session): ${q(overlay.inDom)} (figure: mark set and a frame with the steps painted)`,
      `same run, interleaved: the support page without the extension, DOMContentLoaded → the first task that can run after it ` +
        `(the page's own work there: the floor of an overlay injected after it) ${q(overlay.pageFloor)}; overlay minus floor, per pair ` +
        `${q(pairDifferences(overlay.shown, overlay.pageFloor))}, per percentile ${shift({ with: overlay.shown, without: overlay.pageFloor })}`,
      `same run, interleaved: the support page without the extension, DOMContentLoaded → its own first frame painted ` +
        `(the soonest an overlay can be seen) ${q(overlay.pageFrame)}; overlay minus it, per pair ${q(pairDifferences(overlay.shown, overlay.pageFrame))}`,
      `overlay after DOMContentLoaded on the support page while an image is held ${HELD_MS} ms: ${q(stillLoading)}`,
      `overlay after DOMContentLoaded on the support page whose head script is held ${HEAD_HOLD_MS} ms (loaded ahead): ${q(overlay.heldHead)}`,
      `main thread, a help page the guide is not for, head script held ${HEAD_HOLD_MS} ms (overlay loaded in vain): ` +
        `added ${q(pairDifferences(samples.helpOther.with, samples.helpOther.without))}; extension script alone ${q(samples.helpOther.script)}`,
      `main thread, the other page on a site the extension cannot reach (its noise floor: nothing of the extension runs): ` +
        `added ${q(pairDifferences(samples.untouched.with, samples.untouched.without))}; percentile shift ${shift(samples.untouched)}`,
      `popup ready from: ${POPUP_READY_MARK}; same run, interleaved: an extension page with nothing of ours, ` +
        `its one module script's mark (the floor) ${q(popup.floor)}; popup minus floor, per interleaved pair ` +
        `${q(pairDifferences(popup.samples, popup.floor))}, per percentile ${shift({ with: popup.samples, without: popup.floor })}`,
      `popup on its first opening in each language, gzip -9: with the browser in it and nothing remembered / chosen in SimExit ` +
        `with an English browser, after an update (the next opening, its strings remembered, in brackets): ` +
        popupByLang.map(({ lang, first, browserIn, later }) => `${lang} ${browserIn} / ${first} B (${later} B)`).join(', '),
      `lost updates: ${lost.plain.ticks} ticks over ${lost.steps} steps in ${lost.plain.clickingMs} ms → ${lost.plain.lostInStorage} lost in storage, ` +
        `${lost.plain.staleInViews} stale in views; with the worker stopped ${lost.stopped.stops} times in ${lost.stopped.clickingMs} ms of clicks: ` +
        `${lost.stopped.lostInStorage} lost, ${lost.stopped.staleInViews} stale`,
      ...[lost.plain, lost.stopped].flatMap((run, i) => stressDetails(i === 0 ? 'plain' : 'worker stopped', run)),
      classifierLine,
    ];
  } finally {
    await browsers.close();
  }

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  const loadAfter = loadavg()[0]!;
  log('');
  log(formatTable(verdicts(result, everyPageBytes)));
  log('');
  for (const line of detail) log(line);
  log(`runs ${result.runs} · Chromium ${result.chromium} · load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`);
  log(`Wrote ${out}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
