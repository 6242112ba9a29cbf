// The popup's build bundles no UI strings (locales/bundled.ts is emptied there); this runs the same
// code with the same empty bundle.
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/locales/en';

vi.mock('@/locales/bundled', () => ({ BUNDLED_STRINGS: {} }));

const { t, hasStrings } = await import('@/utils/i18n');
const { availableLangs, loadStrings } = await import('@/utils/popup-strings');

describe('loadStrings (popup: one language at a time)', () => {
  it('starts with no language and loads only the one asked for', async () => {
    expect(availableLangs.value.size).toBe(0);
    expect(await loadStrings('kk')).toBe('kk');
    expect(t('kk', 'route.office')).toBe('Бірден кеңсеге');
    expect([...availableLangs.value]).toEqual(['kk']);
    expect(hasStrings('ru')).toBe(false);
    expect(hasStrings('en')).toBe(false);
  });

  it('asking twice loads once and gives the same language', async () => {
    const [a, b] = await Promise.all([loadStrings('zh-CN'), loadStrings('zh-CN')]);
    expect([a, b]).toEqual(['zh-CN', 'zh-CN']);
    expect(t('zh-CN', 'progress.count', { done: 1, total: 2 })).toBe('已完成\u00a01\u00a0项，共\u00a02\u00a0项');
  });

  it('a language without strings falls back to English once English is loaded', async () => {
    await loadStrings('en');
    expect(t('ru', 'route.office')).toBe(en['route.office']);
  });
});
