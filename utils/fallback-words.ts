// The words the overlay shows while the worker has given it none (utils/overlay-keys.ts FALLBACK_KEYS:
// "could not be loaded", the header, the launcher, the question before hiding). They are not bundled
// in overlay.js: the build writes them into the extension's own _locales (utils/locale-messages.ts),
// and the browser hands back those of its own language, so a Russian browser says in Russian that the
// guide could not be loaded, where the bundled English said it to everyone.
import { isLang, type Lang } from '../data/schema';
import type { UiStrings } from '../locales/en';

/** The _locales message naming the language its folder is in: the browser may serve the default (English) folder instead of its own. */
export const FALLBACK_LANG_MESSAGE = 'fallback_lang';

/** A UI key as a _locales message name, which allows only letters, digits and `_`. */
export const messageName = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '_');

/**
 * The fallback words in the language the browser serves, keyed by that language; none when the browser
 * gives a language we do not show or leaves a key out (the build writes all of them, tests/unit/fallback-words.test.ts).
 */
export function fallbackWords(keys: readonly string[], getMessage: (name: string) => string): Partial<Record<Lang, Partial<UiStrings>>> {
  try {
    const lang = getMessage(FALLBACK_LANG_MESSAGE);
    if (!isLang(lang)) return {};
    const words: Record<string, string> = {};
    for (const key of keys) {
      const text = getMessage(messageName(key));
      if (!text) return {};
      words[key] = text;
    }
    return { [lang]: words as Partial<UiStrings> };
  } catch {
    return {};
  }
}
