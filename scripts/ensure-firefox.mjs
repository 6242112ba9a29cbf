// The Firefox browser tests are never skipped either: find Firefox, install Debian's firefox-esr when
// we can, or stop with one line that says how to get it (as scripts/ensure-chromium.mjs does for Chromium).
import { execSync } from 'node:child_process';
import { findFirefox } from './firefox-path.mjs';
import { has } from './has-command.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// The shortcut to the guide is pressed for real in Firefox too (tests/firefox/shortcut-keys.spec.ts): a window
// on an Xvfb display of its own, keys through XTest from python3 (tests/e2e/real-keys.ts).
const linux = process.platform === 'linux';
const missing = [
  ...(findFirefox() ? [] : ['firefox-esr']),
  ...(linux && !(has('xvfb-run') && has('Xvfb')) ? ['xvfb'] : []),
  ...(linux && !has('python3') ? ['python3'] : []),
];
if (missing.length > 0 && isRoot && has('apt-get')) {
  console.log(`Not found: installing Debian's ${missing.join(' and ')} package${missing.length > 1 ? 's' : ''}…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
}
if (!findFirefox()) {
  console.error('Firefox is needed for the Firefox browser tests: install it (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH to its binary.');
  process.exit(1);
}
if (linux && !(has('xvfb-run') && has('Xvfb') && has('python3'))) {
  console.error('Xvfb and python3 are needed for the Firefox test that presses the shortcut to the guide: install them (Debian/Ubuntu: sudo apt-get install xvfb python3).');
  process.exit(1);
}
