// The overlay's UI strings. overlay.js bundles no language; it reads a few words in the browser's
// language from _locales (utils/fallback-words.ts, utils/overlay-keys.ts FALLBACK_KEYS): the words of the language it shows first come with the detector's `guide/get`
// answer, and any other language, after a switch here or in the popup, is asked of the worker
// (`strings/get`). A language is shown only once its words are in; until then the one shown before
// stays, so no render mixes two languages or shows a raw key.
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Lang } from '@/data/schema';
import { addStrings, bundledLang } from './i18n';
import { parseOverlayStrings } from './messages';

/** What the overlay shows in, as it follows the language the user wants. */
export interface ShownWords {
  /** The wanted language once its words are in; until then the one shown before, else that of the fallback words. */
  readonly lang: ReadonlySignal<Lang>;
  /** Whether the words of `lang` are all held; if not, only the fallback words are (utils/overlay-view.ts). */
  readonly held: ReadonlySignal<boolean>;
  /** The wanted language's words are being asked for. */
  readonly asking: ReadonlySignal<boolean>;
  stop(): void;
}

export interface StringsStore {
  /** Takes what the worker sent if it is well-formed (and of `lang`, when given); whether it did. */
  take(payload: unknown, lang?: Lang): boolean;
  holds(lang: Lang): boolean;
  /** Asks for `lang`'s words unless held or already asked; resolves to whether they are held. A failed ask may be made again. */
  load(lang: Lang): Promise<boolean>;
  /**
   * Shows `wanted` as soon as its words are in, asking for them whenever it changes, and again when
   * `again` changes while they are missing (the guide arrived after all: the worker answers again).
   */
  follow(wanted: ReadonlySignal<Lang>, again?: ReadonlySignal<unknown>): ShownWords;
}

/** `ask` sends `strings/get` and resolves to the answer's strings (anything: they are checked here), or rejects. */
export function createStringsStore(ask: (lang: Lang) => Promise<unknown>, add: typeof addStrings = addStrings): StringsStore {
  const held = signal<ReadonlySet<Lang>>(new Set());
  const asking = signal<ReadonlySet<Lang>>(new Set());
  const pending = new Map<Lang, Promise<boolean>>();
  const plus = (set: ReadonlySet<Lang>, lang: Lang) => new Set([...set, lang]);
  const minus = (set: ReadonlySet<Lang>, lang: Lang) => new Set([...set].filter((l) => l !== lang));

  function take(payload: unknown, lang?: Lang): boolean {
    const parsed = parseOverlayStrings(payload);
    if (!parsed || (lang !== undefined && parsed.lang !== lang)) return false;
    add(parsed.lang, parsed.strings);
    held.value = plus(held.peek(), parsed.lang);
    return true;
  }

  function load(lang: Lang): Promise<boolean> {
    if (held.peek().has(lang)) return Promise.resolve(true);
    let loading = pending.get(lang);
    if (!loading) {
      asking.value = plus(asking.peek(), lang);
      loading = ask(lang)
        .then((payload) => take(payload, lang), () => false)
        .then((ok) => {
          pending.delete(lang);
          asking.value = minus(asking.peek(), lang);
          return ok;
        });
      pending.set(lang, loading);
    }
    return loading;
  }

  function follow(wanted: ReadonlySignal<Lang>, again?: ReadonlySignal<unknown>): ShownWords {
    const first = wanted.peek();
    // Another mount on this page may have shown a language already: better than the fallback words meanwhile.
    const shown = signal<Lang>(held.peek().has(first) ? first : ([...held.peek()][0] ?? bundledLang()));
    const stop = effect(() => {
      const lang = wanted.value;
      // Read only to run again when it changes.
      void again?.value;
      if (held.value.has(lang)) shown.value = lang;
      else void load(lang);
    });
    return {
      lang: shown,
      held: computed(() => held.value.has(shown.value)),
      asking: computed(() => asking.value.has(wanted.value)),
      stop,
    };
  }

  return { take, holds: (lang) => held.peek().has(lang), load, follow };
}
