// A link into the popup's page at one step: a reminder asks the user to check that the number ended,
// so its notification opens the list at that step, not at the top of 20-odd others (helper-66).
import type { OperatorId } from '@/data/schema';

/** The popup page's address for `operator`, opened at `stepId` when given. */
export function popupPath(operator: OperatorId, stepId?: string): `/popup.html${string}` {
  return `/popup.html?operator=${operator}${stepId ? `#${stepId}` : ''}`;
}

/**
 * In the popup, once its steps are drawn: the step its address names, focused, so that a screen
 * reader reads it and Space ticks it. Focus scrolls it to the window's centre (Chromium and Firefox
 * centre an element they must scroll to), with its explanation below it in view.
 */
export function showLinkedStep(): void {
  document.getElementById(`sx-step-${location.hash.slice(1)}`)?.focus();
}
