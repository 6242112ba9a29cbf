// A failed save in words. The worker answers with an error code ("quota", "invalid-request"…) and
// the runtime throws messages such as "Could not establish connection": not for the user's eyes.
// A full store is the one the user must act on, and its notice may not fit in storage either.
import type { Lang } from '@/data/schema';
import { t } from './i18n';

export function saveFailure(lang: Lang, error: string | null): string {
  return t(lang, error === 'quota' ? 'popup.error.full' : 'popup.error.save');
}
