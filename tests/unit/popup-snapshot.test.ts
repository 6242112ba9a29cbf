import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSnapshot } from '@/utils/popup-snapshot';

describe('openSnapshot (the popup reads storage once)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives everything stored in one read', async () => {
    await fakeBrowser.storage.local.set({ settings: { lang: 'ru' }, 'progress:kcell:a': { done: true, at: 1 } });
    const snapshot = openSnapshot();
    await snapshot.read;
    expect(snapshot.take()).toEqual({ settings: { lang: 'ru' }, 'progress:kcell:a': { done: true, at: 1 } });
  });

  it('keeps changes made after the read until it is taken, removals included', async () => {
    await fakeBrowser.storage.local.set({ 'progress:kcell:a': { done: true, at: 1 }, 'evidence:kcell': { requestNumber: 'X' } });
    const snapshot = openSnapshot();
    await snapshot.read;
    await fakeBrowser.storage.local.set({ 'progress:kcell:b': { done: true, at: 2 } });
    await fakeBrowser.storage.local.remove('evidence:kcell');
    expect(snapshot.take()).toEqual({ 'progress:kcell:a': { done: true, at: 1 }, 'progress:kcell:b': { done: true, at: 2 } });
  });

  it('stops recording once taken: later changes are for the UI that follows storage', async () => {
    const snapshot = openSnapshot();
    await snapshot.read;
    const items = snapshot.take();
    await fakeBrowser.storage.local.set({ settings: { lang: 'kk' } });
    expect(items).toEqual({});
    expect(snapshot.take()).toEqual({});
  });
});
