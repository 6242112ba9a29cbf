// Shared by the summary page's browser tests: the page's question to the worker (`guide/get`), refused.
import type { Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';

declare const chrome: typeof Browser;

/** Every `guide/get` the page sends is refused with `message`, as Chrome or the worker would; other messages go through. */
export async function refuseGuide(page: Page, message: string): Promise<void> {
  await page.addInitScript((refusal) => {
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = ((request: { type?: string }) =>
      request?.type === 'guide/get' ? Promise.reject(new Error(refusal)) : send(request)) as typeof chrome.runtime.sendMessage;
  }, message);
}
