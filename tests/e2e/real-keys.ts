// Key presses that reach the browser as from a keyboard, for what Playwright's cannot reach: a key
// press sent through the DevTools protocol goes to the page alone, never to the browser's own keys,
// where an extension's shortcuts (manifest `commands`) are; and headless Chromium registers none.
// So: a headed browser on a display of its own (Xvfb), and keys pressed through the X server's XTest
// extension (libXtst, which Chromium itself needs), from python3's ctypes (no package to install).
import { spawn, spawnSync } from 'node:child_process';

export interface Display {
  /** For DISPLAY, e.g. ':99'. */
  readonly name: string;
  stop(): void;
}

/** A new Xvfb display, on the first free number (Xvfb picks it: -displayfd). */
export function startDisplay(): Promise<Display> {
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let said = '';
    let errors = '';
    server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    server.once('error', (error) => reject(new Error(`Xvfb could not start (Debian/Ubuntu: apt-get install xvfb): ${error.message}`)));
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors}`)));
    (server.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('\n')) resolve({ name: `:${said.trim()}`, stop: () => server.kill() });
    });
  });
}

const XTEST = `
import ctypes, sys
x = ctypes.cdll.LoadLibrary('libX11.so.6')
t = ctypes.cdll.LoadLibrary('libXtst.so.6')
x.XOpenDisplay.restype = ctypes.c_void_p
x.XStringToKeysym.restype = ctypes.c_ulong
d = ctypes.c_void_p(x.XOpenDisplay(None))
if not d.value: sys.exit('no display')
codes = [x.XKeysymToKeycode(d, ctypes.c_ulong(x.XStringToKeysym(name.encode()))) for name in sys.argv[1:]]
if 0 in codes: sys.exit('unknown key in ' + ' '.join(sys.argv[1:]))
for c in codes: t.XTestFakeKeyEvent(d, c, True, 0)
for c in reversed(codes): t.XTestFakeKeyEvent(d, c, False, 0)
x.XSync(d, False)
`;

/** Holds down `keys` (X keysym names: 'Alt_L', 'Shift_L', 'g') in order and lets them go, on `display`. */
export function pressKeys(display: Display, ...keys: string[]): void {
  const run = spawnSync('python3', ['-c', XTEST, ...keys], { env: { ...process.env, DISPLAY: display.name }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`XTest key press failed: ${run.error?.message ?? run.stderr}`);
}
