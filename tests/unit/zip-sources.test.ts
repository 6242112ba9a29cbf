import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = join(import.meta.dirname, '../..');

describe('the sources zip leaves out what git ignores', () => {
  it('excludes every ignored path WXT would otherwise pack (dot folders, node_modules and .output it skips itself)', () => {
    const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('.') && !['node_modules/'].includes(line));
    expect(ignored.length).toBeGreaterThan(0);
    const exclude = config.zip?.excludeSources ?? [];
    for (const entry of ignored) {
      const glob = entry.endsWith('/') ? `${entry}**` : `**/${entry}`;
      expect(exclude, `.gitignore has ${entry}`).toContain(glob);
    }
  });
});
