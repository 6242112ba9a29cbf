// Small pieces the demo and the benchmark share.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './demo-build';

/** The overlay's shadow host (entrypoints/guide.content); its shadow root is open, so locators reach in. */
export const OVERLAY_HOST = 'simexit-guide';

export function demoFixture(file: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures/demo', file), 'utf8');
}

/** YYYY-MM-DD in local time, the value an <input type="date"> takes. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
