// What the classifier costs, in relative terms only: absolute timings differ from machine to
// machine and on a loaded CI box by several times, but the same run measures the classifier and a
// baseline side by side. The content script classifies every operator page; these fail if a change
// brings back work that grows with the vocabulary or the page (a giant RegExp, a pass per phrase).
import { describe, expect, it } from 'vitest';
import { TOPICS } from '@/data/schema';
import { classifyPage } from '@/utils/detect';
import { buildPhraseIndex, type PhraseGroup } from '@/utils/detect-phrases';
import {
  NEGATIVE_BODY_TERMS,
  NEGATIVE_TITLE_TERMS,
  SUPPORT_TITLE_TERMS,
  TOPIC_TERMS,
} from '@/utils/detect-vocabulary';

// A page that neither its URL nor its title rules out, so all of its first 12 000 characters are
// read: a menu and the phrases of a contract page, in Russian, Kazakh and English.
const URL = 'https://tele2.kz/ru/page/abonentam';
const TITLE = 'Абонентам | Tele2';
const PARAGRAPH = [
  'Личный кабинет. Тарифы. Услуги. Роуминг. Перенос номера. Помощь.',
  'Чтобы расторгнуть договор, владелец номера приходит в салон связи с удостоверением личности.',
  'Перед расторжением договора погасите задолженность. Остаток средств можно вернуть по заявлению.',
  'Шартты бұзу үшін нөмір иесі жеке куәлікпен байланыс салонына келеді.',
  'To terminate the contract, bring your ID to a Tele2 shop. The contract ends within 30 days.',
].join(' ');
const PAGE = `${PARAGRAPH} `.repeat(Math.ceil(12_000 / (PARAGRAPH.length + 1))).slice(0, 12_000);

/** The groups utils/detect.ts indexes, built afresh so that each run pays for the index. */
function vocabularyGroups(): Array<PhraseGroup<string>> {
  return [
    ...TOPICS.flatMap((topic) => [
      { phrases: TOPIC_TERMS[topic].strong, signal: topic, zones: 3 },
      { phrases: TOPIC_TERMS[topic].weak, signal: topic, zones: 3 },
    ]),
    { phrases: NEGATIVE_TITLE_TERMS, signal: 'negative', zones: 1 },
    { phrases: SUPPORT_TITLE_TERMS, signal: 'support', zones: 1 },
    { phrases: NEGATIVE_BODY_TERMS, signal: 'negative', zones: 2 },
  ];
}

const WORDS = /[a-z0-9\u00c0-\u024f\u0400-\u04ff]+/g;

/** The least any classifier of this text must do: lower-case it and find its words once. */
function baseline(text: string): number {
  return text.toLowerCase().match(WORDS)?.length ?? 0;
}

function buildAndClassify(text: string): boolean {
  buildPhraseIndex(vocabularyGroups());
  return classifyPage(URL, TITLE, text).relevant;
}

/**
 * Cost of a `measured` call over cost of a `reference` call, each its fastest of 31 batches (noise
 * on a shared machine only ever adds time): interleaved batches of about half a millisecond each,
 * as a batch much longer than its rival is the likelier to be preempted, after warm-up rounds.
 */
function costRatio(measured: () => unknown, reference: () => unknown): number {
  const sample = (run: () => unknown, calls: number) => {
    const start = performance.now();
    for (let i = 0; i < calls; i += 1) run();
    return (performance.now() - start) / calls;
  };
  const callsFor = (run: () => unknown) => {
    let perCall = Infinity;
    for (let round = 0; round < 10; round += 1) perCall = Math.min(perCall, sample(run, 3));
    return Math.max(1, Math.round(0.5 / perCall));
  };
  const measuredCalls = callsFor(measured);
  const referenceCalls = callsFor(reference);
  let measuredCost = Infinity;
  let referenceCost = Infinity;
  for (let round = 0; round < 31; round += 1) {
    measuredCost = Math.min(measuredCost, sample(measured, measuredCalls));
    referenceCost = Math.min(referenceCost, sample(reference, referenceCalls));
  }
  return measuredCost / referenceCost;
}

describe('classifier cost, relative to reading the page once', () => {
  it('measures a page that is read to the end: a contract page, found by its text', () => {
    const result = classifyPage(URL, TITLE, PAGE);
    expect(result.relevant).toBe(true);
    expect(result.topics[0]).toBe('termination');
  });

  it('building the phrase index and classifying a 12 KB page costs at most ~10× lower-casing it and one word RegExp pass', () => {
    const ratio = costRatio(() => buildAndClassify(PAGE), () => baseline(PAGE));
    expect(ratio).toBeLessThan(10);
  });
});
