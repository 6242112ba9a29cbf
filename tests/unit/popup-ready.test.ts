// The popup's ready mark (what the benchmark measures): set once, at the first render whose DOM has
// an enabled step checkbox, and never for a frame without one.
import { describe, expect, it } from 'vitest';
import { readyMarker } from '@/utils/popup-ready';

describe('readyMarker', () => {
  it('marks at the first check that finds an enabled step checkbox, and only once', () => {
    let usable = false;
    const root = { querySelector: (selector: string) => (usable && selector === '.sx-step__check:not(:disabled)' ? {} : null) };
    let marks = 0;
    const check = readyMarker(root as unknown as ParentNode, () => marks++);
    check();
    expect(marks).toBe(0);
    usable = true;
    check();
    check();
    expect(marks).toBe(1);
  });
});
