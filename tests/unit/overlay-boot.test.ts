// The detector's hand-over to the overlay it had injected: taken once, and nothing to take for a stray injection.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import { claimBoot, guideTiming, putBoot, recordClassifyMs, whenHandedOver, type OverlayBoot } from '@/utils/overlay-boot';

const boot = (): OverlayBoot => ({
  ctx: {} as ContentScriptContext,
  operator: 'kcell',
  stored: Promise.resolve({ settings: DEFAULT_SETTINGS, progress: {}, schemaVersion: undefined, notices: undefined }),
  classification: { href: 'https://www.kcell.kz/ru/product/documents', operator: 'kcell', relevant: true, topics: ['documents'] },
  guide: new Promise(() => undefined),
  classify: () => ({ href: 'https://www.kcell.kz/ru/product/documents', operator: 'kcell', relevant: true, topics: ['documents'] }),
  movedAt: null,
  claimed: false,
});

describe('overlay hand-over', () => {
  it('is nothing when the detector left none (the overlay injected by anything else does nothing)', () => {
    expect(claimBoot()).toBeNull();
  });

  it('is taken by the first overlay only: a second injection (a retried message) starts nothing', () => {
    const handed = boot();
    putBoot(handed);
    expect(claimBoot()).toBe(handed);
    expect(handed.claimed).toBe(true);
    expect(claimBoot()).toBeNull();
  });

  it('a newer hand-over (the detector asked again after a failed injection) can be taken', () => {
    putBoot(boot());
    claimBoot();
    const again = boot();
    putBoot(again);
    expect(claimBoot()).toBe(again);
  });

  it('keeps the last 50 classification times for the tests and the bench', () => {
    const timing = guideTiming();
    timing.classifyMs.length = 0;
    for (let i = 0; i < 60; i++) recordClassifyMs(i);
    expect(timing.classifyMs).toHaveLength(50);
    expect(timing.classifyMs[0]).toBe(10);
    expect(guideTiming()).toBe(timing);
  });
});

describe('an overlay loaded ahead of the hand-over (preloaded on a help page)', () => {
  // Each case starts from a page the detector has not handed over on yet.
  beforeEach(() => {
    for (const key of Object.keys(globalThis)) if (key.startsWith('__simexitKzOverlay')) delete (globalThis as Record<string, unknown>)[key];
  });

  it('waits, then starts in the very task of the hand-over (before the page lays out)', () => {
    const start = vi.fn();
    whenHandedOver(start);
    expect(start).not.toHaveBeenCalled();
    const handed = boot();
    putBoot(handed);
    expect(start).toHaveBeenCalledExactlyOnceWith(handed);
    expect(handed.claimed).toBe(true);
    // A later injection (the detector's own request, retried) finds it taken.
    const late = vi.fn();
    whenHandedOver(late);
    expect(late).not.toHaveBeenCalled();
    putBoot(boot());
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts at once when the hand-over came first (the preload was slower than the page)', () => {
    const handed = boot();
    putBoot(handed);
    const start = vi.fn();
    whenHandedOver(start);
    expect(start).toHaveBeenCalledExactlyOnceWith(handed);
  });

  it('starts one overlay only when two copies were loaded ahead', () => {
    const first = vi.fn();
    const second = vi.fn();
    whenHandedOver(first);
    whenHandedOver(second);
    putBoot(boot());
    expect(first.mock.calls.length + second.mock.calls.length).toBe(1);
  });
});
