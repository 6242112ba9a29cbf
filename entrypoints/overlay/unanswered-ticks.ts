// Ticks made in the overlay that its worker has not answered yet. A message to a worker that must
// first be started is dropped with a closing page, so a tick made just before the tab was closed was
// lost (helper-68: 3 of 4 with the worker asleep and the tab closed at once); what is still
// unanswered when the page is hidden is written to storage directly (utils/storage.ts keepTicksOnClose).
import type { OperatorId } from '@/data/schema';
import type { StepProgress } from '@/utils/progress';
import { keepTicksOnClose } from '@/utils/storage';

export interface UnansweredTicks {
  /** `tick` was sent for `stepId`; `answered` settles when the worker has answered it, either way. */
  track(stepId: string, tick: StepProgress, answered: Promise<unknown>): void;
  /** The page is being hidden: keep what is still unanswered. */
  keep(): void;
}

export function createUnansweredTicks(operator: OperatorId): UnansweredTicks {
  const unanswered = new Map<string, StepProgress>();
  return {
    track(stepId, tick, answered) {
      unanswered.set(stepId, tick);
      // Only this tick's answer clears it: a later tick of the same step is still on its way.
      const forget = () => unanswered.get(stepId) === tick && unanswered.delete(stepId);
      answered.then(forget, forget);
    },
    keep: () => keepTicksOnClose(operator, unanswered),
  };
}
