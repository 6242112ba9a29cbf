// The detector's requests to the worker, with the page, the WXT context and the worker faked: on a
// help page still loading it asks for the guide at once and for the overlay (unless the manifest
// loaded one) ahead of its decision, and only then; the decision uses what was asked for ahead,
// unless it is too old or was refused.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHTML } from 'linkedom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Request } from '@/utils/messages';
import { whenHandedOver, type OverlayBoot } from '@/utils/overlay-boot';
import { DEFAULT_SETTINGS } from '@/utils/storage';

const sent: Request[] = [];
/** How the fake worker answers `overlay/inject`; guide/get answers carry their call number. */
let injectAnswer: () => unknown = () => ({ ok: true });
vi.mock('@/utils/client', () => ({
  sendToWorker: vi.fn(async (request: Request) => {
    sent.push(request);
    if (request.type === 'guide/get') return { ok: true, call: sent.length };
    if (request.type === 'overlay/inject') return injectAnswer();
    return { ok: true };
  }),
}));

const { startDetector } = await import('@/entrypoints/guide.content/detector');

const HELP = 'https://www.kcell.kz/ru/product/documents';
const RELEVANT = readFileSync('tests/fixtures/demo/kcell-documents.html', 'utf8');
const NOT_RELEVANT = readFileSync('tests/fixtures/demo/kcell-tariffs.html', 'utf8');

/** A page being parsed: its state, its DOMContentLoaded and WXT's location-change event under the test's control. */
function fakePage(url: string, html: string) {
  let readyState: DocumentReadyState = 'loading';
  let current = parseHTML(html).document;
  const listeners: Array<{ type: string; fn: (event: Event) => void }> = [];
  const page = {
    get document() {
      return current;
    },
    setReadyState(state: DocumentReadyState) {
      readyState = state;
    },
    domContentLoaded() {
      readyState = 'interactive';
      for (const l of listeners.filter((x) => x.type === 'DOMContentLoaded')) l.fn(new Event('DOMContentLoaded'));
    },
    /** An SPA navigation: new address and view, then WXT's event (which carries the new URL). */
    navigate(next: string, nextHtml: string) {
      current = parseHTML(nextHtml).document;
      vi.stubGlobal('location', new URL(next));
      vi.stubGlobal('document', proxied());
      const event = Object.assign(new Event('wxt:locationchange'), { newUrl: new URL(next) });
      for (const l of listeners.filter((x) => x.type === 'wxt:locationchange')) l.fn(event);
    },
  };
  // The detector reads readyState and title from the global document.
  const proxied = () =>
    new Proxy(current, { get: (target, key) => (key === 'readyState' ? readyState : Reflect.get(target, key, target)) });
  vi.stubGlobal('location', new URL(url));
  vi.stubGlobal('window', {});
  vi.stubGlobal('document', proxied());
  const ctx = {
    isInvalid: false,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    addEventListener: (_target: unknown, type: string, fn: (event: Event) => void) => listeners.push({ type, fn }),
    onInvalidated: () => undefined,
  } as unknown as ContentScriptContext;
  return { ...page, ctx };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const types = () => sent.map((r) => r.type);

/** The overlay loaded ahead: resolves with the hand-over it is started with. */
function overlayWaiting(): Promise<OverlayBoot> {
  return new Promise((resolve) => whenHandedOver(resolve));
}

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  injectAnswer = () => ({ ok: true });
  for (const key of Object.keys(globalThis)) if (key.startsWith('__simexitKzOverlay')) delete (globalThis as Record<string, unknown>)[key];
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the detector on a help page still loading', () => {
  it('asks for the overlay and its guide once the read is back, and the decision then asks for nothing more', async () => {
    const page = fakePage(HELP, RELEVANT);
    startDetector(page.ctx, 'kcell');
    await settle();
    expect(types()).toEqual(['guide/get', 'overlay/inject']);
    const started = overlayWaiting();
    page.domContentLoaded();
    const boot = await started;
    await settle();
    expect(types()).toEqual(['guide/get', 'overlay/inject']);
    expect(await boot.guide).toEqual({ ok: true, call: 1 });
    expect(boot.classification?.relevant).toBe(true);
    expect(boot.movedAt).toBeNull();
  });

  it('hands over when the address last changed, so that the overlay looks again once an app draws its new view', async () => {
    const page = fakePage(HELP, RELEVANT);
    startDetector(page.ctx, 'kcell');
    const started = overlayWaiting();
    await settle();
    // The app moves to a new address as the page loads; its forms are still on screen at DOMContentLoaded.
    page.navigate('https://www.kcell.kz/ru/page/abonentam', RELEVANT);
    page.domContentLoaded();
    const boot = await started;
    expect(boot.movedAt).toBeTypeOf('number');
  });

  it('still does while deferred scripts hold DOMContentLoaded back (the document already interactive)', async () => {
    const page = fakePage(HELP, RELEVANT);
    startDetector(page.ctx, 'kcell');
    page.setReadyState('interactive');
    await settle();
    expect(types()).toEqual(['guide/get', 'overlay/inject']);
  });

  it('does not when DOMContentLoaded came before the read: the decision asks, once (and the read wakes the worker)', async () => {
    const page = fakePage(HELP, RELEVANT);
    startDetector(page.ctx, 'kcell');
    page.domContentLoaded();
    await settle();
    await settle();
    expect(types()).toEqual(['guide/get', 'overlay/inject', 'badge/refresh']);
  });

  // overlay.js bundles no language: the worker sends the words of the one the overlay will show with
  // the guide, picking it from the settings, else from the page's browser language.
  it.each([
    ['ahead of the decision', false],
    ['at the decision', true],
  ])('asks for the guide %s with the page’s browser language', async (_name, dclFirst) => {
    vi.stubGlobal('navigator', { language: 'kk-KZ' });
    const page = fakePage(HELP, RELEVANT);
    startDetector(page.ctx, 'kcell');
    if (dclFirst) page.domContentLoaded();
    await settle();
    await settle();
    expect(sent.filter((r) => r.type === 'guide/get')).toEqual([{ type: 'guide/get', operator: 'kcell', locale: 'kk-KZ' }]);
  });

  it('asks for the guide at start-up, before the read is back, so that its answer can come before DOMContentLoaded', () => {
    startDetector(fakePage(HELP, RELEVANT).ctx, 'kcell');
    expect(types()).toEqual(['guide/get']);
  });

  it('asks the worker for no overlay when the manifest loaded one beside it, and hands over to that one', async () => {
    const page = fakePage(HELP, RELEVANT);
    startDetector(page.ctx, 'kcell');
    // overlay.js, declared after the detector for help addresses (utils/help-globs.ts), runs next.
    const started = overlayWaiting();
    await settle();
    page.domContentLoaded();
    const boot = await started;
    await settle();
    expect(types()).toEqual(['guide/get']);
    expect(boot.classification?.relevant).toBe(true);
    expect(await boot.guide).toEqual({ ok: true, call: 1 });
  });

  it('asks for no overlay on a site where the guide was closed (its guide went before the read could tell), nor anything on a page its address rules out', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, dismissedSites: ['kcell'] } });
    startDetector(fakePage(HELP, RELEVANT).ctx, 'kcell');
    await settle();
    // The guide asked for at start-up, and the early wake of the worker the address still calls for.
    expect(types()).toEqual(['guide/get', 'badge/refresh']);
    sent.length = 0;
    vi.unstubAllGlobals();
    await fakeBrowser.storage.local.clear();
    startDetector(fakePage('https://www.kcell.kz/ru/product/tariffs', NOT_RELEVANT).ctx, 'kcell');
    await settle();
    expect(types()).toEqual([]);
  });

  it('asks again at the decision when the overlay asked for ahead was refused', async () => {
    injectAnswer = () => ({ ok: false, error: 'dismissed' });
    const page = fakePage(HELP, RELEVANT);
    startDetector(page.ctx, 'kcell');
    await settle();
    injectAnswer = () => ({ ok: true });
    page.domContentLoaded();
    await settle();
    expect(types().filter((t) => t === 'overlay/inject')).toHaveLength(2);
  });

  it('decides nothing on the half-parsed page when storage changes, and then decides with a read taken after the change', async () => {
    const page = fakePage(HELP, RELEVANT);
    startDetector(page.ctx, 'kcell');
    await settle();
    expect(types()).toEqual(['guide/get', 'overlay/inject']);
    // The user hides the guide on this site in another tab while this page is still loading.
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, route: 'office', dismissedSites: ['kcell'] } });
    await settle();
    expect(types()).toEqual(['guide/get', 'overlay/inject']);
    const started = overlayWaiting();
    page.domContentLoaded();
    const boot = await started;
    // The overlay decides with the fresh read (hidden: it shows nothing), and the guide asked for
    // before the change (another route) is not used.
    expect((await boot.stored).settings.dismissedSites).toEqual(['kcell']);
    expect(await boot.guide).toEqual({ ok: true, call: 3 });
  });

  it('on a help page the guide is not for, the overlay waits; a later navigation to one it is for gets a fresh guide', async () => {
    const page = fakePage(HELP, NOT_RELEVANT);
    startDetector(page.ctx, 'kcell');
    await settle();
    page.domContentLoaded();
    await settle();
    expect(types()).toEqual(['guide/get', 'overlay/inject']);
    const started = overlayWaiting();
    page.navigate('https://www.kcell.kz/ru/product/documents/forms', RELEVANT);
    const boot = await started;
    // The guide asked for at load could be for a route changed since: the hand-over asks afresh,
    // and the overlay loaded then is the one that starts (no second injection).
    expect(await boot.guide).toEqual({ ok: true, call: 3 });
    expect(types()).toEqual(['guide/get', 'overlay/inject', 'guide/get']);
  });
});
