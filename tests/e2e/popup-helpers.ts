// What the popup's browser tests do to storage through the popup page itself.
import type { Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';

/** The extension's API, in the popup page the helpers evaluate in. */
declare const chrome: typeof Browser;

export const seed = (page: Page, items: Record<string, unknown>) => page.evaluate((i) => chrome.storage.local.set(i), items);
export const stored = (page: Page) => page.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;
