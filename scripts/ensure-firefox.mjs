// The Firefox browser tests are never skipped either: find Firefox, install Debian's firefox-esr when
// we can, or stop with one line that says how to get it (as scripts/ensure-chromium.mjs does for Chromium).
import { execSync } from 'node:child_process';
import { findFirefox } from './firefox-path.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = () => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (!findFirefox() && isRoot && hasAptGet()) {
  console.log("Firefox not found: installing Debian's firefox-esr package…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit' });
}
if (!findFirefox()) {
  console.error('Firefox is needed for the Firefox browser tests: install it (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH to its binary.');
  process.exit(1);
}
