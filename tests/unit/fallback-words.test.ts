import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS, type Lang } from '@/data/schema';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { kk } from '@/locales/kk';
import { zhCN } from '@/locales/zh-CN';
import { FALLBACK_LANG_MESSAGE, fallbackWords, messageName } from '@/utils/fallback-words';
import { LOCALE_FOLDERS, withFallbackWords } from '@/utils/locale-messages';
import { FALLBACK_KEYS } from '@/utils/overlay-keys';

const WORDS: Record<Lang, Record<string, string>> = { en, ru, kk, 'zh-CN': zhCN };
const publicMessages = (folder: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${folder}/messages.json`), 'utf8')) as Record<string, { message: string }>;

/** chrome.i18n.getMessage over one built messages.json: "" for a name it lacks, `$$` read as `$`. */
const getMessageFrom = (messages: Record<string, { message: string }>) => (name: string) =>
  (messages[name]?.message ?? '').replaceAll('$$', '$');

describe('the _locales files the build writes', () => {
  it.each(Object.entries(LOCALE_FOLDERS))('%s: the name and description kept, and every fallback word of its language', (folder, lang) => {
    const existing = publicMessages(folder);
    const built = withFallbackWords(existing, lang);
    expect(built.extName).toEqual(existing.extName);
    expect(built.extDescription).toEqual(existing.extDescription);
    expect(built[FALLBACK_LANG_MESSAGE]?.message).toBe(lang);
    expect(fallbackWords(FALLBACK_KEYS, getMessageFrom(built))).toEqual({
      [lang]: Object.fromEntries(FALLBACK_KEYS.map((key) => [key, WORDS[lang][key]])),
    });
  });

  it('has a folder for every language SimExit shows, and public/_locales has no other', () => {
    expect(Object.values(LOCALE_FOLDERS).sort()).toEqual([...LANGS].sort());
    expect(readdirSync(resolve(import.meta.dirname, '../../public/_locales')).sort()).toEqual(Object.keys(LOCALE_FOLDERS).sort());
  });

  it('names every message as the browsers allow, each once even ignoring case (Chrome ignores it)', () => {
    const names = [FALLBACK_LANG_MESSAGE, ...FALLBACK_KEYS.map(messageName)];
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it('writes a `$` in a word as `$$`, which the browser reads back as one', () => {
    const built = withFallbackWords({}, 'en');
    for (const [name, { message }] of Object.entries(built)) expect(message.replace(/\$\$/g, ''), name).not.toMatch(/\$/);
  });
});

describe('fallbackWords', () => {
  const served = (lang: string, drop?: string) => (name: string) =>
    name === FALLBACK_LANG_MESSAGE ? lang : name === drop ? '' : `${lang}:${name}`;

  it('takes the words of the language the browser serves, keyed by it', () => {
    const words = fallbackWords(['overlay.loadFailed', 'route.online'], served('kk'));
    expect(words).toEqual({ kk: { 'overlay.loadFailed': 'kk:overlay_loadFailed', 'route.online': 'kk:route_online' } });
  });

  it('takes none from a folder of a language SimExit does not show, one lacking a word, or a browser that throws', () => {
    expect(fallbackWords(['overlay.loadFailed'], served('de'))).toEqual({});
    expect(fallbackWords(['overlay.loadFailed', 'route.online'], served('ru', 'route_online'))).toEqual({});
    expect(
      fallbackWords(['overlay.loadFailed'], () => {
        throw new Error('Extension context invalidated.');
      }),
    ).toEqual({});
  });
});
