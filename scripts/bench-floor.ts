// The popup's same-run baseline for `npm run bench`: a second, tiny unpacked extension loaded beside
// ours, whose one page has nothing of SimExit KZ, only a module script that sets a mark. Opened
// interleaved with the popup, it is the floor an extension page costs on the machine of the run, so
// popupReadyMs can be read against it (an empty extension page alone was above the 50 ms target here).
// Written to a temporary folder at bench time, never shipped.
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOOR_MARK = 'bench:floor-ready';
export const FLOOR_PAGE = 'floor.html';

/**
 * The id Chromium gives an unpacked extension: SHA-256 of its absolute path, the first 16 bytes in
 * hex written with the letters a–p (Chromium's crx_file::id_util::GenerateIdForPath, POSIX).
 */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Writes the floor extension into `parent` and says where it is and the address of its page. */
export function writeFloorExtension(parent: string): { path: string; url: string } {
  const dir = join(parent, 'bench-floor-extension');
  mkdirSync(dir, { recursive: true });
  // No permissions, no content scripts, no worker: it touches no page and no other extension.
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'bench floor', version: '1' }));
  writeFileSync(
    join(dir, FLOOR_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>' +
      '<script type="module" src="/floor.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'floor.js'), `performance.mark(${JSON.stringify(FLOOR_MARK)});\n`);
  // Chromium makes the path absolute and resolves links before hashing it.
  const path = realpathSync(dir);
  return { path, url: `chrome-extension://${unpackedExtensionId(path)}/${FLOOR_PAGE}` };
}
