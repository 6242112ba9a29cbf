// The extension's _locales messages.json files, as the build writes them (wxt.config.ts hook
// `build:publicAssets`): the name and description kept in public/_locales, plus the overlay's fallback
// words (utils/fallback-words.ts) from locales/*.ts, so the words live in one place.
// Imported by wxt.config.ts, whose loader knows no `@/`: relative imports only.
import type { Lang } from '../data/schema';
import { BUNDLED_STRINGS } from '../locales/bundled';
import { FALLBACK_KEYS } from './overlay-keys';
import { FALLBACK_LANG_MESSAGE, messageName } from './fallback-words';

/** The _locales folder of each language (Chrome and Firefox name Simplified Chinese zh_CN). */
export const LOCALE_FOLDERS: Readonly<Record<string, Lang>> = { en: 'en', ru: 'ru', kk: 'kk', zh_CN: 'zh-CN' };

type Messages = Record<string, { message: string; description?: string }>;

/** `$` starts a placeholder in a message; `$$` is a `$`. */
const literal = (text: string): string => text.replaceAll('$', '$$$$');

/** `existing` (public/_locales/<folder>/messages.json) with the fallback words of its language added. */
export function withFallbackWords(existing: Messages, lang: Lang): Messages {
  const messages: Messages = { ...existing, [FALLBACK_LANG_MESSAGE]: { message: lang, description: 'The language of the words below (not shown).' } };
  for (const key of FALLBACK_KEYS) {
    const text = BUNDLED_STRINGS[lang]?.[key];
    if (typeof text !== 'string') throw new Error(`locales/${lang}: no "${key}" for _locales`);
    messages[messageName(key)] = { message: literal(text) };
  }
  return messages;
}
