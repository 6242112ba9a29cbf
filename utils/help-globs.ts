// The addresses on which the manifest loads the overlay beside the detector, at document_start: those
// naming a help section or a topic, which the detector would preload it on anyway (utils/detect.ts
// urlOutlook 'help'). The worker's injection for those pages cost a round trip that ended, on the
// bench page, ~40 ms after DOMContentLoaded, so the overlay rendered only after the page's first frame.
// Globs cannot say "a whole path word" as urlOutlook does, so they are wider: a page they take in by
// mistake (`/helpful-tips`) compiles overlay.js, which waits for a hand-over that never comes; a help
// page they miss (`/FAQ`) gets the overlay through the worker, as before.
import { PATH_HINTS, SUPPORT_PATH_WORDS } from './detect-vocabulary';

/** What starts a word in an address: a path segment or subdomain (`//help.`), or a joined word. */
const WORD_STARTS = ['/', '-', '_'] as const;

/** `*` + a word start + the word + `*`, the word as written in the vocabulary and capitalised (Beeline's `/Help/`). */
export function helpPageGlobs(words: readonly string[]): string[] {
  const globs = new Set<string>();
  for (const word of words) {
    for (const form of [word, word.charAt(0).toUpperCase() + word.slice(1)]) {
      for (const start of WORD_STARTS) globs.add(`*${start}${form}*`);
    }
  }
  return [...globs];
}

export const HELP_PAGE_GLOBS: readonly string[] = helpPageGlobs([...SUPPORT_PATH_WORDS, ...Object.keys(PATH_HINTS)]);
