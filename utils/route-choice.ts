// Where an operator's two routes are the same steps (Tele2 and ALTEL: no online part of ending the
// contract was found, so both are the office visit; IZI: no office serving it was found, so both start
// in its app), a choice between them changes nothing on screen and suggests a difference that is not
// there: the popup and the guide then offer none.
import type { OperatorGuide } from '@/data/schema';

export function offersRouteChoice({ routes }: Pick<OperatorGuide, 'routes'>): boolean {
  // The same steps in the same order, word for word (JSON: a few bytes less in the popup than comparing ids).
  return JSON.stringify(routes.online) !== JSON.stringify(routes.office);
}
