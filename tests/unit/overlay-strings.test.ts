// The overlay's words: overlay.js bundles none (a few come from _locales, utils/fallback-words.ts), so
// what the worker hands over is checked strictly, a language is shown only once its words are in, and
// without words the overlay renders only what those few cover (English in these tests, whose i18n
// bundles every language).
import { describe, expect, it, vi } from 'vitest';
import { computed, signal } from '@preact/signals';
import type { Lang, Step } from '@/data/schema';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { kk } from '@/locales/kk';
import { zhCN } from '@/locales/zh-CN';
import { LOCALE_MAX, UI_STRING_MAX, parseOverlayStrings } from '@/utils/messages';
import { FALLBACK_KEYS, OVERLAY_KEYS } from '@/utils/overlay-keys';
import { createStringsStore } from '@/utils/overlay-strings';
import { withWords } from '@/utils/overlay-view';
import type { GuideLiveState, LiveStatus } from '@/utils/live-state';
import { overlayStrings } from '@/utils/worker-strings';
import { uiLang } from '@/utils/i18n';

const LANGUAGES = { en, ru, kk, 'zh-CN': zhCN } as const;
/** As it crosses runtime.sendMessage: JSON. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const handed = (lang: Lang) => wire(overlayStrings(lang));

describe('the overlay’s keys', () => {
  it('are every key of locales/en.ts but the popup’s and the worker’s, in its order', () => {
    expect([...OVERLAY_KEYS]).toEqual(Object.keys(en).filter((key) => !/^(popup|bg)\./.test(key)));
  });
  it('bundle as fallback only keys it has, and have a short, non-empty string in every language', () => {
    for (const key of FALLBACK_KEYS) expect(OVERLAY_KEYS).toContain(key);
    for (const [lang, strings] of Object.entries(LANGUAGES)) {
      for (const key of OVERLAY_KEYS) {
        expect(strings[key].length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(strings[key].length, `${lang} ${key}`).toBeLessThanOrEqual(UI_STRING_MAX);
      }
    }
  });
});

describe('the one rule by which the worker, the overlay and its live state pick the language (uiLang)', () => {
  it.each([
    [null, 'ru-RU', 'ru'],
    [null, 'kk-KZ', 'kk'],
    [null, 'zh-Hans-CN', 'zh-CN'],
    [null, 'en-US', 'en'],
    [null, 'de', 'en'],
    ['kk', 'ru-RU', 'kk'],
    ['en', 'zh-CN', 'en'],
  ] as const)('setting %s, page in %s → %s', (lang, locale, shown) => {
    expect(uiLang(lang, locale)).toBe(shown);
  });
  it('leaves out nothing a language tag needs', () => {
    expect(LOCALE_MAX).toBeGreaterThanOrEqual('zh-Hans-CN-u-nu-hanidec'.length);
  });
});

describe('parseOverlayStrings', () => {
  it.each(['en', 'ru', 'kk', 'zh-CN'] as const)('takes what the worker hands over in %s', (lang) => {
    const parsed = parseOverlayStrings(handed(lang));
    expect(parsed?.lang).toBe(lang);
    expect(parsed?.strings['overlay.loadFailed']).toBe(LANGUAGES[lang]['overlay.loadFailed']);
  });

  const good = handed('ru') as { lang: string; strings: Record<string, unknown> };
  const without = (key: string) => ({ ...good, strings: Object.fromEntries(Object.entries(good.strings).filter(([k]) => k !== key)) });
  const withString = (key: string, value: unknown) => ({ ...good, strings: { ...good.strings, [key]: value } });
  const getter = { ...good, strings: { ...good.strings } };
  Object.defineProperty(getter.strings, 'overlay.title', { get: () => 'x', enumerable: true });
  const polluted = JSON.parse(JSON.stringify(good).replace('"strings":{', '"strings":{"__proto__":{"x":"y"},'));

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'ru'],
    ['an array', [good]],
    ['the strings alone', good.strings],
    ['no language', { strings: good.strings }],
    ['a language not offered', { ...good, lang: 'de' }],
    ['a tag, not one of ours', { ...good, lang: 'ru-RU' }],
    ['an extra field', { ...good, html: '<b>' }],
    ['a key missing', without('overlay.showMe')],
    ['a key of the popup’s', withString('popup.operator.label', 'Оператор')],
    ['an unknown key', withString('overlay.evil', 'x')],
    ['a number', withString('progress.count', 3)],
    ['null for a string', withString('overlay.title', null)],
    ['an empty string', withString('overlay.title', '')],
    ['a string too long', withString('overlay.title', 'x'.repeat(UI_STRING_MAX + 1))],
    ['an object for a string', withString('overlay.title', { toString: () => 'x' })],
    ['an accessor', getter],
    ['a __proto__ key from JSON', polluted],
    ['strings as an array', { ...good, strings: Object.values(good.strings) }],
  ])('rejects %s', (_name, payload) => {
    expect(parseOverlayStrings(payload)).toBeNull();
  });
});

/** A store whose worker answers when the test says: `answer(lang, payload)` or `fail(lang)`. */
function storeWithWorker() {
  const asked: Lang[] = [];
  const waiting = new Map<Lang, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  const added: Lang[] = [];
  const store = createStringsStore(
    (lang) => {
      asked.push(lang);
      return new Promise((resolve, reject) => waiting.set(lang, { resolve, reject }));
    },
    (lang) => added.push(lang),
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve));
  return {
    store,
    asked,
    added,
    async answer(lang: Lang, payload: unknown = handed(lang)) {
      waiting.get(lang)!.resolve(payload);
      await settle();
    },
    async fail(lang: Lang) {
      waiting.get(lang)!.reject(new Error('The extension’s background worker did not answer'));
      await settle();
    },
  };
}

describe('the overlay’s language', () => {
  it.each(['en', 'ru', 'kk', 'zh-CN'] as const)('%s: shown from the first render when the guide/get answer brought its words', (lang) => {
    const { store, asked } = storeWithWorker();
    expect(store.take(handed(lang))).toBe(true);
    const words = store.follow(signal(lang));
    expect(words.lang.value).toBe(lang);
    expect(words.held.value).toBe(true);
    expect(asked).toEqual([]);
    words.stop();
  });

  it('switches only once the new language’s words are in, asking once', async () => {
    const { store, asked, answer } = storeWithWorker();
    store.take(handed('en'));
    const wanted = signal<Lang>('en');
    const words = store.follow(wanted);
    wanted.value = 'zh-CN';
    void store.load('zh-CN');
    expect(asked).toEqual(['zh-CN']);
    // Until the answer: English still, with all its words, and the wait is known.
    expect(words.lang.value).toBe('en');
    expect(words.held.value).toBe(true);
    expect(words.asking.value).toBe(true);
    await answer('zh-CN');
    expect(words.lang.value).toBe('zh-CN');
    expect(words.asking.value).toBe(false);
    // Back to a language held: at once, nothing asked.
    wanted.value = 'en';
    expect(words.lang.value).toBe('en');
    expect(asked).toEqual(['zh-CN']);
    words.stop();
  });

  it('keeps the language shown when the words fail to come or come malformed, and asks again when picked again', async () => {
    const { store, asked, added, answer, fail } = storeWithWorker();
    store.take(handed('en'));
    const wanted = signal<Lang>('en');
    const words = store.follow(wanted);
    wanted.value = 'ru';
    await fail('ru');
    expect(words.lang.value).toBe('en');
    expect(words.asking.value).toBe(false);
    // Picked again (the setting is already 'ru'): asked again.
    void store.load('ru');
    const incomplete = handed('ru') as { strings: Record<string, string> };
    delete incomplete.strings['overlay.showMe'];
    await answer('ru', incomplete);
    expect(words.lang.value).toBe('en');
    // Another language's words for this one are not taken either.
    void store.load('ru');
    await answer('ru', handed('kk'));
    expect(words.lang.value).toBe('en');
    expect(added).toEqual(['en']);
    void store.load('ru');
    await answer('ru');
    expect(words.lang.value).toBe('ru');
    expect(asked).toEqual(['ru', 'ru', 'ru', 'ru']);
    words.stop();
  });

  it('with no words at all, shows the bundled English and asks again when the guide comes after all', async () => {
    const { store, asked, fail, answer } = storeWithWorker();
    // guide/get failed: nothing handed over.
    expect(store.take(undefined)).toBe(false);
    const guide = signal<object | null>(null);
    const words = store.follow(signal<Lang>('kk'), guide);
    expect(words.lang.value).toBe('en');
    expect(words.held.value).toBe(false);
    await fail('kk');
    expect(words.held.value).toBe(false);
    guide.value = {};
    expect(asked).toEqual(['kk', 'kk']);
    await answer('kk');
    expect(words.lang.value).toBe('kk');
    expect(words.held.value).toBe(true);
    words.stop();
  });

  it('stops following when stopped', async () => {
    const { store, asked } = storeWithWorker();
    store.take(handed('en'));
    const wanted = signal<Lang>('en');
    store.follow(wanted).stop();
    wanted.value = 'ru';
    expect(asked).toEqual([]);
  });
});

describe('withWords: what the overlay renders', () => {
  const step = { id: 'a', title: { en: 'A', ru: 'А', kk: 'А', 'zh-CN': 'A' } } as unknown as Step;
  function state(status: LiveStatus) {
    const s = signal<LiveStatus>(status);
    const steps = signal<readonly Step[]>([step]);
    const live = {
      lang: computed(() => 'ru' as Lang),
      status: s,
      guide: signal({ name: 'Kcell' }),
      sections: signal([{ section: 'before', steps: [step] }]),
      steps,
      done: signal(1),
      total: signal(1),
      setDone: vi.fn(),
    } as unknown as GuideLiveState;
    return { live, status: s };
  }
  const words = (held: boolean, asking = false, lang: Lang = held ? 'ru' : 'en') => ({
    lang: signal(lang),
    held: signal(held),
    asking: signal(asking),
    stop: () => undefined,
  });

  it('with the words, is the live state in the language shown', () => {
    const { live } = state('ready');
    const view = withWords(live, words(true));
    expect(view.lang.value).toBe('ru');
    expect(view.status.value).toBe('ready');
    expect(view.steps.value).toEqual([step]);
    expect(view.total.value).toBe(1);
    expect(view.guide.value).toEqual({ name: 'Kcell' });
    expect(view.setDone).toBe(live.setDone);
  });

  it('without them, no steps, counts or guide, and "loading" or "could not load", never "ready"', () => {
    for (const [status, asking, shown] of [
      ['ready', false, 'error'],
      ['ready', true, 'loading'],
      ['loading', false, 'loading'],
      ['error', false, 'error'],
      // Asked again with the checklist ("Try again"): the failure stays said until the answer is in.
      ['error', true, 'error'],
    ] as const) {
      const { live } = state(status);
      const view = withWords(live, words(false, asking));
      expect(view.status.value, `${status} ${asking}`).toBe(shown);
      expect(view.lang.value).toBe('en');
      expect(view.steps.value).toEqual([]);
      expect(view.sections.value).toEqual([]);
      expect(view.total.value).toBe(0);
      expect(view.done.value).toBe(0);
      expect(view.guide.value).toBeNull();
    }
  });

  it('follows the words as they come', () => {
    const { live } = state('ready');
    const w = words(false);
    const view = withWords(live, w);
    expect(view.status.value).toBe('error');
    w.held.value = true;
    w.lang.value = 'ru';
    expect(view.status.value).toBe('ready');
    expect(view.steps.value).toEqual([step]);
  });
});
