// What the classifier costs, counted rather than timed. The content script classifies every
// operator page; these fail if a change brings back work that grows with the vocabulary (a giant
// RegExp, a pass per phrase) or with the page beyond what is read of it. The counts are of the
// built-in operations that scan a string — RegExp steps (every match, replace and split of a RegExp
// runs `exec` once they are counted), string searches, and the source of every RegExp built — so
// they cannot depend on the machine or its load. A timed ratio here (cost < 10× one word pass)
// failed on a loaded machine without any change to the code; that figure is now printed by the
// bench (scripts/bench-detect.ts). tests/unit/detect-bounded.test.ts counts the characters read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyPage } from '@/utils/detect';
import { buildPhraseIndex, findPhrases, normalizeText, type PhraseGroup } from '@/utils/detect-phrases';
import {
  CONTRACT_TITLE,
  CONTRACT_URL,
  contractText,
  vocabularyGroups,
  wordCount,
} from '../fixtures/detect/contract-page';

const PAGE = contractText(12_000);
/** utils/detect.ts's zone bit for the page's text. */
const TEXT_ZONE = 2;
const MAX_HITS = 300;

const SEARCHES = [
  'startsWith',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'includes',
  'match',
  'matchAll',
  'search',
  'replace',
  'replaceAll',
  'split',
] as const;

interface Work<T> {
  result: T;
  /** Calls of RegExp.prototype.exec: each step of any RegExp over any string. */
  regexSteps: number;
  /** Calls of the String.prototype methods that search a string. */
  searches: number;
  /** Characters of source of the RegExps built with the constructor (a literal is built once, at import). */
  regexSource: number;
}

/** Runs `run` with the string-scanning built-ins counted; synchronous, so only `run` is counted. */
function counted<T>(run: () => T): Work<T> {
  let regexSource = 0;
  const Native = RegExp;
  const build = (args: unknown[]) => {
    regexSource += args[0] instanceof Native ? args[0].source.length : String(args[0] ?? '').length;
  };
  const exec = vi.spyOn(Native.prototype, 'exec');
  const searches = SEARCHES.map((name) => vi.spyOn(String.prototype, name));
  vi.stubGlobal(
    'RegExp',
    new Proxy(Native, {
      construct(target, args) {
        build(args);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        build(args);
        return Reflect.apply(target, self, args);
      },
    }),
  );
  exec.mockClear();
  for (const spy of searches) spy.mockClear();
  let result: T;
  try {
    result = run();
  } finally {
    vi.unstubAllGlobals();
  }
  const work = {
    result,
    regexSteps: exec.mock.calls.length,
    searches: searches.reduce((sum, spy) => sum + spy.mock.calls.length, 0),
    regexSource,
  };
  exec.mockRestore();
  for (const spy of searches) spy.mockRestore();
  return work;
}

/**
 * The vocabulary and `copies` more phrases for each of its phrases, none of them on the page:
 * the same phrases behind a first word no page has («qjb», «qjc»…).
 */
function largerVocabulary(copies: number): Array<PhraseGroup<string>> {
  const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + Number.parseInt(d, 26)));
  let n = 0;
  return vocabularyGroups().map((group) => ({
    ...group,
    phrases: [
      ...group.phrases,
      ...group.phrases.flatMap((phrase) => Array.from({ length: copies }, () => `qj${letters((n += 1))} ${phrase}`)),
    ],
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the classifier’s work grows with the page it reads, not with its vocabulary', () => {
  it('reads a contract page to the end and finds it by its text', () => {
    const result = classifyPage(CONTRACT_URL, CONTRACT_TITLE, PAGE);
    expect(result.relevant).toBe(true);
    expect(result.topics[0]).toBe('termination');
  });

  it('classifying a 12 KB page takes at most one RegExp step and two string searches per word on it', () => {
    classifyPage(CONTRACT_URL, CONTRACT_TITLE, PAGE); // the index is built on the first page that needs it
    const words = wordCount(PAGE);
    const work = counted(() => classifyPage(CONTRACT_URL, CONTRACT_TITLE, PAGE));
    expect(work.result.relevant).toBe(true);
    expect(work.regexSteps).toBeGreaterThan(0);
    expect(work.regexSteps).toBeLessThanOrEqual(words);
    expect(work.searches).toBeLessThanOrEqual(2 * words);
    expect(work.regexSource).toBe(0);
  });

  it('a 5 MB page costs the classifier what its first 12 000 characters cost', () => {
    classifyPage(CONTRACT_URL, CONTRACT_TITLE, PAGE);
    const prefix = counted(() => classifyPage(CONTRACT_URL, CONTRACT_TITLE, PAGE));
    const huge = counted(() => classifyPage(CONTRACT_URL, CONTRACT_TITLE, contractText(5_000_000)));
    expect(huge.result).toEqual(prefix.result);
    expect(huge.regexSteps).toBe(prefix.regexSteps);
    expect(huge.searches).toBe(prefix.searches);
  });

  it('a vocabulary eleven times larger builds no larger RegExp and scans the page with no more work', () => {
    const text = normalizeText(PAGE);
    const scan = (groups: Array<PhraseGroup<string>>) => {
      const built = counted(() => buildPhraseIndex(groups));
      const scanned = counted(() => findPhrases(built.result, TEXT_ZONE, text, MAX_HITS));
      return { built, scanned };
    };
    const actual = scan(vocabularyGroups());
    const larger = scan(largerVocabulary(10));
    const phrases = (groups: Array<PhraseGroup<string>>) => groups.reduce((sum, g) => sum + g.phrases.length, 0);
    expect(phrases(largerVocabulary(10))).toBe(11 * phrases(vocabularyGroups()));
    // The same hits, found with the same work: no step per phrase.
    expect(larger.scanned.result).toEqual(actual.scanned.result);
    expect(larger.scanned.result.length).toBeGreaterThan(0);
    expect(larger.scanned.regexSteps).toBe(actual.scanned.regexSteps);
    expect(larger.scanned.searches).toBe(actual.scanned.searches);
    // One small RegExp finds the words, whatever the number of phrases: none is built of phrases.
    expect(larger.built.regexSource).toBe(actual.built.regexSource);
    expect(actual.built.regexSource).toBeGreaterThan(0);
    expect(actual.built.regexSource).toBeLessThan(1_000);
  });
});
