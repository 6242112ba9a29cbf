// What the demo and the benchmark need before they launch a browser: Chromium, and a build of the
// extension that is not older than its sources. A build takes a while on two cores, so it runs only
// when something it is made from changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const BUILD_DIR = join(ROOT, '.output/chrome-mv3');

/** What the Chrome build is made from. */
const SOURCES = [
  'entrypoints',
  'components',
  'data',
  'utils',
  'locales',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only as a newer directory
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the build must be (re)made, or null when it is current. */
export function staleReason(root = ROOT): string | null {
  const manifest = join(root, '.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) return 'no build yet';
  const built = statSync(manifest).mtimeMs;
  const newer = SOURCES.find((source) => newestMtime(join(root, source)) > built);
  return newer ? `${newer} changed since the last build` : null;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${what} failed (${command} ${args.join(' ')} exited ${result.status ?? result.signal})`);
  }
}

/** Chromium present (installed from Debian when possible) and the build current. Logs what it does. */
export function prepare(log: (line: string) => void = (line) => console.log(line)): void {
  const chromium = spawnSync(process.execPath, [join(ROOT, 'scripts/ensure-chromium.mjs'), '--chromium-only'], { stdio: 'inherit' });
  if (chromium.status !== 0) throw new Error('Chromium is not available (see the message above).');
  const reason = staleReason();
  if (reason === null) {
    log('Extension build is current (.output/chrome-mv3).');
    return;
  }
  log(`Building the extension (${reason})…`);
  run('npx', ['wxt', 'build'], 'The extension build');
  log('Built .output/chrome-mv3.');
}
