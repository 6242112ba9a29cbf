// One place that decides which Firefox the Firefox browser tests drive (tests/firefox/).
import { existsSync } from 'node:fs';

export const FIREFOX_CANDIDATES = [
  process.env.FIREFOX_PATH,
  // Debian's ESR: the release the Firefox tests are written against (see tests/firefox/harness.ts).
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
].filter(Boolean);

export function findFirefox() {
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}
