// The popup's page opened by the worker, for an operator named in its address: from a reminder's
// notification, and from the overlay on another operator's site (the list in progress is elsewhere).
import { browser } from 'wxt/browser';
import type { OperatorId } from '@/data/schema';

/**
 * The popup's page is laid out for the toolbar popup's 400 × 580 (entrypoints/popup/style.css): a
 * window of its own that size, with room for a desktop's window frame, rather than a full tab with
 * a small box in its corner. Where there are no windows (Firefox for Android), a tab.
 */
const POPUP_WINDOW = { width: 420, height: 640 } as const;

/** Openings under way, per operator: a second request meanwhile waits for the first. */
const opening = new Map<OperatorId, Promise<void>>();

/**
 * Shows the popup's page for `operator`: the one already open, brought forward, or a new one. Asked
 * twice (a double press, or a message sent again because its answer was lost: utils/client.ts
 * retries) it still makes one window.
 */
export function openPopupWindow(operator: OperatorId): Promise<void> {
  const pending = opening.get(operator);
  if (pending) return pending;
  const run = showOrOpen(operator).finally(() => opening.delete(operator));
  opening.set(operator, run);
  return run;
}

/**
 * The window this worker made per operator. Its page is not listed by runtime.getContexts until it
 * has loaded, so a second press a moment after the first found none and opened another window.
 */
const made = new Map<OperatorId, number>();

async function showOrOpen(operator: OperatorId): Promise<void> {
  const url = browser.runtime.getURL(`/popup.html?operator=${operator}`);
  if ((await focusMade(operator)) || (await bringForward(url))) return;
  try {
    const window = await browser.windows.create({ url, type: 'popup', ...POPUP_WINDOW });
    if (typeof window?.id === 'number') made.set(operator, window.id);
  } catch {
    await browser.tabs.create({ url });
  }
}

async function focusMade(operator: OperatorId): Promise<boolean> {
  const id = made.get(operator);
  if (id === undefined) return false;
  try {
    await browser.windows.update(id, { focused: true });
    return true;
  } catch {
    // Closed since.
    made.delete(operator);
    return false;
  }
}

/**
 * Brings forward a page of ours showing `url`, if one is open (runtime.getContexts: Chrome 116,
 * Firefox 128). False where there is none, or where the browser cannot say.
 */
async function bringForward(url: string): Promise<boolean> {
  try {
    const [open] = await browser.runtime.getContexts({ contextTypes: ['TAB'], documentUrls: [url] });
    if (!open || open.tabId < 0) return false;
    await browser.tabs.update(open.tabId, { active: true });
    // No windows to focus on Firefox for Android: the tab is enough there.
    if (open.windowId >= 0) await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

export function resetPopupWindowsForTests(): void {
  opening.clear();
  made.clear();
}
