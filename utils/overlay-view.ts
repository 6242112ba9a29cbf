// What the overlay renders from its live state: in the language its words are in (utils/overlay-strings.ts),
// and, while it holds no words but the few read from _locales in the browser's language, nothing that
// needs more of them. The steps, their counts, the summary and the "not found" list are then left out
// and the panel says it is loading or could not load, in those words (utils/overlay-keys.ts
// FALLBACK_KEYS), never a raw key.
import { computed, type ReadonlySignal } from '@preact/signals';
import type { GuideLiveState } from './live-state';
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
