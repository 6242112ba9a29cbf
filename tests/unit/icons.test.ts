// The icons as the stores and the browser show them (drawn by scripts/make-icons.py). The Chrome Web
// Store's guidance: the 128 px icon is 96 px of artwork inside 16 px of transparent padding each side
// (it filled its square edge to edge before); the toolbar sizes have no padding, or the card and its
// tick could not be made out at 16 px.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const ICONS = join(ROOT, 'public/icon');

interface Image {
  width: number;
  height: number;
  /** Alpha of the pixel at (x, y), 0-255. */
  alpha(x: number, y: number): number;
}

/** An 8-bit RGBA, non-interlaced PNG (what make-icons.py writes), decoded with zlib alone. */
function readPng(file: string): Image {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file}: PNG signature`).toBe(true);
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9], data[12]], `${file}: bit depth, colour type (RGBA), interlace`).toEqual([8, 6, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(height * stride);
  // Undo each row's filter (PNG spec 9.2), whichever an encoder chose.
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    expect(filter, `${file}: row ${y} filter`).toBeLessThanOrEqual(4);
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? pixels[y * stride + i - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? pixels[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      pixels[y * stride + i] = (x + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
  }
  return { width, height, alpha: (x, y) => pixels[y * stride + x * 4 + 3]! };
}

/** The smallest box holding every pixel that is not fully transparent: [left, top, right, bottom), exclusive. */
function artworkBox(image: Image): [number, number, number, number] {
  let [left, top, right, bottom] = [image.width, image.height, 0, 0];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.alpha(x, y) === 0) continue;
      left = Math.min(left, x);
      top = Math.min(top, y);
      right = Math.max(right, x + 1);
      bottom = Math.max(bottom, y + 1);
    }
  }
  return [left, top, right, bottom];
}

describe('the icons', () => {
  it('128 px: 96 px of artwork, centred, in 16 px of transparent padding each side', () => {
    const image = readPng(join(ICONS, '128.png'));
    expect([image.width, image.height]).toEqual([128, 128]);
    const [left, top, right, bottom] = artworkBox(image);
    expect(left).toBeGreaterThanOrEqual(16);
    expect(top).toBeGreaterThanOrEqual(16);
    expect(right).toBeLessThanOrEqual(112);
    expect(bottom).toBeLessThanOrEqual(112);
    // Filling the 96 px (its rounded corners aside), not shrunk further.
    expect(right - left).toBeGreaterThanOrEqual(90);
    expect(bottom - top).toBeGreaterThanOrEqual(90);
    expect(left + right).toBe(128);
    expect(top + bottom).toBe(128);
    expect(image.alpha(64, 64), 'the artwork is opaque').toBe(255);
  });

  it.each([16, 32, 48])('%i px: the artwork fills the square, with no padding', (size) => {
    const image = readPng(join(ICONS, `${size}.png`));
    expect([image.width, image.height]).toEqual([size, size]);
    const [left, top, right, bottom] = artworkBox(image);
    // The drawing's own 2 % inset leaves at most a pixel clear.
    expect(Math.max(left, top, size - right, size - bottom)).toBeLessThanOrEqual(1);
    expect(image.alpha(size / 2, size / 2)).toBe(255);
  });

  // The reminder's (utils/worker-reminders.ts, tests/unit/background.test.ts): a notification draws its icon in a square
  // of its own, where the 128 px tile's padding showed the card at three quarters of that square.
  it('notification: 128 px, the artwork fills the square', () => {
    const image = readPng(join(ICONS, 'notification.png'));
    expect([image.width, image.height]).toEqual([128, 128]);
    const [left, top, right, bottom] = artworkBox(image);
    expect(Math.max(left, top, 128 - right, 128 - bottom)).toBeLessThanOrEqual(3);
    expect(image.alpha(64, 64)).toBe(255);
  });
});

// Edited by hand or by another tool, an icon would be lost the next time the script is run.
describe.skipIf(spawnSync('python3', ['--version']).error)('scripts/make-icons.py', () => {
  it('draws the committed icons, byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'simexit-icons-'));
    try {
      execFileSync('python3', [join(ROOT, 'scripts/make-icons.py'), out], { stdio: 'pipe' });
      const names = readdirSync(ICONS).sort();
      expect(readdirSync(out).sort()).toEqual(names);
      for (const name of names) expect(readFileSync(join(out, name)).equals(readFileSync(join(ICONS, name))), name).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
