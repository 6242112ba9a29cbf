// Build settings for the guide content script only. It is injected into every page of the
// operators' sites, so it carries just what it uses:
// - the browser's own promise-based `browser`/`chrome` instead of webextension-polyfill (Chrome MV3
//   and Firefox both return promises from every API the overlay calls);
// - the UI strings of no language but a little English: the worker hands the overlay the words of the
//   language it shows (utils/overlay-strings.ts), so a page does not parse four languages' (~5 kB gz);
//   the English of utils/overlay-keys.ts FALLBACK_KEYS stays, for the panel to say what failed when no
//   words can be had;
// - @preact/signals' core only: the overlay re-renders from one `effect` (guide.tsx), so it needs
//   neither the component adapter nor hooks (a hook imported by mistake fails the build, loudly).
// Imported by wxt.config.ts (hook `vite:build:extendConfig`).
import type { InlineConfig, Plugin } from 'vite';
import { FALLBACK_KEYS } from '../../utils/overlay-keys';
import { filterStringKeys, useNativeBrowserAndSignalsCore } from '../../utils/slim-build';

const BUNDLED_STRINGS_MODULE = /[\\/]locales[\\/]bundled\.ts$/;
const ENGLISH_MODULE = /[\\/]locales[\\/]en\.ts$/;

/** Only the strings module's entries whose key is in `keep`; every other line as it is. */
export const keepStringKeys = (source: string, keep: readonly string[]): string => filterStringKeys(source, (key) => keep.includes(key));

function overlayStrings(): Plugin {
  return {
    name: 'simexit:overlay-strings',
    enforce: 'pre',
    // English alone, and of it only the fallback.
    load(id) {
      if (!BUNDLED_STRINGS_MODULE.test(id)) return null;
      return "import { en } from './en';\nexport const BUNDLED_STRINGS = { en };\n";
    },
    transform(code, id) {
      if (!ENGLISH_MODULE.test(id)) return null;
      return { code: keepStringKeys(code, FALLBACK_KEYS), map: null };
    },
  };
}

export function slimGuideBuild(config: InlineConfig): void {
  useNativeBrowserAndSignalsCore(config);
  (config.plugins ??= []).push(overlayStrings());
}
