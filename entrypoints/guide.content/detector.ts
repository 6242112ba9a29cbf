// Decides whether this page gets the guide, at the smallest cost: one read of storage, and one
// bounded classification. It starts at document_start so that read crosses to the browser process
// while the page is still being parsed; the page is classified once its DOM is complete. When the
// panel or the launcher belongs here, it sends `guide/get` and `overlay/inject` together (on a help
// page still loading, both went ahead of the decision, see preloadOverlay; on a help address the guide
// went at start-up and the manifest loaded the overlay, utils/help-globs.ts) and leaves what it knows
// on the isolated world's global for the overlay, which then renders once, with its steps. Until
// then it follows SPA navigation and storage changes itself; afterwards the overlay does.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OperatorId } from '@/data/schema';
import { sendToWorker } from '@/utils/client';
import { LOCALE_MAX, type Response } from '@/utils/messages';
import { RECHECK_MS, onLocationChange } from '@/utils/location-change';
import { TEXT_PREFIX_CHARS, classifyPage, urlOutlook } from '@/utils/detect';
import { overlayWaiting, putBoot, recordClassifyMs, type GuideResponse, type OverlayBoot, type PageClassification, type StoredView } from '@/utils/overlay-boot';
import { decideMode, decisiveSettings } from '@/utils/overlay-mode';
import { pageTextSample } from '@/utils/overlay-text';
import { progressPrefix } from '@/utils/progress';
import { KEYS, settingsFrom, progressFromItems, readAll, type Settings } from '@/utils/storage';

/** This page's classification, leaving out the overlay's own text. Handed to the overlay too, which then
 * need not bundle (and the page compile) a second copy of the classifier. */
function classifyHere(exclude: Element | null = null): PageClassification {
  const start = performance.now();
  const href = location.href;
  // The text is sampled only if the URL and title leave the answer open (not on tariff or shop pages).
  const result = classifyPage(href, document.title, () => pageTextSample(document, { maxChars: TEXT_PREFIX_CHARS, exclude }));
  recordClassifyMs(performance.now() - start);
  return { href, operator: result.operator, relevant: result.relevant, topics: result.topics };
}

export function startDetector(ctx: ContentScriptContext, operator: OperatorId): void {
  /** The hand-over was made (the overlay asked for, or the one loaded ahead started): from then on the overlay owns every decision on this page. */
  let handedOver = false;
  /** When the address last changed (see OverlayBoot.movedAt). */
  let movedAt: number | null = null;
  /** DOMContentLoaded has come (or had, when this script started): the first decision is made then. */
  let domComplete = false;
  /** Storage changed (or the address) before that decision: it reads afresh instead of using the first read. */
  let readAgain = false;
  let running = false;
  let again = false;
  /** The settings that decide whether anything shows here; other changes need no new look. */
  let lastDecisive = '';
  const decisive = (settings: Settings) => decisiveSettings(settings, operator);

  /** Settings and this operator's progress in one read: nothing waits on a second round trip. */
  const readStored = (): Promise<StoredView> =>
    readAll().then((items) => ({
      settings: settingsFrom(items[KEYS.settings]),
      progress: progressFromItems(items, operator),
      schemaVersion: items[KEYS.schemaVersion],
      notices: items[KEYS.notices],
    }));

  /**
   * `firstRead` is the read started at document_start; later decisions (SPA navigation, storage
   * changes) read afresh.
   */
  async function decide(firstRead?: Promise<StoredView>): Promise<void> {
    // Nothing to classify before DOMContentLoaded (a half-parsed page, no title yet); the decision
    // then comes with a read taken after the change, not the first one (the site may be hidden since).
    if (!domComplete) {
      readAgain = true;
      return;
    }
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (handedOver || ctx.isInvalid) return;
        // The page is classified while the read crosses to the browser process, not after it.
        const stored = firstRead ?? readStored();
        firstRead = undefined;
        // Seen here too, so a read that fails after the hand-over was given back is no unhandled rejection.
        stored.catch(() => undefined);
        const early = classifyHere();
        // A page the guide is for needs the overlay unless the site is dismissed, which is rare: ask
        // for it now, while the read is still under way, and let the overlay decide with that read.
        if (early.relevant) return handOver({ stored, classification: early });
        const { settings, progress } = await stored;
        if (handedOver || ctx.isInvalid) return;
        lastDecisive = decisive(settings);
        const dismissed = settings.dismissedSites.includes(operator);
        const inProgress = settings.operator === operator && Object.values(progress).some((p) => p.done);
        // Not relevant here: only the launcher of a cancellation in progress may belong.
        const mode = decideMode({ relevant: false, dismissed, inProgress });
        if (mode !== null) handOver({ stored, classification: dismissed ? null : early });
      } while (again);
    } catch {
      // Storage or the runtime went away (extension reloaded): nothing to show.
    } finally {
      running = false;
    }
  }

  /**
   * The overlay's guide, with the words of the language it will show (overlay.js bundles none): the
   * worker picks it as the overlay does, from the settings, else this page's browser language. Made
   * when asked for, not at start-up, which every operator page pays for.
   */
  const guideRequest = () => ({ type: 'guide/get', operator, locale: (globalThis.navigator?.language ?? '').slice(0, LOCALE_MAX) }) as const;

  /** The overlay asked for ahead of the decision (see preloadOverlay); null once that failed. */
  let preload: Promise<Response> | null = null;
  /** A help page's guide, asked for at start-up (below); null once a hand-over took it. */
  let preloadedGuide: Promise<GuideResponse> | null = null;

  /**
   * On a page whose address names a help section or a topic (urlOutlook 'help'), the overlay and its
   * guide are had while the page is still parsed: the overlay then renders in the task that decides,
   * before the page's first layout, instead of after two worker round trips that answer only once
   * that layout is done (~25 ms on the bench). The guide was asked for at start-up (see below); the
   * overlay mostly came with the manifest (utils/help-globs.ts), else it is asked for here. The cost,
   * on such a page the guide turns out not to be for, is the overlay's script compiled and a guide
   * received for nothing.
   */
  function preloadOverlay(): void {
    const request = loadOverlay();
    preload = request;
    const forget = () => {
      if (preload === request) preload = null;
    };
    request.then((response) => response.ok || forget(), forget);
  }

  function askGuide(): Promise<GuideResponse> {
    const guide = sendToWorker(guideRequest());
    guide.catch(() => undefined);
    return guide;
  }

  /** The overlay the manifest loaded on this page waits for the hand-over; elsewhere the worker injects it. */
  const loadOverlay = (): Promise<Response> => (overlayWaiting() ? Promise.resolve({ ok: true }) : sendToWorker({ type: 'overlay/inject' }));

  function handOver(known: Pick<OverlayBoot, 'stored' | 'classification'>): void {
    handedOver = true;
    // Both requests leave at once (unless they went ahead): the worker composes the guide while it
    // injects the overlay. The guide asked for ahead goes with the read of that time, the first: a
    // later decision (SPA navigation, settings changed since, e.g. the route) asks afresh rather than
    // show a stale checklist.
    const guide = (known.stored === firstRead ? preloadedGuide : null) ?? askGuide();
    preloadedGuide = null;
    const boot: OverlayBoot = { ctx, operator, ...known, guide, classify: classifyHere, movedAt, claimed: false };
    putBoot(boot);
    (preload ?? loadOverlay()).then(
      (response) => {
        if (response.ok) stopWatching?.();
        else giveBack(boot);
      },
      () => giveBack(boot),
    );
  }

  /**
   * The overlay was not loaded (site dismissed, tab navigating, worker gone): the next change that
   * matters may try again; for a dismissed site, that is its restoring.
   */
  function giveBack(boot: OverlayBoot): void {
    if (boot.claimed) return;
    handedOver = false;
    boot.stored.then(
      ({ settings }) => (lastDecisive = decisive(settings)),
      () => undefined,
    );
  }

  onLocationChange(ctx, () => {
    movedAt = performance.now();
    if (handedOver) return;
    for (const ms of RECHECK_MS) ctx.setTimeout(() => void decide(), ms);
  });
  // Starting a cancellation in the popup or restoring this site brings the guide to pages already open.
  // Only the two kinds of key that can change the decision are looked at (not utils/storage's full
  // change parser, which would weigh on every operator page).
  const ownProgress = progressPrefix(operator);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || handedOver) return;
    const settings = changes[KEYS.settings];
    const settingsMatter = settings !== undefined && decisive(settingsFrom(settings.newValue)) !== lastDecisive;
    if (settingsMatter || Object.keys(changes).some((key) => key.startsWith(ownProgress))) void decide();
  };
  let stopWatching: (() => void) | null = null;
  try {
    browser.storage.onChanged.addListener(onChanged);
    stopWatching = () => browser.storage.onChanged.removeListener(onChanged);
  } catch {
    return;
  }
  ctx.onInvalidated(() => {
    try {
      stopWatching?.();
    } catch {
      // The dead context cannot remove its listener; it will never fire again anyway.
    }
  });
  // Started now, while the page is parsed; its answer is usually in by the time the DOM is complete.
  const firstRead = readStored();
  // Seen (and dropped) if the decision never uses it, e.g. the extension was reloaded meanwhile.
  firstRead.catch(() => undefined);
  // This tab's own badge, which the browser dropped as the page loaded (utils/worker.ts applyBadge):
  // needed when another operator is being left, since the default badge counts that one. On a page
  // its address does not rule out it is asked for anyway, because the request also wakes a stopped
  // worker while the page is parsed (Chrome stops it after 30 s idle and nothing else here wakes it;
  // starting took ~100 ms on the bench machine), ready for the overlay; on a help page the guide's
  // request wakes it instead. Sent once the read is back: sent at document_start it cost the page
  // ~3 ms more script (same-run probe, 40 loads).
  const outlook = urlOutlook(location.href);
  // A help page's guide, asked for now rather than once the read is back (~9 ms later on the bench):
  // its answer then came after DOMContentLoaded, behind the page's parsing and first layout, and the
  // overlay could not render before them. A dismissed site's guide is then received for nothing.
  if (outlook === 'help') preloadedGuide = askGuide();
  firstRead.then(
    ({ settings }) => {
      // Only before DOMContentLoaded, when the first decision is made (not document.readyState: it is
      // already 'interactive' while deferred scripts hold DOMContentLoaded back, for seconds at times).
      // (No hand-over can have happened yet: decisions wait for DOMContentLoaded too.)
      const preloading = outlook === 'help' && !domComplete && !settings.dismissedSites.includes(operator);
      if (preloading) preloadOverlay();
      const leaving = settings.operator;
      if ((outlook !== 'ruled-out' && !preloading) || (leaving !== null && leaving !== operator)) {
        sendToWorker({ type: 'badge/refresh' }).catch(() => undefined);
      }
    },
    () => undefined,
  );
  whenDomComplete(ctx, () => {
    domComplete = true;
    void decide(readAgain ? undefined : firstRead);
  });
}

/** Runs `then` once the document is parsed (at once if it already is): the text to classify is there. */
function whenDomComplete(ctx: ContentScriptContext, then: () => void): void {
  if (document.readyState !== 'loading') return then();
  ctx.addEventListener(document, 'DOMContentLoaded', then, { once: true });
}
