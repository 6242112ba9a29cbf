// Build settings for the summary page only (the rest it shares with the popup: entrypoints/popup/build.ts).
// utils/popup-strings.ts imports each language twice, as is and as `?full`, for the popup's first load
// and its rarely shown parts. The summary page keeps every string either way, so the two were the
// same module under two ids: each language shipped twice, byte for byte (4 × 5-7.6 kB, 25 kB in all).
// Kept out of entrypoints/popup/build.ts, whose text is part of the popup's strings revision (a change
// there makes every popup fetch its strings again). Imported by wxt.config.ts (hook `vite:build:extendConfig`).
import type { InlineConfig, Plugin } from 'vite';

const FULL = '?full';

function oneChunkPerLanguage(): Plugin {
  return {
    name: 'simexit:summary-one-chunk-per-language',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.endsWith(FULL)) return null;
      return this.resolve(id.slice(0, -FULL.length), importer, { skipSelf: true });
    },
  };
}

export function slimSummaryBuild(config: InlineConfig): void {
  (config.plugins ??= []).push(oneChunkPerLanguage());
}
