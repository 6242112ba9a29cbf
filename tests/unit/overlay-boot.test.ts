// The detector's hand-over to the overlay it had injected: taken once, and nothing to take for a stray injection.
import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import { claimBoot, guideTiming, putBoot, recordClassifyMs, type OverlayBoot } from '@/utils/overlay-boot';

const boot = (): OverlayBoot => ({
  ctx: {} as ContentScriptContext,
  operator: 'kcell',
  stored: Promise.resolve({ settings: DEFAULT_SETTINGS, progress: {} }),
  classification: { href: 'https://www.kcell.kz/ru/product/documents', operator: 'kcell', relevant: true, topics: ['documents'] },
  guide: new Promise(() => undefined),
  classify: () => ({ href: 'https://www.kcell.kz/ru/product/documents', operator: 'kcell', relevant: true, topics: ['documents'] }),
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
