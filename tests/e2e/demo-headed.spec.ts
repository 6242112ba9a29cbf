// `npm run demo` with a display: the scenario runs in a window, the screenshots are left, and the
// browser stays open for the user until they close it; then the demo ends cleanly. Run under Xvfb
// (scripts/ensure-chromium.mjs installs it on CI), or on the developer's own display if there is no Xvfb.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const STAYS_OPEN = 'The browser stays open';

function hasXvfb(): boolean {
  return spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
}

/** Every process under `root`, from `ps`: the demo's Chromium sits below xvfb-run, tsx and node. */
function descendants(root: number): { pid: number; args: string }[] {
  const ps = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const rows = ps.stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  const found: { pid: number; args: string }[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const row of rows.filter((r) => r.ppid === parent)) {
      found.push(row);
      queue.push(row.pid);
    }
  }
  return found;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null) return resolveExit(child.exitCode);
    child.once('exit', (code) => resolveExit(code));
  });
}

test('with a display, the demo runs in a window, stays open to explore, and ends when the browser is closed', async () => {
  test.setTimeout(240_000);
  const xvfb = hasXvfb();
  if (!xvfb && !process.env.DISPLAY) {
    throw new Error('This test needs a display: install Xvfb (Debian/Ubuntu: sudo apt-get install xvfb) or run it on a desktop.');
  }
  // A folder of its own: the developer's screenshots in .output/demo stay as they were.
  const SHOTS = mkdtempSync(join(tmpdir(), 'simexit-demo-'));
  const demo = ['node_modules/.bin/tsx', 'scripts/demo.ts', '--out', SHOTS];
  const [command, ...args] = xvfb ? ['xvfb-run', '-a', ...demo] : demo;
  // CI=true would make the demo headless, which is what this test is not about.
  const child = spawn(command!, args, { cwd: ROOT, env: { ...process.env, CI: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect
      .poll(() => (child.exitCode !== null ? `exited early (${child.exitCode}):\n${output}` : output.includes(STAYS_OPEN)), {
        timeout: 200_000,
        intervals: [500],
      })
      .toBe(true);
    expect(output).toContain('with a window');

    // Every operator, the popup, the export and the other languages were photographed.
    const shots = readdirSync(SHOTS).filter((file) => file.endsWith('.png'));
    for (const name of ['kcell-overlay', 'activ-overlay', 'izi-overlay', 'beeline-overlay', 'tele2-overlay', 'altel-overlay', 'popup', 'export', 'popup-zh-CN', 'beeline-overlay-ru']) {
      expect(shots, `${name}.png`).toContain(`${name}.png`);
      expect(statSync(join(SHOTS, `${name}.png`)).size, `${name}.png is an image, not an empty file`).toBeGreaterThan(1_000);
    }

    // Still open a moment later: the demo waits for the user, with a browser that has a window.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(child.exitCode).toBeNull();
    const browser = descendants(child.pid!).find((p) => /chrom/i.test(p.args) && p.args.includes('--load-extension=') && !p.args.includes('--type='));
    expect(browser, 'the demo’s Chromium is running').toBeDefined();
    expect(browser!.args).not.toMatch(/--headless/);

    // The user closes the browser: the demo ends by itself, without an error.
    process.kill(browser!.pid, 'SIGTERM');
    const code = await Promise.race([exited(child), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 30_000))]);
    expect(code, output).toBe(0);
    expect(output).not.toContain('Demo failed');
  } finally {
    if (child.exitCode === null) {
      for (const p of descendants(child.pid!).reverse()) {
        try {
          process.kill(p.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      child.kill('SIGKILL');
    }
    rmSync(SHOTS, { recursive: true, force: true });
  }
});
