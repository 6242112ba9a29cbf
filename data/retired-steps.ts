// Step ids that are in no checklist any more, each with the step that took over its job. A user's tick
// on a retired step is carried over to its successor when the worker starts (utils/retired-ticks.ts),
// so a change of the guide never loses progress.
export const RETIRED_STEPS: Readonly<Record<string, string>> = {
  // The operators' "check and pay what you owe" steps repeated the precaution "Settle debts and device
  // instalments": each operator now words that precaution itself (OperatorGuide.ownPrecautions).
  'kcell-check-debts': 'before-settle-debts',
  'activ-check-account': 'before-settle-debts',
  'beeline-check-account': 'before-settle-debts',
  'tele2-check-account': 'before-settle-debts',
  'altel-check-account': 'before-settle-debts',
};
