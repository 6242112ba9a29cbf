// The overlay loaded ahead on a help page: by the manifest where the address names help, by the worker
// otherwise. On a page still loading (a script in its head holds the parser, as on the operators' real
// sites) it renders in the task that finds the page relevant, before the page's own first layout,
// instead of a worker round trip later; on a help page the guide
// is not for it stays out until a single-page navigation makes it relevant; it is loaded once; a site
// hidden while the page loads stays hidden; a page that rebuilds its document at DOMContentLoaded,
// just after the overlay rendered, keeps the overlay.
import type { BrowserContext, Page, Route, Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import type { Router } from './harness';
import { readFileSync } from 'node:fs';
import { test, expect } from './harness';
import { HOST, SETTINGS, panel, seed, settle } from './overlay-helpers';
import { DEMO_PAGES } from '../fixtures/demo/pages';

declare const chrome: typeof Browser;

const SPA = 'https://www.beeline.kz';
const BLANKS = `${SPA}/ru-ru/almaty/customers/Help/help_mobile/Blanki-dokumenty/`;
/** A help section's address whose view is not one the guide is for (the fixture shows its tariffs there). */
const OTHER_HELP = `${SPA}/ru-ru/almaty/customers/Help/help_mobile/sim/`;
const HELD_SCRIPT = `${SPA}/held-head.js`;
/** Long enough for the worker to wake, inject and answer on a loaded CI machine. */
const HOLD_MS = 1_500;

function withHeldHead(extra = ''): string {
  const html = readFileSync('tests/fixtures/pages/spa-beeline.html', 'utf8');
  return html.replace('</head>', `<script src="${HELD_SCRIPT}"></script>${extra}</head>`);
}

async function holdScripts(context: BrowserContext): Promise<void> {
  await context.route(HELD_SCRIPT, async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: '/* held */' }).catch(() => undefined);
  });
}

/** How many times the overlay's script was compiled into `page` (any world), seen by the debugger. */
async function countOverlayScripts(page: Page): Promise<() => number> {
  const cdp = await page.context().newCDPSession(page);
  let count = 0;
  cdp.on('Debugger.scriptParsed', (event) => {
    if (/^chrome-extension:\/\/[a-p]{32}\/overlay\.js$/.test(event.url)) count += 1;
  });
  await cdp.send('Debugger.enable');
  return () => count;
}

/** Counts, from now on, the worker's injections of the overlay (scripting.executeScript, utils/worker.ts). */
async function countInjections(worker: Worker): Promise<() => Promise<number>> {
  await worker.evaluate(() => {
    const counted = globalThis as { simexitInjections?: number };
    counted.simexitInjections = 0;
    const inject = chrome.scripting.executeScript.bind(chrome.scripting);
    chrome.scripting.executeScript = ((...args: Parameters<typeof inject>) => {
      counted.simexitInjections! += 1;
      return inject(...args);
    }) as typeof inject;
  });
  return () => worker.evaluate(() => (globalThis as { simexitInjections?: number }).simexitInjections ?? 0);
}

test('on a help address the overlay comes with the manifest and is compiled once; the worker injects it only where the page’s words decided', async ({
  context,
  router,
  serviceWorker,
}) => {
  const injections = await countInjections(serviceWorker);
  const byAddress = DEMO_PAGES.kcell; // …/product/documents: a topic in the address
  const byWords = DEMO_PAGES.tele2; // …/page/abonentam: relevant by its title and text only
  router.serveFixture(byAddress.url, `demo/${byAddress.file}`);
  router.serveFixture(byWords.url, `demo/${byWords.file}`);
  const help = await context.newPage();
  const overlayScripts = await countOverlayScripts(help);
  await help.goto(byAddress.url);
  await expect(panel(help)).toBeVisible();
  await settle(help);
  expect(overlayScripts()).toBe(1);
  expect(await injections()).toBe(0);

  const other = await context.newPage();
  await other.goto(byWords.url);
  await expect(panel(other)).toBeVisible();
  expect(await injections()).toBe(1);
});

test('IZI’s demo page, at a help address (its user agreement is not one), gets the overlay with the manifest, not from the worker', async ({
  context,
  router,
  serviceWorker,
}) => {
  const injections = await countInjections(serviceWorker);
  const izi = DEMO_PAGES.izi;
  router.serveFixture(izi.url, `demo/${izi.file}`);
  const page = await context.newPage();
  const overlayScripts = await countOverlayScripts(page);
  await page.goto(izi.url);
  await expect(panel(page)).toBeVisible();
  await settle(page);
  expect(overlayScripts()).toBe(1);
  expect(await injections()).toBe(0);
});

test('IZI’s app user agreement, whose address says "manual", compiles no overlay and asks for no guide', async ({ context, router, serviceWorker }) => {
  // What the worker is asked for, from now on (the detector's messages to it).
  await serviceWorker.evaluate(() => {
    const asked: string[] = ((globalThis as { simexitAsked?: string[] }).simexitAsked = []);
    chrome.runtime.onMessage.addListener((message: { type?: string }) => void asked.push(String(message?.type)));
  });
  const url = 'https://content.izi.me/binaries/content/assets/docs/manual-en.html';
  router.serveFixture(url, 'pages/izi-user-agreement-en.html');
  const page = await context.newPage();
  const overlayScripts = await countOverlayScripts(page);
  await page.goto(url);
  await settle(page);
  await expect(page.locator(HOST)).toHaveCount(0);
  expect(overlayScripts()).toBe(0);
  const asked = await serviceWorker.evaluate(() => (globalThis as { simexitAsked?: string[] }).simexitAsked ?? []);
  expect(asked.filter((type) => type === 'guide/get' || type === 'overlay/inject')).toEqual([]);
});

test('on a help page still loading, the overlay is ready before DOMContentLoaded ends, and loaded once', async ({ context, router }) => {
  router.serve(BLANKS, withHeldHead());
  await holdScripts(context);
  const page = await context.newPage();
  const overlayScripts = await countOverlayScripts(page);
  await page.goto(BLANKS);
  await expect(panel(page)).toBeVisible();
  const order = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const shown = performance.getEntriesByName('simexit:overlay-visible')[0]?.startTime ?? Infinity;
    return { shownBeforeDclEnded: shown <= nav.domContentLoadedEventEnd };
  });
  // Rendered in the DOMContentLoaded task itself: no round trip to the worker came in between.
  expect(order).toEqual({ shownBeforeDclEnded: true });
  await settle(page);
  expect(overlayScripts()).toBe(1);
  await expect(page.locator(HOST)).toHaveCount(1);
});

test('on a help page the guide is not for, the overlay loaded ahead stays out, then shows after a navigation to a relevant view', async ({
  context,
  router,
}) => {
  router.serve(OTHER_HELP, withHeldHead());
  router.serve(BLANKS, withHeldHead());
  await holdScripts(context);
  const page = await context.newPage();
  const overlayScripts = await countOverlayScripts(page);
  await page.goto(OTHER_HELP);
  await settle(page);
  await expect(page.locator(HOST)).toHaveCount(0);
  // It was loaded all the same (the address named a help section), and waits.
  expect(overlayScripts()).toBe(1);

  await page.click('#nav-blanks');
  await expect(page).toHaveURL(/Blanki-dokumenty/);
  await expect(panel(page)).toBeVisible();
  await expect(page.locator(`${HOST} [data-step-id="beeline-submit"]`)).toBeVisible();
  // The waiting overlay took over: no second copy was injected.
  expect(overlayScripts()).toBe(1);
});

test('a site hidden while its help page is loading gets no guide, though the overlay was loaded ahead', async ({ context, router, serviceWorker }) => {
  // The held script comes before the title: a decision taken while the page is half parsed would
  // find nothing relevant and leave the first read (not hidden yet) to the one at DOMContentLoaded.
  router.serve(BLANKS, readFileSync('tests/fixtures/pages/spa-beeline.html', 'utf8').replace('<head>', `<head><script src="${HELD_SCRIPT}"></script>`));
  await holdScripts(context);
  const page = await context.newPage();
  const overlayScripts = await countOverlayScripts(page);
  const loading = page.goto(BLANKS);
  await expect.poll(overlayScripts).toBe(1);
  await seed(serviceWorker, { settings: { ...SETTINGS, dismissedSites: ['beeline'] } });
  await loading;
  await settle(page);
  await expect(page.locator(HOST)).toHaveCount(0);
});

/** Serves `html` at `url` with its held head script, opens it, and waits until the page has rebuilt itself. */
async function openRebuilt(context: BrowserContext, router: Router, url: string, html: string): Promise<Page> {
  router.serve(url, html);
  await holdScripts(context);
  const page = await context.newPage();
  await page.goto(url);
  await settle(page);
  await expect(page.locator('body[data-rebuilt]')).toHaveCount(1);
  return page;
}

// The page's own head and body, as an app that renders its whole document would write them.
const REPLACE_HTML = `const next = document.createElement('html'); next.innerHTML = document.head.outerHTML + document.body.outerHTML; document.replaceChild(next, document.documentElement);`;
const REWRITE_DOCUMENT = `const html = document.head.outerHTML + document.body.outerHTML; document.open(); document.write('<!doctype html><html>' + html + '</html>'); document.close();`;

for (const [how, rebuild] of [
  ['replaces <html> at DOMContentLoaded', `${REPLACE_HTML} document.body.dataset.rebuilt = '';`],
  ['rewrites the document (document.open and write) at DOMContentLoaded', `${REWRITE_DOCUMENT} document.body.dataset.rebuilt = '';`],
  ['replaces <html> 300 ms after DOMContentLoaded', `setTimeout(() => { ${REPLACE_HTML} document.body.dataset.rebuilt = ''; }, 300);`],
] as const) {
  test(`a page that ${how} keeps the overlay`, async ({ context, router }) => {
    const page = await openRebuilt(context, router, BLANKS, withHeldHead(`<script>document.addEventListener('DOMContentLoaded', () => { ${rebuild} });</script>`));
    await expect(panel(page)).toBeVisible();
    await expect(page.locator(HOST)).toHaveCount(1);
  });
}

test('after a page rewrites its document at DOMContentLoaded, the overlay still follows the page (its listeners come back)', async ({ context, router }) => {
  // document.open() erases every listener on document and window, the overlay's own included, which
  // it had just added in the same DOMContentLoaded task. Seen here: the panel moving away from a
  // focused page field (a focusin listener on document).
  const url = 'https://tele2.kz/ru/support';
  const body = `<h1>Как отказаться от номера и расторгнуть договор</h1><p>Расторжение договора на оказание услуг связи оформляется в салоне связи с удостоверением личности.</p><input id="field" aria-label="Номер заявки" style="position:fixed;right:40px;bottom:40px;width:200px;height:40px">`;
  const page = await openRebuilt(
    context,
    router,
    url,
    `<!doctype html><html lang="ru"><head><script src="${HELD_SCRIPT}"></script><title>Tele2: как расторгнуть договор и отказаться от номера</title>
<script>document.addEventListener('DOMContentLoaded', () => { const head = document.head.outerHTML; document.open(); document.write('<!doctype html><html lang="ru">' + head + '<body style="margin:0" data-rebuilt>' + ${JSON.stringify(body)} + '</body></html>'); document.close(); });</script>
</head><body style="margin:0">${body}</body></html>`,
  );
  await expect(panel(page)).toBeVisible();
  await page.focus('#field');
  await expect.poll(async () => page.locator(`${HOST} .sx-panel`).evaluate((el) => el.getBoundingClientRect().left)).toBeLessThan(100);
  await expect(page.locator('#field')).toBeFocused();
  // And its own controls: ticking counts (the rewrite had erased the listeners of its shadow tree too).
  await page.locator(`${HOST} input[type="checkbox"]`).first().check();
  await expect(page.locator(`${HOST} .sx-progress__text`)).toHaveText(/^1 of \d+ done$/);
});
