import { describe, expect, it } from 'vitest';
import { OPERATORS, checklist, getOperator } from '@/data';
import { ROUTES, type Route, type Step } from '@/data/schema';
import { sectionsForRoute } from '@/utils/route-sections';

const step = (id: string) => ({ id }) as Step;

describe('sectionsForRoute', () => {
  // What the guide lists when the worker could not answer for the route switched to must be what it would have answered.
  it('turns any route’s checklist into the other route’s exactly as the worker composes it, for every operator', () => {
    for (const { id } of OPERATORS) {
      for (const from of ROUTES) {
        for (const to of ROUTES) {
          expect(sectionsForRoute(checklist(id, from), getOperator(id), to), `${id}: ${from} → ${to}`).toEqual(checklist(id, to));
        }
      }
    }
  });

  it('gives back the same sections when they already are the route’s, so nothing is drawn again', () => {
    const guide = { routes: { online: [step('a')], office: [step('b')] } as Record<Route, Step[]> };
    const sections = [
      { section: 'before', steps: [step('p')] },
      { section: 'cancel', steps: [step('a')] },
      { section: 'after', steps: [step('z')] },
    ] as const;
    expect(sectionsForRoute(sections, guide, 'online')).toBe(sections);
    const office = sectionsForRoute(sections, guide, 'office');
    expect(office.map((s) => s.steps.map((x) => x.id))).toEqual([['p'], ['b'], ['z']]);
    // The precautions and the steps after are not copied: their cards stay as drawn.
    expect(office[0]).toBe(sections[0]);
    expect(office[2]).toBe(sections[2]);
  });

  it('leaves a checklist with no route part as it is', () => {
    const guide = { routes: { online: [step('a')], office: [step('b')] } as Record<Route, Step[]> };
    const sections = [{ section: 'before', steps: [step('p')] }] as const;
    expect(sectionsForRoute(sections, guide, 'office')).toBe(sections);
  });
});
