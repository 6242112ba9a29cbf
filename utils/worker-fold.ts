// Whether the user folded the overlay in a tab: the next pages in that tab then open with the
// launcher, not the panel, instead of unfolding it on every page again. Kept in the browser's
// session storage (in memory, gone when the browser closes; never readable by a page), per tab,
// because a tab is one errand: a new tab shows the panel again. The tab comes from the browser's
// sender record, never from the message.
import { browser } from 'wxt/browser';
import type { SenderLike } from './messages';

const FOLD_PREFIX = 'fold:';

function tabOf(sender: SenderLike | null | undefined): number | null {
  const id = sender?.tab?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

export async function rememberFold(sender: SenderLike | null | undefined, folded: boolean): Promise<void> {
  const tab = tabOf(sender);
  if (tab === null) return;
  const key = `${FOLD_PREFIX}${tab}`;
  // Unfolded is the default: nothing is kept for it.
  await (folded ? browser.storage.session.set({ [key]: true }) : browser.storage.session.remove(key));
}

/** False for a sender without a tab (the popup), and where the browser has no session storage. */
export async function foldedIn(sender: SenderLike | null | undefined): Promise<boolean> {
  const tab = tabOf(sender);
  if (tab === null) return false;
  try {
    const key = `${FOLD_PREFIX}${tab}`;
    return (await browser.storage.session.get(key))[key] === true;
  } catch {
    return false;
  }
}

export async function forgetFold(tabId: number): Promise<void> {
  await browser.storage.session.remove(`${FOLD_PREFIX}${tabId}`);
}
