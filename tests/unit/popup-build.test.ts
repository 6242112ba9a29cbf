// The popup's build drops the overlay's and the worker's strings from each language chunk; every
// other string must stay (a missing one would show as English or as a raw key in the popup).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripForeignStrings } from '@/entrypoints/popup/build';

const keysOf = (source: string) => [...source.matchAll(/^\s*'([\w.-]+)':/gm)].map((m) => m[1]!);

describe('popup build: strings of one language without the overlay and worker ones', () => {
  it.each(['en', 'ru', 'kk', 'zh-CN'])('%s', (lang) => {
    const source = readFileSync(`locales/${lang}.ts`, 'utf8');
    const kept = keysOf(stripForeignStrings(source));
    const foreign = (key: string) => key.startsWith('overlay.') || key.startsWith('bg.');
    expect(kept).toEqual(keysOf(source).filter((key) => !foreign(key)));
    expect(keysOf(source).some(foreign)).toBe(true);
  });
});
