// Ticks this page sent to the worker that it has not answered yet. A message to a worker that must
// first be started is dropped with a closing page, so a tick made just before the page went away was
// lost: the overlay's, 3 of 4 with the worker asleep and the tab closed at once (helper-68); the
// popup's, 8 of 8 (tests/e2e/close-ticks.spec.ts). Whatever is still unanswered when the page is
// hidden is written to storage directly (utils/storage.ts keepOnClose): each UI calls
// keepUnanswered from its own `visibilitychange` listener (live state has no DOM).
import type { StepProgress } from '@/utils/progress';
import { keepOnClose } from '@/utils/storage';

/** Storage key → the tick sent for it; one record for the page, whichever operator's state sent it. */
const unanswered: Record<string, StepProgress> = {};

/**
 * `tick` was sent for the step stored under `key`; `answered` settles when the worker has answered it,
 * either way (live state's send never rejects).
 */
export function trackTick(key: string, tick: StepProgress, answered: Promise<unknown>): void {
  unanswered[key] = tick;
  // Only this tick's answer clears it: a later tick of the same step is still on its way.
  void answered.then(() => unanswered[key] === tick && delete unanswered[key]);
}

/** The page is being hidden (closed): keep what is still unanswered. */
export const keepUnanswered = (): void => keepOnClose(unanswered);
