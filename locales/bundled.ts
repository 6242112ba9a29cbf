// All UI languages, for the contexts that show any of them at once (the worker, tests).
// The popup's build replaces this module with an empty record and loads one language
// (entrypoints/popup/build.ts); the overlay's with a few words read from _locales in the browser's
// language, the worker handing it the words of the one it shows (entrypoints/guide.content/build.ts).
import type { Lang } from '@/data/schema';
import { en, type UiStrings } from './en';
import { ru } from './ru';
import { kk } from './kk';
import { zhCN } from './zh-CN';

export const BUNDLED_STRINGS: Partial<Record<Lang, UiStrings>> = { en, ru, kk, 'zh-CN': zhCN };
