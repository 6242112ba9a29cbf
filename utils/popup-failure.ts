// A failure in words. The worker answers with an error code ("quota", "invalid-request"…) and
// the runtime throws messages such as "Could not establish connection": not for the user's eyes.
// A full store is the one the user must act on, and its notice may not fit in storage either.
// Live state's failure 'guide' (a checklist that could not be loaded) never reaches these words:
// it comes only with status 'error' and no guide held, which the popup shows as its error panel
// (entrypoints/popup/App.tsx, where the checklist or LazyErrorPanel is chosen; tests/unit/live-state.test.ts 'the popup: …').
import type { Lang } from '@/data/schema';
import type { FailureKind } from './live-state';
import { t } from './i18n';

/**
 * `failure`: live state's kind, or, from a request of the popup's own (its settings, proof, reset),
 * what failed in the worker's or the runtime's words: the worker's 'quota' is live state's too.
 */
export function saveFailure(lang: Lang, failure: Exclude<FailureKind, 'guide'> | (string & {}) | null): string {
  return t(lang, failure === 'quota' ? 'popup.error.full' : 'popup.error.save');
}
