import { describe, expect, it } from 'vitest';
import { expectedAfter, tickPlan } from '../e2e/stress';

const STEPS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'];

describe('tickPlan: who clicks what in the concurrency run', () => {
  it('gives each view its own steps, so the expected end state is exact', () => {
    const plan = tickPlan(STEPS, 6, 100);
    expect(plan).toHaveLength(6);
    for (const clicks of plan) expect(clicks).toHaveLength(100);
    const owners = new Map<string, number>();
    plan.forEach((clicks, view) => {
      for (const step of clicks) {
        expect(owners.get(step) ?? view).toBe(view);
        owners.set(step, view);
      }
    });
    // Every step is ticked by someone.
    expect([...owners.keys()].sort()).toEqual(STEPS);
  });

  it('is the same sequence for the same seed, another for another seed', () => {
    expect(tickPlan(STEPS, 6, 100, 7)).toEqual(tickPlan(STEPS, 6, 100, 7));
    expect(tickPlan(STEPS, 6, 100, 7)).not.toEqual(tickPlan(STEPS, 6, 100, 8));
  });

  it('refuses more views than steps', () => {
    expect(() => tickPlan(['a', 'b'], 3, 10)).toThrow(/owns no step/);
  });
});

describe('expectedAfter', () => {
  it('flips a step once per click from where it started', () => {
    const plan = [['a', 'a', 'b'], ['c']];
    expect(expectedAfter({ a: false, b: false, c: true, d: true }, plan)).toEqual({ a: false, b: true, c: false, d: true });
  });
  it('ends with both ticked and unticked steps for the real plan, so neither kind of loss hides', () => {
    const end = Object.values(expectedAfter(Object.fromEntries(STEPS.map((s) => [s, false])), tickPlan(STEPS, 6, 100)));
    expect(end).toContain(true);
    expect(end).toContain(false);
  });
});
