// Runs on the operators' sites only (manifest matches). Costs almost nothing on pages that are not
// about giving up a number: one bounded classification, one storage read, no UI.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OPERATOR_MATCHES } from '@/data/hosts';
import { operatorForHost } from '@/utils/detect';
import { isOperatorId } from '@/utils/progress';
import { startGuide } from './guide';

export default defineContentScript({
  matches: [...OPERATOR_MATCHES],
  runAt: 'document_idle',
  // The CSS is bundled as text and put into the overlay's shadow root (shadow.ts); nothing goes into the page.
  cssInjectionMode: 'manual',
  // WXT otherwise announces each start with a window.postMessage carrying the extension id, telling
  // every operator site that SimExit is installed (tests/e2e/worker-input.spec.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const operator = operatorForHost(location.hostname);
    if (!isOperatorId(operator)) return;
    startGuide(ctx, operator);
  },
});
