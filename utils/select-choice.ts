// A closed <select> changes its value, and fires "change", at every arrow key in Chromium on Windows and
// Linux: one ArrowDown on the language menu switched the whole interface to Chinese, and on the operator
// menu swapped the checklist for another operator's (helper-53; WCAG 3.2.2, on input). A choice moved by
// key is applied when the user confirms it (Enter) or leaves the menu; one made in the open list (a
// click, or Alt+Down or Space and then Enter) is applied at once, as before. Enter does no more: in
// Chromium on Linux it also opened the menu's list, and the Tab after it closed the list on the value
// before, saving that again (helper-64).

/** The last key on a select moved its value (and nothing has confirmed it since). */
let byKey = false;

/** Event handlers for a select showing `current` that calls `choose` once another value is chosen for good. */
export function choiceHandlers(current: string, choose: (value: string) => void) {
  /** Chooses the select's value if it is another; whether it did. */
  const apply = (event: Event): boolean => {
    const { value } = event.currentTarget as HTMLSelectElement;
    return value !== current && (choose(value), true);
  };
  return {
    onKeyDown(event: KeyboardEvent) {
      byKey = !event.altKey && /^(Arrow|Page|Home$|End$|.$)/u.test(event.key) && event.key !== ' ';
      if (event.key === 'Enter') {
        apply(event);
        event.preventDefault();
      }
    },
    onMouseDown() {
      byKey = false;
    },
    onChange(event: Event) {
      if (!byKey) apply(event);
    },
    onBlur(event: FocusEvent) {
      const select = event.currentTarget as HTMLSelectElement;
      // Tab from the operator menu with a new choice went to where its checklist will be once loaded:
      // nowhere, so the next Tab started again from the top (helper-64). Focus stays on the menu instead.
      if (apply(event) && !event.relatedTarget) setTimeout(() => select.focus());
    },
  };
}
