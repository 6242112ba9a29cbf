import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FLOOR_MARK, unpackedExtensionId, writeFloorExtension } from '../../scripts/bench-floor';

describe('the popup floor extension of the bench', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('computes the id Chromium gives an unpacked extension from its path', () => {
    // Read off Chromium 156 with this path loaded by --load-extension.
    expect(unpackedExtensionId('/tmp/w1/.output/chrome-mv3')).toBe('mndieolpggdjodgndkgjbfpkaodpcnki');
    expect(unpackedExtensionId('/a')).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId('/a')).not.toBe(unpackedExtensionId('/b'));
  });

  it('writes an extension with no permissions, no content scripts and a page that only sets a mark', () => {
    const parent = mkdtempSync(join(tmpdir(), 'floor-test-'));
    made.push(parent);
    const { path, url } = writeFloorExtension(parent);
    expect(path).toBe(realpathSync(path));
    expect(url).toBe(`chrome-extension://${unpackedExtensionId(path)}/floor.html`);
    const manifest = JSON.parse(readFileSync(join(path, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest).sort()).toEqual(['manifest_version', 'name', 'version']);
    expect(readFileSync(join(path, 'floor.js'), 'utf8')).toBe(`performance.mark("${FLOOR_MARK}");\n`);
    expect(readFileSync(join(path, 'floor.html'), 'utf8')).toContain('<script type="module" src="/floor.js"></script>');
  });
});
