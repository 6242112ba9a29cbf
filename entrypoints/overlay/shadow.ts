// The overlay's isolated layer: a closed shadow root on a custom element appended to <html>.
// Like WXT's createShadowRootUi, but with the CSS passed in as text: the content script makes no
// network call, not even for its own CSS, and needs no web-accessible resource, which would expose
// the extension to every page (see tests/unit/manifest.test.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { holdGuideKeys, takeGuideKeys } from '@/utils/overlay-boot';

export interface ShadowUi {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the UI renders. */
  readonly container: HTMLElement;
  remove(): void;
}

/**
 * The host is put back whenever the page removes it (apps that rebuild <html>'s children, once a
 * navigation), unless this many removals come within REATTACH_WINDOW_MS: a page fighting it in a loop,
 * which it then leaves alone. A count over the tab's whole life ended the guide for good in a long-lived app.
 */
export const REATTACH_MAX = 10;
const REATTACH_WINDOW_MS = 2000;

/**
 * Keys typed in the overlay must not trigger the page's own shortcuts; nor a wheel turned over it the page's
 * own scrolling: a page that scrolls itself (smooth-scroll libraries, full-page sections) takes every turn
 * on window and prevents it, and over the guide the page moved while its steps never did.
 */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'wheel'] as const;
/**
 * What the user does in the overlay. Under automation the shadow root is open (createHost), so a
 * script could click its checkboxes and buttons: tick steps, hide the guide, switch the route. Only
 * the user's own input counts; anything a script dispatches is stopped before the controls see it
 * (a scripted click on a checkbox is undone by preventDefault).
 */
const USER_EVENTS = ['click', 'input', 'change', 'keydown', 'submit'] as const;

/**
 * Into the browser's top layer, as a manual popover: above every z-index of the page, and out of
 * reach of a transform on <html> (or <body>), which would otherwise make position:fixed follow the
 * document. A zoom on <html> still reaches the host, so the UI's box takes its inverse (unzoom).
 * Where popovers are missing (or a page broke them), the host stays a fixed box at the top z-index.
 */
function raise(host: HTMLElement): void {
  try {
    host.setAttribute('popover', 'manual');
    if (!host.matches(':popover-open')) host.showPopover();
  } catch {
    host.removeAttribute('popover');
  }
}

/** Marks the overlay's host, whatever its name (createHost), so that a later copy can find it. */
const HOST_MARK = 'data-simexit-host';

/**
 * The host and its shadow root. A page may define an element of our name: its constructor may attach a
 * shadow root of its own, or keep the ElementInternals that reach even a closed one; then a name of our
 * own making. An SVG or XML document has no element that can host one: then this throws, and the guide
 * stays away from that document.
 */
function createHost(name: string): { host: HTMLElement; shadow: ShadowRoot } {
  let failure: unknown;
  for (const tag of [name, `${name}-${Math.random().toString(36).slice(2, 8)}`]) {
    const host = document.createElement(tag);
    if (host.matches(':defined')) continue;
    try {
      // Closed: an open root let any script on the page read which steps the user ticked, rewrite the
      // panel's links and words, and pick its language for every tab (tests/e2e/page-forgery.spec.ts).
      // Open under automation only (this world's navigator, which no page can touch): Playwright
      // reaches into open roots alone, and the browser tests read and press the panel through it.
      return { host, shadow: host.attachShadow({ mode: navigator.webdriver ? 'open' : 'closed' }) };
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

export function mountShadow(
  ctx: ContentScriptContext,
  options: {
    name: string;
    css: string;
    onRemove?: (container: HTMLElement) => void;
    /** The host was put back into a new <html> (replaced, or a document.open() that erased every listener, the UI's too). */
    onNewDocument?: () => void;
    /** The page kept removing the host, and it was left out (REATTACH_MAX): the guide is gone for this visit. */
    onGiveUp?: () => void;
  },
): ShadowUi {
  const { host, shadow } = createHost(options.name);
  const style = document.createElement('style');
  // `all: initial` first: nothing inheritable from the page (font, colour, direction…) reaches in.
  // The custom properties get a name of this mount's making: a page's `@property --sx-fg { inherits: false;
  // initial-value: transparent }` is global, shadow roots included, and blanked every text, fill and edge
  // that follows them down from the root where they are set (tests/e2e/hostile.spec.ts).
  const css = options.css.replaceAll('--sx-', `--sx${Math.random().toString(36).slice(2, 8)}-`);
  style.textContent = `:host{all:initial !important}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // On a box inside the shadow root, not on the host: a custom property there (the page's own
  // `simexit-guide { --sx-unzoom: .05 !important }` beat it) shrank the panel to a speck.
  const unzoom = () => {
    const zoom = document.documentElement.currentCSSZoom;
    container.style.zoom = typeof zoom === 'number' && zoom > 0 ? String(1 / zoom) : '1';
  };
  const stopKey = (event: Event) => event.stopPropagation();
  /** Copies of the user's keys, handed in by takeGuideKeys below: no page script can put one here. */
  const copies = new WeakSet<Event>();
  const onlyUser = (event: Event) => {
    // The language menu is let through: a script choosing an option is how test tools drive a
    // <select> (Playwright's selectOption); outside automation no page script reaches it (createHost).
    if (event.isTrusted || copies.has(event) || (event.target as Element | null)?.tagName === 'SELECT') return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  /**
   * A page's own popover (a menu, a cookie banner) opened after the guide goes above it in the top layer and
   * buried it until the page closed it: the guide goes back on top, hidden and shown again (which moves no
   * focus of the page's, and gives back focus it had). Not while a modal dialog is open: it makes the rest of
   * the page inert, the guide too, which above it showed but took no click; it goes back on top when the
   * dialog closes. Bounded like the keeper's reattaching, so a page raising its own layer on every toggle is
   * no endless exchange.
   */
  let raised: number[] = [];
  const onToggle = (event: Event) => {
    const target = event.target as Element;
    const closedDialog = target instanceof HTMLDialogElement && (event as ToggleEvent).newState === 'closed';
    if (target === host || removed || !host.matches(':popover-open') || !(closedDialog || target.matches(':popover-open'))) return;
    if (document.querySelector('dialog:modal')) return;
    const now = performance.now();
    raised = raised.filter((at) => now - at < REATTACH_WINDOW_MS);
    if (raised.length >= REATTACH_MAX) return;
    raised.push(now);
    const focused = shadow.activeElement as HTMLElement | null;
    host.hidePopover();
    host.showPopover();
    if (focused && shadow.activeElement !== focused) focused.focus({ preventScroll: true });
  };
  /** Again after a document.open(), which erases the listeners of every node in the document, shadow trees included. */
  const listen = () => {
    // At window: `toggle` does not bubble, and capture there sees every one in the document.
    window.addEventListener('toggle', onToggle, { capture: true });
    // Passive: stopping them is all this does, so the guide's own scrolling never waits on a script.
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, stopKey, { passive: true });
    for (const type of USER_EVENTS) shadow.addEventListener(type, onlyUser, { capture: true });
  };
  listen();
  // A key pressed in the guide, seen first at window capture (utils/overlay-boot.ts holdGuideKeys): kept
  // from every listener of the page, ours inside included, so the guide's own handlers get a copy, which
  // stays in the shadow tree (not composed). What the browser does with the key itself (tick a checkbox,
  // press a button, move a menu's choice) still happens, unless a handler of ours prevents it in the copy.
  takeGuideKeys((event) => {
    // The user's own keys only: one the page dispatches on the host is the page's, and a copy of it would
    // pass for the user's inside (it folded the guide).
    if (event.target !== host || !event.isTrusted) return;
    event.stopImmediatePropagation();
    if (event.type !== 'keydown') return;
    const { key, code, repeat, altKey, ctrlKey, metaKey, shiftKey } = event as KeyboardEvent;
    // A plain Event with the key's fields: Firefox makes every KeyboardEvent composed, even one made not to be,
    // so the copy came out at window, to the page and to this listener again, over and over.
    const copy = Object.assign(new Event('keydown', { bubbles: true, cancelable: true }), { key, code, repeat, altKey, ctrlKey, metaKey, shiftKey });
    copies.add(copy);
    // The panel holds no shadow root of its own: the key's target is the element focused in ours.
    (shadow.activeElement ?? container).dispatchEvent(copy);
    if (copy.defaultPrevented) event.preventDefault();
  });
  // A host an earlier copy of the extension left: Firefox stops the old content script on an update
  // or a reload but leaves its DOM, and injects the new one into the open tab, so the old panel,
  // dead to every press, would sit beside this one until the page is reloaded.
  for (const earlier of document.querySelectorAll(`[${HOST_MARK}]`)) earlier.remove();
  host.setAttribute(HOST_MARK, '');
  // <html>, not <body>: apps that re-render <body> would wipe the overlay.
  document.documentElement.append(host);
  raise(host);
  unzoom();
  // A zoom the page sets on <html> later (a style added, a class switched) doubled the panel and pushed
  // its header off screen until a reload (helper-64). It changes <html>'s size in its own pixels, so
  // this sees it (and any resize, where reading the zoom again is cheap: layout is done by then).
  const zoomWatch = new ResizeObserver(unzoom);
  zoomWatch.observe(document.documentElement);
  let removed = false;
  // A script that clears unknown children of <html> took the guide away for good, state and all:
  // the same host goes back (its shadow tree and what the user did in it are kept). So does one that
  // replaces <html> itself, or the whole document (document.open and write at DOMContentLoaded, when
  // the overlay loaded ahead has just rendered): the document's own children are watched too.
  let reattached: number[] = [];
  let lastRoot = document.documentElement;
  const keeper = new MutationObserver(() => {
    const root = document.documentElement;
    if (removed || host.isConnected || !root) return;
    const now = performance.now();
    reattached = reattached.filter((at) => now - at < REATTACH_WINDOW_MS);
    if (reattached.length >= REATTACH_MAX) {
      keeper.disconnect();
      return options.onGiveUp?.();
    }
    reattached.push(now);
    root.append(host);
    raise(host);
    unzoom();
    if (root === lastRoot) return;
    lastRoot = root;
    keeper.observe(root, { childList: true });
    zoomWatch.observe(root);
    listen();
    // The window's listeners went too: listeners the page adds from here on come after these.
    holdGuideKeys();
    options.onNewDocument?.();
  });
  keeper.observe(document, { childList: true });
  keeper.observe(document.documentElement, { childList: true });
  const remove = () => {
    if (removed) return;
    removed = true;
    keeper.disconnect();
    zoomWatch.disconnect();
    window.removeEventListener('toggle', onToggle, { capture: true });
    stopListening();
    options.onRemove?.(container);
    host.remove();
  };
  const stopListening = ctx.onInvalidated(remove);
  return { host, shadow, container, remove };
}
