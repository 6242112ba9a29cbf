// The registry of guide content, and the one place that assembles an operator's checklist.
//
// Convention for `verified`: the date the cited source was last read by the project. Facts from
// shared/research/operators.md were read in November 2026 (no day given), recorded as the month
// 2026-11 (RESEARCH_READ). General guidance with no source carries the date it was written and reviewed
// (WRITTEN). See data/dates.ts.
import type { NoteEntry, OperatorGuide, OperatorId, Route, Step } from './schema';
import { PRECAUTIONS } from './precautions';
import { AFTER_STEPS } from './after';
import { kcell } from './operators/kcell';
import { activ } from './operators/activ';
import { izi } from './operators/izi';
import { beeline } from './operators/beeline';
import { tele2 } from './operators/tele2';
import { altel } from './operators/altel';
import { astelit } from './notes/astelit';

export { PRECAUTIONS } from './precautions';
export { AFTER_STEPS } from './after';

/** The six operators, in display order. */
export const OPERATORS: readonly OperatorGuide[] = [kcell, activ, izi, beeline, tele2, altel];
export const NOTES: readonly NoteEntry[] = [astelit];

export function getOperator(id: OperatorId): OperatorGuide {
  const guide = OPERATORS.find((entry) => entry.id === id);
  if (!guide) throw new Error(`No guide for operator "${id}"`);
  return guide;
}

export type Section = 'before' | 'cancel' | 'after';
export interface ChecklistSection {
  section: Section;
  steps: readonly Step[];
}

/** The shared precautions, each in the operator's own wording where it has one. */
export function precautionsFor(operator: OperatorId): readonly Step[] {
  const own = getOperator(operator).ownPrecautions ?? [];
  return PRECAUTIONS.map((step) => own.find((mine) => mine.id === step.id) ?? step);
}

/** The whole checklist for an operator and route: precautions (before), route steps (cancel), after-steps. Step ids unique within it. */
export function checklist(operator: OperatorId, route: Route): readonly ChecklistSection[] {
  return [
    { section: 'before', steps: precautionsFor(operator) },
    { section: 'cancel', steps: getOperator(operator).routes[route] },
    { section: 'after', steps: AFTER_STEPS },
  ];
}

export function checklistSteps(operator: OperatorId, route: Route): readonly Step[] {
  return checklist(operator, route).flatMap((section) => section.steps);
}
