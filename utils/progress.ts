// The progress model: which steps are done, and when the user said so. Pure, so the merge rule
// can be proven by tests and shared by the worker (which writes) and the UIs (which apply changes).
import { OPERATOR_IDS, type OperatorId } from '@/data/schema';

export interface StepProgress {
  readonly done: boolean;
  /**
   * ms epoch of the user's action (stamped by the UI, not by the worker). UNKNOWN_TIME for a tick moved
   * from the one-key format, which kept no times (utils/migrations.ts).
   */
  readonly at: number;
}

/**
 * The time of a tick whose day nobody knows. The epoch: no user acts then, and any later action
 * (an untick, a reset) wins over it by the merge rule below, as it should.
 */
export const UNKNOWN_TIME = 0;

/** stepId → progress of that step, for one operator. */
export type ProgressMap = Readonly<Record<string, StepProgress>>;

/** Step ids are stable slugs; they become part of a storage key, so they are kept short and plain. */
export const STEP_ID_MAX = 80;
const STEP_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function isStepId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= STEP_ID_MAX && STEP_ID.test(value);
}

export function isOperatorId(value: unknown): value is OperatorId {
  return typeof value === 'string' && (OPERATOR_IDS as readonly string[]).includes(value);
}

/** A finite, non-negative ms timestamp no later than the last date JS can represent. */
export function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15;
}

export function isStepProgress(value: unknown): value is StepProgress {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { done, at } = value as Record<string, unknown>;
  return typeof done === 'boolean' && isTimestamp(at);
}

/**
 * Whether `next` replaces `prev` for the same step. The rule, which makes every set idempotent and
 * the outcome independent of the order in which concurrent writes arrive:
 * - the later user action (`at`) wins;
 * - on equal `at`, done wins over not-done, so two tabs ticking "done" at the same millisecond as an
 *   untick elsewhere can never lose the tick; an identical value changes nothing.
 * It is a total order on (at, done), so applying the same set of writes in any order gives one result.
 */
export function supersedes(next: StepProgress, prev: StepProgress | undefined): boolean {
  if (!prev) return true;
  if (next.at !== prev.at) return next.at > prev.at;
  return next.done && !prev.done;
}

/** The map after the user set `stepId` to `done` at `at`; the same map object if nothing changed. */
export function applySet(map: ProgressMap, stepId: string, done: boolean, at: number): ProgressMap {
  const next: StepProgress = { done, at };
  if (!supersedes(next, map[stepId])) return map;
  return { ...map, [stepId]: next };
}

/** How many of `stepIds` are done; ids not in the list (other route, removed steps) do not count. */
export function countDone(map: ProgressMap, stepIds: readonly string[]): number {
  let done = 0;
  for (const id of new Set(stepIds)) if (map[id]?.done === true) done++;
  return done;
}

/** "done of total" for a checklist; a step listed twice counts once. Overlay, popup, summary and export all count this way. */
export function checklistCount(
  sections: readonly { steps: readonly { id: string }[] }[],
  progress: ProgressMap,
): { done: number; total: number } {
  const ids = [...new Set(sections.flatMap((s) => s.steps.map((step) => step.id)))];
  return { done: countDone(progress, ids), total: ids.length };
}

export const PROGRESS_PREFIX = 'progress:';

export function progressKey(operator: OperatorId, stepId: string): string {
  return `${PROGRESS_PREFIX}${operator}:${stepId}`;
}

export function progressPrefix(operator: OperatorId): string {
  return `${PROGRESS_PREFIX}${operator}:`;
}

/** The operator and step of a progress key, or null for any other or malformed key. */
export function parseProgressKey(key: string): { operator: OperatorId; stepId: string } | null {
  if (!key.startsWith(PROGRESS_PREFIX)) return null;
  const rest = key.slice(PROGRESS_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return null;
  const operator = rest.slice(0, colon);
  const stepId = rest.slice(colon + 1);
  if (!isOperatorId(operator) || !isStepId(stepId)) return null;
  return { operator, stepId };
}
