// The UI string of each checklist section, shared by the popup's checklist, the summary page and the
// Markdown export, and how much of a checklist is done, which the summary and the export both print.
// Its own module so the popup does not load the export code to name its sections.
import type { Section } from '@/data';
import { countDone, type ProgressMap } from '@/utils/progress';

export const SECTION_KEYS = {
  before: 'popup.section.before',
  cancel: 'popup.section.cancel',
  after: 'popup.section.after',
} as const satisfies Record<Section, string>;

/** "done of total" for a checklist; a step listed twice counts once, as in live-state's done/total. */
export function checklistCount(
  sections: readonly { steps: readonly { id: string }[] }[],
  progress: ProgressMap,
): { done: number; total: number } {
  const ids = [...new Set(sections.flatMap((s) => s.steps.map((step) => step.id)))];
  return { done: countDone(progress, ids), total: ids.length };
}
