// The phrase matcher behind the page classifier: finds the vocabulary's phrases (syntax in
// detect-vocabulary.ts) in a normalised, already bounded text, left to right, without overlaps.
//
// Why not one RegExp: the two combined RegExps this replaced (one capture group a phrase) took V8
// about 4 ms to build at import and 10–14 ms more to compile on the first call, on every operator
// page the content script classifies. Here one small RegExp finds the words that could begin a phrase
// (and the first characters of the phrases that are not Latin/Cyrillic words: «₸ мес*», Chinese);
// a Map keyed by a word's first three letters names the few phrases to check there; each is
// checked from that position by a little backtracking matcher that reproduces the old RegExp's
// semantics exactly (same hits, same match ends, so the same scores).
//
// Written for V8's interpreter, where the first call runs: indexed loops instead of for…of,
// destructuring and array callbacks (the iterator protocol made building the index ~3× slower), a
// lookup table read inline in the hot loops, and phrases parsed only when a page first needs them.

/** Latin (with accents) and Cyrillic (with the Kazakh letters): the alphabets of the vocabulary. */
const WORD_CLASS = 'a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff';
/** 1 for the code units of WORD_CLASS: `code < WORD_LIMIT && WORD[code] === 1`. */
const WORD_LIMIT = 0x500;
const WORD = new Uint8Array(WORD_LIMIT);
WORD.fill(1, 0x30, 0x3a);
WORD.fill(1, 0x61, 0x7b);
WORD.fill(1, 0xc0, 0x250);
WORD.fill(1, 0x400, 0x500);

function isWordCode(code: number): boolean {
  return code < WORD_LIMIT && WORD[code] === 1;
}

/** Words are separated by 1–6 non-word characters: «SIM-карта», «SIM карта», «₸/мес.». */
const MAX_SEPARATOR = 6;
/** `~` lets up to this many other words sit between its neighbours. */
const MAX_GAP_WORDS = 2;
/** Words are filed under this many first letters: few phrases share a key, few words have one. */
const KEY_LENGTH = 3;
const CYRILLIC_I = 0x0456;
const LATIN_I = 0x69;

/** ё and the characters that split words invisibly: soft hyphens, zero-width joiners, emoji variation selectors. */
const FOLDED = /ё|\u00ad|\u200b|\u200c|\u200d|\u2060|\ufe0f|\ufeff/g;

/** What phrases and pages are compared in: lower case, ё read as е, invisible characters dropped. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(FOLDED, (char) => (char === 'ё' ? 'е' : ''));
}

// ---------------------------------------------------------------------------------------------
// Parsing a phrase

interface Alternative {
  literal: string;
  /** `word*`: any further letters may follow. */
  open: boolean;
  /** Has no і (which also accepts the Latin i), so startsWith finds it. */
  plain: boolean;
}

interface Word {
  kind: 'word';
  alternatives: Alternative[];
}

interface Separator {
  kind: 'separator' | 'gap';
  /**
   * The next word starts with a letter in every alternative, so only the longest run of
   * separator characters can be followed by it and shorter ones need not be tried (as they must
   * be before «月» in «元 月»).
   */
  longestOnly: boolean;
}

type Element = Word | Separator;

export interface CompiledPhrase {
  elements: Element[];
  /** Must not end inside a word (its last character is a letter or digit, not `*`). */
  wordEnd: boolean;
}

function badPhrase(source: string, why: string): Error {
  return new Error(`detect: bad phrase ${JSON.stringify(source)}: ${why}`);
}

/** Parses a normalised, single-spaced phrase; throws on one the syntax does not allow. */
function parsePhrase(source: string): CompiledPhrase {
  const elements: Element[] = [];
  const tokens = source.split(' ');
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t]!;
    if (token === '~') {
      elements.push({ kind: 'separator', longestOnly: false }, { kind: 'gap', longestOnly: false });
      continue;
    }
    if (elements.length > 0 && elements[elements.length - 1]!.kind !== 'gap') {
      elements.push({ kind: 'separator', longestOnly: false });
    }
    const alternatives: Alternative[] = [];
    const alts = token.split('|');
    for (let a = 0; a < alts.length; a += 1) {
      const open = alts[a]!.endsWith('*');
      const literal = open ? alts[a]!.slice(0, -1) : alts[a]!;
      if (literal === '' || literal.includes('*')) throw badPhrase(source, 'an empty alternative or a * inside a word');
      alternatives.push({ literal, open, plain: !literal.includes('і') });
    }
    elements.push({ kind: 'word', alternatives });
  }
  if (elements[0]?.kind !== 'word' || elements[elements.length - 1]?.kind !== 'word') {
    throw badPhrase(source, 'it must start and end with a word, not ~');
  }
  for (let e = 0; e < elements.length; e += 1) {
    const element = elements[e]!;
    if (element.kind === 'word') continue;
    // After a separator comes a word, or a gap (whose words start with a letter) and then a word.
    const next = elements[e + 1]?.kind === 'gap' ? elements[e + 2] : elements[e + 1];
    element.longestOnly = next?.kind === 'word';
    if (next?.kind !== 'word') continue;
    for (let a = 0; a < next.alternatives.length; a += 1) {
      if (!isWordCode(next.alternatives[a]!.literal.charCodeAt(0))) element.longestOnly = false;
    }
  }
  return { elements, wordEnd: isWordCode(source.charCodeAt(source.length - 1)) };
}

/** Parses one vocabulary phrase (any spacing or case); throws on a phrase the syntax does not allow. */
export function compilePhrase(phrase: string): CompiledPhrase {
  return parsePhrase(normalizeText(phrase).trim().split(/\s+/).join(' '));
}

// ---------------------------------------------------------------------------------------------
// Checking one phrase at one position

/** Whether `alternative` is at `pos`; the phrase's і also accepts the Latin i. */
function literalAt(text: string, pos: number, alternative: Alternative): boolean {
  const { literal } = alternative;
  if (alternative.plain) return text.startsWith(literal, pos);
  if (pos + literal.length > text.length) return false;
  for (let i = 0; i < literal.length; i += 1) {
    const want = literal.charCodeAt(i);
    const got = text.charCodeAt(pos + i);
    if (got !== want && !(want === CYRILLIC_I && got === LATIN_I)) return false;
  }
  return true;
}

// Reads stay inside the text: charCodeAt past the end would deoptimise these hot loops.
function wordEndFrom(text: string, pos: number): number {
  let end = pos;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code >= WORD_LIMIT || WORD[code] !== 1) break;
    end += 1;
  }
  return end;
}

function separatorLength(text: string, pos: number): number {
  let n = 0;
  while (n < MAX_SEPARATOR && pos + n < text.length) {
    const code = text.charCodeAt(pos + n);
    if (code < WORD_LIMIT && WORD[code] === 1) break;
    n += 1;
  }
  return n;
}

/**
 * End of a match of `phrase.elements[from..]` at `start`, or -1. Where the RegExp would backtrack
 * (alternatives, `~` taking 2, 1 or 0 words, shorter separators) the options are tried in its
 * order, so the match found and its end (where the scan resumes) are the ones it found.
 */
function matchFrom(phrase: CompiledPhrase, from: number, text: string, start: number): number {
  const { elements } = phrase;
  let pos = start;
  for (let e = from; e < elements.length; e += 1) {
    const element = elements[e]!;
    if (element.kind === 'word') {
      const { alternatives } = element;
      if (alternatives.length > 1) return matchAlternatives(phrase, e, text, pos);
      const alternative = alternatives[0]!;
      if (!literalAt(text, pos, alternative)) return -1;
      pos += alternative.literal.length;
      if (alternative.open) pos = wordEndFrom(text, pos);
    } else if (element.kind === 'separator') {
      const n = separatorLength(text, pos);
      if (n === 0) return -1;
      if (!element.longestOnly) return matchShorterSeparators(phrase, e, text, pos, n);
      pos += n;
    } else {
      return matchGap(phrase, e, text, pos, MAX_GAP_WORDS);
    }
  }
  if (!phrase.wordEnd || pos >= text.length) return pos;
  const code = text.charCodeAt(pos);
  return code < WORD_LIMIT && WORD[code] === 1 ? -1 : pos;
}

function matchAlternatives(phrase: CompiledPhrase, at: number, text: string, pos: number): number {
  const { alternatives } = phrase.elements[at] as Word;
  for (let a = 0; a < alternatives.length; a += 1) {
    const alternative = alternatives[a]!;
    if (!literalAt(text, pos, alternative)) continue;
    const end = pos + alternative.literal.length;
    const result = matchFrom(phrase, at + 1, text, alternative.open ? wordEndFrom(text, end) : end);
    if (result >= 0) return result;
  }
  return -1;
}

function matchShorterSeparators(phrase: CompiledPhrase, at: number, text: string, pos: number, longest: number): number {
  for (let n = longest; n >= 1; n -= 1) {
    const result = matchFrom(phrase, at + 1, text, pos + n);
    if (result >= 0) return result;
  }
  return -1;
}

/** The `~` gap at `phrase.elements[at]`: up to `left` more (word, separator) pairs, as many as let the rest match. */
function matchGap(phrase: CompiledPhrase, at: number, text: string, pos: number, left: number): number {
  if (left > 0) {
    const wordEnd = wordEndFrom(text, pos);
    if (wordEnd > pos) {
      const longest = separatorLength(text, wordEnd);
      const shortest = (phrase.elements[at] as Separator).longestOnly ? longest : 1;
      for (let n = longest; n >= shortest && n >= 1; n -= 1) {
        const result = matchGap(phrase, at, text, wordEnd + n, left - 1);
        if (result >= 0) return result;
      }
    }
  }
  return matchFrom(phrase, at + 1, text, pos);
}

// ---------------------------------------------------------------------------------------------
// The index

interface Entry<S> {
  source: string;
  signal: S;
  /** Bit mask of the zones (title, text…) the phrase is looked for in. */
  zones: number;
  /** Position in the vocabulary: where several phrases match at one position, the first listed wins. */
  order: number;
  /** Parsed on first use: on a typical page most phrases are never checked. */
  compiled: CompiledPhrase | null;
}

export interface PhraseIndex<S> {
  /** Phrases that start with a word, filed under its first KEY_LENGTH letters (the whole word if shorter). */
  byKey: Map<string, Entry<S>[]>;
  /** Lengths of first words shorter than KEY_LENGTH that match as a prefix (`ab*`); usually none. */
  shortPrefixLengths: number[];
  /** Phrases that start with another character (a price sign, Chinese), filed under it. */
  byChar: Map<string, Entry<S>[]>;
  /** Finds, left to right, every word that is long enough to have a key and every character of byChar. */
  finder: RegExp;
}

/** A key with і is also filed with the Latin i in its place, in every combination. */
function withLatinI(key: string): string[] {
  let keys = [''];
  for (let i = 0; i < key.length; i += 1) {
    const next: string[] = [];
    for (let k = 0; k < keys.length; k += 1) {
      next.push(keys[k] + key[i]!);
      if (key[i] === 'і') next.push(`${keys[k]}i`);
    }
    keys = next;
  }
  return keys;
}

function fileEntry<S>(map: Map<string, Entry<S>[]>, key: string, entry: Entry<S>): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

/** Phrases that give one signal, in the zones of the `zones` bit mask. */
export interface PhraseGroup<S> {
  phrases: readonly string[];
  signal: S;
  zones: number;
}

/**
 * Indexes phrases by how they can start, reading no more of each than its first word; the rest of
 * a phrase is parsed when a page first makes it a candidate. Groups in priority order: where
 * several phrases match at one position, the first listed wins. Plain string operations and one
 * small RegExp: it runs on the first classification in every tab.
 */
export function buildPhraseIndex<S>(groups: ReadonlyArray<PhraseGroup<S>>): PhraseIndex<S> {
  const byKey = new Map<string, Entry<S>[]>();
  const byChar = new Map<string, Entry<S>[]>();
  const shortPrefixLengths: number[] = [];
  const shortWords: string[] = [];
  // Phrases are written normalised and single-spaced (tests/unit/detect-phrases.test.ts checks the
  // vocabulary): read as they are, and a space ends the first word.
  let order = 0;
  for (let g = 0; g < groups.length; g += 1) {
    const { phrases, signal, zones } = groups[g]!;
    for (let p = 0; p < phrases.length; p += 1, order += 1) {
      const source = phrases[p]!;
      const entry: Entry<S> = { source, signal, zones, order, compiled: null };
      const wordStart = isWordCode(source.charCodeAt(0));
      const space = source.indexOf(' ');
      const first = space < 0 ? source : source.slice(0, space);
      // A one-word phrase ending in `*` has no word-end check: each of its alternatives matches as a prefix.
      const allPrefixes = space < 0 && !isWordCode(source.charCodeAt(source.length - 1));
      // The alternatives of the first word, between its `|`s; each files the phrase under its key.
      for (let from = 0; from <= first.length; ) {
        const bar = first.indexOf('|', from);
        const end = bar < 0 ? first.length : bar;
        const open = first.charCodeAt(end - 1) === 0x2a; // *
        const length = (open ? end - 1 : end) - from;
        if (length <= 0 || isWordCode(first.charCodeAt(from)) !== wordStart) {
          throw badPhrase(source, 'the first word must be alternatives that all start with a letter, or all not');
        }
        if (!wordStart) {
          fileEntry(byChar, first[from]!, entry);
        } else {
          const key = first.slice(from, from + (length < KEY_LENGTH ? length : KEY_LENGTH));
          const keys = key.includes('і') ? withLatinI(key) : [key];
          for (let k = 0; k < keys.length; k += 1) {
            fileEntry(byKey, keys[k]!, entry);
            if (length >= KEY_LENGTH) continue;
            if (open || allPrefixes) shortPrefixLengths.push(length);
            else if (!shortWords.includes(keys[k]!)) shortWords.push(keys[k]!);
          }
        }
        from = end + 1;
      }
    }
  }
  // Words shorter than a key are only candidates when some phrase starts with exactly that word
  // («в корзину», «тг мес*»): the finder asks for those by name instead of returning every short word.
  const minLength = Math.min(KEY_LENGTH, ...shortPrefixLengths);
  let source = `[${WORD_CLASS}]{${minLength},}`;
  let exact = '';
  for (let i = 0; i < shortWords.length; i += 1) if (shortWords[i]!.length < minLength) exact += `|${shortWords[i]}`;
  if (exact !== '') source += `|(?<![${WORD_CLASS}])(?:${exact.slice(1)})(?![${WORD_CLASS}])`;
  let chars = '';
  for (const char of byChar.keys()) chars += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  if (chars !== '') source += `|[${chars}]`;
  return { byKey, shortPrefixLengths: [...new Set(shortPrefixLengths)], byChar, finder: new RegExp(source, 'g') };
}

// ---------------------------------------------------------------------------------------------
// Scanning a text

/** Candidates when some first word is shorter than a key and open (`ab*`): several keys to merge. */
function candidatesWithShortPrefixes<S>(index: PhraseIndex<S>, word: string): readonly Entry<S>[] {
  let all = index.byKey.get(word.length <= KEY_LENGTH ? word : word.slice(0, KEY_LENGTH)) ?? [];
  for (let i = 0; i < index.shortPrefixLengths.length; i += 1) {
    const length = index.shortPrefixLengths[i]!;
    if (length < word.length) all = all.concat(index.byKey.get(word.slice(0, length)) ?? []);
  }
  return [...new Set(all)].sort((a, b) => a.order - b.order);
}

/**
 * The signals of the phrases of `zone` found in `text`, in text order, at most `maxHits`: at each
 * position the first phrase (in vocabulary order) that matches there counts, and the scan resumes
 * after its match. Candidates are found as the scan goes, so reaching `maxHits` ends all work.
 */
export function findPhrases<S>(index: PhraseIndex<S>, zone: number, text: string, maxHits: number): S[] {
  const { byKey, byChar, finder } = index;
  const shortPrefixes = index.shortPrefixLengths.length > 0;
  const hits: S[] = [];
  let resumeAt = 0;
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m !== null && hits.length < maxHits; m = finder.exec(text)) {
    const pos = m.index;
    if (pos < resumeAt) continue;
    const found = m[0];
    const first = found.charCodeAt(0);
    // A word match always begins a word (the finder never starts inside one), which is what the
    // phrases that start with a letter require.
    let candidates: readonly Entry<S>[] | undefined;
    if (first >= WORD_LIMIT || WORD[first] !== 1) candidates = byChar.get(found);
    else if (shortPrefixes) candidates = candidatesWithShortPrefixes(index, found);
    else candidates = byKey.get(found.length <= KEY_LENGTH ? found : found.slice(0, KEY_LENGTH));
    if (candidates === undefined) continue;
    for (let c = 0; c < candidates.length; c += 1) {
      const entry = candidates[c]!;
      if ((entry.zones & zone) === 0) continue;
      if (entry.compiled === null) entry.compiled = parsePhrase(entry.source);
      const end = matchFrom(entry.compiled, 0, text, pos);
      if (end < 0) continue;
      hits.push(entry.signal);
      resumeAt = end > pos ? end : pos + 1;
      break;
    }
  }
  return hits;
}
