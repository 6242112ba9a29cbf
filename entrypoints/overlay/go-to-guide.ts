// The guide's end of the "go to the on-page guide" shortcut (manifest commands, utils/worker-command.ts):
// appended to <html>, the guide is the last stop of the page's Tab order, 100 and more presses away on
// an operator's page (helper-91). The browser hands the keys to the worker, never to the page, so the
// page keeps every key of its own and a screen reader's keys pass as before.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isGuideFocus, type SenderLike } from '@/utils/messages';

/** `go` moves focus into the guide, or back to the page from it; false where there is no guide to go to. */
export function listenForShortcut(ctx: ContentScriptContext, go: () => boolean): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderLike, answer: (went: boolean) => void) => {
    // From this extension's worker only (a page cannot reach here). Not from a copy of the guide that an
    // update or reload left behind: its "no guide here" could come first and open the popup instead.
    if (!ctx.isInvalid && sender.id === browser.runtime.id && !sender.tab && isGuideFocus(raw)) answer(go());
  });
}
