// What the guide shows on an operator page. Pure, so the rule is stated once and tested.
import type { OperatorId } from '@/data/schema';
import type { Settings } from './storage';

/** 'panel': the open overlay; 'launcher': only the small button; null: nothing at all. */
export type GuideMode = 'panel' | 'launcher' | null;

export interface ModeInput {
  /** The classifier says this is a support page about giving up a number. */
  readonly relevant: boolean;
  /** The user chose "Hide on this site" for this operator. */
  readonly dismissed: boolean;
  /** settings.operator is this operator and some step is ticked. */
  readonly inProgress: boolean;
}

export function decideMode({ relevant, dismissed, inProgress }: ModeInput): GuideMode {
  if (dismissed) return null;
  if (relevant) return 'panel';
  return inProgress ? 'launcher' : null;
}

/**
 * The part of the settings the mode of `operator`'s pages depends on (the operator in progress, and
 * whether this site is dismissed): a settings change that leaves it equal needs no new decision.
 */
export function decisiveSettings(settings: Settings, operator: OperatorId): string {
  return `${settings.operator}|${settings.dismissedSites.includes(operator)}`;
}
