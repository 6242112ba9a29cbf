// Build settings for the popup and the summary page (each built on its own, see buildPopupAlone).
// The popup must open fast, so it loads only what its first frame needs:
// - one language's UI strings: locales/bundled.ts becomes an empty record here and
//   utils/popup-strings.ts loads the language shown, each one a chunk of its own;
//   without the overlay's and the worker's strings (`overlay.*`, `bg.*`), which these pages never show;
// - its strings' keys under short names (utils/short-keys.ts), in its code and in the strings alike;
// - the browser's own promise-based `browser`/`chrome` instead of webextension-polyfill (Chrome MV3
//   and Firefox both return promises from every API these pages call), as in the content script.
// The guides are kept out by the code itself: both pages ask the worker for them
// (tests/unit/manifest.test.ts). Imported by wxt.config.ts (hook `vite:build:extendConfig`).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint, EntrypointGroup } from 'wxt';
import { dynamicKeyPrefixes, renameKeys, shortKeyNames, type KeyNames } from '../../utils/short-keys';
import { slimLibraries } from '../../utils/slim-libraries';
import { stripStringKeys, useNativeBrowserAndSignalsCore } from '../../utils/slim-build';

const BUNDLED_STRINGS_MODULE = /[\\/]locales[\\/]bundled\.ts$/;
const LANGUAGE_MODULE = /[\\/]locales[\\/](?:en|ru|kk|zh-CN)\.ts$/;
/** The same module imported as `?full` (utils/popup-strings.ts loadAllStrings): without the rare-string cut. */
const FULL_LANGUAGE_MODULE = /[\\/]locales[\\/](?:en|ru|kk|zh-CN)\.ts\?full$/;
export type Page = 'popup' | 'summary';
/** Key prefixes a page never shows: the overlay's, the worker's, and the summary page's in the popup. */
const FOREIGN: Readonly<Record<Page, string>> = { popup: 'overlay|bg|popup\\.summaryPage', summary: 'overlay|bg' };
/**
 * The strings of what most openings never show (the notices banner, the reset dialog, the export,
 * the panel that says the popup failed), left out of the popup's first load and loaded with those
 * parts (utils/popup-strings.ts loadAllStrings). The punctuation joined around other strings
 * (`punct.*`) too: in the popup only the export uses it. And the lines said only when something
 * went wrong (a save failed, a date or a day count not accepted), after "Show it there again",
 * or after the route was changed (said to screen readers only): loaded whole the first time one is
 * asked for (utils/popup-strings.ts use). Not a line every opening shows in some state: "no reminder
 * will come", said at every opening once the journey is done, is first-load (size-budget.spec.ts).
 */
const RARE =
  'popup\\.(?:notice|item|reset|export|crash|error|shownAgain|routeShown|evidence\\.dateInvalid|reminder\\.daysInvalid)|punct';

/** `full`: a language module imported as `?full`, which keeps the rare strings. */
/** Whether a key's string is left out of the popup's first load (RARE), as stripStringKeys decides it. */
export const isRareKey = (key: string): boolean => new RegExp(`^(?:${RARE})(?:\\.|$)`).test(key);

export function stripForeignStrings(source: string, page: Page = 'popup', full = false): string {
  return stripStringKeys(source, page === 'popup' && !full ? `${FOREIGN[page]}|${RARE}` : FOREIGN[page]);
}

function stringsOnDemand(page: Page): Plugin {
  return {
    name: 'simexit:popup-strings-on-demand',
    enforce: 'pre',
    load(id) {
      if (!BUNDLED_STRINGS_MODULE.test(id)) return null;
      return 'export const BUNDLED_STRINGS = {};\n';
    },
    transform(code, id) {
      const full = FULL_LANGUAGE_MODULE.test(id);
      if (!full && !LANGUAGE_MODULE.test(id)) return null;
      return { code: stripForeignStrings(code, page, full), map: null };
    },
  };
}

/**
 * The popup gets a build of its own (WXT builds every HTML page in one group). Built together with
 * the summary page, the code both use went to a shared chunk: the popup loaded two chunks one after
 * the other (the second only found once the first was parsed, ~10 ms on a busy 2-core machine) and
 * paid gzip's per-file overhead twice (18.7 kB gz as two, 17.7 kB as one). Call from the
 * `entrypoints:grouped` hook; the summary page keeps its own group and this file's settings.
 */
export function buildPopupAlone(groups: EntrypointGroup[]): void {
  const index = groups.findIndex((group) => Array.isArray(group) && group.length > 1 && group.some((e) => e.name === 'popup'));
  if (index === -1) return;
  const pages = groups[index] as Entrypoint[];
  groups.splice(index, 1, pages.filter((e) => e.name === 'popup'), pages.filter((e) => e.name !== 'popup'));
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** What the worker's guide/get answer is made of: the guide data and the protocol's shape. */
const GUIDE_SOURCES = ['data', 'utils/messages.ts'];
/** What a language chunk of the popup is made of: the locales and how they are stripped and renamed. */
const STRINGS_SOURCES = ['locales', 'entrypoints/popup/build.ts', 'utils/slim-build.ts', 'utils/short-keys.ts'];
/** Where the code that asks for UI strings lives: where a key family built at run time would be. */
const CODE_SOURCES = ['components', 'entrypoints', 'utils'];

function filesUnder(path: string): string[] {
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : [join(path, e.name)]));
}

/**
 * A hash of some sources. The popup keys what it remembers between openings by it (guide answers,
 * UI strings: utils/popup-memory.ts), so a build with other guide text or strings never uses them.
 */
export function revisionOf(sources: readonly string[], root = ROOT): string {
  const hash = createHash('sha256');
  const files = sources.flatMap((source) => {
    const full = join(root, source);
    return /\.\w+$/.test(source) ? [full] : filesUnder(full);
  }).sort();
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  // 6 characters, 36 bits: ample to tell one build's sources from another's, and a random string does
  // not compress, so each character costs the popup's first load (its budget is 20 kB gz) about a byte.
  return hash.digest('base64url').slice(0, 6);
}

/**
 * The short name of each key the popup can show: those of its first load first, so they get the
 * one-letter names. Keys of a family the code builds at run time keep their tail under a short head
 * (`route.online` → `2.online`, utils/short-keys.ts).
 */
export function popupKeyNames(root = ROOT): KeyNames {
  const english = readFileSync(join(root, 'locales/en.ts'), 'utf8');
  const first = stringKeysOf(stripForeignStrings(english));
  const rest = stringKeysOf(stripForeignStrings(english, 'popup', true)).filter((key) => !first.includes(key));
  const code = CODE_SOURCES.flatMap((dir) => filesUnder(join(root, dir))).filter((file) => /\.tsx?$/.test(file));
  const dynamic = [...new Set(code.flatMap((file) => dynamicKeyPrefixes(readFileSync(file, 'utf8'), file)))];
  return shortKeyNames([...first, ...rest], dynamic);
}

/** The keys of a strings module, in its order (one `'key': '…'` per line, as stripStringKeys expects). */
export const stringKeysOf = (source: string): string[] => [...source.matchAll(/^\s*'([\w.-]+)':/gm)].map((m) => m[1]!);

/** The popup's code and strings with the short key names (only the project's own modules ask for strings). */
function shortStringKeys(names: KeyNames): Plugin {
  return {
    name: 'simexit:popup-short-string-keys',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.tsx?(?:\?|$)/.test(id)) return null;
      const renamed = renameKeys(code, names);
      return renamed === code ? null : { code: renamed, map: null };
    },
  };
}

/**
 * The strings' revision: their sources and their key names, which also change when the code starts
 * building a key family at run time (the keys after it are renamed).
 */
function stringsRevision(names: KeyNames): string {
  return createHash('sha256').update(revisionOf(STRINGS_SOURCES)).update(JSON.stringify([...names.keys])).digest('base64url').slice(0, 6);
}

export function slimPopupBuild(config: InlineConfig, page: Page = 'popup'): void {
  const names = page === 'popup' ? popupKeyNames() : null;
  config.define = {
    ...config.define,
    __SIMEXIT_GUIDE_REVISION__: JSON.stringify(revisionOf(GUIDE_SOURCES)),
    // The popup's only: keeping a revision drops the others (utils/popup-memory.ts keep), so a summary
    // page that kept its own (it strips other keys) dropped the popup's, and the next opening fetched
    // its strings again. The summary page, opened rarely and not in a hurry, remembers nothing.
    // The key names count too: strings remembered under other names would be shown for other keys.
    __SIMEXIT_STRINGS_REVISION__: names ? JSON.stringify(stringsRevision(names)) : 'undefined',
  };
  // main.tsx re-renders from one effect: no component adapter (a hook imported by mistake fails the build).
  useNativeBrowserAndSignalsCore(config);
  (config.plugins ??= []).push(stringsOnDemand(page), plainDynamicImport(), noHooks());
  if (names) config.plugins.push(shortStringKeys(names), minifyAgain(), slimLibraries());
  // No modulepreload: the lazy chunks (one language, the Astelit note, the export) import nothing
  // the first chunk has not loaded already, so there is nothing to preload.
  (config.build ??= {}).modulePreload = false;
  // Chunks named with 6 hash characters, not 8: every lazy chunk's name is written into the first one,
  // and random characters do not compress (12 names, ~20 B gz). The pages ship together, so the hash
  // only has to tell one build's chunks apart.
  const output = (config.build.rollupOptions ??= {}).output;
  if (!Array.isArray(output)) config.build.rollupOptions.output = { ...output, chunkFileNames: 'chunks/[name]-[hash:6].js' };
}

/**
 * The chunks, once minified by Vite, minified again by terser: its compressor finds what the first
 * pass leaves (138 B gzip of the popup's first chunk, 0.7 %), which the popup's 20 kB budget needs.
 * Terser alone, in Vite's place, saved only 20 B. A third pass, and statements left apart instead
 * of joined into comma sequences (which gzip matches less often), took another ~15-25 B off.
 * No mangling in this pass: the names Vite's esbuild gave are kept, and they compress better than
 * terser's own (renamed again, the first load was 23 B gz larger, 222 B raw).
 * Two of its "unsafe" rewrites, checked against what they changed in this code (51 B gz off the first
 * load): `unsafe` writes `${x}` and String(x) as `"" + x` (the same for the strings and numbers they
 * are given here; a Symbol would throw) and drops a bare `Array.isArray;`; `unsafe_arrows` writes a
 * function expression that uses no `this` as an arrow (nothing here calls one with `new` or reads
 * its prototype: constructors are declarations or classes).
 */
function minifyAgain(): Plugin {
  return {
    name: 'simexit:popup-minify-again',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // The popup's build writes no source maps, so there is none to carry over.
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 3, sequences: false, unsafe: true, unsafe_arrows: true },
          mangle: false,
        });
        if (result.code !== undefined) chunk.code = result.code;
      }
    },
  };
}

/** Components with state of their own are classes here: preact/hooks (1.2 kB gz) stays out of the first load. */
function noHooks(): Plugin {
  return {
    name: 'simexit:popup-no-hooks',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'preact/hooks') this.error(`preact/hooks is left out of this build (imported by ${importer}): make the component a class`);
      return null;
    },
  };
}

const PRELOAD_HELPER = '\0vite/preload-helper.js';

const PRELOAD_HEAD = '__vitePreload(() => ';
const PRELOAD_TAIL = ', __VITE_PRELOAD__)';

/**
 * `__vitePreload(() => import('x'), __VITE_PRELOAD__)`, as Vite wraps every `import()` of a page,
 * as the plain `(import('x'))`: the helper here only calls its loader, and the wrapper, written at
 * each of the popup's 13 `import()`s, cost its first load 25 B gz. The two parts come in pairs
 * around the same code, so dropping both keeps the brackets balanced; a wrapper written some other
 * way fails the build instead of loading something else.
 */
export function unwrapPreloads(code: string): string {
  const heads = code.split(PRELOAD_HEAD).length - 1;
  const tails = code.split(PRELOAD_TAIL).length - 1;
  const plain = code.replaceAll(PRELOAD_HEAD, '(').replaceAll(PRELOAD_TAIL, ')');
  if (heads !== tails || /__vitePreload\(|__VITE_PRELOAD__/.test(plain)) throw new Error(`Vite's preload wrapper changed its shape (${heads} heads, ${tails} tails)`);
  return plain;
}

/**
 * With nothing to preload, Vite's preload helper (~1 kB gz, in the first chunk of every opening)
 * only wraps `import()`; a plain call does the same, and then no call at all. The lazy chunks carry
 * no CSS.
 */
function plainDynamicImport(): Plugin {
  return {
    name: 'simexit:popup-plain-dynamic-import',
    enforce: 'pre',
    load(id) {
      if (id !== PRELOAD_HELPER) return null;
      return 'export const __vitePreload = (load) => load();\n';
    },
    renderChunk(code) {
      return code.includes(PRELOAD_HEAD) ? { code: unwrapPreloads(code), map: null } : null;
    },
  };
}
