// The popup remembers the worker's last guide/get answer per operator and route (utils/popup-memory.ts),
// so that the next opening draws the checklist at once instead of after a round trip through the
// worker (~20 ms when it is running and the browser is busy opening the page; far longer when Chrome
// has stopped it after 30 s idle and it must start first). The answer is then asked for again and
// replaces the remembered one where it differs (utils/live-state.ts `remembered`).
import type { OperatorId, Route } from '@/data/schema';
import type { ResponseMap } from '@/utils/messages';
import { keep, popupStore, recall, type MemoryStore } from '@/utils/popup-memory';
import { isRecord } from '@/utils/storage';

export type RememberedGuide = ResponseMap['guide/get'];

/** Set by the popup's build (guide data and protocol, see entrypoints/popup/build.ts); absent in unit tests. */
declare const __SIMEXIT_GUIDE_REVISION__: string | undefined;
export const GUIDE_REVISION: string | null =
  typeof __SIMEXIT_GUIDE_REVISION__ === 'string' ? __SIMEXIT_GUIDE_REVISION__ : null;

/** The remembered answer for this operator and route, if there is one of this revision. */
export function readGuide(store: MemoryStore | null, revision: string | null, operator: OperatorId, route: Route): RememberedGuide | null {
  const value = recall(store, 'guide', revision, `${operator}:${route}`);
  // Written by us and keyed by revision, so a shallow check is enough (a bad step renders inside the error boundary).
  return isRecord(value) && value.route === route && (value.guide as { id?: unknown } | null)?.id === operator && Array.isArray(value.sections)
    ? (value as unknown as RememberedGuide)
    : null;
}

/** The worker's answer (its operator and route name the entry: the worker validated both). */
export function rememberGuide(store: MemoryStore | null, revision: string | null, answer: RememberedGuide): void {
  const { guide, sections, route } = answer;
  keep(store, 'guide', revision, `${guide.id}:${route}`, { guide, sections, route });
}

/**
 * What the popup's live states call with each answer: kept in the popup's own store, after the
 * frame the answer may be holding up (a first opening waits for the worker).
 */
export function rememberGuideLater(answer: RememberedGuide): void {
  setTimeout(() => rememberGuide(popupStore(), GUIDE_REVISION, answer));
}

/**
 * What the popup's live states are given: each answer remembered, and the one remembered for the
 * route they open on, drawn while the worker is asked (utils/live-state.ts `recall`).
 */
export const guideMemory = {
  onGuide: rememberGuideLater,
  recall: (operator: OperatorId, route: Route) => readGuide(popupStore(), GUIDE_REVISION, operator, route),
};
