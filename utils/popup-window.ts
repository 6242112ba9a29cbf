// The popup's page opened by the worker, for an operator named in its address: from a reminder's
// notification, and from the overlay (this site's full checklist, or the list in progress elsewhere).
import { browser } from 'wxt/browser';
import type { OperatorId } from '@/data/schema';

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
/** The window made last per operator, and when. */
const made = new Map<OperatorId, { id: number; at: number }>();

/** Shows the popup's page for `operator`: asked twice in a moment, it still makes one window. */
export function openPopupWindow(operator: OperatorId): Promise<void> {
  const pending = opening.get(operator);
  if (pending) return pending;
  const run = showOrOpen(operator).finally(() => opening.delete(operator));
  opening.set(operator, run);
  return run;
}

async function showOrOpen(operator: OperatorId): Promise<void> {
  if (await focusJustMade(operator)) return;
  const url = browser.runtime.getURL(`/popup.html?operator=${operator}`);
  try {
    const window = await browser.windows.create({ url, type: 'popup', ...POPUP_WINDOW });
    if (typeof window?.id === 'number') made.set(operator, { id: window.id, at: Date.now() });
  } catch {
    await browser.tabs.create({ url });
  }
}

async function focusJustMade(operator: OperatorId): Promise<boolean> {
  const last = made.get(operator);
  if (!last || Date.now() - last.at > SAME_REQUEST_MS) return false;
  try {
    await browser.windows.update(last.id, { focused: true });
    return true;
  } catch {
    // Closed since.
    made.delete(operator);
    return false;
  }
}

export function resetPopupWindowsForTests(): void {
  opening.clear();
  made.clear();
}
