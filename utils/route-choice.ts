// Where an operator's two routes are the same steps (Tele2 and ALTEL: no online part of ending the
// contract was found, so both are the office visit; IZI: no office serving it was found, so both start
// in its app), a choice between them changes nothing on screen and suggests a difference that is not
// there: the popup and the guide then offer none.
import type { OperatorGuide, OperatorId } from '@/data/schema';

/**
 * The operators offersRouteChoice is true for, for the on-page guide before (or without) its guide: a
 * checklist that could not be loaded showed Tele2's panel a choice the loaded one does not have. Written
 * out rather than computed, since the overlay bundles no guide; tests/unit/route-choice.test.ts holds it
 * to the data.
 */
export const ROUTE_CHOICE_OPERATORS: readonly OperatorId[] = ['kcell', 'activ', 'beeline'];

export function offersRouteChoice({ routes }: Pick<OperatorGuide, 'routes'>): boolean {
  // The same steps in the same order, word for word (JSON: a few bytes less in the popup than comparing ids).
  return JSON.stringify(routes.online) !== JSON.stringify(routes.office);
}
