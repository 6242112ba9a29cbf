// What the overlay renders from its live state: in the language its words are in (utils/overlay-strings.ts),
// and, while it holds no words but the few read from _locales in the browser's language, nothing that
// needs more of them. The steps, their counts, the summary and the "not found" list are then left out
// and the panel says it is loading or could not load, in those words (utils/overlay-keys.ts
// FALLBACK_KEYS), never a raw key. And always the steps of the route chosen, whatever the worker answered.
import { computed } from '@preact/signals';
import type { GuideLiveState } from './live-state';
import type { ShownWords } from './overlay-strings';
import { checklistCount } from './progress';
import { sectionsForRoute } from './route-sections';

export function withWords(state: GuideLiveState, words: ShownWords): GuideLiveState {
  const held = words.held;
  // Always the chosen route's steps: while the worker has not answered for a route switched to, here or
  // in the popup, or could not, the live state still holds the other route's (utils/route-sections.ts).
  const sections = computed(() => {
    const guide = state.guide.value;
    return !held.value ? [] : guide ? sectionsForRoute(state.sections.value, guide, state.route.value) : state.sections.value;
  });
  const count = computed(() => checklistCount(sections.value, state.progress.value));
  return {
    ...state,
    lang: words.lang,
    guide: computed(() => (held.value ? state.guide.value : null)),
    sections,
    steps: computed(() => sections.value.flatMap((s) => s.steps)),
    done: computed(() => count.value.done),
    total: computed(() => count.value.total),
    // Never 'ready' without words: the panel's notes on saving and the steps need them.
    status: computed(() => {
      if (held.value) return state.status.value;
      return state.status.value === 'loading' || words.asking.value ? 'loading' : 'error';
    }),
  };
}
