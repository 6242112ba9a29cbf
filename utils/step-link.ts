// A link into the popup's page at one control: a reminder asks the user to check that the number
// ended, so its notification opens the list at that step, not at the top of 20-odd others (helper-66);
// the on-page guide asks for the date handed in, so it opens the list at the proof's date (helper-91).
import type { OperatorId } from '@/data/schema';

/** Where in the popup's page a link may land: a step's checkbox, or the proof's date. */
export type PopupAnchor = `step-${string}` | typeof PROOF_DATE;
export const PROOF_DATE = 'ev-submittedOn';

/** The popup page's address for `operator`, opened at `at` when given. */
export function popupPath(operator: OperatorId, at?: PopupAnchor): `/popup.html${string}` {
  return `/popup.html?operator=${operator}${at ? `#${at}` : ''}`;
}

/**
 * In the popup, once its steps are drawn: the control its address names (`sx-` + the anchor is its
 * id), focused, so that a screen reader reads it and Space ticks it or typing fills it. Focus scrolls
 * it to the window's centre (Chromium and Firefox centre an element they must scroll to), with its
 * explanation below it in view.
 */
export function showLinkedStep(): void {
  document.getElementById(`sx-${location.hash.slice(1)}`)?.focus();
}
