// Reading the extension's whole storage from a browser test, in the worker or in any extension page.
import type { Page, Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';

declare const chrome: typeof Browser;

/** All of storage.local, passed as JSON text: whatever a broken writer stored (even 200 levels deep) can be compared. */
export async function storageOf(where: Worker | Page): Promise<Record<string, unknown>> {
  const read = async () => JSON.stringify(await chrome.storage.local.get(null));
  const text = 'goto' in where ? await where.evaluate(read) : await where.evaluate(read);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Storage once it has stopped changing (the worker's start-up writes done), so "before" is a stable picture. */
export async function settledStorage(where: Worker | Page): Promise<Record<string, unknown>> {
  let previous = JSON.stringify(await storageOf(where));
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const next = JSON.stringify(await storageOf(where));
    if (next === previous) return JSON.parse(next) as Record<string, unknown>;
    previous = next;
  }
  throw new Error('storage kept changing');
}
