// The operators as the picker and the notices name them, in display order (data's OPERATORS
// order). Names only, so the popup does not bundle the guides to name an operator;
// tests/unit/operator-pick.test.ts keeps them equal to the data. A module of its own: the lazily
// loaded notices banner needs the names without the host tables of operator-pick.ts.
import type { OperatorId } from '@/data/schema';

export const OPERATOR_CHOICES: readonly { readonly id: OperatorId; readonly name: string }[] = [
  { id: 'kcell', name: 'Kcell' },
  { id: 'activ', name: 'activ' },
  { id: 'izi', name: 'IZI' },
  { id: 'beeline', name: 'Beeline' },
  { id: 'tele2', name: 'Tele2' },
  { id: 'altel', name: 'ALTEL' },
];

/** The name an operator id stands for; undefined for anything that is not one (no operator picked, a stored id this version does not know). */
export const operatorName = (id: string | null): string | undefined => OPERATOR_CHOICES.find((choice) => choice.id === id)?.name;
