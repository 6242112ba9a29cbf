// The tabs whose page kept removing the on-page guide until it gave up (entrypoints/overlay/shadow.ts
// REATTACH_MAX): nothing on the page says the guide is gone, so the tab's toolbar button does
// (utils/worker-badge.ts), and the button opens the checklist. Kept per tab in session storage, as the
// folds are (utils/worker-fold.ts, for the same reasons: the worker stops, the badge is recomputed
// after every tick and would drop the note), with the address the guide was lost at: the note holds
// only while the tab still shows it, and the next page in the tab to show the guide removes it.
import { browser } from 'wxt/browser';
import type { SenderLike } from './messages';
import { injectionTarget } from './overlay-inject';

const LOST_PREFIX = 'lost:';

/** The address without its fragment: moving to an anchor is still the same page. */
const pageOf = (url: string): string => url.split('#')[0]!;

/** Only for the top frame of an operator's page, where the guide lives; false for any other sender. */
export async function rememberLost(sender: SenderLike | null | undefined): Promise<boolean> {
  const target = injectionTarget(sender);
  if (!target || target.frameId !== 0) return false;
  await browser.storage.session?.set({ [LOST_PREFIX + target.tabId]: pageOf(sender!.url!) });
  return true;
}

/** A guide on its way to the sender's page: whatever was lost in its tab before is not lost now. */
export function forgetLost(sender: SenderLike | null | undefined): void {
  const tab = injectionTarget(sender)?.tabId;
  if (tab !== undefined) browser.storage.session?.remove(LOST_PREFIX + tab).catch(() => undefined);
}

/** Whether the tab still shows the page its guide was lost on. */
export type LostCheck = (tabId: number, url: string | undefined) => boolean;

/**
 * The check for these tabs, from their own notes alone: session storage also holds every tab's fold
 * (utils/worker-fold.ts), and the badge asks after every tick. No operator tab, no read.
 */
export async function lostCheck(tabIds: readonly number[]): Promise<LostCheck> {
  let items: Record<string, unknown> = {};
  try {
    if (tabIds.length > 0) items = (await browser.storage.session?.get(tabIds.map((id) => LOST_PREFIX + id))) ?? {};
  } catch {
    // No session storage in this browser: no note, never a failed badge.
  }
  return (tabId, url) => url !== undefined && items[LOST_PREFIX + tabId] === pageOf(url);
}
