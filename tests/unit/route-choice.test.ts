import { describe, expect, it } from 'vitest';
import { OPERATORS, getOperator } from '@/data';
import { ROUTE_CHOICE_OPERATORS, offersRouteChoice } from '@/utils/route-choice';

describe('offersRouteChoice', () => {
  it('offers the online/office choice only where the two routes differ', () => {
    const offered = Object.fromEntries(OPERATORS.map((op) => [op.id, offersRouteChoice(getOperator(op.id))]));
    // Tele2 and ALTEL: the same three steps either way (data/mobile-telecom-service.ts). IZI: no office
    // serving IZI was found, so there is no "Straight to an office" to offer (data/operators/izi.ts).
    expect(offered).toEqual({ kcell: true, activ: true, beeline: true, izi: false, tele2: false, altel: false });
  });

  it('is what the guide without its checklist goes by: the list written for it matches the data', () => {
    const fromData = OPERATORS.filter((op) => offersRouteChoice(getOperator(op.id))).map((op) => op.id);
    expect([...ROUTE_CHOICE_OPERATORS].sort()).toEqual(fromData.sort());
  });

  it('compares the steps in order: the same steps in another order is another route', () => {
    const step = (id: string) => ({ id }) as never;
    expect(offersRouteChoice({ routes: { online: [step('a'), step('b')], office: [step('a'), step('b')] } })).toBe(false);
    expect(offersRouteChoice({ routes: { online: [step('a'), step('b')], office: [step('b'), step('a')] } })).toBe(true);
    expect(offersRouteChoice({ routes: { online: [step('a')], office: [step('a'), step('b')] } })).toBe(true);
  });
});
