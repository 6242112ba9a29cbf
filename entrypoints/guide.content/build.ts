// Build settings for the guide content script only. It is injected into every page of the
// operators' sites, so it carries just what it uses:
// - the browser's own promise-based `browser`/`chrome` instead of webextension-polyfill (Chrome MV3
//   and Firefox both return promises from every API the overlay calls);
// - the UI strings without the popup's and the worker's (`popup.*`, `bg.*`), which it never shows;
// - @preact/signals' core only: the overlay re-renders from one `effect` (guide.tsx), so it needs
//   neither the component adapter nor hooks (a hook imported by mistake fails the build, loudly).
// Imported by wxt.config.ts (hook `vite:build:extendConfig`).
import type { InlineConfig, Plugin } from 'vite';

/** One `'popup.x': '…',` or `'bg.x': "…",` entry on its own line (value a single string literal). */
const FOREIGN_KEY = /^[ \t]*'(?:popup|bg)\.[^'\n]*':\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`),?[ \t]*\n/gm;

export function stripForeignStrings(source: string): string {
  return source.replace(FOREIGN_KEY, '');
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
  const resolve = (config.resolve ??= {});
  const ours = [
    { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
    { find: /^@preact\/signals$/, replacement: '@preact/signals-core' },
  ];
  const alias = resolve.alias;
  // First match wins: put ours in front of the polyfill module's alias.
  if (Array.isArray(alias)) resolve.alias = [...ours, ...alias];
  else resolve.alias = [...ours, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
  (config.plugins ??= []).push(overlayStrings());
}
