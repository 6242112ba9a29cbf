// The popup's page opened by the worker, for an operator named in its address: from a reminder's
// notification, and from the overlay on another operator's site (the list in progress is elsewhere).
import { browser } from 'wxt/browser';
import type { OperatorId } from '@/data/schema';

/**
 * The popup's page is laid out for the toolbar popup's 400 × 580 (entrypoints/popup/style.css): a
 * window of its own that size, with room for a desktop's window frame, rather than a full tab with
 * a small box in its corner. Where there are no windows (Firefox for Android), a tab.
 */
const POPUP_WINDOW = { width: 420, height: 640 } as const;

export async function openPopupWindow(operator: OperatorId): Promise<void> {
  const url = browser.runtime.getURL(`/popup.html?operator=${operator}`);
  try {
    await browser.windows.create({ url, type: 'popup', ...POPUP_WINDOW });
  } catch {
    await browser.tabs.create({ url });
  }
}
