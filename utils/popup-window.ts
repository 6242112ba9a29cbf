// The popup's page opened by the worker, for an operator named in its address: from a reminder's
// notification, and from the overlay (this site's full checklist, or the list in progress elsewhere).
import { browser } from 'wxt/browser';
import type { OperatorId } from '@/data/schema';
import { PROOF_DATE, popupPath, type PopupAnchor } from './step-link';

/**
 * The popup's page is laid out for the toolbar popup's 400 × 580 (entrypoints/popup/style.css): a
 * window of its own that size, with room for a desktop's window frame, rather than a full tab with
 * a small box in its corner. Where there are no windows (Firefox for Android), a tab.
 */
const POPUP_WINDOW = { width: 420, height: 640 } as const;

/**
 * How long a window just made counts as the answer to the same request: a double press, or the
 * message sent again because its answer was lost (utils/client.ts retries for about 6.4 s). Not
 * longer: the page keeps its address when the user picks another operator in it, so an older
 * window may show another list, and bringing it forward would strand the user there.
 */
export const SAME_REQUEST_MS = 10_000;

/** Openings under way, per operator: a second request meanwhile waits for the first. */
const opening = new Map<OperatorId, Promise<void>>();
/**
 * The window made last per operator, and when; also kept in session storage, since the request sent
 * again is often sent again because the worker was stopped (utils/client.ts), and the next worker
 * would otherwise make a second window.
 */
const made = new Map<OperatorId, Made>();
/** A window made, when, and the place in the list it was opened at (utils/step-link.ts), if any. */
interface Made {
  readonly id: number;
  readonly at: number;
  readonly anchor?: PopupAnchor;
}
const MADE_PREFIX = 'popupWindow:';

/** Shows the popup's page for `operator` (at `at`): asked twice in a moment, it still makes one window. */
export function openPopupWindow(operator: OperatorId, at?: PopupAnchor): Promise<void> {
  const pending = opening.get(operator);
  if (pending) return pending;
  const run = showOrOpen(operator, at).finally(() => opening.delete(operator));
  opening.set(operator, run);
  return run;
}

async function showOrOpen(operator: OperatorId, at?: PopupAnchor): Promise<void> {
  if (await focusJustMade(operator, at)) return;
  const url = browser.runtime.getURL(popupPath(operator, at));
  try {
    const window = await browser.windows.create({ url, type: 'popup', ...POPUP_WINDOW });
    if (typeof window?.id === 'number') {
      const record: Made = { id: window.id, at: Date.now(), ...(at ? { anchor: at } : {}) };
      made.set(operator, record);
      // Where there is no session storage, this worker's memory is all there is.
      await browser.storage.session?.set({ [MADE_PREFIX + operator]: record }).catch(() => undefined);
      await fitToZoom(window.id, window.tabs?.[0]?.id);
    }
  } catch {
    await browser.tabs.create({ url });
  }
}

/** Widest window made for a zoomed page: past that, the page reflows as it does at 400% and more. */
const MAX_ZOOMED_WIDTH = 1024;

/**
 * A user who reads at 200% (the browser's default zoom, or this extension's) gets the window wide enough
 * for the layout it was made for: at 420 px it would be 210 CSS px wide, narrower than the popup reflows
 * to, and the route choice and the language menu would run off its edge.
 */
async function fitToZoom(windowId: number, tabId: number | undefined): Promise<void> {
  if (typeof tabId !== 'number') return;
  try {
    // The zoom kept for the extension's pages applies once the page is there; before, a new tab reads 100%.
    await loaded(tabId);
    const zoom = await browser.tabs.getZoom(tabId);
    if (!(zoom > 1)) return;
    await browser.windows.update(windowId, { width: Math.min(MAX_ZOOMED_WIDTH, Math.round(POPUP_WINDOW.width * zoom)) });
  } catch {
    // No zoom to read (Firefox for Android) or the window closed at once: it stays as made.
  }
}

/** Resolves when the tab has loaded its page, or after `ms` whatever happened (a tab closed at once). */
function loaded(tabId: number, ms = 3_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listen);
      resolve();
    };
    const listen = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, ms);
    browser.tabs.onUpdated.addListener(listen);
    // Loaded already, before the listener was there.
    browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && done(), done);
  });
}

/**
 * Brings forward the window just made for the same request. One asking for another place in the list
 * (the proof's date, pressed a moment after the plain "open the full checklist") is not the same
 * request: that window, which the page opened at its top, is closed (a closing popup keeps what was
 * typed: utils/storage.ts keepOnClose) and the caller opens one at the place asked for, whose control
 * then has focus. Brought forward, the window kept its place and a screen reader was not told where to go.
 */
async function focusJustMade(operator: OperatorId, anchor?: PopupAnchor): Promise<boolean> {
  const last = made.get(operator) ?? (await keptRecord(operator));
  if (!last || Date.now() - last.at > SAME_REQUEST_MS) return false;
  if (anchor && anchor !== last.anchor) {
    made.delete(operator);
    await browser.windows.remove(last.id).catch(() => undefined);
    return false;
  }
  try {
    await browser.windows.update(last.id, { focused: true });
    return true;
  } catch {
    // Closed since.
    made.delete(operator);
    return false;
  }
}

/** The record an earlier worker kept, if this browser has session storage and it reads as one. */
async function keptRecord(operator: OperatorId): Promise<Made | undefined> {
  try {
    const value = (await browser.storage.session.get(MADE_PREFIX + operator))[MADE_PREFIX + operator] as { id?: unknown; at?: unknown; anchor?: unknown } | undefined;
    if (typeof value?.id !== 'number' || typeof value.at !== 'number') return undefined;
    const { anchor } = value;
    const kept = anchor === PROOF_DATE || (typeof anchor === 'string' && anchor.startsWith('step-'));
    return { id: value.id, at: value.at, ...(kept ? { anchor: anchor as PopupAnchor } : {}) };
  } catch {
    return undefined;
  }
}

export function resetPopupWindowsForTests(): void {
  opening.clear();
  made.clear();
}
