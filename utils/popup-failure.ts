// A failure in words. The worker answers with an error code ("quota", "invalid-request"…) and
// the runtime throws messages such as "Could not establish connection": not for the user's eyes.
// A full store is the one the user must act on, and its notice may not fit in storage either. A
// checklist that could not be loaded (live state's failure 'guide') is not a change lost: it read
// "A change was not saved" when nothing had failed to save.
import type { Lang } from '@/data/schema';
import type { FailureKind } from './live-state';
import { t } from './i18n';

/**
 * `failure`: live state's kind, or, from a request of the popup's own (its settings, proof, reset),
 * what failed in the worker's or the runtime's words: the worker's 'quota' is live state's too.
 */
export function saveFailure(lang: Lang, failure: FailureKind | (string & {}) | null): string {
  return t(lang, failure === 'quota' ? 'popup.error.full' : failure === 'guide' ? 'popup.error.guide' : 'popup.error.save');
}
