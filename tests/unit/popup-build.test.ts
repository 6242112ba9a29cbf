// The popup's build drops the overlay's and the worker's strings from each language chunk; every
// other string must stay (a missing one would show as English or as a raw key in the popup).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint, EntrypointGroup } from 'wxt';
import { buildPopupAlone, revisionOf, slimPopupBuild, stringKeysOf as keysOf, stripForeignStrings, unwrapPreloads } from '@/entrypoints/popup/build';


describe('popup build: strings of one language without the overlay and worker ones', () => {
  it.each(['en', 'ru', 'kk', 'zh-CN'])('%s', (lang) => {
    const source = readFileSync(`locales/${lang}.ts`, 'utf8');
    const foreign = (key: string) => key.startsWith('overlay.') || key.startsWith('bg.');
    const summaryOnly = (key: string) => key.startsWith('popup.summaryPage.');
    const rare = (key: string) =>
      /^(popup\.(notice|item|reset|export|crash|error)|punct)\./.test(key) ||
      ['popup.shownAgain', 'popup.routeShown', 'popup.evidence.dateInvalid', 'popup.reminder.daysInvalid'].includes(key);
    // The popup never shows the summary page's own strings; the summary page keeps them.
    expect(keysOf(stripForeignStrings(source, 'popup', true))).toEqual(keysOf(source).filter((key) => !foreign(key) && !summaryOnly(key)));
    // Its first load also leaves out the strings of the parts most openings never show.
    expect(keysOf(stripForeignStrings(source, 'popup'))).toEqual(keysOf(source).filter((key) => !foreign(key) && !summaryOnly(key) && !rare(key)));
    expect(keysOf(source).some(rare)).toBe(true);
    expect(keysOf(stripForeignStrings(source, 'summary'))).toEqual(keysOf(source).filter((key) => !foreign(key)));
    expect(keysOf(source).some(foreign)).toBe(true);
    expect(keysOf(source).some(summaryOnly)).toBe(true);
  });

  it('no popup code asks for a summary page string', () => {
    const popupCode = ['entrypoints/popup', 'components/popup'].flatMap((dir) =>
      readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')),
    );
    expect(popupCode.filter((code) => code.includes('popup.summaryPage.'))).toEqual([]);
  });

  it('only the parts loaded with every string (loadAllStrings) ask for the strings the first load leaves out', () => {
    // The notices banner and its labels, the reset dialog (its texts are passed once it is loaded), the export,
    // the panel said when the popup fails (shown once its strings are in).
    const allowed = [
      'components/popup/ErrorPanel.tsx',
      // Which of the panel's sentences applies (imported by ErrorPanel alone).
      'utils/crash-words.ts',
      'components/popup/NoticeBanner.tsx',
      'utils/popup-notice.ts',
      'entrypoints/popup/OperatorPanel.tsx',
      'utils/export-markdown.ts',
      // The export's and the summary page's step lines (punctuation).
      'utils/step-labels.ts',
      'entrypoints/summary/Summary.tsx',
      // The summary page's failure panel: that page loads every string of its language (entrypoints/summary/build.ts).
      'entrypoints/summary/main.tsx',
      // The overlay's list of its keys (the popup imports it nowhere: it would carry the list).
      'utils/overlay-keys.ts',
    ];
    const files = ['entrypoints/popup', 'components/popup', 'components', 'utils', 'entrypoints/summary'].flatMap((dir) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
        .map((e) => join(dir, e.name)),
    );
    const asking = files.filter((file) => /'(popup\.(notice|item|reset|export|crash)|punct)\./.test(readFileSync(file, 'utf8')));
    expect(asking.sort()).toEqual(allowed.sort());
    // In the operator panel, the reset dialog's strings are read only where the loaded dialog renders.
    const panel = readFileSync('entrypoints/popup/OperatorPanel.tsx', 'utf8');
    for (const line of panel.split('\n').filter((l) => l.includes("'popup.reset."))) expect(line).toMatch(/^\s+(title|body|confirmLabel|cancelLabel|confirm|cancel)[=:]/);
  });
});

describe('popup build: a build of its own', () => {
  const entry = (name: string) => ({ name }) as Entrypoint;
  const names = (groups: EntrypointGroup[]) => groups.map((g) => (Array.isArray(g) ? g.map((e) => e.name) : g.name));

  it('takes the popup out of the HTML pages group, so the code it shares with them is not a second chunk it must load', () => {
    const groups: EntrypointGroup[] = [entry('background'), [entry('popup'), entry('summary')], entry('guide')];
    buildPopupAlone(groups);
    expect(names(groups)).toEqual(['background', ['popup'], ['summary'], 'guide']);
  });

  it('leaves groups without the popup, or with the popup alone, as they are', () => {
    const groups: EntrypointGroup[] = [entry('background'), [entry('summary')], [entry('popup')]];
    buildPopupAlone(groups);
    expect(names(groups)).toEqual(['background', ['summary'], ['popup']]);
  });
});

describe('popup build: the revision what the popup remembers is keyed by', () => {
  it('changes with the sources named (a folder or a file), and only with them', () => {
    const guideRevision = (root: string) => revisionOf(['data', 'utils/messages.ts'], root);
    const root = mkdtempSync(join(tmpdir(), 'simexit-revision-'));
    try {
      mkdirSync(join(root, 'data/operators'), { recursive: true });
      mkdirSync(join(root, 'utils'), { recursive: true });
      writeFileSync(join(root, 'data/operators/kcell.ts'), 'export const kcell = 1;');
      writeFileSync(join(root, 'utils/messages.ts'), 'export type Request = 1;');
      writeFileSync(join(root, 'utils/other.ts'), 'x');
      const first = guideRevision(root);
      expect(guideRevision(root)).toBe(first);
      writeFileSync(join(root, 'utils/other.ts'), 'y');
      expect(guideRevision(root)).toBe(first);
      writeFileSync(join(root, 'data/operators/kcell.ts'), 'export const kcell = 2;');
      const second = guideRevision(root);
      expect(second).not.toBe(first);
      writeFileSync(join(root, 'utils/messages.ts'), 'export type Request = 2;');
      expect(guideRevision(root)).not.toBe(second);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('popup build: no preact/hooks', () => {
  it('fails the build when a component imports preact/hooks (1.2 kB gz of every opening), and lets anything else resolve', () => {
    const config: InlineConfig = {};
    slimPopupBuild(config);
    const plugin = (config.plugins as Plugin[]).find((p) => p.name === 'simexit:popup-no-hooks')!;
    const resolveId = plugin.resolveId as (this: unknown, id: string, importer: string) => unknown;
    const context = {
      error(message: string): never {
        throw new Error(message);
      },
    };
    expect(() => resolveId.call(context, 'preact/hooks', '/x/App.tsx')).toThrow(/App\.tsx.*class/);
    expect(resolveId.call(context, 'preact', '/x/App.tsx')).toBeNull();
  });
});

describe('popup build: import() without the preload wrapper', () => {
  it('leaves the plain import(), nested ones too, and fails on a wrapper of another shape', () => {
    const wrapped =
      'const en = () => __vitePreload(() => import("./en-X.js").then((m) => m.en), __VITE_PRELOAD__);\n' +
      'x(__vitePreload(() => import("./a.js").then(() => __vitePreload(() => import("./b.js"), __VITE_PRELOAD__)), __VITE_PRELOAD__));';
    expect(unwrapPreloads(wrapped)).toBe(
      'const en = () => (import("./en-X.js").then((m) => m.en));\nx((import("./a.js").then(() => (import("./b.js")))));',
    );
    expect(unwrapPreloads('import("./a.js")')).toBe('import("./a.js")');
    // Deps written out, or a third argument: not the wrapper this drops.
    expect(() => unwrapPreloads('__vitePreload(() => import("./a.js"), ["x.css"])')).toThrow(/shape/);
    expect(() => unwrapPreloads('__vitePreload(() => import("./a.js"), __VITE_PRELOAD__, import.meta.url)')).toThrow(/shape/);
  });
});
