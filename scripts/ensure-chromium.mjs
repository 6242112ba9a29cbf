// Browser tests are never skipped: find Chromium (and Xvfb, for the tests with a window: the demo's,
// tests/e2e/demo-headed.spec.ts, and the shortcut's, tests/e2e/overlay-shortcut.spec.ts, with python3; poppler's pdftotext for the printed copy, and a Chinese font), install Debian's packages when we can, or stop
// with one line that says how to get them (a missing font only warns).
import { execSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';
import { has } from './has-command.mjs';

// Xvfb on Linux, even with a display of one's own: the test of the shortcut to the guide presses keys
// through a display of its own (tests/e2e/real-keys.ts, with python3), never on the user's screen.
// `--chromium-only` (the demo and the bench, which run headless without a display): Chromium alone.
const chromiumOnly = process.argv.includes('--chromium-only');
const needsXvfb = !chromiumOnly && process.platform === 'linux' && !(has('xvfb-run') && has('Xvfb'));
const needsPython = !chromiumOnly && process.platform === 'linux' && !has('python3');
// poppler's pdftotext reads the printed copy's PDFs back (tests/e2e/export.spec.ts); not for the demo or the bench.
const needsPdftotext = !chromiumOnly && !has('pdftotext');
const missing = [...(findChromium() ? [] : ['chromium']), ...(needsXvfb ? ['xvfb'] : []), ...(needsPython ? ['python3'] : []), ...(needsPdftotext ? ['poppler-utils'] : [])];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const aptInstall = (packages) =>
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });

if (missing.length > 0) {
  if (isRoot && has('apt-get')) {
    console.log(`Not found: installing Debian's ${missing.join(' and ')} package${missing.length > 1 ? 's' : ''}…`);
    aptInstall(missing);
  }
  if (!findChromium()) {
    console.error(
      'Chromium is needed for the browser tests: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its binary.',
    );
    process.exit(1);
  }
  if (needsXvfb && !(has('xvfb-run') && has('Xvfb'))) {
    console.error('Xvfb is needed for the browser tests with a window (the demo, the shortcut to the guide): install it (Debian/Ubuntu: sudo apt-get install xvfb).');
    process.exit(1);
  }
  if (needsPython && !has('python3')) {
    console.error('python3 is needed to press the shortcut to the guide in its browser test: install it (Debian/Ubuntu: sudo apt-get install python3).');
    process.exit(1);
  }
  if (needsPdftotext && !has('pdftotext')) {
    console.error('pdftotext is needed to read the printed copy back in the browser tests: install it (Debian/Ubuntu: sudo apt-get install poppler-utils).');
    process.exit(1);
  }
}

// Chinese text (the demo's non-English screenshots, the layout tests in zh-CN) needs a font with its
// glyphs, or Chromium draws boxes of the right width and nobody can read it. Looked at once Chromium is
// in place, since installing it brings fontconfig. Never a stop: everything works, only Chinese text is
// unreadable in screenshots.
const hasChineseFont = () => {
  try {
    return execSync('fc-list :lang=zh-cn family', { encoding: 'utf8' }).trim() !== '';
  } catch {
    return true;
  }
};
if (process.platform === 'linux' && has('fc-list') && !hasChineseFont()) {
  if (isRoot && has('apt-get')) {
    console.log("No Chinese font found: installing Debian's fonts-noto-cjk package…");
    try {
      aptInstall(['fonts-noto-cjk']);
    } catch {
      // Said below, like any other way of not getting it.
    }
  }
  if (!hasChineseFont()) {
    console.warn('No Chinese font found: Chinese text will show as boxes in screenshots (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk).');
  }
}
