// Whether the user folded the overlay in a tab: the next pages in that tab then open with the
// launcher, not the panel, instead of unfolding it on every page again. Kept in the browser's
// session storage (in memory, gone when the browser closes; never readable by a page), per tab,
// because a tab is one errand: a new tab shows the panel again. The tab comes from the browser's
// sender record, never from the message.
import { browser } from 'wxt/browser';
import type { SenderLike } from './messages';

const FOLD_PREFIX = 'fold:';

/**
 * The folded tabs, read from session storage once per worker start and kept here: `guide/get` is on
 * the overlay's way to the screen, and a storage read in it cost the overlay ~6 ms at p50 (same-run
 * A/B, 25–30 loads); a look in this set costs nothing. Every change goes through the worker.
 */
let folded: Promise<Set<number>> | null = null;

function foldedTabs(): Promise<Set<number>> {
  folded ??= browser.storage.session.get(null).then(
    (items) => new Set(Object.keys(items).filter((k) => k.startsWith(FOLD_PREFIX) && items[k] === true).map((k) => Number(k.slice(FOLD_PREFIX.length)))),
    // No session storage in this browser: folds then last as long as this worker.
    () => new Set<number>(),
  );
  return folded;
}

function tabOf(sender: SenderLike | null | undefined): number | null {
  const id = sender?.tab?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

export async function rememberFold(sender: SenderLike | null | undefined, fold: boolean): Promise<void> {
  const tab = tabOf(sender);
  if (tab === null) return;
  const tabs = await foldedTabs();
  const key = `${FOLD_PREFIX}${tab}`;
  // Unfolded is the default: nothing is kept for it.
  if (fold) {
    tabs.add(tab);
    await browser.storage.session.set({ [key]: true });
  } else {
    tabs.delete(tab);
    await browser.storage.session.remove(key);
  }
}

/** False for a sender without a tab (the popup). */
export async function foldedIn(sender: SenderLike | null | undefined): Promise<boolean> {
  const tab = tabOf(sender);
  return tab !== null && (await foldedTabs()).has(tab);
}

export async function forgetFold(tabId: number): Promise<void> {
  (await foldedTabs()).delete(tabId);
  await browser.storage.session.remove(`${FOLD_PREFIX}${tabId}`);
}

/** A new worker instance in the unit tests: only session storage carries over. */
export function resetFoldsForTests(): void {
  folded = null;
}
