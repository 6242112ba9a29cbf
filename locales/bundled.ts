// All UI languages, for the contexts that show any of them at once (worker, overlay). The popup's
// build replaces this module with an empty record and loads one language (entrypoints/popup/build.ts).
import type { Lang } from '@/data/schema';
import { en, type UiStrings } from './en';
import { ru } from './ru';
import { kk } from './kk';
import { zhCN } from './zh-CN';

export const BUNDLED_STRINGS: Partial<Record<Lang, UiStrings>> = { en, ru, kk, 'zh-CN': zhCN };
