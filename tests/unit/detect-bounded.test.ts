import { beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyPage, TEXT_PREFIX_CHARS } from '@/utils/detect';

// The classifier's work is counted, not timed: the characters handed to the normaliser and to the
// phrase scan, the two steps whose cost grows with the page. A timed ratio failed on a loaded CI
// machine (3.3× against a bound of 3) although the code had not changed; a count cannot.
const read = vi.hoisted(() => ({ normalized: 0, scanned: 0 }));

vi.mock('@/utils/detect-phrases', async (importOriginal) => {
  const phrases = await importOriginal<typeof import('@/utils/detect-phrases')>();
  return {
    ...phrases,
    normalizeText: (text: string) => {
      read.normalized += text.length;
      return phrases.normalizeText(text);
    },
    findPhrases: (...args: Parameters<typeof phrases.findPhrases>) => {
      read.scanned += args[2].length;
      return phrases.findPhrases(...args);
    },
  };
});

const url = 'https://tele2.kz/ru/page/x';
const title = 'Tele2 Казахстан';

function workFor(text: string) {
  read.normalized = 0;
  read.scanned = 0;
  const result = classifyPage(url, title, text);
  return { result, normalized: read.normalized, scanned: read.scanned };
}

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('a huge page costs the classifier what its first TEXT_PREFIX_CHARS characters cost', () => {
  beforeEach(() => {
    read.normalized = 0;
    read.scanned = 0;
  });

  it.each([
    ['help-desk prose in three languages', 'Абонент может обратиться в салон связи с удостоверением личности. The subscriber may visit any shop. Абонент жеке куәлігімен салонға келеді. '],
    ['emoji', '🔒📵🙏👉 '],
    ['right-to-left text and direction marks', '\u202Eשלום עולם\u202C مرحبا بكم \u200F'],
    ['Chinese', '解除合同携号转网，请前往营业厅办理。'],
    ['nothing but relevant phrases', 'Расторжение договора. Перенос номера. Блокировка SIM. Шартты бұзу. Refund. '],
    ['one word, then spaces', 'расторжение        '],
    ['invisible characters the normaliser drops', '\u00ad\u200b\u200c\u200d\u2060\ufe0f\ufeffё'],
  ])('5 MB of %s', (_kind, unit) => {
    const huge = workFor(fill(unit, 5_000_000));
    const prefix = workFor(fill(unit, TEXT_PREFIX_CHARS));
    // The page is recognised from the prefix alone, and no character past it is looked at.
    expect(huge.result).toEqual(prefix.result);
    expect(huge.normalized).toBe(prefix.normalized);
    expect(huge.scanned).toBe(prefix.scanned);
    expect(huge.normalized).toBeGreaterThanOrEqual(TEXT_PREFIX_CHARS);
    expect(huge.normalized).toBeLessThan(TEXT_PREFIX_CHARS + title.length + url.length + 1);
  });

  it('counts the text it reads, so a page shorter than the bound is read whole', () => {
    const short = workFor(fill('Расторжение договора. ', 5_000));
    expect(short.normalized).toBeGreaterThanOrEqual(5_000);
    expect(short.scanned).toBeGreaterThanOrEqual(5_000);
  });
});
