// Finds stored items that are corrupt (wrong type, bad shape) and works out their replacement:
// what can be salvaged, or the default. Only the bad item changes; every other item stays as it is.
// Pure: the worker applies the plan with one write and records the notices it returns.
import {
  KEYS,
  checkEvidence,
  checkNotices,
  checkProgress,
  checkReminder,
  checkSchemaVersion,
  checkSettings,
  itemKind,
  noticeItem,
  type Checked,
} from './storage';

export interface RepairPlan {
  /** Items to write with their repaired value. */
  readonly set: Record<string, unknown>;
  /** Items to remove (nothing worth keeping in them). */
  readonly remove: string[];
  /** Notice items (see `noticeItem`), one per repaired item or operator. */
  readonly reset: string[];
}

function check(key: string, raw: unknown): Checked<unknown> | null {
  switch (itemKind(key)) {
    case 'settings':
      return checkSettings(raw);
    case 'notices':
      return checkNotices(raw);
    case 'evidence':
      return checkEvidence(raw);
    case 'progress':
      return checkProgress(raw);
    case 'reminder':
      return checkReminder(raw);
    case 'schemaVersion':
      return checkSchemaVersion(raw);
    // The v1 state belongs to migrations; other keys are not ours.
    default:
      return null;
  }
}

/** The repairs needed for `items` (all of storage, or the keys that just changed). */
export function planRepair(items: Readonly<Record<string, unknown>>): RepairPlan {
  const plan: RepairPlan = { set: {}, remove: [], reset: [] };
  for (const [key, raw] of Object.entries(items)) {
    if (raw === undefined) continue;
    const checked = check(key, raw);
    if (!checked || checked.valid) continue;
    // A schema version we cannot read is left for migrations, which decide the version from the data.
    if (key === KEYS.schemaVersion) continue;
    if (checked.value === null) plan.remove.push(key);
    else plan.set[key] = checked.value;
    const item = noticeItem(key);
    if (!plan.reset.includes(item)) plan.reset.push(item);
  }
  return plan;
}

export function isEmptyPlan(plan: RepairPlan): boolean {
  return plan.remove.length === 0 && plan.reset.length === 0 && Object.keys(plan.set).length === 0;
}
