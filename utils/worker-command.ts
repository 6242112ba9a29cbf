// The keyboard shortcut to the guide on the operator's page (manifest `commands`, GUIDE_COMMAND; the
// user can change its keys at chrome://extensions/shortcuts or in Firefox's add-on manager). The browser
// gives the keys to the extension alone, so no page and no screen reader sees them as a page key.
import { browser } from 'wxt/browser';
import { GUIDE_FOCUS } from './messages';

/** The command's name in the manifest (wxt.config.ts). */
export const GUIDE_COMMAND = 'go-to-guide';

/** The shortcut's keys as the browser has them now, said by the guide (aria-keyshortcuts); '' if it has none. */
export async function guideKeys(): Promise<string> {
  try {
    return (await browser.commands.getAll()).find((command) => command.name === GUIDE_COMMAND)?.shortcut ?? '';
  } catch {
    // No commands in this browser (Firefox for Android).
    return '';
  }
}

/**
 * The guide in the tab the keys were pressed in takes focus (or gives it back to the page). In a tab
 * with no guide (another site, a page where it is not shown, a site it was hidden on) the toolbar
 * popup opens instead where the browser lets it (Chrome 127 and later), so the keys always lead to
 * the checklist.
 */
export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== GUIDE_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // The guide lives in the top frame only (the detector is not injected into frames).
  const went = typeof tabId === 'number' && (await browser.tabs.sendMessage(tabId, GUIDE_FOCUS, { frameId: 0 }).catch(() => false)) === true;
  // Firefox's MV2 build has browserAction, and opens no popup here: it must open within the key's own event.
  if (!went) await (browser.action ?? browser.browserAction)?.openPopup?.().catch(() => undefined);
}
