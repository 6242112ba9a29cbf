// Which steps the overlay lists first on a page, what their cards say, and when to say the guide may be out of date.
// Pure: the content script supplies the page's topics and which targets it found.
import { LANGS, isSubmitStep, type Lang, type Step, type Topic } from '@/data/schema';
import type { GuideSection } from './messages';
import type { ProgressMap } from './progress';

export interface StepGroups {
  /** Steps about what this page is about, in checklist order. */
  readonly onPage: readonly Step[];
  /** Everything else, in checklist order. */
  readonly other: readonly Step[];
}

export function matchesTopics(step: Step, topics: readonly Topic[]): boolean {
  return (step.topics ?? []).some((topic) => topics.includes(topic));
}

/** Steps matching the page's topics first, then the rest; each step appears once. */
export function groupSteps(steps: readonly Step[], topics: readonly Topic[]): StepGroups {
  const seen = new Set<string>();
  const onPage: Step[] = [];
  const other: Step[] = [];
  for (const step of steps) {
    if (seen.has(step.id)) continue;
    seen.add(step.id);
    (topics.length > 0 && matchesTopics(step, topics) ? onPage : other).push(step);
  }
  return { onPage, other };
}

/**
 * The guide points at page elements for this page's topics, and not one of them is on the page:
 * the operator has probably changed the page since the guide was verified.
 */
export function mayBeOutOfDate(
  steps: readonly Step[],
  topics: readonly Topic[],
  found: Readonly<Record<string, boolean>>,
): boolean {
  const expected = steps.filter((step) => (step.targets?.length ?? 0) > 0 && matchesTopics(step, topics));
  return expected.length > 0 && expected.every((step) => !found[step.id]);
}

export interface PrecautionsLeft {
  /** The precautions not ticked yet, in checklist order. */
  readonly left: readonly Step[];
  readonly total: number;
  /** The first of this page's steps that is part of the cancellation itself: where it is said. */
  readonly at: Step;
}

/**
 * What is left to do before cancelling, said where the cancellation itself is done: on the first of the
 * page's own steps that is one of the cancellation's. There a user may act at once, while the
 * precautions (moving eGov, Kaspi and banks off the number, above all) sit below, among "other steps".
 * Null where the page has no such step, or nothing is left.
 */
export function precautionsLeft(sections: readonly GuideSection[], onPage: readonly Step[], progress: ProgressMap): PrecautionsLeft | null {
  const cancel = new Set(sections.filter((s) => s.section === 'cancel').flatMap((s) => s.steps.map((step) => step.id)));
  const at = onPage.find((step) => cancel.has(step.id));
  if (!at) return null;
  const before = sections.filter((s) => s.section === 'before').flatMap((s) => s.steps);
  const left = before.filter((step) => progress[step.id]?.done !== true);
  return left.length > 0 ? { left, total: before.length, at } : null;
}

/**
 * Ticked as handed in, with no date in the proof: the reminder to check that the number really ended
 * starts from that date, which only the full checklist takes. The overlay says so on the step's card.
 */
export function needsSubmissionDate(step: Step, progress: ProgressMap, dated: boolean): boolean {
  return isSubmitStep(step) && progress[step.id]?.done === true && !dated;
}

/**
 * The step as its overlay card says it. A card there may be the only one read on the page, so it says
 * what was searched for on its subject and not found (Step.notFoundSentence) with its detail, before it or after
 * it; the popup, the printout and the Markdown file read in order and say that once, in the summary and
 * the "Searched for, not found" list, so they draw `detail` alone.
 */
export function cardStep(step: Step): Step {
  const { notFoundSentence } = step;
  if (!notFoundSentence) return step;
  const detail = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    // Chinese sentences end in 。 and are set without a space between them.
    const gap = lang === 'zh-CN' ? '' : ' ';
    detail[lang] = notFoundSentence.after ? `${step.detail[lang]}${gap}${notFoundSentence.text[lang]}` : `${notFoundSentence.text[lang]}${gap}${step.detail[lang]}`;
  }
  return { ...step, detail };
}
