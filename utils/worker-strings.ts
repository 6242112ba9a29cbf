// The UI strings the worker hands to the overlay, whose script carries no language (see
// utils/overlay-keys.ts): a page then parses the words of the one language it shows, not of four.
import type { Lang } from '@/data/schema';
import { BUNDLED_STRINGS } from '@/locales/bundled';
import { langFromLocale } from './i18n';
import type { OverlayStrings } from './messages';
import { OVERLAY_KEYS, type OverlayKey } from './overlay-keys';
import type { Settings } from './storage';

const made = new Map<Lang, OverlayStrings>();

/** `lang`'s strings for the overlay: exactly its keys (parseOverlayStrings takes nothing else). */
export function overlayStrings(lang: Lang): OverlayStrings {
  let answer = made.get(lang);
  if (!answer) {
    const all = { ...BUNDLED_STRINGS.en, ...BUNDLED_STRINGS[lang] };
    const strings = Object.fromEntries(OVERLAY_KEYS.map((key) => [key, all[key]])) as Record<OverlayKey, string>;
    answer = { lang, strings };
    made.set(lang, answer);
  }
  return answer;
}

/**
 * The language the overlay will show, as it picks it (createGuideLiveState in utils/live-state.ts):
 * the one chosen in SimExit, else the page's browser language (`locale`, the page's navigator.language).
 */
export const overlayLang = (settings: Settings, locale: string): Lang => settings.lang ?? langFromLocale(locale);
