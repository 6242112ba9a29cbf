// Which steps the overlay lists first on a page, and when to say the guide may be out of date.
// Pure: the content script supplies the page's topics and which targets it found.
import type { Step, Topic } from '@/data/schema';

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
