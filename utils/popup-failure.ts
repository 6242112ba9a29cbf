// A failure in words. The worker answers with an error code ("quota", "invalid-request"…) and
// the runtime throws messages such as "Could not establish connection": not for the user's eyes.
// A full store is the one the user must act on, and its notice may not fit in storage either. A
// checklist that could not be loaded (utils/live-state.ts GUIDE_FAILED) is not a change lost: it
// read "A change was not saved" when nothing had failed to save.
import type { Lang } from '@/data/schema';
import { GUIDE_FAILED } from './live-state';
import { t } from './i18n';

export function saveFailure(lang: Lang, error: string | null): string {
  return t(lang, error === 'quota' ? 'popup.error.full' : error?.startsWith(GUIDE_FAILED) ? 'popup.error.guide' : 'popup.error.save');
}
