import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
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

// Mozilla's reviewers rebuild the add-on from the sources zip (README: "Building the Firefox package from
// its sources") and reject it when the result differs from the package submitted.
describe('the sources zip rebuilds the Firefox package', () => {
  const work = mkdtempSync(join(tmpdir(), 'simexit-sources-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('file for file, from the sources zip alone and the locked dependencies', () => {
    const out = join(work, 'out');
    runWxt(ROOT, `import { zip } from 'wxt'; await zip({ browser: 'firefox', outDir: ${JSON.stringify(out)} });`);
    const sourcesZip = readdirSync(out).find((name) => name.endsWith('-sources.zip'));
    expect(sourcesZip, `zips in ${out}: ${readdirSync(out).join(', ')}`).toBeDefined();

    const src = join(work, 'src');
    const entries = unzip(readFileSync(join(out, sourcesZip!)));
    for (const [name, data] of entries) {
      mkdirSync(dirname(join(src, name)), { recursive: true });
      writeFileSync(join(src, name), data);
    }
    // The README's instructions, and what `npm ci` would install: package-lock.json is in the zip.
    expect(entries.has('README.md') && entries.has('package-lock.json')).toBe(true);
    // `npm ci` offline: the dependencies already installed here, at the versions package-lock.json names.
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'junction');
    runWxt(src, `import { build } from 'wxt'; await build({ browser: 'firefox' });`);

    const submitted = filesOf(join(out, 'firefox-mv2'));
    const rebuilt = filesOf(join(src, '.output/firefox-mv2'));
    expect([...rebuilt.keys()]).toEqual([...submitted.keys()]);
    const differing = [...submitted].filter(([name, data]) => !data.equals(rebuilt.get(name)!)).map(([name]) => name);
    expect(differing, 'files that differ when rebuilt from the sources zip').toEqual([]);
  }, 300_000);
});

/** A WXT call in a child process, as manifest.test.ts does: a production build, out of vitest's module graph. */
function runWxt(cwd: string, script: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, env, stdio: 'pipe', timeout: 240_000 });
}

function filesOf(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
  return new Map(names.sort().map((name) => [name.replaceAll('\\', '/'), readFileSync(join(dir, name))]));
}

/** The files of a zip (stored or deflated entries, as WXT writes them), by their path in it. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'end of central directory').toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at), 'central directory entry').toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + packed);
    expect([0, 8], `${name}: compression method`).toContain(method);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    expect(files.get(name)?.length ?? 0, `${name}: size`).toBe(name.endsWith('/') ? 0 : size);
    at += 46 + skip;
  }
  return files;
}
