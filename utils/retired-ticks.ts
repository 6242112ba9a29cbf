// Ticks on retired steps (data/retired-steps.ts), carried over to the steps that took over their job.
// Pure: the worker reads the store, writes what this returns, then removes the retired keys.
import { RETIRED_STEPS } from '@/data/retired-steps';
import { parseProgressKey, progressKey, supersedes, type StepProgress } from './progress';
import { progressFrom } from './storage';

export interface CarriedTicks {
  /** Successor progress keys and their new values. */
  readonly write: Readonly<Record<string, StepProgress>>;
  /** The retired keys, to remove once `write` is saved. */
  readonly remove: readonly string[];
}

/**
 * A retired step's tick becomes its successor's when it is the later action. An untick is not carried:
 * the successor may be a step the user ticked on its own (a precaution), and a retired step left unticked
 * says nothing about it. Running it again on its own result changes nothing.
 */
export function carryRetiredTicks(items: Readonly<Record<string, unknown>>, retired = RETIRED_STEPS): CarriedTicks {
  const write: Record<string, StepProgress> = {};
  const remove: string[] = [];
  for (const key of Object.keys(items)) {
    const parsed = parseProgressKey(key);
    const successor = parsed && Object.hasOwn(retired, parsed.stepId) ? retired[parsed.stepId] : undefined;
    if (!parsed || !successor) continue;
    remove.push(key);
    const tick = progressFrom(items[key]);
    if (!tick?.done) continue;
    const target = progressKey(parsed.operator, successor);
    const current = write[target] ?? progressFrom(items[target]) ?? undefined;
    if (supersedes(tick, current)) write[target] = tick;
  }
  return { write, remove };
}
