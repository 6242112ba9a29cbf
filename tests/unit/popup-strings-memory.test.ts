// The popup remembers a language's strings once loaded, so a later opening has them without fetching
// its chunk; only strings of the same build (revision) are used.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kk } from '@/locales/kk';

vi.mock('@/locales/bundled', () => ({ BUNDLED_STRINGS: {} }));

const map = new Map<string, string>();
const store = {
  get length() {
    return map.size;
  },
  key: (i: number) => [...map.keys()][i] ?? null,
  getItem: (k: string) => map.get(k) ?? null,
  setItem: (k: string, v: string) => void map.set(k, v),
  removeItem: (k: string) => void map.delete(k),
};

async function freshPopup(revision: string) {
  vi.resetModules();
  vi.stubGlobal('__SIMEXIT_STRINGS_REVISION__', revision);
  vi.stubGlobal('localStorage', store);
  const i18n = await import('@/utils/i18n');
  const strings = await import('@/utils/popup-strings');
  return { ...i18n, ...strings };
}

beforeEach(() => {
  map.clear();
  vi.unstubAllGlobals();
});

describe('loadStrings remembers the languages shown', () => {
  it('keeps a loaded language, and a later opening of the same build uses it without the chunk', async () => {
    const first = await freshPopup('r1');
    expect(await first.loadStrings('kk')).toBe('kk');
    // Written down after the strings are in use.
    await new Promise((resolve) => setTimeout(resolve));
    expect(JSON.parse(map.get('simexit:strings:r1:kk')!)).toEqual(kk);

    // Marked, to tell the kept record from the chunk's.
    map.set('simexit:strings:r1:kk', JSON.stringify({ ...kk, 'route.office': 'kept' }));
    const later = await freshPopup('r1');
    expect(later.hasStrings('kk')).toBe(false);
    expect(await later.loadStrings('kk')).toBe('kk');
    expect(later.t('kk', 'route.office')).toBe('kept');
  });

  it('never uses strings of another build, and drops them once the new ones are kept', async () => {
    map.set('simexit:strings:old:kk', JSON.stringify({ ...kk, 'route.office': 'old' }));
    const popup = await freshPopup('new');
    expect(await popup.loadStrings('kk')).toBe('kk');
    expect(popup.t('kk', 'route.office')).toBe(kk['route.office']);
    await new Promise((resolve) => setTimeout(resolve));
    expect([...map.keys()]).toEqual(['simexit:strings:new:kk']);
  });

  it('an unreadable kept record is ignored and the chunk loaded instead', async () => {
    map.set('simexit:strings:r1:kk', '{"app.name":');
    const popup = await freshPopup('r1');
    expect(await popup.loadStrings('kk')).toBe('kk');
    expect(popup.t('kk', 'route.office')).toBe(kk['route.office']);
  });
});

describe('loadAllStrings: the rarely shown parts get their strings', () => {
  it('replaces a first-load record (without the rare strings) with the whole language, and loads later languages whole', async () => {
    // What the popup's first load keeps: no notice, reset or export strings.
    const firstLoad = Object.fromEntries(Object.entries(kk).filter(([key]) => !/^popup\.(notice|item|reset|export)\./.test(key)));
    map.set('simexit:strings:r1:kk', JSON.stringify(firstLoad));
    map.set('simexit:strings:r1:ru', JSON.stringify({ ...firstLoad, 'app.name': 'kept' }));
    const popup = await freshPopup('r1');
    expect(await popup.loadStrings('kk')).toBe('kk');
    expect(popup.t('kk', 'popup.reset.title', { name: 'Kcell' })).toBe('popup.reset.title');

    expect(await popup.loadAllStrings('kk')).toBe('kk');
    expect(popup.t('kk', 'popup.reset.title', { name: 'Kcell' })).toBe(kk['popup.reset.title'].replace('{name}', 'Kcell'));
    // Switching language with the reset dialog open: the next language comes whole, not from the kept first-load record.
    expect(await popup.loadStrings('ru')).toBe('ru');
    expect(popup.t('ru', 'app.name')).not.toBe('kept');
    expect(popup.t('ru', 'popup.notice.dismiss')).not.toBe('popup.notice.dismiss');
  });
});
