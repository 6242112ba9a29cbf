import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../scripts/demo-build';
import { demoHeadless, demoOutDir, localIsoDate, prepareOutDir } from '../../scripts/demo-steps';

describe('staleReason: the demo rebuilds only when a source is newer than the build', () => {
  let root: string;
  const touch = (path: string, secondsAgo: number) => {
    const file = join(root, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'x');
    const at = Date.now() / 1000 - secondsAgo;
    utimesSync(file, at, at);
  };
  const age = (dir: string, secondsAgo: number) => {
    const at = Date.now() / 1000 - secondsAgo;
    utimesSync(join(root, dir), at, at);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'simexit-demo-build-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('asks for a build when there is none', () => {
    touch('entrypoints/popup/main.tsx', 100);
    expect(staleReason(root)).toBe('no build yet');
  });

  it('is satisfied when every source is older than the manifest', () => {
    touch('entrypoints/popup/main.tsx', 100);
    touch('locales/en.ts', 90);
    age('entrypoints/popup', 100);
    age('entrypoints', 100);
    age('locales', 90);
    touch('.output/chrome-mv3/manifest.json', 10);
    expect(staleReason(root)).toBeNull();
  });

  it('names the part that changed after the build, however deep', () => {
    touch('.output/chrome-mv3/manifest.json', 50);
    touch('components/overlay/Panel.tsx', 5);
    age('components/overlay', 100);
    age('components', 100);
    expect(staleReason(root)).toBe('components changed since the last build');
  });

  it('counts a deleted file: its folder is newer', () => {
    touch('.output/chrome-mv3/manifest.json', 50);
    touch('utils/old.ts', 100);
    rmSync(join(root, 'utils/old.ts'));
    expect(staleReason(root)).toBe('utils changed since the last build');
  });
});

describe('localIsoDate', () => {
  it('gives the local calendar day an <input type="date"> takes', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('demoHeadless: the demo keeps its window wherever the user has a screen', () => {
  it('opens a window on macOS and Windows, which set no DISPLAY', () => {
    expect(demoHeadless({}, 'darwin')).toBe(false);
    expect(demoHeadless({}, 'win32')).toBe(false);
  });

  it('opens a window on Linux under X or Wayland, and runs headless with neither', () => {
    expect(demoHeadless({ DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(demoHeadless({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(false);
    expect(demoHeadless({}, 'linux')).toBe(true);
  });

  it('runs headless on CI and when asked, display or not', () => {
    expect(demoHeadless({ DISPLAY: ':0', CI: 'true' }, 'linux')).toBe(true);
    expect(demoHeadless({ CI: 'true' }, 'darwin')).toBe(true);
    expect(demoHeadless({ DISPLAY: ':0' }, 'linux', ['--headless'])).toBe(true);
    expect(demoHeadless({}, 'darwin', ['--headless'])).toBe(true);
  });
});

describe('demoOutDir: where the screenshots go', () => {
  it('is .output/demo unless --out names a folder, taken from the current folder', () => {
    expect(demoOutDir([], '/repo')).toBe('/repo/.output/demo');
    expect(demoOutDir(['--headless'], '/repo')).toBe('/repo/.output/demo');
    expect(demoOutDir(['--out', 'shots'], '/repo', '/home/me')).toBe('/home/me/shots');
    expect(demoOutDir(['--headless', '--out', '/tmp/x'], '/repo')).toBe('/tmp/x');
  });

  it('says what is wrong when --out has no folder after it', () => {
    expect(() => demoOutDir(['--out'], '/repo')).toThrow(/--out needs a folder/);
    expect(() => demoOutDir(['--out', '--headless'], '/repo')).toThrow(/--out needs a folder/);
  });
});

describe('ensure-chromium: what the demo and the browser tests need on a machine without a display', () => {
  // A machine with Chromium, no display, no xvfb-run and no apt-get (an empty PATH hides both): the
  // demo runs headless and needs no Xvfb; the browser tests' headed demo test does.
  const check = (...args: string[]) =>
    spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/ensure-chromium.mjs'), ...args], {
      encoding: 'utf8',
      env: { PATH: '', CHROMIUM_PATH: process.execPath },
    });

  it('the demo (--chromium-only) goes ahead with Chromium alone', () => {
    const result = check('--chromium-only');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the browser tests stop with one line saying how to get Xvfb', () => {
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Xvfb is needed .*apt-get install xvfb\)\.$/);
  });

  it('with Xvfb and python3 there but no pdftotext, the browser tests stop with one line saying how to get poppler-utils', () => {
    const bin = mkdtempSync(join(tmpdir(), 'simexit-xvfb-'));
    try {
      // The shortcut's test presses keys through an Xvfb of its own, with python3 (tests/e2e/real-keys.ts).
      for (const tool of ['xvfb-run', 'Xvfb', 'python3']) writeFileSync(join(bin, tool), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
      const result = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/ensure-chromium.mjs')], {
        encoding: 'utf8',
        env: { PATH: bin, CHROMIUM_PATH: process.execPath },
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toMatch(/^pdftotext is needed .*apt-get install poppler-utils\)\.$/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it.runIf(process.platform === 'linux')('without a Chinese font (and no apt-get to install one) it goes ahead, saying Chinese text will show as boxes', () => {
    // A fontconfig that knows no font for Chinese, alone on the PATH.
    const bin = mkdtempSync(join(tmpdir(), 'simexit-fc-'));
    try {
      writeFileSync(join(bin, 'fc-list'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
      const result = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/ensure-chromium.mjs'), '--chromium-only'], {
        encoding: 'utf8',
        env: { PATH: bin, CHROMIUM_PATH: process.execPath },
      });
      expect(result.status).toBe(0);
      expect(result.stderr.trim()).toMatch(/^No Chinese font found: .*apt-get install fonts-noto-cjk\)\.$/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

describe('prepareOutDir: the demo clears its own screenshots and nothing else', () => {
  it('removes the PNG files of an earlier run and keeps every other file and folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simexit-demo-out-'));
    try {
      writeFileSync(join(dir, 'popup.png'), 'old');
      writeFileSync(join(dir, 'notes.txt'), 'mine');
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src', 'main.ts'), 'code');
      prepareOutDir(dir);
      expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'src']);
      expect(readdirSync(join(dir, 'src'))).toEqual(['main.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes the folder when it is missing', () => {
    const parent = mkdtempSync(join(tmpdir(), 'simexit-demo-out-'));
    try {
      prepareOutDir(join(parent, 'shots', 'run1'));
      expect(readdirSync(join(parent, 'shots'))).toEqual(['run1']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
