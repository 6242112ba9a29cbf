// The popup loads only the UI language it shows (its build bundles none, see entrypoints/popup/build.ts):
// one chunk per language, fetched from the extension's own files. English stands in when a language
// cannot be loaded. Elsewhere (tests, the worker) every language is bundled and this
// resolves at once. A language once loaded is remembered (utils/popup-memory.ts), so later openings
// have its strings at once instead of fetching the chunk only after the popup's code has run (a
// serial extension-file fetch, 10-17 ms on this busy 2-core machine, the last wait of the first frame).
import { signal, type ReadonlySignal } from '@preact/signals';
import { LANGS, isLang, type Lang } from '@/data/schema';
import type { UiKey, UiStrings } from '@/locales/en';
import { addStrings, hasStrings } from '@/utils/i18n';
import { keep, popupStore, recall } from '@/utils/popup-memory';
import { isRecord } from '@/utils/storage';

/** Set by the popup's build (the locales and how the build strips them, see entrypoints/popup/build.ts); absent in unit tests. */
declare const __SIMEXIT_STRINGS_REVISION__: string | undefined;
export const STRINGS_REVISION: string | null =
  typeof __SIMEXIT_STRINGS_REVISION__ === 'string' ? __SIMEXIT_STRINGS_REVISION__ : null;

const LOADERS: Readonly<Record<Lang, () => Promise<UiStrings>>> = {
  en: () => import('@/locales/en').then((m) => m.en),
  ru: () => import('@/locales/ru').then((m) => m.ru),
  kk: () => import('@/locales/kk').then((m) => m.kk),
  'zh-CN': () => import('@/locales/zh-CN').then((m) => m.zhCN),
};

/** Every string of a language: the first load leaves out those of the rarely shown parts (entrypoints/popup/build.ts). */
const FULL_LOADERS: Readonly<Record<Lang, () => Promise<UiStrings>>> = {
  en: () => import('@/locales/en?full').then((m) => m.en),
  ru: () => import('@/locales/ru?full').then((m) => m.ru),
  kk: () => import('@/locales/kk?full').then((m) => m.kk),
  'zh-CN': () => import('@/locales/zh-CN?full').then((m) => m.zhCN),
};

/** Once a rarely shown part is on screen, every language loaded from then on comes whole. */
let fullWanted = false;
const pending = new Map<Lang, Promise<boolean>>();
const loaded = signal<ReadonlySet<Lang>>(new Set(LANGS.filter(hasStrings)));

/** The languages `t` has strings for: a UI switches to a language once it is in here. */
export const availableLangs: ReadonlySignal<ReadonlySet<Lang>> = loaded;

function use(lang: Lang, strings: UiStrings): true {
  // A first load lacks the rarely shown strings (entrypoints/popup/build.ts RARE). One asked for reads
  // as nothing, never as its key or in English, while the language is loaded whole; main.tsx renders
  // again when it comes (its render reads availableLangs). Asked once: after that, every language in
  // use is on its way whole, and asking on each render would loop if one of them could not be loaded.
  addStrings(lang, new Proxy(strings, { get: (all, key: UiKey) => all[key] ?? (fullWanted || void loadAllStrings(lang), '') }));
  loaded.value = new Set([...loaded.value, lang]);
  return true;
}

/** No memo of its own: asking again gets the module loader's (a failed load is tried afresh). */
function loadFull(lang: Lang): Promise<boolean> {
  return FULL_LOADERS[lang]().then(
    (strings) => use(lang, strings),
    () => false,
  );
}

function load(lang: Lang): Promise<boolean> {
  if (fullWanted) return loadFull(lang);
  if (hasStrings(lang)) return Promise.resolve(true);
  const store = popupStore();
  const kept = recall(store, 'strings', STRINGS_REVISION, lang);
  // Written by us and keyed by revision: a record with the first key is the whole one.
  if (isRecord(kept) && typeof kept['app.name'] === 'string') return Promise.resolve(use(lang, kept as unknown as UiStrings));
  let loading = pending.get(lang);
  if (!loading) {
    loading = LOADERS[lang]()
      .then((strings) => {
        // Written down later, so that never holds up the frame waiting for these strings.
        setTimeout(() => keep(store, 'strings', STRINGS_REVISION, lang, strings));
        // A rarely shown part came up while this was loading: the language is made available whole
        // or not yet, since the popup switches to it at once and that part is not rendered again
        // for strings that come later (it read "Dismiss" in a Russian popup).
        if (fullWanted) return loadFull(lang).then((whole) => whole || use(lang, strings));
        return use(lang, strings);
      })
      .catch(() => {
        // Tried again on the next request (a reloaded extension may serve it then).
        pending.delete(lang);
        return false;
      });
    pending.set(lang, loading);
  }
  return loading;
}

/**
 * Makes `lang`'s strings available to `t`; resolves to the language they are now available in:
 * `lang`, or 'en' when it could not be loaded.
 */
export async function loadStrings(lang: Lang): Promise<Lang> {
  if (await load(lang)) return lang;
  await load('en');
  return 'en';
}

/**
 * Before a rarely shown part (notices, the reset dialog, the export) renders: `lang`'s strings
 * whole, and every language loaded later too. Resolves like loadStrings.
 */
export async function loadAllStrings(lang: Lang): Promise<Lang> {
  fullWanted = true;
  // The languages already in use come whole too: the popup may be showing another one by the time
  // the part renders (the user switched, or the language was still loading when it was asked for).
  // Awaited: a part rendered before they are in shows English for them and is not rendered again
  // when they come (a Russian notice read in English, seen in a browser test).
  const upgrades = [...loaded.value].map(loadFull);
  const [shown] = await Promise.all([loadStrings(lang), ...upgrades]);
  return shown;
}

/**
 * The language the popup showed last, noted apart from the strings, which an update empties: its
 * strings are the ones fetched ahead of the next opening's storage read (entrypoints/popup/main.tsx),
 * so the first opening after an update does not fetch the browser's language and then the chosen one.
 */
const SHOWN: readonly [family: string, revision: string, name: string] = ['lang', 'shown', 'last'];

export function shownLangBefore(): Lang | null {
  const lang = recall(popupStore(), ...SHOWN);
  return isLang(lang) ? lang : null;
}

export function noteShownLang(lang: Lang): void {
  keep(popupStore(), ...SHOWN, lang);
}
