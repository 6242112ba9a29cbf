// Build settings for the guide content script only. It is injected into every page of the
// operators' sites, so it carries just what it uses:
// - the browser's own promise-based `browser`/`chrome` instead of webextension-polyfill (Chrome MV3
//   and Firefox both return promises from every API the overlay calls);
// - the UI strings without the popup's and the worker's (`popup.*`, `bg.*`), which it never shows;
// - @preact/signals' core only: the overlay re-renders from one `effect` (guide.tsx), so it needs
//   neither the component adapter nor hooks (a hook imported by mistake fails the build, loudly).
// Imported by wxt.config.ts (hook `vite:build:extendConfig`).
import type { InlineConfig, Plugin } from 'vite';
import { stripStringKeys, useNativeBrowserAndSignalsCore } from '../../utils/slim-build';

/** Without the popup's and the worker's strings (`popup.*`, `bg.*`). */
export function stripForeignStrings(source: string): string {
  return stripStringKeys(source, 'popup|bg');
}

function overlayStrings(): Plugin {
  return {
    name: 'simexit:overlay-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]locales[\\/][\w-]+\.ts$/.test(id)) return null;
      return { code: stripForeignStrings(code), map: null };
    },
  };
}

export function slimGuideBuild(config: InlineConfig): void {
  useNativeBrowserAndSignalsCore(config);
  (config.plugins ??= []).push(overlayStrings());
}
