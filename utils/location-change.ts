// WXT's "wxt:locationchange" is a DOM event on window whose name is built from the extension's
// public id, so a page can send it at will; each one would cost a re-read of storage and a
// re-classification. WXT's own event carries the new address (it is sent from the navigation, before
// `location` changes); one a page dispatches has no such property in this world. Only a real change
// to a new address counts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * When the detector or the overlay classifies the page again after an address change: at once, and
 * again once the app's new view has rendered. One schedule for both, since the overlay takes over the
 * detector's looks after a change made just before the hand-over (OverlayBoot.movedAt).
 */
export const RECHECK_MS = [150, 1200] as const;

/**
 * Calls `then` on each real change of address. Returns a function that adds the same listener
 * again: a no-op while it is there, and its way back after document.open(), which erases every
 * listener on window.
 */
export function onLocationChange(ctx: ContentScriptContext, then: () => void): () => void {
  let last = location.href;
  const listener = (event: Event) => {
    const next = (event as Event & { newUrl?: unknown }).newUrl;
    if (!(next instanceof URL) || next.href === last) return;
    last = next.href;
    then();
  };
  const listen = () => ctx.addEventListener(window, 'wxt:locationchange', listener);
  listen();
  return listen;
}
