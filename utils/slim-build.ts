// Build settings shared by the bundles that must stay small (the guide content script and overlay,
// the popup and the summary page), applied from their build files in entrypoints/*/build.ts.
import type { InlineConfig } from 'vite';

/** A `'key': '…',` entry of a strings module on a line of its own, with a single string literal value. */
const STRING_ENTRY = /^[ \t]*'([^'\n]+)':\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`),?[ \t]*\n/gm;

/** The strings module with only the entries whose key `keep` accepts; every other line as it is. */
export function filterStringKeys(source: string, keep: (key: string) => boolean): string {
  return source.replace(STRING_ENTRY, (line, key: string) => (keep(key) ? line : ''));
}

/**
 * Removes every entry whose key is one of `prefixes`, a RegExp alternation such as `popup|bg\.x`,
 * or starts with one and a dot: the UI strings a bundle never shows.
 */
export function stripStringKeys(source: string, prefixes: string): string {
  const dropped = new RegExp(`^(?:${prefixes})(?:\\.|$)`);
  return filterStringKeys(source, (key) => !dropped.test(key));
}

/**
 * The browser's own promise-based `browser`/`chrome` instead of webextension-polyfill (Chrome MV3
 * and Firefox both return promises from every API these bundles call), and @preact/signals' core
 * without the component adapter (these UIs re-render from one effect).
 */
export function useNativeBrowserAndSignalsCore(config: InlineConfig): void {
  const resolve = (config.resolve ??= {});
  const ours = [
    { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
    { find: /^@preact\/signals$/, replacement: '@preact/signals-core' },
  ];
  const alias = resolve.alias;
  // First match wins: put ours in front of the polyfill module's alias.
  if (Array.isArray(alias)) resolve.alias = [...ours, ...alias];
  else resolve.alias = [...ours, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
}
