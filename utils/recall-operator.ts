// Settings that cannot be read take the operator the user was leaving with them (utils/repair.ts
// resets the item), but not their ticks, each of which is stored on its own. The operator ticked
// last is the one the user was working on; a wrong guess costs one pick in the popup, no guess
// costs the badge and the popup's checklist until the user picks again.
import type { OperatorId } from '@/data/schema';
import { isStepProgress, parseProgressKey } from './progress';

/** The operator with the most recent done tick among stored items, or null when none is ticked. */
export function operatorTickedLast(items: Readonly<Record<string, unknown>>): OperatorId | null {
  let latest: { operator: OperatorId; at: number } | null = null;
  for (const [key, value] of Object.entries(items)) {
    const step = parseProgressKey(key);
    if (!step || !isStepProgress(value) || !value.done) continue;
    if (!latest || value.at > latest.at) latest = { operator: step.operator, at: value.at };
  }
  return latest?.operator ?? null;
}
