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
//
// Cost: the content script classifies every operator page, and may add at most 2 ms to one that
// is not a support page. Only the first TEXT_PREFIX_CHARS of the text are read and hits are
// capped, so a 5 MB page costs what a 12 KB one does. Phrases are found by utils/detect-phrases.ts:
// a Map from each phrase's first three letters, one small word RegExp, a few candidates checked
// per word — not, as before, two RegExps with a capture group per phrase, which V8 took about
// 4 ms to build at import and 10–14 ms more to compile on the first call. And the title and text
// are read only while they can still change the answer (a sales path or title outweighs anything
// they could add), so the commonest pages, tariffs, shop and news, are decided by their URL alone.
// Measured in Node 20 on the shared 2-core dev box (load 2–4), bundled and minified as shipped,
// medians of 30 fresh processes (module evaluation + first call; parsing the script adds ~0.7 ms,
// as before) and of 200 warm calls, old and new interleaved, before → after:
//   Kcell tariff page, 12 KB text:               23.8 ms → 0.6 ms;  warm 0.57 ms → 0.01 ms
//   the same text at a neutral URL and title:    17.3 ms → 3.0 ms;  warm 0.55 ms → 0.20 ms
//   the same, 5 MB of it:                        21.7 ms → 3.2 ms;  warm 0.35 ms → 0.19 ms
//   Kcell forms page (support), 12 KB:           18.0 ms → 3.0 ms;  warm 0.70 ms → 0.44 ms
// What remains on a first full read is mostly V8 compiling these functions and building the
// index (~0.7 ms) in its interpreter. tests/unit/detect-cost.test.ts counts the work (it must grow
// with the text read, not with the vocabulary); the bench prints the cost relative to a plain pass
// over the text (scripts/bench-detect.ts).
import type { OperatorId, Topic } from '@/data/schema';
import { TOPICS } from '@/data/schema';
import { OPERATOR_HOSTS } from '@/data/hosts';
import {
  NEGATIVE_BODY_TERMS,
  NEGATIVE_PATH_WORDS,
  NEGATIVE_SUBDOMAINS,
  NEGATIVE_TITLE_TERMS,
  PATH_HINTS,
  SUPPORT_PATH_WORDS,
  SUPPORT_TITLE_TERMS,
  TOPIC_TERMS,
} from './detect-vocabulary';
import { buildPhraseIndex, findPhrases, normalizeText, type PhraseGroup, type PhraseIndex } from './detect-phrases';

export interface Classification {
  operator: OperatorId | null;
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

// The operators' sites alone: the manifest reaches no other, so no other site's pages are classified.
const SITE_HOSTS: Array<readonly [OperatorId, string]> = [];
for (const site in OPERATOR_HOSTS) for (const host of OPERATOR_HOSTS[site as OperatorId]) SITE_HOSTS.push([site as OperatorId, host]);

interface SiteMatch {
  site: OperatorId;
  /** Labels in front of the site's host: `['investors']` for investors.kcell.kz. */
  subdomains: string[];
}

function matchSite(hostname: string): SiteMatch | null {
  if (typeof hostname !== 'string' || hostname.length > 253) return null;
  let host = hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  // The host must match /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/, checked by hand: no RegExp is compiled
  // on the content script's first call unless it has to be.
  let label = 0;
  for (let i = 0; i < host.length; i += 1) {
    const code = host.charCodeAt(i);
    if (code === 0x2e && label > 0) label = 0;
    else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d) label += 1;
    else return null;
  }
  if (label === 0) return null;
  for (let i = 0; i < SITE_HOSTS.length; i += 1) {
    const site = SITE_HOSTS[i]![0];
    const base = SITE_HOSTS[i]![1];
    if (host === base) return { site, subdomains: [] };
    if (host.endsWith(`.${base}`)) {
      return { site, subdomains: host.slice(0, -base.length - 1).split('.') };
    }
  }
  return null;
}

/** Whose site a hostname belongs to (subdomains included), or null for any other host. */
export function operatorForHost(hostname: string): OperatorId | null {
  return matchSite(hostname)?.site ?? null;
}

// ---------------------------------------------------------------------------------------------
// Phrases (utils/detect-phrases.ts)

type Signal = { kind: 'topic'; topic: Topic; weight: number } | { kind: 'negative' } | { kind: 'support' };

const TITLE = 1;
const TEXT = 2;

let phraseIndex: PhraseIndex<Signal> | undefined;

/** Built on the first page that needs it, not at import: most operator pages never do. */
function phrases(): PhraseIndex<Signal> {
  if (phraseIndex) return phraseIndex;
  // Order is priority where two phrases start at one position: topics, then sales words, then help words.
  const groups: Array<PhraseGroup<Signal>> = [];
  for (let t = 0; t < TOPICS.length; t += 1) {
    const topic = TOPICS[t]!;
    groups.push(
      { phrases: TOPIC_TERMS[topic].strong, signal: { kind: 'topic', topic, weight: STRONG_WEIGHT }, zones: TITLE | TEXT },
      { phrases: TOPIC_TERMS[topic].weak, signal: { kind: 'topic', topic, weight: WEAK_WEIGHT }, zones: TITLE | TEXT },
    );
  }
  const negative: Signal = { kind: 'negative' };
  groups.push(
    { phrases: NEGATIVE_TITLE_TERMS, signal: negative, zones: TITLE },
    { phrases: SUPPORT_TITLE_TERMS, signal: { kind: 'support' }, zones: TITLE },
    { phrases: NEGATIVE_BODY_TERMS, signal: negative, zones: TEXT },
  );
  phraseIndex = buildPhraseIndex(groups);
  return phraseIndex;
}

interface ZoneHits {
  topics: Map<Topic, number>;
  negatives: number;
  support: boolean;
}

/** Summed weight per topic and the number of negative hits in one zone. */
function scan(zone: number, text: string): ZoneHits {
  const hits: ZoneHits = { topics: new Map(), negatives: 0, support: false };
  const signals = findPhrases(phrases(), zone, text, MAX_HITS);
  for (let i = 0; i < signals.length; i += 1) {
    const signal = signals[i]!;
    if (signal.kind === 'negative') hits.negatives += 1;
    else if (signal.kind === 'support') hits.support = true;
    else hits.topics.set(signal.topic, (hits.topics.get(signal.topic) ?? 0) + signal.weight);
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// URL and title

/** What the URL and the title say: everything but the text. */
interface Heading {
  site: OperatorId;
  /** A sales, news or investor path or subdomain. */
  sales: boolean;
  /** A help-section path or subdomain. */
  support: boolean;
  hints: Set<Topic>;
  /** null until the title is read: scores then assume the title helps every topic all it can. */
  titleHits: ZoneHits | null;
}

const NEGATIVE_PATH_SET = new Set(NEGATIVE_PATH_WORDS);
const NEGATIVE_SUBDOMAIN_SET = new Set(NEGATIVE_SUBDOMAINS);
const SUPPORT_PATH_SET = new Set(SUPPORT_PATH_WORDS);

/** The characters of `\s` in a RegExp. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function readUrl(url: string): Heading | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.slice(0, URL_PREFIX_CHARS));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const match = matchSite(parsed.hostname);
  if (!match) return null;
  let path = parsed.pathname.toLowerCase();
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the raw path still carries its words.
  }
  const heading: Heading = {
    site: match.site,
    sales: false,
    support: false,
    hints: new Set(),
    titleHits: null,
  };
  const { subdomains } = match;
  for (let i = 0; i < subdomains.length; i += 1) {
    if (NEGATIVE_SUBDOMAIN_SET.has(subdomains[i]!)) heading.sales = true;
    if (SUPPORT_PATH_SET.has(subdomains[i]!)) heading.support = true;
  }
  // The words of path.split(/[/._\-\s]+/), without compiling a RegExp.
  let start = 0;
  for (let i = 0; i <= path.length; i += 1) {
    const code = i < path.length ? path.charCodeAt(i) : 0x2f;
    if (code !== 0x2f && code !== 0x2e && code !== 0x5f && code !== 0x2d && !isSpace(code)) continue;
    if (i > start) {
      const word = path.slice(start, i);
      const hint = Object.hasOwn(PATH_HINTS, word) ? PATH_HINTS[word] : undefined;
      if (hint) heading.hints.add(hint);
      if (NEGATIVE_PATH_SET.has(word)) heading.sales = true;
      if (SUPPORT_PATH_SET.has(word)) heading.support = true;
    }
    start = i + 1;
  }
  return heading;
}

function readTitle(heading: Heading, title: string): void {
  heading.titleHits = scan(TITLE, normalizeText(String(title ?? '').slice(0, TITLE_PREFIX_CHARS)));
}

// ---------------------------------------------------------------------------------------------
// Scores

export interface PageScores {
  operator: OperatorId | null;
  /** What sales/news signals subtracted from every topic. */
  penalty: number;
  /** Each topic the site can have, best first; the score already has the penalty taken off. */
  scores: Array<{ topic: Topic; score: number }>;
}

function penaltyOf(heading: Heading, textNegatives: number): number {
  return (
    (heading.sales ? SALES_URL_PENALTY : 0) +
    (heading.titleHits !== null && heading.titleHits.negatives > 0 ? SALES_TITLE_PENALTY : 0) +
    (textNegatives >= 8 ? 2 : textNegatives >= 4 ? 1 : 0)
  );
}

function topicScore(heading: Heading, topic: Topic, inText: number, textNegatives: number): number {
  const title = heading.titleHits;
  const helpSection = heading.support || title === null || title.support;
  const score =
    (title === null || title.topics.has(topic) ? TITLE_WEIGHT : 0) +
    (heading.hints.has(topic) ? PATH_WEIGHT : 0) +
    inText +
    (helpSection && inText >= 1 ? SUPPORT_WEIGHT : 0) -
    penaltyOf(heading, textNegatives);
  return Math.round(score * 10) / 10;
}

/**
 * Whether what is not read yet could still make the page relevant: the text adds at most
 * TEXT_CAP and the help-section bonus to a topic, an unread title at most TITLE_WEIGHT. Tariff,
 * shop and news pages are most of an operator's site, and the content script classifies every
 * page it runs on: their sales path (or title) decides them before any phrase is looked for.
 */
function couldBeRelevant(heading: Heading): boolean {
  for (let i = 0; i < TOPICS.length; i += 1) {
    if (topicScore(heading, TOPICS[i]!, TEXT_CAP, 0) >= RELEVANT_AT) return true;
  }
  return false;
}

function scoresWithText(heading: Heading, text: string): PageScores {
  const textHits = scan(TEXT, normalizeText(String(text ?? '').slice(0, TEXT_PREFIX_CHARS)));
  const scores: Array<{ topic: Topic; score: number }> = [];
  for (let i = 0; i < TOPICS.length; i += 1) {
    const topic = TOPICS[i]!;
    const inText = Math.min(textHits.topics.get(topic) ?? 0, TEXT_CAP);
    scores.push({ topic, score: topicScore(heading, topic, inText, textHits.negatives) });
  }
  scores.sort((a, b) => b.score - a.score || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic));
  return { operator: heading.site, penalty: penaltyOf(heading, textHits.negatives), scores };
}

/**
 * What the address alone says of a page:
 * - `ruled-out`: it cannot be relevant (another site, or an operator's tariff, shop or news section),
 *   and the content script asks the worker for nothing there;
 * - `help`: it could be, and its path names a help section or a topic's page (documents, FAQ, number
 *   porting), where the detector loads the overlay ahead of its decision;
 * - `open`: it could be, with nothing in the path to say so (a home page, most others).
 */
export type UrlOutlook = 'ruled-out' | 'open' | 'help';

export function urlOutlook(url: string): UrlOutlook {
  const heading = readUrl(url);
  if (heading === null || !couldBeRelevant(heading)) return 'ruled-out';
  return heading.support || heading.hints.size > 0 ? 'help' : 'open';
}

/** The numbers behind classifyPage, for contributors tuning the vocabulary. */
export function scorePage(url: string, title: string, text: string): PageScores {
  const heading = readUrl(url);
  if (!heading) return { operator: null, penalty: 0, scores: [] };
  readTitle(heading, title);
  return scoresWithText(heading, text);
}

/**
 * Classifies a page by its URL, title and visible text. Pages that are not on an operator's
 * site are never relevant: the extension only acts on those sites. The title
 * and the text are read only while they could still change the answer, which is the same. `text`
 * may be a function, called only then: on a tariff or news page the page's words are never collected.
 */
export function classifyPage(url: string, title: string, text: string | (() => string)): Classification {
  const heading = readUrl(url);
  if (!heading) return { operator: null, relevant: false, topics: [] };
  const notRelevant: Classification = { operator: heading.site, relevant: false, topics: [] };
  if (!couldBeRelevant(heading)) return notRelevant;
  readTitle(heading, title);
  if (!couldBeRelevant(heading)) return notRelevant;
  const { scores } = scoresWithText(heading, typeof text === 'function' ? text() : text);
  if ((scores[0]?.score ?? 0) < RELEVANT_AT) return notRelevant;
  const topics: Topic[] = [];
  for (let i = 0; i < scores.length; i += 1) if (scores[i]!.score >= ALSO_AT) topics.push(scores[i]!.topic);
  return { operator: heading.site, relevant: true, topics };
}
