// Whether a command is on PATH: what the ensure-* scripts ask before installing Debian's packages.
import { execSync } from 'node:child_process';

export const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
