// Whether the user folded the overlay in a tab: the next pages in that tab then open with the
// launcher, not the panel, instead of unfolding it on every page again. Kept in the browser's
// session storage (in memory, gone when the browser closes; never readable by a page), per tab,
// because a tab is one errand: a new tab shows the panel again. The tab comes from the browser's
// sender record, never from the message, and only for a content script on an operator's page, as for
// the overlay's injection (utils/overlay-inject.ts). A closed tab's entry is not removed: listening for closed
// tabs would wake the worker whenever any tab in the browser closes (PRIVACY.md), and tab ids are
// not reused within a browser session, which is as long as session storage lasts.
import { browser } from 'wxt/browser';
import type { SenderLike } from './messages';
import { injectionTarget } from './overlay-inject';

const FOLD_PREFIX = 'fold:';

/**
 * The folded tabs, read from session storage once per worker start and kept here: `guide/get` is on
 * the overlay's way to the screen, so it answers from memory rather than wait for a storage read (one
 * per answer looked like +6 ms at p50 in three of four same-run A/Bs of 25–30 loads; a 60-load run put
 * the two within this machine's spread). Every change goes through the worker.
 */
let folded: Promise<Set<number>> | null = null;

function foldedTabs(): Promise<Set<number>> {
  folded ??= (async () => {
    try {
      const items = await browser.storage.session.get(null);
      const ids = Object.keys(items).filter((k) => k.startsWith(FOLD_PREFIX) && items[k] === true);
      return new Set(ids.map((k) => Number(k.slice(FOLD_PREFIX.length))));
    } catch {
      // No session storage in this browser: folds then last as long as this worker. Never an error
      // for guide/get, which carries the fold: a preference must not cost the user the checklist.
      return new Set<number>();
    }
  })();
  return folded;
}

const tabOf = (sender: SenderLike | null | undefined): number | null => injectionTarget(sender)?.tabId ?? null;

export async function rememberFold(sender: SenderLike | null | undefined, fold: boolean): Promise<void> {
  const tab = tabOf(sender);
  if (tab === null) return;
  const tabs = await foldedTabs();
  if (fold) tabs.add(tab);
  else tabs.delete(tab);
  const key = `${FOLD_PREFIX}${tab}`;
  // Unfolded is the default: nothing is kept for it. Kept for the next worker start, if this browser can.
  await (fold ? browser.storage.session?.set({ [key]: true }) : browser.storage.session?.remove(key));
}

/** False for a sender that is no content script on an operator's page (the popup, say). */
export async function foldedIn(sender: SenderLike | null | undefined): Promise<boolean> {
  const tab = tabOf(sender);
  return tab !== null && (await foldedTabs()).has(tab);
}

/** A new worker instance in the unit tests: only session storage carries over. */
export function resetFoldsForTests(): void {
  folded = null;
}
