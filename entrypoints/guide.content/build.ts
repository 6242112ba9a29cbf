// Build settings for the guide content script only. It is injected into every page of the
// operators' sites, so it carries just what it uses:
// - the browser's own promise-based `browser`/`chrome` instead of webextension-polyfill (Chrome MV3
//   and Firefox both return promises from every API the overlay calls);
// - the UI strings of no language: the worker hands the overlay the words of the language it shows
//   (utils/overlay-strings.ts), so a page does not parse four languages' (~5 kB gz); the few the panel
//   needs to say what failed when no words can be had (utils/overlay-keys.ts FALLBACK_KEYS) are read from
//   the extension's _locales, in the browser's language (utils/fallback-words.ts);
// - @preact/signals' core only: the overlay re-renders from one `effect` (guide.tsx), so it needs
//   neither the component adapter nor hooks (a hook imported by mistake fails the build, loudly);
// - and, as the popup, without the library parts it never reaches (utils/slim-libraries.ts: Preact's SVG and
//   MathML, signals' subscribe and devtools options; about 270 B gz of overlay.js).
// Imported by wxt.config.ts (hook `vite:build:extendConfig`).
import type { InlineConfig, Plugin } from 'vite';
import { useNativeBrowserAndSignalsCore } from '../../utils/slim-build';
import { slimLibraries } from '../../utils/slim-libraries';

const BUNDLED_STRINGS_MODULE = /[\\/]locales[\\/]bundled\.ts$/;
const LANGUAGE_MODULE = /[\\/]locales[\\/](?:en|ru|kk|zh-CN)\.ts$/;

function overlayStrings(): Plugin {
  return {
    name: 'simexit:overlay-strings',
    enforce: 'pre',
    // No language's module: the fallback words, from _locales at run time.
    load(id) {
      if (!BUNDLED_STRINGS_MODULE.test(id)) return null;
      return [
        "import { browser } from 'wxt/browser';",
        "import { FALLBACK_KEYS } from '../utils/overlay-keys';",
        "import { fallbackWords } from '../utils/fallback-words';",
        'export const BUNDLED_STRINGS = fallbackWords(FALLBACK_KEYS, (name) => browser.i18n.getMessage(name));',
        '',
      ].join('\n');
    },
    // A language's module imported for its values would put all of its words on every page: fail loudly.
    transform(_code, id) {
      if (LANGUAGE_MODULE.test(id)) throw new Error(`${id}: the overlay and the detector bundle no language (see entrypoints/guide.content/build.ts)`);
      return null;
    },
  };
}

export function slimGuideBuild(config: InlineConfig): void {
  useNativeBrowserAndSignalsCore(config);
  (config.plugins ??= []).push(overlayStrings(), slimLibraries());
}
