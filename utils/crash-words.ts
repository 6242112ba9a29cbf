// What the popup's failure panel (components/popup/ErrorPanel.tsx) tells the user to do: only what can
// help in that case. Loaded with the panel, not in the popup's first load.

/**
 * The panel's sentence. `retry`: it can ask again for what could not be loaded ("Try again").
 * `alive`: the extension's context is still there; once it is gone (the extension updated, reloaded or
 * turned off under the open window) neither asking again nor reopening this window can help, and its
 * words say to open the extension again from the toolbar. Otherwise a script error: reopening can
 * (the next opening draws what the worker gives, tests/e2e/popup-failure.spec.ts).
 */
export function crashWords(retry: boolean, alive: boolean): 'popup.crash.gone' | 'popup.crash.retryBody' | 'popup.crash.body' {
  return !alive ? 'popup.crash.gone' : retry ? 'popup.crash.retryBody' : 'popup.crash.body';
}
