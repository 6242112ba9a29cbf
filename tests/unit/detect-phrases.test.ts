import { describe, expect, it } from 'vitest';
import { TOPICS } from '@/data/schema';
import { buildPhraseIndex, compilePhrase, findPhrases, normalizeText, type PhraseGroup } from '@/utils/detect-phrases';
import {
  NEGATIVE_BODY_TERMS,
  NEGATIVE_TITLE_TERMS,
  SUPPORT_TITLE_TERMS,
  TOPIC_TERMS,
} from '@/utils/detect-vocabulary';

const VOCABULARY: readonly string[] = [
  ...TOPICS.flatMap((topic) => [...TOPIC_TERMS[topic].strong, ...TOPIC_TERMS[topic].weak]),
  ...NEGATIVE_TITLE_TERMS,
  ...SUPPORT_TITLE_TERMS,
  ...NEGATIVE_BODY_TERMS,
];

/** The phrases found in `text`, each named by itself, in text order. */
function find(phrases: readonly string[], text: string, maxHits = 300): string[] {
  const index = buildPhraseIndex(phrases.map((phrase): PhraseGroup<string> => ({ phrases: [phrase], signal: phrase, zones: 1 })));
  return findPhrases(index, 1, normalizeText(text), maxHits);
}

describe('the vocabulary', () => {
  // The index reads phrases as written, so they must already be in the form pages are compared in.
  it.each(VOCABULARY.map((phrase) => [phrase]))('%s is lower case, е for ё, single-spaced, and parses', (phrase) => {
    expect(normalizeText(phrase)).toBe(phrase);
    expect(phrase.trim().split(/\s+/).join(' ')).toBe(phrase);
    expect(() => compilePhrase(phrase)).not.toThrow();
  });

  it('indexes as a whole, each zone on its own', () => {
    const groups: Array<PhraseGroup<string>> = [
      { phrases: VOCABULARY, signal: 'all', zones: 1 },
      { phrases: NEGATIVE_BODY_TERMS, signal: 'body', zones: 2 },
    ];
    const index = buildPhraseIndex(groups);
    expect(findPhrases(index, 2, normalizeText('Безлимит за 990 ₸/мес. Расторжение договора.'), 300)).toEqual(['body', 'body']);
    expect(findPhrases(index, 1, normalizeText('Безлимит. Расторжение договора.'), 300)).toEqual(['all', 'all']);
  });
});

describe('phrase syntax', () => {
  it('a space between words matches one to six spaces or punctuation marks', () => {
    expect(find(['sim карта'], 'SIM-карта')).toEqual(['sim карта']);
    expect(find(['sim карта'], 'SIM карта')).toEqual(['sim карта']);
    expect(find(['sim карта'], 'SIM » — (карта')).toEqual(['sim карта']);
    expect(find(['sim карта'], 'SIM       карта')).toEqual([]);
    expect(find(['sim карта'], 'SIMкарта')).toEqual([]);
  });

  it('word* takes any ending, a bare word only itself', () => {
    expect(find(['расторж*'], 'Расторжение')).toEqual(['расторж*']);
    expect(find(['закрыть номер'], 'закрыть номер')).toEqual(['закрыть номер']);
    expect(find(['закрыть номер'], 'закрыть номера')).toEqual([]);
    expect(find(['закрыть номер'], 'закрытые номер')).toEqual([]);
  });

  it('phrases that start or end with a letter match whole words only', () => {
    expect(find(['mnp'], 'MNP, mnp-2, (mnp)')).toEqual(['mnp', 'mnp', 'mnp']);
    expect(find(['mnp'], 'xmnpx mnps smnp')).toEqual([]);
    expect(find(['refund*'], 'nonrefundable')).toEqual([]);
  });

  it('a|b matches either, in any word position', () => {
    const phrase = 'блокир*|заблокир* ~ номер*|sim|сим';
    expect(find([phrase], 'Заблокируйте номер')).toEqual([phrase]);
    expect(find([phrase], 'Блокировка SIM')).toEqual([phrase]);
    expect(find([phrase], 'блокировка сим')).toEqual([phrase]);
    expect(find([phrase], 'блокировка симкарты')).toEqual([]);
  });

  it('~ lets up to two other words sit between its neighbours', () => {
    const phrase = 'расторж* ~ договор*';
    expect(find([phrase], 'расторжение договора')).toEqual([phrase]);
    expect(find([phrase], 'расторжение абонентского договора')).toEqual([phrase]);
    expect(find([phrase], 'расторжение этого абонентского договора')).toEqual([phrase]);
    expect(find([phrase], 'расторжение и этого абонентского договора')).toEqual([]);
  });

  it('Chinese and price phrases match anywhere, their separators included', () => {
    expect(find(['注销号码'], '请注销号码。')).toEqual(['注销号码']);
    expect(find(['₸ мес*'], '2 990 ₸/мес.')).toEqual(['₸ мес*']);
    expect(find(['₸ мес*'], '2 990 ₸мес')).toEqual([]);
    expect(find(['元 月'], '30元/月，50 元 / 月')).toEqual(['元 月', '元 月']);
  });

  it('first words shorter than three letters', () => {
    expect(find(['в корзину'], 'Добавить в корзину')).toEqual(['в корзину']);
    expect(find(['в корзину'], 'Добавить вкорзину, ов корзину')).toEqual([]);
    expect(find(['тг мес*'], '990 тг/мес')).toEqual(['тг мес*']);
    expect(find(['ab* cd'], 'abxy cd, ab cd, a cd')).toEqual(['ab* cd', 'ab* cd']);
  });

  it('the Kazakh і in a phrase also matches the Latin i that pages often type', () => {
    expect(find(['қайта тірке*'], 'Қайта тiркеу')).toEqual(['қайта тірке*']);
    expect(find(['іі*'], 'ii, іi, iі')).toEqual(['іі*', 'іі*', 'іі*']);
  });

  it('reads text lower-cased, with ё as е and without invisible characters', () => {
    expect(normalizeText('ВОЗВРАТ Её Рас\u00adтор\u200bже\ufeffние')).toBe('возврат ее расторжение');
    expect(find(['расторжени*'], 'Рас\u00adтор\u200bжение')).toEqual(['расторжени*']);
    expect(find(['еще'], 'ЕЩЁ')).toEqual(['еще']);
  });

  it('counts each stretch of text once, for the first listed phrase that matches there', () => {
    const phrases = ['расторж* ~ договор*', 'расторжени*', 'договор*'];
    expect(find(phrases, 'Расторжение договора.')).toEqual(['расторж* ~ договор*']);
    expect(find(phrases, 'Расторжение возможно в любой день. Договор.')).toEqual(['расторжени*', 'договор*']);
    expect(find([...phrases].reverse(), 'Расторжение договора.')).toEqual(['расторжени*', 'договор*']);
  });

  it('stops after maxHits', () => {
    expect(find(['refund*'], 'refund '.repeat(50), 7)).toHaveLength(7);
  });

  it('rejects phrases the syntax does not allow', () => {
    expect(() => compilePhrase('~ договор*')).toThrow(/bad phrase/);
    expect(() => compilePhrase('расторж* ~')).toThrow(/bad phrase/);
    expect(() => compilePhrase('a||b')).toThrow(/bad phrase/);
    expect(() => compilePhrase('ра*сторж')).toThrow(/bad phrase/);
    expect(() => find(['₸|тг мес*'], '')).toThrow(/bad phrase/);
    expect(() => find(['|a'], '')).toThrow(/bad phrase/);
  });
});
