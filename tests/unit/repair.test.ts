import { describe, expect, it } from 'vitest';
import { isEmptyPlan, planRepair } from '@/utils/repair';
import { DEFAULT_SETTINGS } from '@/utils/storage';

describe('planRepair: only the bad items change, each named once for its notice', () => {
  it('salvages what a bad item still says, removes what cannot be read, and leaves good items alone', () => {
    const plan = planRepair({
      'progress:kcell:a': 5,
      'progress:kcell:b': { done: 'x' },
      'progress:kcell:c': { done: true, at: 1 },
      settings: { reminderDays: 99, lang: 'ru' },
    });
    expect(plan.set).toEqual({ settings: { ...DEFAULT_SETTINGS, lang: 'ru' } });
    expect(plan.remove).toEqual(['progress:kcell:a', 'progress:kcell:b']);
    // Two broken ticks of one operator make one notice, not two.
    expect(plan.reset).toEqual(['progress:kcell', 'settings']);
  });

  it('leaves a schema version it cannot read to the migrations, and keys that are not ours alone', () => {
    const plan = planRepair({ schemaVersion: 'two', state: 'junk', 'other-key': { x: 1 } });
    expect(isEmptyPlan(plan)).toBe(true);
  });
});
