// The shared browser-test fixture: Debian's Chromium with the built extension loaded, every
// request intercepted, operator pages served from fixtures, and a test failure for any request
// that would leave the browser.
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM helper shared with the scripts
import { findChromium } from '../../scripts/chromium-path.mjs';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Hosts the tests may serve; everything else is a leak. */
const SERVED = /^https:\/\/([a-z0-9-]+\.)*(kcell\.kz|activ\.kz|izi\.me|beeline\.kz|tele2\.kz|altel\.kz|altel4g\.kz|egov\.kz|kaspi\.kz)\//;

export function launchArgs(extensionPath = EXTENSION_PATH): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

export async function launchWithExtension(
  opts: {
    headless?: boolean;
    extensionPath?: string;
    /** The pages' language (navigator.language, Accept-Language). */
    locale?: string;
    /** The browser's own language, whose _locales folder chrome.i18n.getMessage serves (`--lang`; Playwright's locale leaves it). */
    uiLanguage?: string;
    /** Reuse a profile (a browser restart); the caller removes it. */ userDataDir?: string;
    /** Keep Chromium's back-forward cache, which Playwright turns off by default (its goBack waits for a load that a restored page never fires). */
    backForwardCache?: boolean;
    /**
     * Leave the windows the sizes the browser and the extension give them. Playwright's viewport (1280×800)
     * otherwise resizes every window a page opens in, racing the extension's own `windows.update`.
     */
    windowSizes?: boolean;
    /** More Chromium switches. */
    args?: readonly string[];
  } = {},
) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`.');
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'simexit-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    args: [...launchArgs(opts.extensionPath), ...(opts.uiLanguage ? [`--lang=${opts.uiLanguage}`] : []), ...(opts.args ?? [])],
    locale: opts.locale ?? 'en-US',
    viewport: opts.windowSizes ? null : { width: 1280, height: 800 },
    ...(opts.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const cleanup = async () => {
    await context.close();
    if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, worker, extensionId, cleanup, userDataDir };
}

/**
 * The extension's service worker. On a loaded machine the worker can start before Playwright
 * listens for it, and a plain waitForEvent then waits forever: look again every second.
 */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const [worker] = context.serviceWorkers();
    if (worker) return worker;
    const next = await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => null);
    if (next) return next;
  }
  throw new Error('The extension service worker did not start within 30 s.');
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle, and returns once it reports
 * stopped. `page` is any page of the context, for the CDP session.
 */
export async function stopExtensionWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith('chrome-extension://')) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  // A message still on its way from a page (a tick's retry, a read) can start the worker again at
  // once: stopped, then running, and the caller would go on with a live worker. Stop it again then.
  for (let attempt = 1; ; attempt += 1) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    try {
      await expect.poll(() => statuses.at(-1), { timeout: 3_000 }).toBe('stopped');
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await cdp.detach();
}

/** Routes every request of the context: fixture pages for operator hosts, a recorded leak for the rest. */
export class Router {
  readonly leaks: string[] = [];
  private pages = new Map<string, string>();

  constructor(private readonly context: BrowserContext) {}

  async install(): Promise<void> {
    await this.context.route('**/*', async (route) => {
      const url = route.request().url();
      // The extension's own files and in-memory URLs never leave the browser.
      if (/^(chrome-extension|moz-extension|data|blob):/.test(url)) return route.continue();
      const body = this.pages.get(stripHash(url));
      if (body !== undefined) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      if (SERVED.test(url)) {
        // An operator sub-resource the fixture did not provide (favicon, image): answer locally.
        return route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: '' });
      }
      this.leaks.push(url);
      return route.abort('blockedbyclient');
    });
  }

  /** Serve `html` at `url`. */
  serve(url: string, html: string): this {
    this.pages.set(stripHash(url), html);
    return this;
  }

  /** Serve a file from tests/fixtures at `url`. */
  serveFixture(url: string, fixturePath: string): this {
    return this.serve(url, readFileSync(join(FIXTURES, fixturePath), 'utf8'));
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  router: Router;
  /**
   * Opens the popup page in a tab (the toolbar popup cannot be clicked in automation). With `clock`,
   * the popup's clock starts at that moment and runs on (its timers too): see `noonToday`.
   */
  openPopup: (query?: string, options?: { clock?: Date }) => Promise<Page>;
}

/**
 * Noon of today on this machine's calendar: a popup whose clock starts there (`openPopup(query,
 * { clock })`) and the test that works out "today" and "tomorrow" from it agree on the day for the
 * next 12 hours. With the real clock, a run that crossed midnight between the popup rendering its
 * date field and the test computing today failed (the field's `max` only moves on focus).
 */
export function noonToday(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
}

const routers = new WeakMap<BrowserContext, Router>();

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    // Routed before any test code runs, whether or not the test asks for the router: no test can
    // let a request leave the browser unnoticed.
    const router = new Router(launched.context);
    await router.install();
    routers.set(launched.context, router);
    await use(launched.context);
    const leaks = [...router.leaks];
    await launched.cleanup();
    expect(leaks, 'requests that would have left the browser').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  router: async ({ context }, use) => {
    // Privacy guarantee: the context fixture fails the test on any leak recorded here.
    await use(routers.get(context)!);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async (query = '', options = {}) => {
      const page = await context.newPage();
      if (options.clock) await page.clock.install({ time: options.clock });
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    });
  },
});

export { expect };
