// What the overlay renders from its live state: in the language its words are in (utils/overlay-strings.ts),
// and, while it holds no words but the few read from _locales in the browser's language, nothing that
// needs more of them. The steps, their counts, the summary and the "not found" list are then left out
// and the panel says it is loading or could not load, in those words (utils/overlay-keys.ts
// FALLBACK_KEYS), never a raw key.
import { computed, type ReadonlySignal } from '@preact/signals';
import type { FailureKind, GuideLiveState, LiveStatus } from './live-state';
import type { ShownWords } from './overlay-strings';

export function withWords(state: GuideLiveState, words: ShownWords): GuideLiveState {
  const held = words.held;
  const whenHeld = <T>(value: ReadonlySignal<T>, otherwise: T) => computed(() => (held.value ? value.value : otherwise));
  return {
    ...state,
    lang: words.lang,
    guide: whenHeld(state.guide, null),
    sections: whenHeld(state.sections, []),
    steps: whenHeld(state.steps, []),
    done: whenHeld(state.done, 0),
    total: whenHeld(state.total, 0),
    // Never 'ready' without words: the panel's notes on saving and the steps need them. A failure to
    // load stays said while the words are asked for again with it ("Try again"), not a loading frame.
    status: computed(() => {
      const status = state.status.value;
      if (held.value || status === 'error') return status;
      return status === 'loading' || words.asking.value ? 'loading' : 'error';
    }),
  };
}

/**
 * The panel's line under its steps: a change not saved ('save', or 'quota', storage full), once the
 * checklist is shown. Not 'guide' there: that is the checklist of a route switched to with the panel
 * (setRoute asks for it, and says when it does not come, for a panel that had no steps yet), which the
 * panel lists from the guide it holds; said as a change not saved, it was untrue (the route was saved).
 * A checklist never loaded is the panel's whole message (status 'error').
 */
export function failureLine(status: LiveStatus, failure: FailureKind | null): Exclude<FailureKind, 'guide'> | null {
  return status === 'ready' && failure !== 'guide' ? failure : null;
}
