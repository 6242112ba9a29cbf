// Page classifier: whose site a page is on, and whether it is a support page about giving up a number.
//
// Why scoring and not a list of URLs: only kcell.kz, activ.kz and beeline.kz have known help paths;
// tele2.kz and altel.kz have none, so the title and the visible text must decide. But product and
// tariff pages also say «договор», «возврат» or «запрет вызовов», and every page repeats «Личный
// кабинет» in its menu, so a single mention cannot decide either. Hence weights: a phrase in the
// title states what the page is (3); a known help-path word is a hint (2); each mention in the
// text adds a little (1, or 0.4 for menu words) up to a cap (3). The URL alone or one mention never
// reaches the bar of 3; the text alone reaches it only by returning to the topic again and again.
// A help-section path or a title like «Помощь» adds 1 to topics the text names, so a help page
// needs fewer repetitions than an unlabelled one. Sales, news and investor signals subtract: a
// sales/news path or subdomain more than any page can earn (the operators' news about refunds and
// tariff pages about early termination are the likeliest false positives), a sales title 3, a text
// full of prices 1–2. Once one topic reaches 3, the others the page clearly names (≥ 1) are listed
// too, so the overlay can also show e.g. the termination form on a forms page.
// Cost is bounded: only the first TEXT_PREFIX_CHARS of the text are read, each zone is scanned once
// by one combined RegExp, and hits are capped, so a 5 MB page costs what a 12 KB one does.
import type { SiteId, Topic } from '@/data/schema';
import { TOPICS } from '@/data/schema';
import { OPERATOR_HOSTS, SERVICE_HOSTS } from '@/data/hosts';
import {
  NEGATIVE_BODY_TERMS,
  NEGATIVE_PATH_WORDS,
  NEGATIVE_SUBDOMAINS,
  NEGATIVE_TITLE_TERMS,
  OPERATOR_TOPICS,
  PATH_HINTS,
  SERVICE_TOPICS,
  SUPPORT_PATH_WORDS,
  SUPPORT_TITLE_TERMS,
  TOPIC_TERMS,
} from './detect-vocabulary';

export interface Classification {
  operator: SiteId | null;
  relevant: boolean;
  topics: Topic[];
}

/** Characters of page text read; the rest of a huge page is ignored. */
export const TEXT_PREFIX_CHARS = 12_000;
const TITLE_PREFIX_CHARS = 400;
const URL_PREFIX_CHARS = 4_096;

const TITLE_WEIGHT = 3;
const PATH_WEIGHT = 2;
const STRONG_WEIGHT = 1;
const WEAK_WEIGHT = 0.4;
const TEXT_CAP = 3;
const SUPPORT_WEIGHT = 1;
const RELEVANT_AT = 3;
const ALSO_AT = 1;
const SALES_URL_PENALTY = 6;
const SALES_TITLE_PENALTY = 3;
/** Far more hits than any score needs; stops a page made of nothing but phrases from costing more. */
const MAX_HITS = 300;

// ---------------------------------------------------------------------------------------------
// Hosts

const SITE_HOSTS: ReadonlyArray<readonly [SiteId, string]> = [
  ...Object.entries(OPERATOR_HOSTS),
  ...Object.entries(SERVICE_HOSTS),
].flatMap(([site, hosts]) => hosts.map((host) => [site as SiteId, host] as const));

const HOSTNAME = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

interface SiteMatch {
  site: SiteId;
  /** Labels in front of the site's host: `['investors']` for investors.kcell.kz. */
  subdomains: string[];
}

function matchSite(hostname: string): SiteMatch | null {
  if (typeof hostname !== 'string' || hostname.length > 253) return null;
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!HOSTNAME.test(host)) return null;
  for (const [site, base] of SITE_HOSTS) {
    if (host === base) return { site, subdomains: [] };
    if (host.endsWith(`.${base}`)) {
      return { site, subdomains: host.slice(0, -base.length - 1).split('.') };
    }
  }
  return null;
}

/** Whose site a hostname belongs to (subdomains included), or null for any other host. */
export function operatorForHost(hostname: string): SiteId | null {
  return matchSite(hostname)?.site ?? null;
}

// ---------------------------------------------------------------------------------------------
// Phrases → one RegExp per zone

// Latin (with accents) and Cyrillic (with the Kazakh letters) cover every alphabet the vocabulary
// is written in. Small explicit ranges, not \p{L}: Unicode property classes made the combined
// RegExp take seconds to compile on first use.
const WORD_RANGES = 'a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff';
const WORD_CHAR = `[${WORD_RANGES}]`;
// Bounded so that a phrase's first word followed by a long run of spaces is given up quickly.
const SEPARATOR = `[^${WORD_RANGES}]{1,6}`;
const GAP = `(?:${WORD_CHAR}+${SEPARATOR}){0,2}`;
const IS_WORD_CHAR = new RegExp(`^${WORD_CHAR}$`);

function compileWord(word: string): string {
  const alternatives = word.split('|').map((alt) => {
    const open = alt.endsWith('*');
    const literal = (open ? alt.slice(0, -1) : alt)
      .replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
      // Kazakh pages often type the Latin i for the Kazakh і.
      .replace(/і/g, '[іi]');
    return open ? `${literal}${WORD_CHAR}*` : literal;
  });
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

interface CompiledPhrase {
  /** The phrase must start at a word start (it begins with a Latin or Cyrillic letter or digit). */
  wordStart: boolean;
  /** Characters a match can begin with. */
  firstChars: string[];
  source: string;
}

function compilePhrase(phrase: string): CompiledPhrase {
  const tokens = normalize(phrase).trim().split(/\s+/);
  let source = '';
  for (const token of tokens) {
    if (token === '~') {
      source += SEPARATOR + GAP;
      continue;
    }
    if (source && !source.endsWith(GAP)) source += SEPARATOR;
    source += compileWord(token);
  }
  const firstChars = (tokens[0] ?? '').split('|').flatMap((alt) => (alt[0] === 'і' ? ['і', 'i'] : [alt[0] ?? '']));
  const last = tokens[tokens.length - 1]?.slice(-1) ?? '';
  const wordEnd = IS_WORD_CHAR.test(last) ? `(?!${WORD_CHAR})` : '';
  return { wordStart: IS_WORD_CHAR.test(firstChars[0] ?? ''), firstChars, source: `${source}${wordEnd}` };
}

type Signal = { kind: 'topic'; topic: Topic; weight: number } | { kind: 'negative' } | { kind: 'support' };

interface Matcher {
  regexp: RegExp;
  /** signals[i] belongs to capture group i + 1. */
  signals: Signal[];
}

/**
 * One RegExp for a list of phrases, one capture group a phrase. The word-start check and a class
 * of possible first characters sit once in front of the alternation, so most positions are
 * rejected by two cheap tests: repeated in every alternative, the check made a scan ~100× slower,
 * and without the class a page of spaces, emoji or Chinese tried every phrase at every character.
 */
function buildMatcher(entries: ReadonlyArray<readonly [string, Signal]>): Matcher {
  const compiled = entries.map(([phrase, signal]) => ({ ...compilePhrase(phrase), signal }));
  const words = compiled.filter((c) => c.wordStart);
  const others = compiled.filter((c) => !c.wordStart);
  const group = (c: CompiledPhrase) => `(${c.source})`;
  const starts = (list: CompiledPhrase[]) =>
    `(?=[${[...new Set(list.flatMap((c) => c.firstChars))].join('').replace(/[\\\]^-]/g, '\\$&')}])`;
  const parts = [`(?<!${WORD_CHAR})${starts(words)}(?:${words.map(group).join('|')})`];
  if (others.length > 0) parts.push(`${starts(others)}(?:${others.map(group).join('|')})`);
  return {
    // No 'u' flag: every phrase is in the Basic Multilingual Plane, and the flag triples compile time.
    regexp: new RegExp(parts.join('|'), 'g'),
    signals: [...words, ...others].map((c) => c.signal),
  };
}

const topicEntries: Array<readonly [string, Signal]> = TOPICS.flatMap((topic) => [
  ...TOPIC_TERMS[topic].strong.map((p) => [p, { kind: 'topic', topic, weight: STRONG_WEIGHT }] as const),
  ...TOPIC_TERMS[topic].weak.map((p) => [p, { kind: 'topic', topic, weight: WEAK_WEIGHT }] as const),
]);
const negative: Signal = { kind: 'negative' };
const support: Signal = { kind: 'support' };
const TITLE_MATCHER = buildMatcher([
  ...topicEntries,
  ...NEGATIVE_TITLE_TERMS.map((p) => [p, negative] as const),
  ...SUPPORT_TITLE_TERMS.map((p) => [p, support] as const),
]);
const TEXT_MATCHER = buildMatcher([...topicEntries, ...NEGATIVE_BODY_TERMS.map((p) => [p, negative] as const)]);

interface ZoneHits {
  topics: Map<Topic, number>;
  negatives: number;
  support: boolean;
}

/** One pass of the zone's RegExp: summed weight per topic and the number of negative hits. */
function scan(matcher: Matcher, text: string): ZoneHits {
  const hits: ZoneHits = { topics: new Map(), negatives: 0, support: false };
  const { regexp, signals } = matcher;
  regexp.lastIndex = 0;
  let count = 0;
  for (let m = regexp.exec(text); m !== null && count < MAX_HITS; m = regexp.exec(text)) {
    count += 1;
    let group = 1;
    while (group < m.length && m[group] === undefined) group += 1;
    const signal = signals[group - 1];
    if (!signal) continue;
    if (signal.kind === 'negative') hits.negatives += 1;
    else if (signal.kind === 'support') hits.support = true;
    else hits.topics.set(signal.topic, (hits.topics.get(signal.topic) ?? 0) + signal.weight);
  }
  return hits;
}

function normalize(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      // Soft hyphens, zero-width joiners and emoji variation selectors split words invisibly.
      .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufe0f|\ufeff/g, '')
  );
}

// ---------------------------------------------------------------------------------------------
// URL

interface UrlSignals {
  match: SiteMatch | null;
  sales: boolean;
  support: boolean;
  hints: Set<Topic>;
}

const NEGATIVE_PATH_SET = new Set(NEGATIVE_PATH_WORDS);
const NEGATIVE_SUBDOMAIN_SET = new Set(NEGATIVE_SUBDOMAINS);
const SUPPORT_PATH_SET = new Set(SUPPORT_PATH_WORDS);

function readUrl(url: string): UrlSignals {
  const none: UrlSignals = { match: null, sales: false, support: false, hints: new Set() };
  if (typeof url !== 'string') return none;
  let parsed: URL;
  try {
    parsed = new URL(url.slice(0, URL_PREFIX_CHARS));
  } catch {
    return none;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return none;
  const match = matchSite(parsed.hostname);
  if (!match) return none;
  let path = parsed.pathname.toLowerCase();
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the raw path still carries its words.
  }
  const words = path.split(/[/._\-\s]+/).filter(Boolean);
  const hints = new Set<Topic>();
  for (const word of words) {
    const hint = Object.hasOwn(PATH_HINTS, word) ? PATH_HINTS[word] : undefined;
    if (hint) hints.add(hint);
  }
  const sales =
    match.subdomains.some((label) => NEGATIVE_SUBDOMAIN_SET.has(label)) ||
    words.some((word) => NEGATIVE_PATH_SET.has(word));
  const support =
    match.subdomains.some((label) => SUPPORT_PATH_SET.has(label)) || words.some((word) => SUPPORT_PATH_SET.has(word));
  return { match, sales, support, hints };
}

// ---------------------------------------------------------------------------------------------

function textPenalty(negatives: number): number {
  if (negatives >= 8) return 2;
  if (negatives >= 4) return 1;
  return 0;
}

export interface PageScores {
  operator: SiteId | null;
  /** What sales/news signals subtracted from every topic. */
  penalty: number;
  /** Each topic the site can have, best first; the score already has the penalty taken off. */
  scores: Array<{ topic: Topic; score: number }>;
}

/** The numbers behind classifyPage, for contributors tuning the vocabulary. */
export function scorePage(url: string, title: string, text: string): PageScores {
  const { match, sales, support, hints } = readUrl(url);
  if (!match) return { operator: null, penalty: 0, scores: [] };
  const site = match.site;

  const titleHits = scan(TITLE_MATCHER, normalize(String(title ?? '').slice(0, TITLE_PREFIX_CHARS)));
  const textHits = scan(TEXT_MATCHER, normalize(String(text ?? '').slice(0, TEXT_PREFIX_CHARS)));

  const penalty =
    (sales ? SALES_URL_PENALTY : 0) +
    (titleHits.negatives > 0 ? SALES_TITLE_PENALTY : 0) +
    textPenalty(textHits.negatives);

  const helpSection = support || titleHits.support;
  const allowed = site === 'egov' || site === 'kaspi' ? SERVICE_TOPICS : OPERATOR_TOPICS;
  const scores = allowed
    .map((topic) => {
      const inText = Math.min(textHits.topics.get(topic) ?? 0, TEXT_CAP);
      const score =
        (titleHits.topics.has(topic) ? TITLE_WEIGHT : 0) +
        (hints.has(topic) ? PATH_WEIGHT : 0) +
        inText +
        (helpSection && inText >= 1 ? SUPPORT_WEIGHT : 0) -
        penalty;
      return { topic, score: Math.round(score * 10) / 10 };
    })
    .sort((a, b) => b.score - a.score || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic));
  return { operator: site, penalty, scores };
}

/**
 * Classifies a page by its URL, title and visible text. Pages that are not on an operator's,
 * eGov's or Kaspi's site are never relevant: the extension only acts on those sites.
 */
export function classifyPage(url: string, title: string, text: string): Classification {
  const { operator, scores } = scorePage(url, title, text);
  const relevant = (scores[0]?.score ?? 0) >= RELEVANT_AT;
  const topics = relevant ? scores.filter((s) => s.score >= ALSO_AT).map((s) => s.topic) : [];
  return { operator, relevant, topics };
}
