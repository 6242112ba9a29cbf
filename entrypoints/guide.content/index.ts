// Runs on every page of the operators' sites (manifest matches), so it is only the detector: one
// storage read and one bounded classification, no UI code. On a page where the guide belongs it
// asks the worker to load the overlay (entrypoints/overlay) into this frame.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OPERATOR_MATCHES } from '@/data/hosts';
import { operatorForHost } from '@/utils/detect';
import { holdGuideKeys } from '@/utils/overlay-boot';
import { isOperatorId } from '@/utils/progress';
import { startDetector } from './detector';

export default defineContentScript({
  matches: [...OPERATOR_MATCHES],
  // At the start, so the storage read is under way while the page is parsed (detector.ts waits for
  // the DOM before classifying): at document_end Chrome ran the script 9–35 ms after
  // DOMContentLoaded, and the read took as long again after that.
  runAt: 'document_start',
  // The overlay's CSS is bundled as text into its shadow root (entrypoints/overlay/shadow.ts); nothing goes into the page.
  cssInjectionMode: 'manual',
  // WXT otherwise announces each start with a window.postMessage carrying the extension id, telling
  // every operator site that SimExit is installed (tests/e2e/worker-input.spec.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const operator = operatorForHost(location.hostname);
    if (!isOperatorId(operator)) return;
    holdGuideKeys();
    ignoreForgedStops(ctx);
    startDetector(ctx, operator);
  },
});

/**
 * WXT stops a content script when another copy of it announces itself with a DOM event whose name is
 * built from the extension's public id, so any page could send it and remove the guide. This copy has
 * already announced itself (before main), and a copy left behind by an update notices the dead runtime
 * on its own (ctx.isInvalid, checked by the overlay every second): from here on the event reaches WXT's
 * listener on the document without the details it checks. Only in this world: stopping the event told
 * every operator page that knows the id that SimExit is installed (its own listener stayed silent).
 */
function ignoreForgedStops(ctx: object): void {
  // WXT's static name for the event (typed private, so read from the running class).
  const name = (ctx.constructor as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name === 'string') window.addEventListener(name, (event) => Object.defineProperty(event, 'detail', { value: null }), { capture: true });
}
