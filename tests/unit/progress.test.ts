import { describe, expect, it } from 'vitest';
import {
  applySet,
  countDone,
  isStepId,
  parseProgressKey,
  progressKey,
  supersedes,
  type ProgressMap,
} from '@/utils/progress';

describe('applySet', () => {
  it('records a tick and keeps the user time', () => {
    expect(applySet({}, 'kcell-submit', true, 1000)).toEqual({ 'kcell-submit': { done: true, at: 1000 } });
  });

  it('is idempotent: the same set twice changes nothing the second time (same object back)', () => {
    const once = applySet({}, 'a', true, 5);
    expect(applySet(once, 'a', true, 5)).toBe(once);
  });

  it('lets the later action win, whatever order the writes arrive in', () => {
    const tickThenUntick = applySet(applySet({}, 'a', true, 10), 'a', false, 20);
    const untickThenTick = applySet(applySet({}, 'a', false, 20), 'a', true, 10);
    expect(tickThenUntick.a).toEqual({ done: false, at: 20 });
    expect(untickThenTick.a).toEqual({ done: false, at: 20 });
  });

  it('never loses a tick made in the same millisecond as an untick elsewhere (done wins a tie)', () => {
    expect(applySet(applySet({}, 'a', false, 7), 'a', true, 7).a).toEqual({ done: true, at: 7 });
    expect(applySet(applySet({}, 'a', true, 7), 'a', false, 7).a).toEqual({ done: true, at: 7 });
  });

  it('converges to one result for any permutation of concurrent writes', () => {
    const writes: Array<[string, boolean, number]> = [
      ['a', true, 3],
      ['a', false, 3],
      ['a', false, 2],
      ['b', true, 1],
      ['b', false, 9],
      ['c', true, 4],
    ];
    const results = new Set<string>();
    const permute = (rest: typeof writes, map: ProgressMap): void => {
      if (rest.length === 0) {
        results.add(JSON.stringify(Object.keys(map).sort().map((k) => [k, map[k]])));
        return;
      }
      rest.forEach((w, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], applySet(map, ...w)));
    };
    permute(writes, {});
    expect(results.size).toBe(1);
    expect(JSON.parse([...results][0]!)).toEqual([
      ['a', { done: true, at: 3 }],
      ['b', { done: false, at: 9 }],
      ['c', { done: true, at: 4 }],
    ]);
  });

  it('ignores a late, older write (a retry delivered after a newer change)', () => {
    expect(supersedes({ done: true, at: 1 }, { done: false, at: 2 })).toBe(false);
  });
});

describe('countDone', () => {
  const map: ProgressMap = { a: { done: true, at: 1 }, b: { done: false, at: 2 }, other: { done: true, at: 3 } };
  it('counts only the listed steps that are done', () => {
    expect(countDone(map, ['a', 'b', 'c'])).toBe(1);
  });
  it('counts a step listed twice once', () => {
    expect(countDone(map, ['a', 'a'])).toBe(1);
  });
});

describe('progress keys', () => {
  it('round-trips operator and step', () => {
    const key = progressKey('kcell', 'kcell-submit');
    expect(key).toBe('progress:kcell:kcell-submit');
    expect(parseProgressKey(key)).toEqual({ operator: 'kcell', stepId: 'kcell-submit' });
  });

  it.each([
    'progress:kcell',
    'progress:unknown:step',
    'progress:kcell:Bad Step',
    'progress:kcell:a:b',
    'settings',
    'evidence:kcell',
    `progress:kcell:${'a'.repeat(81)}`,
  ])('rejects %s', (key) => {
    expect(parseProgressKey(key)).toBeNull();
  });

  it.each([
    ['kcell-submit', true],
    ['a', true],
    ['before-move-banks-2fa', true],
    ['-lead', false],
    ['trail-', false],
    ['Upper', false],
    ['with space', false],
    ['', false],
    ['a'.repeat(80), true],
    ['a'.repeat(81), false],
  ])('isStepId(%j) is %s', (id, ok) => {
    expect(isStepId(id)).toBe(ok);
  });
});
