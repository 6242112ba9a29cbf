// The language of what the worker itself shows (notifications, the badge's title). Apart from
// utils/i18n.ts, which every context shares, because it asks the browser for its UI language.
import { browser } from 'wxt/browser';
import type { Lang } from '@/data/schema';
import { uiLang } from './i18n';
import type { Settings } from './storage';

/** The language the user chose, else the browser's. */
export function userLang(settings: Settings): Lang {
  let locale: string | undefined;
  try {
    locale = browser.i18n.getUILanguage();
  } catch {
    locale = globalThis.navigator?.language;
  }
  return uiLang(settings.lang, locale);
}
