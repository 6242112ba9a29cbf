// Small pieces the demo and the benchmark share.
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './demo-build';

/** The overlay's shadow host (entrypoints/guide.content); its shadow root is open, so locators reach in. */
export const OVERLAY_HOST = 'simexit-guide';

export function demoFixture(file: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures/demo', file), 'utf8');
}

/**
 * Whether the demo runs without a window: on CI, when asked (`--headless`), and on Linux with
 * neither an X nor a Wayland display. macOS and Windows always have a screen and never set
 * DISPLAY, so testing DISPLAY alone ran the demo headless there and the browser never stayed open.
 */
export function demoHeadless(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform, argv: readonly string[] = []): boolean {
  if (argv.includes('--headless') || Boolean(env.CI)) return true;
  if (platform !== 'linux') return false;
  return !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/**
 * Where the screenshots go: `.output/demo`, or the folder after `--out` (resolved against the
 * current folder). The headed demo's browser test writes to a folder of its own, so running the
 * tests leaves a developer's own screenshots alone.
 */
export function demoOutDir(argv: readonly string[], root: string, cwd = process.cwd()): string {
  const at = argv.indexOf('--out');
  if (at === -1) return join(root, '.output/demo');
  const dir = argv[at + 1];
  if (dir === undefined || dir.startsWith('--')) throw new Error('--out needs a folder: npm run demo -- --out FOLDER');
  return resolve(cwd, dir);
}

/**
 * The folder ready for this run's screenshots: made if missing, and the PNG files of an earlier run
 * removed. Nothing else in it is touched: `--out` may name a folder that holds other things (even `.`).
 */
export function prepareOutDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.png')) rmSync(join(dir, file), { force: true });
}

/** YYYY-MM-DD in local time, the value an <input type="date"> takes. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
