import { describe, expect, it } from 'vitest';
import { operatorTickedLast } from '@/utils/recall-operator';

describe('operatorTickedLast', () => {
  it('names the operator of the latest done tick', () => {
    expect(
      operatorTickedLast({
        'progress:kcell:kcell-submit': { done: true, at: 10 },
        'progress:beeline:beeline-submit': { done: true, at: 30 },
        'progress:activ:activ-submit': { done: true, at: 20 },
      }),
    ).toBe('beeline');
  });

  it('ignores untickings, unreadable ticks, other keys and unknown operators', () => {
    expect(
      operatorTickedLast({
        'progress:kcell:kcell-submit': { done: true, at: 10 },
        'progress:beeline:beeline-submit': { done: false, at: 99 },
        'progress:tele2:tele2-submit': { done: true, at: 'later' },
        'progress:astelit:x': { done: true, at: 50 },
        'evidence:activ': { done: true, at: 60 },
        settings: { operator: 'izi' },
      }),
    ).toBe('kcell');
  });

  it('gives null when nothing is ticked', () => {
    expect(operatorTickedLast({})).toBeNull();
    expect(operatorTickedLast({ 'progress:kcell:kcell-submit': { done: false, at: 1 } })).toBeNull();
  });
});
