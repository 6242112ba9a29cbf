// WXT's "wxt:locationchange" is a DOM event on window whose name is built from the extension's
// public id, so a page can send it at will; each one would cost a re-read of storage and a
// re-classification. WXT's own event carries the new address (it is sent from the navigation, before
// `location` changes); one a page dispatches has no such property in this world. Only a real change
// to a new address counts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

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
