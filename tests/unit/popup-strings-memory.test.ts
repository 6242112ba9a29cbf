// The popup remembers a language's strings once loaded, so a later opening has them without fetching
// its chunk; only strings of the same build (revision) are used.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kk } from '@/locales/kk?full';
import { ru as ruStrings } from '@/locales/ru?full';

vi.mock('@/locales/bundled', () => ({ BUNDLED_STRINGS: {} }));
// As the popup's build makes them: the first load of a language has no notice, reset or export
// strings, nor the lines said when something goes wrong; `?full` (loadAllStrings) has every one.
const RARE = /^popup\.(notice|item|reset|export|error)\.|^popup\.(shownAgain|evidence\.dateInvalid|reminder\.(daysInvalid|checked))$/;
const firstLoad = <T extends object>(strings: T): T => Object.fromEntries(Object.entries(strings).filter(([key]) => !RARE.test(key))) as T;
vi.mock('@/locales/ru', async (original) => {
  const { ru } = await original<typeof import('@/locales/ru')>();
  return { ru: firstLoad(ru) };
});
vi.mock('@/locales/kk', async (original) => {
  const { kk } = await original<typeof import('@/locales/kk')>();
  return { kk: firstLoad(kk) };
});

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
    expect(JSON.parse(map.get('simexit:strings:r1:kk')!)).toEqual(firstLoad(kk));

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
    // Missing: nothing shown, never the key.
    expect(popup.t('kk', 'popup.reset.title', { name: 'Kcell' })).toBe('');

    expect(await popup.loadAllStrings('kk')).toBe('kk');
    expect(popup.t('kk', 'popup.reset.title', { name: 'Kcell' })).toBe(kk['popup.reset.title'].replace('{name}', 'Kcell'));
    // Switching language with the reset dialog open: the next language comes whole, not from the kept first-load record.
    expect(await popup.loadStrings('ru')).toBe('ru');
    expect(popup.t('ru', 'app.name')).not.toBe('kept');
    expect(popup.t('ru', 'popup.notice.dismiss')).not.toBe('popup.notice.dismiss');
  });
});

describe('a rare string asked for before any rare part loaded the strings whole', () => {
  it('reads as nothing (no key, no English), brings the language whole and tells the popup, which renders again', async () => {
    const popup = await freshPopup('r1');
    await popup.loadStrings('en');
    expect(await popup.loadStrings('ru')).toBe('ru');
    let changes = 0;
    const stop = popup.availableLangs.subscribe(() => changes++);
    expect(popup.t('ru', 'popup.evidence.dateInvalid')).toBe('');
    await vi.waitFor(() => expect(popup.t('ru', 'popup.evidence.dateInvalid')).toBe(ruStrings['popup.evidence.dateInvalid']));
    // Once on subscribing, then at least once as the whole language came.
    expect(changes).toBeGreaterThan(1);
    stop();
  });
});

describe('loadAllStrings while another language is loading or shown', () => {
  it('the language still loading without the rare strings gets them once it is in', async () => {
    const popup = await freshPopup('r1');
    // The popup switches to Russian while a notice asks for the banner in the language shown so far.
    const ru = popup.loadStrings('ru');
    // The popup switches the moment Russian is available (entrypoints/popup/shell.ts): what the
    // banner would show then is what the user reads, as it is not rendered again for later strings.
    let atSwitch: string | null = null;
    const stop = popup.availableLangs.subscribe((langs) => {
      if (langs.has('ru') && atSwitch === null) atSwitch = popup.t('ru', 'popup.notice.dismiss');
    });
    await popup.loadAllStrings('en');
    await ru;
    stop();
    expect(atSwitch).toBe(ruStrings['popup.notice.dismiss']);
  });

  it('a language already shown has them by the time the part renders (the banner does not re-render when they come)', async () => {
    // Kazakh whole arrives after English whole, as a chunk fetched in the browser may.
    vi.doMock('@/locales/kk?full', async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return { kk };
    });
    try {
      const popup = await freshPopup('r1');
      await popup.loadStrings('kk');
      await popup.loadAllStrings('en');
      expect(popup.t('kk', 'popup.notice.dismiss')).toBe(kk['popup.notice.dismiss']);
    } finally {
      vi.doUnmock('@/locales/kk?full');
    }
  });
});
