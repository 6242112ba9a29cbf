import { describe, expect, it } from 'vitest';
import { dynamicKeyPrefixes, renameKeys, shortKeyNames, shortName } from '@/utils/short-keys';
import { isRareKey, popupKeyNames } from '@/entrypoints/popup/build';
import { en } from '@/locales/en';

describe('shortName', () => {
  it('counts a … z, A … Z, then two letters, never repeating', () => {
    expect([0, 1, 25, 26, 51, 52, 53, 103, 104].map(shortName)).toEqual(['a', 'b', 'z', 'A', 'Z', 'aa', 'ab', 'aZ', 'ba']);
    const names = Array.from({ length: 3000 }, (_, n) => shortName(n));
    expect(new Set(names).size).toBe(3000);
    expect(names.every((name) => /^[a-zA-Z]+$/.test(name))).toBe(true);
  });
});

describe('shortKeyNames', () => {
  it('names keys in order and keeps the tail of a key whose family the code builds', () => {
    const { keys, families } = shortKeyNames(['app.name', 'route.online', 'lang.label', 'route.office'], ['route.']);
    expect([...keys]).toEqual([
      ['app.name', 'a'],
      ['route.online', '0.online'],
      ['lang.label', 'b'],
      ['route.office', '0.office'],
    ]);
    expect([...families]).toEqual([['route.', '0.']]);
  });

  it('names a family inside another within it, so either template finds the same key', () => {
    const { keys, families } = shortKeyNames(['popup.section.before', 'popup.title', 'app.name'], ['popup.section.', 'popup.']);
    expect(keys.get('popup.section.before')).toBe('0.section.before');
    expect(keys.get('popup.title')).toBe('0.title');
    expect(keys.get('app.name')).toBe('a');
    expect(families.get('popup.')).toBe('0.');
    expect(families.get('popup.section.')).toBe('0.section.');
  });

  it('ignores a template head no key starts with', () => {
    expect([...shortKeyNames(['app.name'], ['v1.']).families]).toEqual([]);
  });
});

describe('dynamicKeyPrefixes', () => {
  it('finds the heads of templates, and strings that end in a dot, wherever they are kept', () => {
    const source = "t(lang, `route.${route}`); t(lang, 'popup.item.' + kind); const head = \"date.\"; const c = `sx-badge--${x}`; const u = `${host}.${path}`;";
    expect(dynamicKeyPrefixes(source)).toEqual(['date.', 'popup.item.', 'route.']);
  });

  it('reads a .ts file as TypeScript, not as TSX (a type argument is no element there)', () => {
    const source = 'const cast = <T,>(x: unknown) => <T>x;\nexport const label = (v: string) => t(lang, `route.${v}`);';
    expect(dynamicKeyPrefixes(source, 'utils/x.ts')).toEqual(['route.']);
  });

  it('reads no comment and no text inside other strings', () => {
    const source = "// t(lang, `popup.${x}`)\n/** `popup.section.` */\nconst s = 'see popup.' + x; const u = 'https://www.kcell.kz/';";
    expect(dynamicKeyPrefixes(source)).toEqual([]);
  });
});

describe('renameKeys', () => {
  const names = shortKeyNames(['app.name', 'popup.evidence.title', 'route.online'], ['route.']);

  it('renames whole key literals in code and in the strings alike, whatever the quotes', () => {
    expect(renameKeys(`t(lang, 'app.name'); t(l, "popup.evidence.title"); t(l, \`app.name\`)`, names)).toBe(
      "t(lang, 'a'); t(l, \"b\"); t(l, `a`)",
    );
    expect(renameKeys("export const ru = {\n  'app.name': 'SimExit KZ',\n  'route.online': 'Начать онлайн',\n};", names)).toBe(
      "export const ru = {\n  'a': 'SimExit KZ',\n  '0.online': 'Начать онлайн',\n};",
    );
  });

  it('renames the head of a family the code builds, in templates and wherever it is a string of its own', () => {
    expect(renameKeys('t(lang, `route.${route}`); t(lang, "route." + route); const head = \'route.\';', names)).toBe(
      't(lang, `0.${route}`); t(lang, "0." + route); const head = \'0.\';',
    );
  });

  it('leaves literals that are no key, or only start like one, as they are', () => {
    const code = "'app.name.extra'; 'app'; 'popup.evidence'; `app.name ${x}`; 'www.kcell.kz'; `sx-${id}`; 'date.'";
    expect(renameKeys(code, names)).toBe(code);
  });
});

describe('the popup build’s key names', () => {
  const { keys, families } = popupKeyNames();

  it('finds the key families the code builds at run time', () => {
    // `confidence.${…}` (StepBadges), `popup.notice.${…}` (NoticeBanner), `popup.notice.storage.${…}` (the
    // worker's whole-store notices, utils/popup-notice.ts), `route.${…}` (RouteToggle).
    expect([...families.keys()]).toEqual(['confidence.', 'popup.notice.', 'popup.notice.storage.', 'route.']);
  });

  it('names every key the popup shows, none of the overlay’s or the worker’s, each name once', () => {
    const shown = Object.keys(en).filter((key) => !/^(overlay|bg|popup\.summaryPage)\./.test(key));
    expect([...keys.keys()].sort()).toEqual(shown.sort());
    expect(new Set(keys.values()).size).toBe(keys.size);
  });

  it('gives the keys of the first load the shortest names', () => {
    const rare = isRareKey;
    const lettered = [...keys].filter(([, name]) => /^[a-zA-Z]+$/.test(name));
    const first = lettered.filter(([key]) => !rare(key)).map(([, name]) => name.length);
    const later = lettered.filter(([key]) => rare(key)).map(([, name]) => name.length);
    expect(first.length).toBeGreaterThan(40);
    expect(later.length, 'rare keys with names of their own').toBeGreaterThan(0);
    expect(Math.max(...first)).toBeLessThanOrEqual(Math.min(...later));
  });
});
