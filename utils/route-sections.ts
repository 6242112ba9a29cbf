// The checklist of the route chosen, from the guide already in hand. The worker composes it as the
// precautions, the route's own steps, then what to do after (data/index.ts `checklist`): only the
// middle depends on the route, and the guide carries both routes' steps. So when the worker cannot
// answer for a route switched to, the guide still lists that route's steps, never the other route's
// under the new choice (tests/unit/route-sections.test.ts holds this to the worker's composition).
import type { OperatorGuide, Route } from '@/data/schema';
import type { GuideSection } from './messages';

const ids = (section: GuideSection) => section.steps.map((step) => step.id).join();

/** `sections` with its route steps made `route`'s; `sections` itself when they already are (nothing drawn again). */
export function sectionsForRoute(sections: readonly GuideSection[], guide: Pick<OperatorGuide, 'routes'>, route: Route): readonly GuideSection[] {
  const own: GuideSection = { section: 'cancel', steps: guide.routes[route] };
  return sections.some((s) => s.section === 'cancel' && ids(s) !== ids(own)) ? sections.map((s) => (s.section === 'cancel' ? own : s)) : sections;
}
