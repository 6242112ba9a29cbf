// Which of the worker's notices the on-page guide repeats. The popup shows every notice in its banner;
// a user who only ever uses the guide on the operator's site would otherwise find ticks gone with no
// word why. Only those about this operator's ticks: the rest concern the popup's own parts (proof,
// settings) or say themselves where they happen (a save that fails is told where it was made).
import type { OperatorId } from '@/data/schema';
import type { Notice } from '@/utils/storage';

/** A notice says this operator's ticks could not be read and some or all were cleared (utils/repair.ts, utils/migrations.ts). */
export function ticksResetFor(notices: readonly Notice[], operator: OperatorId): boolean {
  const items = [`progress:${operator}`, `ticks:${operator}`, `state:${operator}`];
  return notices.some((notice) => notice.kind === 'reset' && items.includes(notice.item));
}
