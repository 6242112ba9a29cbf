// The classifier's cost relative to one plain pass over the same text, timed in Node: printed by
// `npm run bench`, and alone by `npx tsx scripts/bench-detect.ts`. Absolute timings differ from
// machine to machine and on a loaded one by several times, but this run measures the classifier and
// the baseline side by side. It was a unit test's bound (< 10×) until a loaded machine failed it
// with the code unchanged; the unit test (tests/unit/detect-cost.test.ts) now counts the work.
import { pathToFileURL } from 'node:url';
import { classifyPage } from '../utils/detect';
import { buildPhraseIndex } from '../utils/detect-phrases';
import { CONTRACT_TITLE, CONTRACT_URL, contractText, vocabularyGroups, wordCount } from '../tests/fixtures/detect/contract-page';

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

/** One line for the bench: building the phrase index and classifying a 12 KB page, against one word pass. */
export function classifierCostLine(): string {
  const page = contractText(12_000);
  const ratio = costRatio(
    () => {
      buildPhraseIndex(vocabularyGroups());
      return classifyPage(CONTRACT_URL, CONTRACT_TITLE, page).relevant;
    },
    () => wordCount(page),
  );
  return `classifier in Node, warm: building its phrase index and classifying a 12 KB contract page costs ${ratio.toFixed(1)}× lower-casing the page and one word RegExp pass (fastest of 31 interleaved batches; about 10× or more means work that grows with the vocabulary or the page)`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(classifierCostLine());
}
