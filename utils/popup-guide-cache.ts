// The popup remembers the worker's last guide/get answer per operator and route, so that the next
// opening draws the checklist at once instead of after a round trip through the worker (~20 ms when
// it is running and the browser is busy opening the page; far longer when Chrome has stopped it
// after 30 s idle and it must start first). The answer is then asked for again and replaces the
// remembered one where it differs (utils/live-state.ts `remembered`).
// Guide text only, no progress or proof: it lives in the popup's own localStorage, which nothing
// else reads. Entries carry the build's guide revision (guideRevision in entrypoints/popup/build.ts),
// so an update never draws the old guide; a revision that differs drops them all.
import type { OperatorId, Route } from '@/data/schema';
import type { ResponseMap } from '@/utils/messages';
import { isOperatorId } from '@/utils/progress';
import { isRecord, isRoute } from '@/utils/storage';

export type RememberedGuide = ResponseMap['guide/get'];

/** Set by the popup's build; absent elsewhere (unit tests), where nothing is remembered. */
declare const __SIMEXIT_GUIDE_REVISION__: string | undefined;
export const GUIDE_REVISION: string | null =
  typeof __SIMEXIT_GUIDE_REVISION__ === 'string' ? __SIMEXIT_GUIDE_REVISION__ : null;

const PREFIX = 'simexit:guide:';
const keyOf = (revision: string, operator: OperatorId, route: Route) => `${PREFIX}${revision}:${operator}:${route}`;

/** The part of Web Storage used here (tests pass a Map-backed one). */
export type GuideStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The popup's localStorage, or null where there is none or it refuses access. */
export function popupStore(): GuideStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** What we wrote ourselves, keyed by revision, so a shallow check is enough (a bad step renders inside the error boundary). */
const isAnswer = (value: unknown, operator: OperatorId, route: Route): value is RememberedGuide =>
  isRecord(value) && value.route === route && isRecord(value.guide) && value.guide.id === operator && Array.isArray(value.sections);

/** The remembered answer for this operator and route, if there is one of this revision in a shape we can draw. */
export function readGuide(
  store: GuideStore | null,
  revision: string | null,
  operator: OperatorId,
  route: Route,
): RememberedGuide | null {
  if (!store || !revision) return null;
  try {
    const text = store.getItem(keyOf(revision, operator, route));
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    return isAnswer(value, operator, route) ? value : null;
  } catch {
    return null;
  }
}

/** Whether some route of this operator is remembered (before storage says which route is wanted). */
export function remembersOperator(store: GuideStore | null, revision: string | null, operator: OperatorId): boolean {
  if (!store || !revision) return false;
  try {
    return store.getItem(keyOf(revision, operator, 'online')) !== null || store.getItem(keyOf(revision, operator, 'office')) !== null;
  } catch {
    return false;
  }
}

/** Remembers the worker's answer (unless it is remembered already); entries of other revisions go. A store that is full or refuses is left as it is. */
export function rememberGuide(store: GuideStore | null, revision: string | null, answer: RememberedGuide): void {
  if (!store || !revision || !isOperatorId(answer.guide.id) || !isRoute(answer.route)) return;
  try {
    const current = `${PREFIX}${revision}:`;
    const stale: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX) && !key.startsWith(current)) stale.push(key);
    }
    for (const key of stale) store.removeItem(key);
    const key = keyOf(revision, answer.guide.id, answer.route);
    const text = JSON.stringify({ guide: answer.guide, sections: answer.sections, route: answer.route });
    if (store.getItem(key) !== text) store.setItem(key, text);
  } catch {
    // Quota or storage disabled: the next opening asks the worker, as without this cache.
  }
}
