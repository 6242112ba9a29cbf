// The Firefox build (.output/firefox-mv2) in a real Firefox: Debian's Firefox ESR, driven over
// WebDriver BiDi by Playwright's experimental launcher for stock Firefox (channel 'moz-firefox' with
// an executablePath; Playwright's own `firefox` needs its patched build). Every request of the pages
// is routed as in the Chromium suite (tests/e2e/harness.ts), and whatever the extension reports on
// the browser's console fails the test.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { firefox, test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { Router } from '../e2e/harness';
// @ts-expect-error plain ESM helper shared with the scripts
import { findFirefox } from '../../scripts/firefox-path.mjs';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** wxt.config.ts browser_specific_settings.gecko.id */
const ADDON_ID = 'simexit-kz@simexit.invalid';
/** Fixed through extensions.webextensions.uuids, so the extension's pages have a known address. */
const UUID = '5e7c1d2a-84f0-4c3b-9a6e-51b2d3c4e5f6';
export const ORIGIN = `moz-extension://${UUID}`;

/** The parts of Playwright's internals the two work-arounds below reach (playwright-core 1.65). */
interface Core {
  server: { WebSocketTransport: { prototype: Transport } };
  utils: { RecentLogsCollector: { prototype: { log(message: string): void } } };
}
interface Transport {
  send(message: { id: number; method: string }): void;
  onmessage?: (message: { id?: number; type?: string; error?: string }) => void;
}

/** Every line the browsers of this test process wrote to stdout and stderr. */
const browserOutput: string[] = [];
const core = createRequire(import.meta.url)('playwright-core/lib/coreBundle') as Core;
{
  // Playwright sends emulation.setMediaFeaturesOverride to each new context and page (for
  // colorScheme), and Firefox ESR 153 does not know that command yet: the launch fails with
  // "unknown command". These tests emulate no colour scheme, so that one answer is taken as done.
  // Any other error, and this command's once Firefox implements it, passes through unchanged.
  const transport = core.server.WebSocketTransport.prototype;
  const send = transport.send;
  const mediaOverrides = new WeakMap<Transport, Set<number>>();
  transport.send = function (this: Transport, message) {
    if (message.method === 'emulation.setMediaFeaturesOverride') {
      if (!mediaOverrides.has(this)) mediaOverrides.set(this, new Set());
      mediaOverrides.get(this)!.add(message.id);
    }
    return send.call(this, message);
  };
  const handlers = new WeakMap<Transport, Transport['onmessage']>();
  Object.defineProperty(transport, 'onmessage', {
    configurable: true,
    get(this: Transport) {
      return handlers.get(this);
    },
    set(this: Transport, handler: Transport['onmessage']) {
      handlers.set(
        this,
        handler &&
          ((message) => {
            const ours = message.id !== undefined && mediaOverrides.get(this)?.delete(message.id);
            handler(ours && message.type === 'error' && message.error === 'unknown command' ? { id: message.id, type: 'success', result: {} } as never : message);
          }),
      );
    },
  });
  // The browser's output (where Firefox prints the extension's errors) reaches Playwright's log
  // collector only; a copy is kept here for the tests to read.
  const collector = core.utils.RecentLogsCollector.prototype;
  const log = collector.log;
  collector.log = function (message) {
    browserOutput.push(message);
    return log.call(this, message);
  };
}

/**
 * What the extension reported on the browser's console since `from` (an index into the output):
 * uncaught errors in its pages and scripts, and its own console.error/warn lines ("SimExit: …").
 */
export function extensionErrors(from = 0): string[] {
  return browserOutput
    .slice(from)
    .filter((line) => line.includes(`JavaScript error: ${ORIGIN}/`) || line.includes(`JavaScript warning: ${ORIGIN}/`) || /console\.(error|warn): "SimExit/.test(line));
}

/** `display`: headed, on that X display (tests/e2e/real-keys.ts), for keys only the browser's own handling sees. */
export async function launchFirefox(display?: string) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: run `node scripts/ensure-firefox.mjs`.');
  const profile = mkdtempSync(join(tmpdir(), 'simexit-firefox-'));
  // A proxy file: the profile's extensions folder names the unpacked build by the add-on's id.
  mkdirSync(join(profile, 'extensions'));
  writeFileSync(join(profile, 'extensions', ADDON_ID), EXTENSION_PATH);
  const outputFrom = browserOutput.length;
  const context = await firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox',
    executablePath,
    headless: display === undefined,
    ...(display === undefined ? {} : { env: { ...process.env, DISPLAY: display } }),
    // Lets a test navigate a tab to moz-extension:// (WebDriver BiDi refuses otherwise).
    args: ['--remote-allow-system-access'],
    locale: 'en-US',
    firefoxUserPrefs: {
      // An unsigned build, from the profile folder, enabled without asking.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // The extension's console.error/warn on the browser's stdout, where extensionErrors reads them
      // (its background page counts as content here).
      'devtools.console.stdout.content': true,
      // Firefox's own traffic (settings, experiments, captive portal) stays home.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'messaging-system.rsexperimentloader.enabled': false,
      'app.normandy.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.region.network.url': '',
    },
  });
  const cleanup = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, cleanup, outputFrom };
}

/**
 * Opens one of the extension's pages in `page`. Two things differ from Chromium here: Firefox sends
 * no load event for moz-extension documents over BiDi (so only the commit is awaited), and now and
 * then, on the tab's first switch into the extension's process, it reports no script realm for the
 * new document, so nothing can be evaluated in it: the page is then opened again, which reports one.
 * Extension pages are never closed by the tests either: closing one waits for an event Firefox does
 * not send.
 */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  for (const wait of REALM_WAITS_MS) {
    await page.goto(`${ORIGIN}/${path}`, { waitUntil: 'commit' });
    if (await scriptable(page, wait)) return;
  }
  throw new Error(`${path}: Firefox reported no script realm for it ${REALM_WAITS_MS.length} times`);
}

/**
 * How long each try waits for the realm. Three tries of 3 s each ran out once in a fresh-clone CI run while
 * another suite loaded the machine (fold.spec.ts, 1 in 1595): a busy machine gets longer waits, not a failure.
 */
const REALM_WAITS_MS = [3_000, 5_000, 8_000, 12_000];

const scriptable = (page: Page, wait = 3_000) =>
  Promise.race([page.evaluate(() => true), new Promise<false>((done) => setTimeout(() => done(false), wait))]).catch(() => false);

/**
 * An extension page the extension opened itself (the summary's tab, the checklist's window), found by
 * the end of its address, once a script can run in it: where Firefox reported no realm for it, it is
 * opened again at the same address, as openExtensionPage does.
 */
export async function openedExtensionPage(context: BrowserContext, path: string): Promise<Page> {
  let page: Page | undefined;
  await expect.poll(() => (page = context.pages().find((p) => p.url().endsWith(path))) !== undefined).toBe(true);
  if (await scriptable(page!)) return page!;
  // Neither waiting nor reloading brings the realm: a new document after another page does. (Going
  // straight to the same address with a #fragment would make no new document.)
  await page!.goto('about:blank');
  await openExtensionPage(page!, path);
  return page!;
}

/**
 * Runs `body` (a function's source, given the background page's window as `bg`) in the background
 * page, reached from an extension page as MV2 allows: how a test puts a wrapper round one of the
 * browser's APIs there, to see what the extension asked of it or to report what a race would.
 */
export function inBackground<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`browser.runtime.getBackgroundPage().then(${body})`) as Promise<T>;
}

interface Fixtures {
  context: BrowserContext;
  router: Router;
  /** Index into the browser's output where this test's Firefox began. */
  outputFrom: number;
}

const launches = new WeakMap<BrowserContext, { router: Router; outputFrom: number }>();

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchFirefox();
    const router = new Router(launched.context);
    await router.install();
    launches.set(launched.context, { router, outputFrom: launched.outputFrom });
    await use(launched.context);
    const leaks = [...router.leaks];
    const errors = extensionErrors(launched.outputFrom);
    await launched.cleanup();
    expect(leaks, 'requests that would have left the browser').toEqual([]);
    expect(errors, "the extension's errors on the browser console").toEqual([]);
  },
  router: async ({ context }, use) => {
    await use(launches.get(context)!.router);
  },
  outputFrom: async ({ context }, use) => {
    await use(launches.get(context)!.outputFrom);
  },
});

export { expect };
