// The UI strings the worker hands to the overlay, whose script carries no language (see
// utils/overlay-keys.ts): a page then parses the words of the one language it shows, not of four.
import type { Lang } from '@/data/schema';
import { BUNDLED_STRINGS } from '@/locales/bundled';
import type { OverlayStrings } from './messages';
import { OVERLAY_KEYS, type OverlayKey } from './overlay-keys';

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
