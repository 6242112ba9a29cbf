import { describe, expect, it } from 'vitest';
import { ticksResetFor } from '@/utils/overlay-notice';
import type { Notice } from '@/utils/storage';

const notice = (kind: Notice['kind'], item: string): Notice => ({ id: `${kind}:${item}`, kind, item, at: 1 });

describe('ticksResetFor: which notices the on-page guide repeats', () => {
  it('says so for this operator’s ticks, partly or wholly cleared, now or by a migration', () => {
    for (const item of ['progress:kcell', 'ticks:kcell', 'state:kcell']) expect(ticksResetFor([notice('reset', item)], 'kcell')).toBe(true);
  });

  it('not for another operator, for other items of this one, or for other kinds of notice', () => {
    expect(ticksResetFor([notice('reset', 'progress:beeline'), notice('reset', 'ticks:activ')], 'kcell')).toBe(false);
    expect(ticksResetFor([notice('reset', 'evidence:kcell'), notice('reset', 'settings'), notice('reset', 'state')], 'kcell')).toBe(false);
    expect(ticksResetFor([notice('migrated', 'progress:kcell'), notice('quota', 'storage')], 'kcell')).toBe(false);
    expect(ticksResetFor([], 'kcell')).toBe(false);
  });
});
